// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/directoryjson.h"
#include "interop/icalendar.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace kring;

class ICalendarTest : public QObject
{
    Q_OBJECT

private:
    Directory m_directory;
    const QDateTime m_stamp{QDate(2026, 11, 1), QTime(9, 0), QTimeZone::utc()};

    // The calendar's content lines, unfolded (RFC 5545 3.1).
    QStringList lines(const QString &groupId)
    {
        auto exported = ICalendar::fromDirectory(m_directory, groupId, m_stamp);
        if (!exported.ok())
            return {};
        QString text = QString::fromUtf8(exported.value().calendar);
        text.replace(QStringLiteral("\r\n "), QString());
        text.replace(QStringLiteral("\n "), QString());
        return text.split(QRegularExpression(QStringLiteral("\r?\n")), Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(QStringLiteral(KRING_TEST_DATA "/directory/valid/small.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto result = DirectoryJson::parse(file.readAll(), QStringLiteral("small.json"));
        QVERIFY(result.ok());
        m_directory = std::move(result).value();
    }

    void writesTheRecurrenceWithItsZone_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("monthly, with an exception and a summer break")
            << "ehv-rouw-partner"
            << QStringList{
                   "BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VTIMEZONE", "TZID:Europe/Amsterdam",
                   "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "BEGIN:VEVENT",
                   "DTSTART;TZID=Europe/Amsterdam:20260113T193000", "DURATION:PT2H",
                   "RRULE:FREQ=MONTHLY;BYDAY=2TU", "EXDATE;TZID=Europe/Amsterdam:20261208T193000",
                   // the break of July and August: the 2nd Tuesdays 14 July and 11 August
                   "EXDATE;TZID=Europe/Amsterdam:20260714T193000",
                   "EXDATE;TZID=Europe/Amsterdam:20260811T193000",
                   "LOCATION:Bibliotheek Eindhoven\\, Studiezaal 2\\, Emmasingel 22\\, 5611 AZ Eindhoven",
                   "DTSTAMP:20261101T090000Z", "UID:ehv-rouw-partner-1@kring"};
        QTest::newRow("every other week with an extra date")
            << "lvn-naasten-drank"
            << QStringList{"TZID:Europe/Brussels", "DTSTART;TZID=Europe/Brussels:20260204T200000",
                           "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=WE",
                           "RDATE;TZID=Europe/Brussels:20261223T200000", "URL:https://meet.example.org/lvn"};
    }

    void writesTheRecurrenceWithItsZone()
    {
        QFETCH(QString, group);
        QFETCH(QStringList, expected);
        const QStringList calendar = lines(group);
        for (const QString &line : expected)
            QVERIFY2(calendar.contains(line),
                     qPrintable(line + QStringLiteral(" missing in:\n") + calendar.join(u'\n')));
        QCOMPARE(calendar.filter(QStringLiteral("BEGIN:VEVENT")).size(), 1);
        QCOMPARE(calendar.filter(QStringLiteral("BEGIN:VTIMEZONE")).size(), 1);
        // Calendar apps need the zone's rules, not the whole history since 1835.
        QVERIFY(calendar.filter(QStringLiteral("TZOFFSETFROM:+0019")).isEmpty());
    }

    // RFC 5545: beside a DTSTART with TZID, UNTIL is in UTC. A date-only UNTIL (the directory counts that
    // day in) ends with that day in the zone; a floating one is a wall time in the zone.
    void untilIsWrittenInUtc_data()
    {
        QTest::addColumn<QString>("rrule");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a date in winter") << "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261208"
                                          << "RRULE:FREQ=WEEKLY;UNTIL=20261208T225959Z;BYDAY=TU";
        QTest::newRow("a date in summer") << "FREQ=WEEKLY;BYDAY=TU;UNTIL=20260630"
                                          << "RRULE:FREQ=WEEKLY;UNTIL=20260630T215959Z;BYDAY=TU";
        QTest::newRow("a floating wall time") << "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261208T193000"
                                              << "RRULE:FREQ=WEEKLY;UNTIL=20261208T183000Z;BYDAY=TU";
        QTest::newRow("already UTC") << "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261208T183000Z"
                                     << "RRULE:FREQ=WEEKLY;UNTIL=20261208T183000Z;BYDAY=TU";
    }

    void untilIsWrittenInUtc()
    {
        QFETCH(QString, rrule);
        QFETCH(QString, expected);
        const Directory saved = m_directory;
        QList<Group> groups = m_directory.groups();
        groups.first().meetings.first().rrule = rrule;
        Directory changed(m_directory.themes(), m_directory.venues(), groups);
        m_directory = changed;
        const QStringList rules = lines(groups.first().id).filter(QStringLiteral("RRULE:FREQ=WEEKLY"));
        m_directory = saved;
        QCOMPARE(rules, QStringList{expected});
    }

    void everyGroupAndWhatIsLeftOut()
    {
        auto exported = ICalendar::fromDirectory(m_directory, {}, m_stamp);
        QVERIFY(exported.ok());
        QCOMPARE(exported.value().calendar.count("BEGIN:VEVENT"), 2);
        QCOMPARE(exported.value().calendar.count("BEGIN:VTIMEZONE"), 2);
        QCOMPARE(exported.value().leftOut.size(), 1);
        QVERIFY(exported.value().leftOut.first().startsWith(QStringLiteral("lvn-naasten-drank-2")));
        QVERIFY(exported.value().calendar.contains("\r\n"));
    }

    void unknownGroupIsAnError()
    {
        auto exported = ICalendar::fromDirectory(m_directory, QStringLiteral("no-such-group"), m_stamp);
        QVERIFY(!exported.ok());
        QVERIFY(exported.error().contains(QStringLiteral("no-such-group")));
    }
};

QTEST_GUILESS_MAIN(ICalendarTest)
#include "tst_icalendar.moc"
