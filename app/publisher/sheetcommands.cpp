// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheetcommands.h"

#include "commandline.h"
#include "directory/directoryjson.h"
#include "inputfiles.h"
#include "schedule/scheduleparser.h"
#include "sheet/directorysheet.h"
#include "terminaltext.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

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
        {QStringLiteral("start"),
         schedule.start.isValid() ? QJsonValue(schedule.start.toString(u"HH:mm")) : QJsonValue()},
        {QStringLiteral("end"),
         schedule.end.isValid() ? QJsonValue(schedule.end.toString(u"HH:mm")) : QJsonValue()}};
    if (schedule.date.isValid())
        object.insert(QStringLiteral("date"), schedule.date.toString(Qt::ISODate));
    // QJsonObject sorts its keys; the contract's order is rrule, start, end (then date).
    QByteArray json =
        "{\"rrule\":" + QJsonDocument(QJsonObject{{QStringLiteral("v"), object.value(u"rrule")}})
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
    if (schedule.weekParity)
        std::fprintf(stderr, "%s\n",
                     dutch ? (schedule.weekParity == 2
                                  ? "let op: de eerste datum moet in een even week vallen"
                                  : "let op: de eerste datum moet in een oneven week vallen")
                           : (schedule.weekParity == 2 ? "note: the first date must be in an even week"
                                                       : "note: the first date must be in an odd week"));
    if (schedule.needsFirstDate() && !schedule.date.isValid())
        std::fprintf(stderr, "%s\n",
                     dutch
                         ? "let op: deze herhaling heeft een eerste datum nodig (in het spreadsheet: kolom "
                           "'eerste datum')"
                         : "note: this rule needs a first date (in the spreadsheet: column 'eerste datum')");
    return 0;
}

int runExportSheet(const QStringList &arguments)
{
    CommandLine line(QStringLiteral("export-sheet"), arguments, {"out"});
    if (!line.ok())
        return line.usageError();
    if (line.positional().size() != 1)
        return line.usageError(QStringLiteral("expected one DIRECTORY"));
    const auto directory = readDirectoryFile(line, line.positional().first());
    if (!directory)
        return 1;
    const QByteArray sheet = DirectorySheet::write(*directory);
    if (line.has("out")) {
        QSaveFile file(line.value("out"));
        if (!file.open(QIODevice::WriteOnly) || file.write(sheet) != sheet.size() || !file.commit())
            return line.reject(
                QStringLiteral("%1: cannot write: %2").arg(line.value("out"), file.errorString()));
    } else {
        std::fwrite(sheet.constData(), 1, size_t(sheet.size()), stdout);
    }
    std::fprintf(stderr, "exported %d meetings in %d groups\n", int(directory->meetingCount()),
                 int(directory->groups().size()));
    return 0;
}

int runImportSheet(const QStringList &arguments)
{
    CommandLine line(QStringLiteral("import-sheet"), arguments, {"base"});
    if (!line.ok())
        return line.usageError();
    if (line.positional().size() != 1)
        return line.usageError(QStringLiteral("expected one FILE.csv"));
    std::optional<Directory> base;
    if (line.has("base")) {
        base = readDirectoryFile(line, line.value("base"));
        if (!base)
            return 1;
    }
    const QString path = line.positional().first();
    const auto bytes = readInputFile(line, path);
    if (!bytes)
        return 1;
    const auto imported = DirectorySheet::read(*bytes, base ? &*base : nullptr);
    if (!imported) {
        const QStringList problems = imported.error().split(u'\n');
        std::fprintf(stderr, "%s: %d %s; nothing imported\n", qPrintable(QFileInfo(path).fileName()),
                     int(problems.size()), problems.size() == 1 ? "problem" : "problems");
        for (const QString &problem : problems)
            printTerminalLine(stderr, problem);
        return 1;
    }
    const DirectorySheet::Import &result = imported.value();
    const QByteArray json = DirectoryJson::serialize(result.directory);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fprintf(stderr, "imported %d meetings in %d groups\n", result.meetings,
                 int(result.directory.groups().size()));
    for (const QString &warning : result.warnings)
        printTerminalLine(stderr, QStringLiteral("let op: ") + warning);
    return 0;
}
