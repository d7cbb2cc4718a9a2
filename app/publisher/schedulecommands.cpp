// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulecommands.h"

#include "commandline.h"
#include "schedule/occurrences.h"

#include <QTimeZone>

#include <cstdio>

using namespace kring;

int runOccurrences(const QStringList &arguments)
{
    CommandLine line(QStringLiteral("occurrences"), arguments, {"rrule", "start", "tz", "from", "count"});
    if (!line.ok())
        return line.usageError();
    if (!line.has("start") || !line.has("tz"))
        return line.usageError(QStringLiteral("--start and --tz are required"));
    const QTimeZone zone(line.value("tz").toUtf8());
    if (!zone.isValid())
        return line.reject(QStringLiteral("--tz: \"%1\" is not an IANA time zone such as Europe/Amsterdam")
                               .arg(line.value("tz")));
    const QDateTime start = QDateTime::fromString(line.value("start"), QStringLiteral("yyyy-MM-ddTHH:mm"));
    if (!start.isValid())
        return line.reject(
            QStringLiteral("--start: expected YYYY-MM-DDTHH:MM, got \"%1\"").arg(line.value("start")));
    QDate from = start.date();
    if (line.has("from")) {
        from = QDate::fromString(line.value("from"), Qt::ISODate);
        if (!from.isValid())
            return line.reject(
                QStringLiteral("--from: expected YYYY-MM-DD, got \"%1\"").arg(line.value("from")));
    }
    int count = 10;
    if (line.has("count")) {
        bool ok = false;
        count = line.value("count").toInt(&ok);
        if (!ok || count < 1 || count > 10000)
            return line.usageError(QStringLiteral("--count: expected a number from 1 to 10000"));
    }
    Meeting meeting;
    meeting.id = QStringLiteral("cli");
    meeting.timeZone = line.value("tz");
    meeting.start = QDateTime(start.date(), start.time(), zone);
    if (!meeting.start.isValid() || meeting.start.time() != start.time())
        return line.reject(
            QStringLiteral("--start: %1 does not exist in %2: the clocks go forward that night")
                .arg(line.value("start"), line.value("tz")));
    meeting.rrule = line.value("rrule");
    const QDateTime fromInstant(from, QTime(0, 0), zone);
    auto occurrences = Occurrences::between(meeting, fromInstant, fromInstant.addYears(100));
    if (!occurrences)
        return line.reject(QStringLiteral("--rrule: ") + occurrences.error());
    for (const Occurrence &occurrence : occurrences.value().mid(0, count))
        std::printf("%s\n", qPrintable(occurrence.start.toString(Qt::ISODate)));
    return 0;
}
