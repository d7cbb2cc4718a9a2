// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheetcommands.h"

#include "commandline.h"
#include "schedule/scheduleparser.h"
#include "terminaltext.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace kring;

int runParseSchedule(const QStringList &arguments)
{
    CommandLine line(QStringLiteral("parse-schedule"), arguments, {"lang"});
    if (!line.ok())
        return line.usageError();
    if (line.positional().size() != 1)
        return line.usageError(QStringLiteral("expected one TEXT (quote it)"));
    const QString language = line.has("lang") ? line.value("lang") : QStringLiteral("nl");
    if (language != u"nl" && language != u"en")
        return line.usageError(QStringLiteral("--lang: expected nl or en"));
    const auto parsed = ScheduleParser(language).parse(line.positional().first());
    if (!parsed)
        return line.reject(parsed.error());
    const ParsedSchedule &schedule = parsed.value();
    if (schedule.rrule.isEmpty() && !schedule.date.isValid())
        return line.reject(language == u"nl" ? QStringLiteral("alleen een tijd, geen rooster")
                                             : QStringLiteral("only a time, no schedule"));
    QJsonObject object{
        {QStringLiteral("rrule"), schedule.rrule.isEmpty() ? QJsonValue() : QJsonValue(schedule.rrule)},
        {QStringLiteral("start"), schedule.start.isValid() ? QJsonValue(schedule.start.toString(u"HH:mm"))
                                                           : QJsonValue()},
        {QStringLiteral("end"),
         schedule.end.isValid() ? QJsonValue(schedule.end.toString(u"HH:mm")) : QJsonValue()}};
    if (schedule.date.isValid())
        object.insert(QStringLiteral("date"), schedule.date.toString(Qt::ISODate));
    // QJsonObject sorts its keys; the contract's order is rrule, start, end (then date).
    QByteArray json = "{\"rrule\":" + QJsonDocument(QJsonObject{{QStringLiteral("v"), object.value(u"rrule")}})
                                          .toJson(QJsonDocument::Compact)
                                          .mid(5)
                                          .chopped(1);
    for (const char *key : {"start", "end", "date"}) {
        if (!object.contains(QLatin1StringView(key)))
            continue;
        json += ",\"" + QByteArray(key) + "\":" +
                QJsonDocument(QJsonObject{{QStringLiteral("v"), object.value(QLatin1StringView(key))}})
                    .toJson(QJsonDocument::Compact)
                    .mid(5)
                    .chopped(1);
    }
    std::printf("%s}\n", json.constData());
    const bool dutch = language == u"nl";
    if (!schedule.start.isValid())
        std::fprintf(stderr, "%s\n",
                     dutch ? "let op: er staat geen begintijd in" : "note: no start time is given");
    if (schedule.needsFirstDate() && !schedule.date.isValid())
        std::fprintf(stderr, "%s\n",
                     dutch ? "let op: deze herhaling heeft een eerste datum nodig (in het spreadsheet: kolom "
                             "'eerste datum')"
                           : "note: this rule needs a first date (in the spreadsheet: column 'eerste datum')");
    return 0;
}

int runExportSheet(const QStringList &)
{
    return 2;
}

int runImportSheet(const QStringList &)
{
    return 2;
}
