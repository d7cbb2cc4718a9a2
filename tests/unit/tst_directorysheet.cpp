// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/directoryjson.h"
#include "sheet/csvtable.h"
#include "sheet/directorysheet.h"

#include <QFile>
#include <QTest>

using namespace kring;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

Directory demo()
{
    return DirectoryJson::parse(readFile(QStringLiteral(KRING_SOURCE_DIR "/assets/demo/directory.json")),
                                QStringLiteral("demo"))
        .value();
}

// A small directory with what a sheet does not hold: translations, directions, a theme's name.
Directory base()
{
    return DirectoryJson::parse(R"({"format": "kring-directory/1", "network": {"name": "Netwerk",
      "meeting_texts": {"closing": {"nl": "Tot de volgende keer."}}},
      "themes": [{"id": "rouw", "name": {"nl": "Rouw", "en": "Grief"}}],
      "venues": [{"id": "bieb", "name": "Bibliotheek", "town": "Eindhoven", "country": "NL",
                  "lat": 51.439, "lon": 5.4741, "directions": {"nl": "Achter de balie"}}],
      "groups": [{"id": "g", "name": "Groep", "summary": {"nl": "Samen", "en": "Together"},
                  "themes": ["rouw"], "meetings": [{"id": "g-1", "venue": "bieb",
                  "timezone": "Europe/Amsterdam", "start": "2026-01-13T19:30",
                  "rrule": "FREQ=MONTHLY;BYDAY=2TU"}],
                  "meeting_texts": {"agreements": [{"nl": "Wat hier gezegd wordt, blijft hier."}]}}]})",
                                QStringLiteral("base"))
        .value();
}

const QByteArray smallHeader = "groep;naam;bijeenkomst;rooster;eerste datum;locatie;tijdzone\r\n";

} // namespace

class DirectorySheetTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportThenImportGivesTheDemoDirectoryBack()
    {
        const Directory directory = demo();
        const QByteArray sheet = DirectorySheet::write(directory);
        QVERIFY(sheet.startsWith("\xEF\xBB\xBF"));
        const auto imported = DirectorySheet::read(sheet, &directory);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error()));
        QVERIFY(imported.value().directory == directory);
        QCOMPARE(imported.value().meetings, directory.meetingCount());
        QVERIFY(imported.value().warnings.isEmpty());
    }

    // Without --base the sheet's own columns still come back; theme names are their codes, with a warning.
    void importsWithoutBase()
    {
        const Directory directory = demo();
        const auto imported = DirectorySheet::read(DirectorySheet::write(directory), nullptr);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error()));
        const Directory &result = imported.value().directory;
        QCOMPARE(result.groups().size(), directory.groups().size());
        for (qsizetype i = 0; i < directory.groups().size(); ++i) {
            const Group &group = directory.groups().at(i);
            const Group &back = result.groups().at(i);
            QCOMPARE(back.name, group.name);
            QCOMPARE(back.summary.nl, group.summary.nl);
            QVERIFY(back.summary.en.isEmpty()); // not in the sheet
            QCOMPARE(back.meetings.size(), group.meetings.size());
            for (qsizetype j = 0; j < group.meetings.size(); ++j) {
                QCOMPARE(back.meetings[j].rrule, group.meetings[j].rrule);
                QCOMPARE(back.meetings[j].start, group.meetings[j].start);
                QCOMPARE(back.meetings[j].durationMinutes, group.meetings[j].durationMinutes);
                QCOMPARE(back.meetings[j].exceptionDates, group.meetings[j].exceptionDates);
                QCOMPARE(back.meetings[j].breaks, group.meetings[j].breaks);
            }
        }
        QVERIFY(result.theme(QStringLiteral("rouw")));
        QCOMPARE(result.theme(QStringLiteral("rouw"))->name.nl, QStringLiteral("rouw"));
        QVERIFY(!imported.value().warnings.filter(QStringLiteral("thema 'rouw' is nieuw")).isEmpty());
    }

    // The demo directory exported, edited and saved as Dutch Excel and as CSV UTF-8 (tests/data/sheet).
    void importsWhatSpreadsheetProgramsSave_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("semicolons, Windows-1252") << QStringLiteral("demo-edited-excel-semicolon-1252.csv");
        QTest::newRow("commas, UTF-8 with BOM") << QStringLiteral("demo-edited-comma-utf8-bom.csv");
    }
    void importsWhatSpreadsheetProgramsSave()
    {
        QFETCH(QString, file);
        const Directory current = demo();
        const auto imported = DirectorySheet::read(
            readFile(QStringLiteral(KRING_SOURCE_DIR "/tests/data/sheet/") + file), &current);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error()));
        const Directory expected =
            DirectoryJson::parse(
                readFile(QStringLiteral(KRING_SOURCE_DIR "/tests/data/sheet/demo-edited.json")),
                QStringLiteral("demo-edited.json"))
                .value();
        QVERIFY(imported.value().directory == expected);
        QCOMPARE(imported.value().directory.group(QStringLiteral("ehv-gokken"))->name,
                 QStringLiteral("Gokken: praatcafé"));
        QCOMPARE(
            imported.value().warnings,
            QStringList{QStringLiteral("rij 6, kolom bijeenkomst: nieuwe bijeenkomst, code ehv-alcohol-3")});
    }

    void readsEveryEncodingAndDelimiter()
    {
        const QString text = QStringLiteral("groep,naam,bijeenkomst,rooster,eerste datum,locatie,tijdzone\n"
                                            "g,\"Café \"\"De Kring\"\", samen\",g-1,\"elke 2e dinsdag van de "
                                            "maand, 19:30–21:30\",2026-01-13,bieb,"
                                            "Europe/Amsterdam\n");
        const Directory current = base();
        QList<QByteArray> files{text.toUtf8(), "\xEF\xBB\xBF" + text.toUtf8(), text.toLatin1()};
        files.last().replace("\xE2\x80\x93", "\x96"); // the en dash in Windows-1252
        files[2] = QByteArray(text.toUtf8()).replace("\xC3\xA9", "\xE9").replace("\xE2\x80\x93", "\x96");
        QString semicolons = text;
        semicolons.replace(u',', u';')
            .replace(QStringLiteral("\"Café \"\"De Kring\"\"; samen\""),
                     QStringLiteral("\"Café \"\"De Kring\"\", samen\""))
            .replace(QStringLiteral("maand; 19:30"), QStringLiteral("maand, 19:30"));
        files.append(semicolons.toUtf8());
        for (const QByteArray &file : std::as_const(files)) {
            const auto imported = DirectorySheet::read(file, &current);
            QVERIFY2(imported, qPrintable(imported ? QString() : imported.error()));
            const Group *group = imported.value().directory.group(QStringLiteral("g"));
            QVERIFY(group);
            QCOMPARE(group->name, QStringLiteral("Café \"De Kring\", samen"));
            QCOMPARE(group->meetings.first().rrule, QStringLiteral("FREQ=MONTHLY;BYDAY=2TU"));
        }
        QCOMPARE(Csv::read(files[0]).value().encoding, QStringLiteral("UTF-8"));
        QCOMPARE(Csv::read(files[2]).value().encoding, QStringLiteral("Windows-1252"));
        QCOMPARE(Csv::read(files[2]).value().delimiter, QChar(u','));
        QCOMPARE(Csv::read(files[3]).value().delimiter, QChar(u';'));
    }

    void readsQuotedLineBreaksAndCountsRowsAsTheSpreadsheetDoes()
    {
        const QByteArray sheet =
            "groep;naam;omschrijving;bijeenkomst;rooster;eerste datum;locatie;tijdzone\r\n"
            "g;Groep;\"Eerste regel;\r\ntweede \"\"regel\"\"\";g-1;elke dinsdag om 20.00;"
            "2026-01-13;bieb;Europe/Amsterdam\r\n"
            "h;Andere;;h-1;elke woensdg om 10.00;2026-01-14;bieb;Europe/Amsterdam\r\n";
        const Directory current = base();
        const auto imported = DirectorySheet::read(sheet, &current);
        QVERIFY(!imported);
        QCOMPARE(imported.error(),
                 QStringLiteral("rij 3, kolom rooster: 'woensdg' is geen weekdag (bedoel je woensdag?)"));
        const auto fixed = DirectorySheet::read(QByteArray(sheet).replace("woensdg", "woensdag"), &current);
        QVERIFY2(fixed, qPrintable(fixed ? QString() : fixed.error()));
        QCOMPARE(fixed.value().directory.group(QStringLiteral("g"))->summary.nl,
                 QStringLiteral("Eerste regel;\ntweede \"regel\""));
        QVERIFY(!DirectorySheet::read("groep;naam\r\ng;\"niet gesloten\r\n", &current));
        QCOMPARE(
            DirectorySheet::read("groep;naam\r\ng;\"niet gesloten\r\n", &current).error(),
            QStringLiteral("rij 2: een veld dat met een aanhalingsteken (\") begint, wordt niet gesloten"));
    }

    // Every problem, each with its row and column; nothing is imported when there is one.
    void reportsEveryProblemWithRowAndColumn()
    {
        const QByteArray sheet =
            smallHeader +
            "g;Groep;g-1;elke 2e dinsdag van de maand om 19.30;14-1-2026;bieb;Europe/Amsterdam\r\n"
            "g;Andere naam;g-2;elke maandag om 10.00;2026-01-12;bieb;Europe/Amsterdam\r\n"
            "h;Nieuw;h-1;elke vrijdag om 20.00;2026-13-01;bieb;Europe/Amsterdam\r\n"
            "i;Zonder tijd;i-1;iedere vrijdagavond;2026-01-16;nergens;Mars/Olympus\r\n";
        const Directory current = base();
        const auto imported = DirectorySheet::read(sheet, &current);
        QVERIFY(!imported);
        const QStringList problems = imported.error().split(u'\n');
        QVERIFY2(
            problems.contains(QStringLiteral(
                "rij 2, kolom eerste datum: 2026-01-14 (een woensdag) valt niet op een dag van het rooster "
                "'elke 2e dinsdag van de maand om 19.30'")),
            qPrintable(imported.error()));
        QVERIFY(problems.contains(
            QStringLiteral("rij 3, kolom naam: 'Andere naam' wijkt af van rij 2 ('Groep') voor groep g")));
        QVERIFY(problems.contains(QStringLiteral(
            "rij 4, kolom eerste datum: '2026-13-01' is geen datum zoals 2026-01-13 of 13-1-2026")));
        QVERIFY(problems.contains(QStringLiteral(
            "rij 5, kolom locatie: locatie 'nergens' bestaat nog niet: vul ook naam locatie, plaats, land, "
            "breedtegraad en lengtegraad in")));
        QVERIFY(problems.contains(
            QStringLiteral("rij 5, kolom tijdzone: 'Mars/Olympus' is geen tijdzone zoals Europe/Amsterdam of "
                           "Europe/Brussels")));
    }

    void refusesUnknownColumns()
    {
        const auto imported = DirectorySheet::read("groep;naam;dag\r\ng;Groep;dinsdag\r\n", nullptr);
        QVERIFY(!imported);
        QCOMPARE(imported.error(),
                 QStringLiteral("rij 1, kolom dag: deze kolom ken ik niet (zie de lijst in de handleiding)"));
    }

    // "ongeveer één keer per maand" is not guessed: it becomes the schedule note, with a warning.
    void keepsWhatIsNoFixedScheduleAsText()
    {
        const Directory current = base();
        const auto imported = DirectorySheet::read(
            smallHeader + "g;Groep;g-1;ongeveer één keer per maand, in overleg;;bieb;Europe/Amsterdam\r\n",
            &current);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error()));
        const Meeting &meeting = imported.value().directory.group(QStringLiteral("g"))->meetings.first();
        QVERIFY(!meeting.start.isValid());
        QVERIFY(meeting.rrule.isEmpty());
        QCOMPARE(meeting.scheduleNote.nl, QStringLiteral("ongeveer één keer per maand, in overleg"));
        QCOMPARE(
            imported.value().warnings,
            QStringList{QStringLiteral("rij 2, kolom rooster: geen vast rooster ('ongeveer'); bewaard als "
                                       "toelichting, zonder data")});
    }

    // What the sheet does not hold comes from --base: translations, directions, theme names, the network.
    void keepsWhatTheSheetDoesNotHoldFromTheBase()
    {
        const Directory current = base();
        const auto imported = DirectorySheet::read(
            smallHeader +
                "g;Groep met nieuwe naam;g-1;elke 3e dinsdag van de maand, 19:30-21:00;2026-01-20;bieb;"
                "Europe/Amsterdam\r\n",
            &current);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error()));
        const Directory &result = imported.value().directory;
        const Group *group = result.group(QStringLiteral("g"));
        QCOMPARE(group->name, QStringLiteral("Groep met nieuwe naam"));
        QCOMPARE(group->summary.en, QStringLiteral("Together")); // no summary column
        QCOMPARE(group->themeIds, QStringList{QStringLiteral("rouw")});
        QCOMPARE(result.theme(QStringLiteral("rouw"))->name.en, QStringLiteral("Grief"));
        QCOMPARE(result.venue(QStringLiteral("bieb"))->directions.nl, QStringLiteral("Achter de balie"));
        QCOMPARE(result.networkName, QStringLiteral("Netwerk"));
        // The texts groups read aloud at their meetings are not in the sheet: kept from the base.
        QCOMPARE(group->meetingTexts.agreements.value(0).nl,
                 QStringLiteral("Wat hier gezegd wordt, blijft hier."));
        QCOMPARE(result.meetingTexts.closing.nl, QStringLiteral("Tot de volgende keer."));
        QCOMPARE(group->meetings.first().rrule, QStringLiteral("FREQ=MONTHLY;BYDAY=3TU"));
        QCOMPARE(group->meetings.first().durationMinutes, 90);
    }

    // A rule the words cannot say goes to the rule column, and comes back from it.
    void usesTheRuleColumnForWhatWordsCannotSay()
    {
        Directory current = base();
        QList<Group> groups = current.groups();
        groups.first().meetings.first().rrule = QStringLiteral("FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2");
        const Directory changed(current.themes(), current.venues(), groups);
        const QByteArray sheet = DirectorySheet::write(changed);
        QVERIFY(sheet.contains(";\"FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2\";"));
        const auto imported = DirectorySheet::read(sheet, &changed);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error()));
        QVERIFY(imported.value().directory == changed);
    }
};

QTEST_GUILESS_MAIN(DirectorySheetTest)
#include "tst_directorysheet.moc"
