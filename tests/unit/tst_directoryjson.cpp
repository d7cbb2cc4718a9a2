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
