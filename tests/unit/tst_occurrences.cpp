// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/occurrences.h"
#include "schedule/recurrence.h"

#include <QTest>
#include <QTimeZone>

using namespace kring;

namespace {

Meeting meetingWith(const QString &rrule, const QString &start, const QString &zone)
{
    Meeting meeting;
    meeting.id = QStringLiteral("m");
    meeting.timeZone = zone;
    meeting.start = QDateTime(QDateTime::fromString(start, Qt::ISODate).date(),
                              QDateTime::fromString(start, Qt::ISODate).time(), QTimeZone(zone.toUtf8()));
    meeting.rrule = rrule;
    return meeting;
}

QStringList isoStarts(const QList<Occurrence> &occurrences)
{
    QStringList result;
    for (const Occurrence &occurrence : occurrences)
        result.append(occurrence.start.toString(Qt::ISODate));
    return result;
}

} // namespace

class OccurrencesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expandsEveryRuleKind_data()
    {
        QTest::addColumn<QString>("rrule");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("from");
        QTest::addColumn<int>("count");
        QTest::addColumn<QStringList>("expected");

        const QString ams = QStringLiteral("Europe/Amsterdam");
        const QString bru = QStringLiteral("Europe/Brussels");
        // Summer time starts on 29 March 2026 and ends on 25 October 2026 in both zones.
        QTest::newRow("weekly over the spring change")
            << "FREQ=WEEKLY;BYDAY=TU"
            << "2026-03-17T19:30" << ams << "" << 3
            << QStringList{"2026-03-17T19:30:00+01:00", "2026-03-24T19:30:00+01:00",
                           "2026-03-31T19:30:00+02:00"};
        QTest::newRow("every other week over the autumn change")
            << "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"
            << "2026-10-14T19:30" << bru << "" << 3
            << QStringList{"2026-10-14T19:30:00+02:00", "2026-10-28T19:30:00+01:00",
                           "2026-11-11T19:30:00+01:00"};
        QTest::newRow("every three weeks")
            << "FREQ=WEEKLY;INTERVAL=3;BYDAY=TH"
            << "2026-03-12T20:00" << ams << "" << 3
            << QStringList{"2026-03-12T20:00:00+01:00", "2026-04-02T20:00:00+02:00",
                           "2026-04-23T20:00:00+02:00"};
        QTest::newRow("2nd Tuesday of the month")
            << "FREQ=MONTHLY;BYDAY=2TU"
            << "2026-01-13T19:30" << ams << "" << 4
            << QStringList{"2026-01-13T19:30:00+01:00", "2026-02-10T19:30:00+01:00",
                           "2026-03-10T19:30:00+01:00", "2026-04-14T19:30:00+02:00"};
        QTest::newRow("2nd Tuesday by BYSETPOS")
            << "FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2"
            << "2026-01-13T19:30" << ams << "" << 2
            << QStringList{"2026-01-13T19:30:00+01:00", "2026-02-10T19:30:00+01:00"};
        QTest::newRow("last Thursday of the month")
            << "FREQ=MONTHLY;BYDAY=-1TH"
            << "2026-09-24T19:30" << bru << "" << 3
            << QStringList{"2026-09-24T19:30:00+02:00", "2026-10-29T19:30:00+01:00",
                           "2026-11-26T19:30:00+01:00"};
        QTest::newRow("last Sunday is the day of the change")
            << "FREQ=MONTHLY;BYDAY=-1SU"
            << "2026-02-22T10:00" << ams << "" << 3
            << QStringList{"2026-02-22T10:00:00+01:00", "2026-03-29T10:00:00+02:00",
                           "2026-04-26T10:00:00+02:00"};
        QTest::newRow("autumn change Sunday in Brussels")
            << "FREQ=MONTHLY;BYDAY=-1SU"
            << "2026-09-27T10:00" << bru << "" << 2
            << QStringList{"2026-09-27T10:00:00+02:00", "2026-10-25T10:00:00+01:00"};
        QTest::newRow("several weekdays")
            << "FREQ=WEEKLY;BYDAY=MO,TH"
            << "2026-10-22T19:00" << bru << "" << 4
            << QStringList{"2026-10-22T19:00:00+02:00", "2026-10-26T19:00:00+01:00",
                           "2026-10-29T19:00:00+01:00", "2026-11-02T19:00:00+01:00"};
        QTest::newRow("summer months left out")
            << "FREQ=MONTHLY;BYDAY=1MO;BYMONTH=1,2,3,4,5,6,9,10,11,12"
            << "2026-06-01T19:30" << ams << "" << 4
            << QStringList{"2026-06-01T19:30:00+02:00", "2026-09-07T19:30:00+02:00",
                           "2026-10-05T19:30:00+02:00", "2026-11-02T19:30:00+01:00"};
        QTest::newRow("COUNT ends the series")
            << "FREQ=WEEKLY;COUNT=3"
            << "2026-03-24T19:30" << ams << "" << 10
            << QStringList{"2026-03-24T19:30:00+01:00", "2026-03-31T19:30:00+02:00",
                           "2026-04-07T19:30:00+02:00"};
        QTest::newRow("UNTIL in local time, inclusive")
            << "FREQ=WEEKLY;BYDAY=FR;UNTIL=20261106T193000"
            << "2026-10-16T19:30" << bru << "" << 10
            << QStringList{"2026-10-16T19:30:00+02:00", "2026-10-23T19:30:00+02:00",
                           "2026-10-30T19:30:00+01:00", "2026-11-06T19:30:00+01:00"};
        QTest::newRow("UNTIL in UTC is an instant")
            << "FREQ=WEEKLY;BYDAY=FR;UNTIL=20261106T182959Z"
            << "2026-10-16T19:30" << bru << "" << 10
            << QStringList{"2026-10-16T19:30:00+02:00", "2026-10-23T19:30:00+02:00",
                           "2026-10-30T19:30:00+01:00"};
        QTest::newRow("from a later date")
            << "FREQ=WEEKLY;BYDAY=TU"
            << "2026-01-06T19:30" << ams << "2026-10-20" << 2
            << QStringList{"2026-10-20T19:30:00+02:00", "2026-10-27T19:30:00+01:00"};
        // RFC 5545 3.3.5: a wall time the spring change skips is read with the offset before the gap (02:30
        // becomes 03:30 summer time, never dropped); one the autumn change repeats is the first (summer
        // time).
        QTest::newRow("last Sunday at 02:30: the spring gap moves forward")
            << "FREQ=MONTHLY;BYDAY=-1SU"
            << "2026-02-22T02:30" << ams << "" << 3
            << QStringList{"2026-02-22T02:30:00+01:00", "2026-03-29T03:30:00+02:00",
                           "2026-04-26T02:30:00+02:00"};
        QTest::newRow("Sundays at 02:30: the autumn overlap takes the first")
            << "FREQ=WEEKLY;BYDAY=SU"
            << "2026-10-18T02:30" << bru << "" << 3
            << QStringList{"2026-10-18T02:30:00+02:00", "2026-10-25T02:30:00+02:00",
                           "2026-11-01T02:30:00+01:00"};
        QTest::newRow("no rule: one meeting")
            << ""
            << "2026-05-12T14:00" << bru << "" << 5 << QStringList{"2026-05-12T14:00:00+02:00"};
    }

    void expandsEveryRuleKind()
    {
        QFETCH(QString, rrule);
        QFETCH(QString, start);
        QFETCH(QString, zone);
        QFETCH(QString, from);
        QFETCH(int, count);
        QFETCH(QStringList, expected);
        const Meeting meeting = meetingWith(rrule, start, zone);
        const QDateTime fromInstant = from.isEmpty() ? meeting.start
                                                     : QDateTime(QDate::fromString(from, Qt::ISODate),
                                                                 QTime(0, 0), QTimeZone(zone.toUtf8()));
        auto occurrences = Occurrences::next(meeting, fromInstant, count);
        QVERIFY2(occurrences.ok(), qPrintable(occurrences.ok() ? QString() : occurrences.error()));
        QCOMPARE(isoStarts(occurrences.value()), expected);
        // Wall time stays the same across DST: the local time of every occurrence is the start's.
        for (const Occurrence &occurrence : occurrences.value()) {
            if (occurrence.start.date() != QDate(2026, 3, 29)) // the gap: an hour later
                QCOMPARE(occurrence.start.time(), meeting.start.time());
            QCOMPARE(occurrence.start.secsTo(occurrence.end), 120 * 60);
        }
    }

    void exceptionAndExtraDates()
    {
        Meeting meeting = meetingWith(QStringLiteral("FREQ=WEEKLY;BYDAY=TU"),
                                      QStringLiteral("2026-03-17T19:30"), QStringLiteral("Europe/Amsterdam"));
        const QTimeZone zone("Europe/Amsterdam");
        meeting.exceptionDates = {QDateTime(QDate(2026, 3, 31), QTime(19, 30), zone)};
        meeting.additionalDates = {QDateTime(QDate(2026, 4, 2), QTime(20, 0), zone)};
        auto occurrences =
            Occurrences::between(meeting, meeting.start, QDateTime(QDate(2026, 4, 10), QTime(0, 0), zone));
        QVERIFY(occurrences.ok());
        QCOMPARE(isoStarts(occurrences.value()),
                 (QStringList{"2026-03-17T19:30:00+01:00", "2026-03-24T19:30:00+01:00",
                              "2026-04-02T20:00:00+02:00", "2026-04-07T19:30:00+02:00"}));
    }

    void nextSkipsWhatHasEndedButKeepsWhatIsGoingOn()
    {
        const Meeting meeting =
            meetingWith(QStringLiteral("FREQ=WEEKLY;BYDAY=TU"), QStringLiteral("2026-01-06T19:30"),
                        QStringLiteral("Europe/Amsterdam"));
        const QTimeZone zone("Europe/Amsterdam");
        auto during = Occurrences::next(meeting, QDateTime(QDate(2026, 11, 17), QTime(20, 0), zone), 1);
        QVERIFY(during.ok());
        QCOMPARE(isoStarts(during.value()), QStringList{"2026-11-17T19:30:00+01:00"});
        auto after = Occurrences::next(meeting, QDateTime(QDate(2026, 11, 17), QTime(21, 30), zone), 1);
        QVERIFY(after.ok());
        QCOMPARE(isoStarts(after.value()), QStringList{"2026-11-24T19:30:00+01:00"});
    }

    void scheduleNoteOnlyHasNoOccurrences()
    {
        Meeting meeting;
        meeting.timeZone = QStringLiteral("Europe/Amsterdam");
        meeting.scheduleNote.nl = QStringLiteral("ongeveer één keer per maand");
        auto occurrences = Occurrences::next(meeting, QDateTime::currentDateTime(), 5);
        QVERIFY(occurrences.ok());
        QVERIFY(occurrences.value().isEmpty());
    }

    void rejectsWhatIsNotARule_data()
    {
        QTest::addColumn<QString>("rrule");
        QTest::newRow("unknown frequency") << "FREQ=SOMETIMES";
        QTest::newRow("not a rule") << "every tuesday";
        QTest::newRow("never matches") << "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30";
    }

    void rejectsWhatIsNotARule()
    {
        QFETCH(QString, rrule);
        const Meeting meeting =
            meetingWith(rrule, QStringLiteral("2026-01-06T19:30"), QStringLiteral("Europe/Amsterdam"));
        auto occurrences = Occurrences::next(meeting, meeting.start, 3);
        if (occurrences.ok()) {
            QVERIFY(occurrences.value().isEmpty()); // accepted by libical, but never a meeting
        } else {
            QVERIFY(!occurrences.error().isEmpty());
        }
        if (rrule != u"FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30")
            QVERIFY(!Recurrence::validate(rrule).ok());
    }

    void endlessRulesAreBounded()
    {
        const Meeting meeting =
            meetingWith(QStringLiteral("FREQ=MINUTELY"), QStringLiteral("2026-01-06T19:30"),
                        QStringLiteral("Europe/Amsterdam"));
        auto occurrences = Occurrences::between(meeting, meeting.start, meeting.start.addYears(1000));
        QVERIFY(occurrences.ok());
        QVERIFY(!occurrences.value().isEmpty());
        QVERIFY(occurrences.value().size() <= Recurrence::maxIterations);
    }
};

QTEST_GUILESS_MAIN(OccurrencesTest)
#include "tst_occurrences.moc"
