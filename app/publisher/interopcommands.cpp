// SPDX-License-Identifier: GPL-3.0-or-later
#include "interopcommands.h"

#include "commandline.h"
#include "directory/directoryjson.h"
#include "inputfiles.h"
#include "interop/icalendar.h"
#include "interop/meetingguide.h"
#include "terminaltext.h"

#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <cstdio>
#include <optional>

using namespace kring;

namespace {

void writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

} // namespace

int runImportMeetingGuide(const QStringList &arguments)
{
    CommandLine line(QStringLiteral("import-meeting-guide"), arguments, {"tz"});
    if (!line.ok())
        return line.usageError();
    if (line.positional().size() != 1)
        return line.usageError(QStringLiteral("expected one FILE"));
    const QString path = line.positional().first();
    const auto bytes = readInputFile(line, path);
    if (!bytes)
        return 1;
    auto imported = MeetingGuide::importJson(*bytes, line.value("tz"));
    if (!imported)
        return line.reject(path + QStringLiteral(": ") + imported.error());
    const MeetingGuide::Import &result = imported.value();
    writeOut(DirectoryJson::serialize(result.directory));
    std::fprintf(stderr, "imported %d meetings in %d groups, %d skipped\n", result.meetings,
                 int(result.directory.groups().size()), int(result.skipped.size()));
    for (const QString &reason : result.skipped)
        printTerminalLine(stderr, QStringLiteral("skipped ") + reason);
    for (const QString &field : result.notKept)
        printTerminalLine(stderr, field);
    return 0;
}

int runExportMeetingGuide(const QStringList &arguments)
{
    CommandLine line(QStringLiteral("export-meeting-guide"), arguments, {});
    if (!line.ok())
        return line.usageError();
    if (line.positional().size() != 1)
        return line.usageError(QStringLiteral("expected one DIRECTORY"));
    const auto directory = readDirectoryFile(line, line.positional().first());
    if (!directory)
        return 1;
    const MeetingGuide::Export result = MeetingGuide::exportJson(*directory);
    writeOut(result.json);
    for (const QString &note : result.leftOut)
        printTerminalLine(stderr, note);
    return 0;
}

int runExportIcs(const QStringList &arguments)
{
    CommandLine line(QStringLiteral("export-ics"), arguments, {"group"});
    if (!line.ok())
        return line.usageError();
    if (line.positional().size() != 1)
        return line.usageError(QStringLiteral("expected one DIRECTORY"));
    const auto directory = readDirectoryFile(line, line.positional().first());
    if (!directory)
        return 1;
    const QDateTime stamp = directory->updated.isValid()
                                ? QDateTime(directory->updated, QTime(0, 0), QTimeZone::utc())
                                : QDateTime::currentDateTimeUtc();
    auto calendar = ICalendar::fromDirectory(*directory, line.value("group"), stamp);
    if (!calendar)
        return line.reject(QStringLiteral("--group: ") + calendar.error());
    writeOut(calendar.value().calendar);
    for (const QString &note : calendar.value().leftOut)
        printTerminalLine(stderr, QStringLiteral("left out ") + note);
    return 0;
}
