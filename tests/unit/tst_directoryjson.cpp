// SPDX-License-Identifier: GPL-3.0-or-later
// Loading the directory: a valid document reads back exactly, and every broken one is refused with a message
// that names the file, the JSON path and the problem (compared with the reviewed *.expected files).
#include "directory/directoryjson.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace kring;

class DirectoryJsonTest : public QObject
{
    Q_OBJECT

private:
    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void readsEveryField()
    {
        const auto result =
            DirectoryJson::parse(read(QStringLiteral(KRING_TEST_DATA "/directory/valid/small.json")),
                                 QStringLiteral("small.json"));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));
        const Directory &directory = result.value();
        QCOMPARE(directory.networkName, QStringLiteral("Testnetwerk"));
        QCOMPARE(directory.networkPhone, QStringLiteral("+31 40 000 00 99"));
        QCOMPARE(directory.networkEmail, QStringLiteral("info@example.org"));
        QCOMPARE(directory.updated, QDate(2026, 11, 1));
        QCOMPARE(directory.themes().size(), 2);
        QCOMPARE(directory.theme(QStringLiteral("rouw"))->name.in(u"en"), QStringLiteral("Grief and loss"));
        QCOMPARE(directory.theme(QStringLiteral("rouw"))->keywords, QStringList({"overlijden", "verlies"}));
        QCOMPARE(directory.groups().size(), 2);
        QCOMPARE(directory.meetingCount(), 3);

        const Venue *library = directory.venue(QStringLiteral("ehv-bibliotheek"));
        QVERIFY(library);
        QCOMPARE(library->postcode, QStringLiteral("5611 AZ"));
        QCOMPARE(library->latitude, 51.4390);
        QCOMPARE(library->wheelchairAccessible, std::optional<bool>(true));
        QCOMPARE(directory.venue(QStringLiteral("lvn-bib"))->wheelchairAccessible, std::nullopt);

        const Group *grief = directory.group(QStringLiteral("ehv-rouw-partner"));
        QVERIFY(grief);
        QCOMPARE(grief->audience, Audience::Self);
        QCOMPARE(grief->contact.email, QStringLiteral("rouw@example.org"));
        QCOMPARE(grief->cost, Cost::Donation);
        QCOMPARE(grief->costNote.in(u"en"), QStringLiteral("A voluntary contribution for coffee and tea."));
        QCOMPARE(grief->firstVisit, FirstVisit::CallFirst);
        QCOMPARE(grief->groupType, GroupType::Closed);
        QCOMPARE(grief->howToJoin.in(u"en"),
                 QStringLiteral("Na een kennismakingsgesprek kun je twee keer op proef meedoen."));
        QCOMPARE(grief->ledBy, Leadership::Peers);
        QCOMPARE(grief->targetGroups, quint8(TargetGroup::Women | TargetGroup::YoungPeople));
        QCOMPARE(directory.townOf(*grief), QStringLiteral("Eindhoven"));
        const Meeting &monthly = grief->meetings.first();
        QCOMPARE(monthly.rrule, QStringLiteral("FREQ=MONTHLY;BYDAY=2TU"));
        QCOMPARE(monthly.start, QDateTime(QDate(2026, 1, 13), QTime(19, 30), QTimeZone("Europe/Amsterdam")));
        QCOMPARE(monthly.start.toUTC().time(), QTime(18, 30)); // CET in January
        QCOMPARE(monthly.exceptionDates.size(), 1);
        QCOMPARE(monthly.breaks.first(), (DateRange{QDate(2026, 7, 1), QDate(2026, 8, 31)}));
        QCOMPARE(monthly.room, QStringLiteral("Studiezaal 2"));

        const Group *relatives = directory.group(QStringLiteral("lvn-naasten-drank"));
        QCOMPARE(relatives->audience, Audience::Relatives);
        // First-timer facts not given stay unknown, for everyone.
        QCOMPARE(relatives->cost, Cost::Unknown);
        QCOMPARE(relatives->firstVisit, FirstVisit::Unknown);
        QCOMPARE(relatives->groupType, GroupType::Unknown);
        QCOMPARE(relatives->ledBy, Leadership::Unknown);
        QCOMPARE(relatives->targetGroups, quint8(0));
        QCOMPARE(relatives->meetings[0].attendance, Attendance::Hybrid);
        QCOMPARE(relatives->meetings[0].durationMinutes, 120); // the default
        QCOMPARE(relatives->meetings[1].attendance, Attendance::Online);
        QCOMPARE(relatives->meetings[1].status, MeetingStatus::Paused);
        QVERIFY(!relatives->meetings[1].start.isValid());
        QCOMPARE(relatives->meetings[1].scheduleNote.in(u"en"),
                 QStringLiteral("ongeveer één keer per maand"));
        QCOMPARE(directory.townOf(*relatives), QStringLiteral("Leuven"));
    }

    void serializesToWhatItReads()
    {
        const auto first =
            DirectoryJson::parse(read(QStringLiteral(KRING_TEST_DATA "/directory/valid/small.json")),
                                 QStringLiteral("small.json"));
        QVERIFY(first.ok());
        const QByteArray written = DirectoryJson::serialize(first.value());
        const auto second = DirectoryJson::parse(written, QStringLiteral("written.json"));
        QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error()));
        QVERIFY(second.value() == first.value());
        QCOMPARE(DirectoryJson::serialize(second.value()), written);
    }

    // A group's texts for the meeting kit, and the network's for the parts a group does not give.
    void readsMeetingTexts()
    {
        const auto result =
            DirectoryJson::parse(read(QStringLiteral(KRING_TEST_DATA "/directory/valid/meeting-texts.json")),
                                 QStringLiteral("meeting-texts.json"));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));
        const Directory &directory = result.value();
        const Group *own = directory.group(QStringLiteral("ehv-rouw-partner"));
        const Group *none = directory.group(QStringLiteral("lvn-naasten-drank"));
        QVERIFY(own && none);
        QCOMPARE(own->meetingTexts.opening.nl,
                 QStringLiteral("Welkom bij de groep.\nWe beginnen met een rondje."));
        QCOMPARE(own->meetingTexts.agreements.size(), 3);
        QCOMPARE(own->meetingTexts.agreements[1].nl,
                 QStringLiteral("We spreken vanuit onszelf: \"ik\", niet \"je\"."));
        QVERIFY(own->meetingTexts.closing.isEmpty());
        QVERIFY(none->meetingTexts.isEmpty());

        // The group's own opening and agreements; the network's closing, which the group has none of.
        const MeetingTexts ownTexts = directory.meetingTextsOf(*own);
        QCOMPARE(ownTexts.opening, own->meetingTexts.opening);
        QCOMPARE(ownTexts.agreements, own->meetingTexts.agreements);
        QCOMPARE(ownTexts.closing.nl, QStringLiteral("Dank je wel voor je komst."));
        // A group without texts reads the network's.
        const MeetingTexts networkTexts = directory.meetingTextsOf(*none);
        QCOMPARE(networkTexts, directory.meetingTexts);
        QCOMPARE(networkTexts.agreements.size(), 2);
        QCOMPARE(networkTexts.agreements[1].in(u"en"), QStringLiteral("You do not have to say anything."));
        QCOMPARE(networkTexts.agreements[0].in(u"en"), QStringLiteral("Wat hier gezegd wordt, blijft hier."));

        // Written and read back the same, with the group's own directory (what the catalog keeps per group)
        // carrying the network's texts too.
        const QByteArray written = DirectoryJson::serialize(directory);
        const auto again = DirectoryJson::parse(written, QStringLiteral("written.json"));
        QVERIFY(again.ok());
        QVERIFY(again.value() == directory);
        const auto chunk = DirectoryJson::parse(DirectoryJson::serializeGroup(directory, *none),
                                                QStringLiteral("chunk.json"));
        QVERIFY(chunk.ok());
        QCOMPARE(chunk.value().meetingTextsOf(chunk.value().groups().constFirst()), networkTexts);
    }

    // A key spelled with an escape is not read by the quick JsonTree but by QJsonDocument: both ways give the
    // same directory.
    void readsTheSameEitherWay()
    {
        const QByteArray json = read(QStringLiteral(KRING_TEST_DATA "/directory/valid/small.json"));
        QByteArray escaped = json;
        escaped.replace("\"format\"", "\"\\u0066ormat\"");
        QVERIFY(escaped != json);
        const auto quick = DirectoryJson::parse(json, QStringLiteral("small.json"));
        const auto thorough = DirectoryJson::parse(escaped, QStringLiteral("small.json"));
        QVERIFY(quick.ok() && thorough.ok());
        QVERIFY(quick.value() == thorough.value());
        QCOMPARE(DirectoryJson::serialize(quick.value()), DirectoryJson::serialize(thorough.value()));
    }

    void readsAndWritesTheVersion()
    {
        QByteArray json = read(QStringLiteral(KRING_TEST_DATA "/directory/valid/small.json"));
        const auto unversioned = DirectoryJson::parse(json, QStringLiteral("small.json"));
        json.insert(json.indexOf('{') + 1, "\"version\": 4503599627370496,");
        const auto versioned = DirectoryJson::parse(json, QStringLiteral("small.json"));
        QVERIFY2(versioned.ok(), qPrintable(versioned.ok() ? QString() : versioned.error()));
        QCOMPARE(unversioned.value().version, 0);
        QCOMPARE(versioned.value().version, qint64(1) << 52);
        QVERIFY(!(versioned.value() == unversioned.value()));
        const QByteArray written = DirectoryJson::serialize(versioned.value());
        QVERIFY(written.contains("\"version\":4503599627370496"));
        QVERIFY(DirectoryJson::parse(written, QStringLiteral("written.json")).value() == versioned.value());
        QVERIFY(!DirectoryJson::serialize(unversioned.value()).contains("\"version\""));
    }

    // rule 12 of docs/trust.md: signed text holds no control characters (a line break only in a summary or
    // directions) and no text direction controls, whether written as such or as an escape; read either way.
    void refusesControlCharacters_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("expected"); // empty: accepted
        QTest::newRow("NUL in a group name")
            << QByteArray("\"Verder na") << QByteArray("\"Verder\\u0000na")
            << QStringLiteral("small.json: $.groups[0].name: contains the control character U+0000");
        QTest::newRow("escape in a street")
            << QByteArray("Emmasingel 22\"") << QByteArray("Emmasingel\\u001b[2K 22\"")
            << QStringLiteral("small.json: $.venues[0].street: contains the control character U+001B");
        QTest::newRow("DEL in a postcode")
            << QByteArray("5611 AZ") << QByteArray("5611\x7f AZ")
            << QStringLiteral("small.json: $.venues[0].postcode: contains the control character U+007F");
        QTest::newRow("C1 control in a town")
            << QByteArray("\"Leuven") << QByteArray("\"Leu\xc2\x85ven")
            << QStringLiteral("small.json: $.venues[1].town: contains the control character U+0085");
        QTest::newRow("override in a keyword")
            << QByteArray("\"weduwe\"") << QByteArray("\"wed\\u202euwe\"")
            << QStringLiteral(
                   "small.json: $.groups[0].keywords[0]: contains the text direction control U+202E");
        QTest::newRow("override in a room, as UTF-8")
            << QByteArray("Studiezaal 2")
            << QByteArray("Studiezaal \xe2\x80\xae"
                          "2")
            << QStringLiteral(
                   "small.json: $.groups[0].meetings[0].room: contains the text direction control U+202E");
        QTest::newRow("isolate in a theme name")
            << QByteArray("Grief and loss") << QByteArray("Grief \\u2066and loss")
            << QStringLiteral("small.json: $.themes[0].name.en: contains the text direction control U+2066");
        QTest::newRow("mark in an rrule")
            << QByteArray("BYDAY=2TU") << QByteArray("BYDAY=2TU\\u200e")
            << QStringLiteral(
                   "small.json: $.groups[0].meetings[0].rrule: contains the text direction control U+200E");
        QTest::newRow("line break in a name")
            << QByteArray("\"Verder na") << QByteArray("\"Verder\\nna")
            << QStringLiteral("small.json: $.groups[0].name: a line break is not allowed here");
        QTest::newRow("line break in a schedule note")
            << QByteArray("ongeveer") << QByteArray("ongeveer\\n")
            << QStringLiteral(
                   "small.json: $.groups[1].meetings[1].schedule_note.nl: a line break is not allowed "
                   "here");
        QTest::newRow("tab in a summary")
            << QByteArray("Lotgenoten die") << QByteArray("Lotgenoten\\tdie")
            << QStringLiteral("small.json: $.groups[0].summary.nl: contains the control character U+0009");
        QTest::newRow("line break in a summary")
            << QByteArray("Lotgenoten die") << QByteArray("Lotgenoten\\ndie") << QString();
        QTest::newRow("line break in directions")
            << QByteArray("Ingang aan") << QByteArray("Ingang\\naan") << QString();
    }

    void refusesControlCharacters()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, expected);
        QByteArray json = read(QStringLiteral(KRING_TEST_DATA "/directory/valid/small.json"));
        QVERIFY(json.contains(from));
        json.replace(from, to);
        QByteArray escapedKey = json; // read by QJsonDocument, not by the quick JsonTree
        escapedKey.replace("\"format\"", "\"\\u0066ormat\"");
        for (const QByteArray &bytes : {json, escapedKey}) {
            const auto result = DirectoryJson::parse(bytes, QStringLiteral("small.json"));
            if (expected.isEmpty()) {
                QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));
                QVERIFY(
                    result.value().group(QStringLiteral("ehv-rouw-partner"))->summary.nl.contains(u'\n') ||
                    result.value().venue(QStringLiteral("ehv-bibliotheek"))->directions.nl.contains(u'\n'));
            } else {
                QVERIFY(!result.ok());
                QCOMPARE(result.error(), expected);
            }
        }
    }

    void refusesBrokenInput_data()
    {
        QTest::addColumn<QString>("fixture");
        const QDir dir(QStringLiteral(KRING_TEST_DATA "/directory/invalid"));
        const QStringList fixtures = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY(fixtures.size() >= 20);
        for (const QString &fixture : fixtures)
            QTest::newRow(qPrintable(fixture)) << dir.filePath(fixture);
    }

    void refusesBrokenInput()
    {
        QFETCH(QString, fixture);
        const QString name = QFileInfo(fixture).fileName();
        const auto result = DirectoryJson::parse(read(fixture), name);
        QVERIFY2(!result.ok(), "a broken directory was accepted");

        QString expectedPath = fixture;
        expectedPath.replace(QStringLiteral(".json"), QStringLiteral(".expected"));
        const QString expected = QString::fromUtf8(read(expectedPath)).trimmed();
        if (result.error() != expected) {
            QFile failFile(expectedPath + QStringLiteral(".fail"));
            if (failFile.open(QIODevice::WriteOnly))
                failFile.write(result.error().toUtf8() + '\n');
            qWarning().noquote() << "message differs from" << expectedPath << "- written to"
                                 << failFile.fileName();
        }
        QCOMPARE(result.error(), expected);
        QVERIFY(result.error().startsWith(name + QStringLiteral(": ")));
    }

    void refusesEmptyInput()
    {
        const auto result = DirectoryJson::parse(QByteArray(), QStringLiteral("empty.json"));
        QVERIFY(!result.ok());
        QVERIFY(result.error().contains(QStringLiteral("not valid JSON")));
    }
};

QTEST_GUILESS_MAIN(DirectoryJsonTest)
#include "tst_directoryjson.moc"
