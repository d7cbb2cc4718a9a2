// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/schedulewords.h"

#include <QTest>
#include <QTimeZone>

using namespace kring;

class ScheduleWordsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describesTheRule_data()
    {
        QTest::addColumn<QString>("rrule");
        QTest::addColumn<QString>("start");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("dutch");
        QTest::addColumn<QString>("english");

        QTest::newRow("nth weekday") << "FREQ=MONTHLY;BYDAY=2TU"
                                     << "2026-01-13T19:30" << 120
                                     << "elke tweede dinsdag van de maand, 19:30–21:30"
                                     << "every 2nd Tuesday of the month, 19:30–21:30";
        QTest::newRow("nth weekday by BYSETPOS")
            << "FREQ=MONTHLY;BYDAY=TU;BYSETPOS=3"
            << "2026-01-20T19:30" << 90 << "elke derde dinsdag van de maand, 19:30–21:00"
            << "every 3rd Tuesday of the month, 19:30–21:00";
        QTest::newRow("last weekday")
            << "FREQ=MONTHLY;BYDAY=-1TH"
            << "2026-01-29T20:00" << 120 << "elke laatste donderdag van de maand, 20:00–22:00"
            << "every last Thursday of the month, 20:00–22:00";
        QTest::newRow("first and third")
            << "FREQ=MONTHLY;BYDAY=1MO,3MO"
            << "2026-01-05T10:00" << 120 << "elke eerste en derde maandag van de maand, 10:00–12:00"
            << "every 1st and 3rd Monday of the month, 10:00–12:00";
        QTest::newRow("weekly") << "FREQ=WEEKLY;BYDAY=TU"
                                << "2026-01-06T19:30" << 120 << "elke dinsdag, 19:30–21:30"
                                << "every Tuesday, 19:30–21:30";
        QTest::newRow("weekly on the start's day")
            << "FREQ=WEEKLY"
            << "2026-01-07T19:30" << 120 << "elke woensdag, 19:30–21:30"
            << "every Wednesday, 19:30–21:30";
        QTest::newRow("every other week")
            << "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"
            << "2026-01-07T19:30" << 120 << "om de twee weken op woensdag, 19:30–21:30"
            << "every other week on Wednesday, 19:30–21:30";
        QTest::newRow("every three weeks")
            << "FREQ=WEEKLY;INTERVAL=3;BYDAY=TH"
            << "2026-01-08T19:30" << 120 << "elke drie weken op donderdag, 19:30–21:30"
            << "every three weeks on Thursday, 19:30–21:30";
        QTest::newRow("several weekdays")
            << "FREQ=WEEKLY;BYDAY=TH,MO"
            << "2026-01-05T19:30" << 120 << "elke maandag en donderdag, 19:30–21:30"
            << "every Monday and Thursday, 19:30–21:30";
        QTest::newRow("three weekdays")
            << "FREQ=WEEKLY;BYDAY=MO,WE,FR"
            << "2026-01-05T09:00" << 60 << "elke maandag, woensdag en vrijdag, 09:00–10:00"
            << "every Monday, Wednesday and Friday, 09:00–10:00";
        QTest::newRow("summer left out")
            << "FREQ=MONTHLY;BYDAY=2TU;BYMONTH=1,2,3,4,5,6,9,10,11,12"
            << "2026-01-13T19:30" << 120
            << "elke tweede dinsdag van de maand, 19:30–21:30, behalve in juli en augustus"
            << "every 2nd Tuesday of the month, 19:30–21:30, except in July and August";
        QTest::newRow("only some months")
            << "FREQ=WEEKLY;BYDAY=SA;BYMONTH=6,7,8"
            << "2026-06-06T10:00" << 120 << "elke zaterdag, 10:00–12:00, alleen in juni, juli en augustus"
            << "every Saturday, 10:00–12:00, only in June, July and August";
        QTest::newRow("day of the month") << "FREQ=MONTHLY;BYMONTHDAY=15"
                                          << "2026-01-15T19:30" << 120 << "elke maand op de 15e, 19:30–21:30"
                                          << "every month on the 15th, 19:30–21:30";
        QTest::newRow("every other month")
            << "FREQ=MONTHLY;INTERVAL=2;BYDAY=1WE"
            << "2026-01-07T19:30" << 120 << "om de twee maanden op de eerste woensdag, 19:30–21:30"
            << "every other month on the 1st Wednesday, 19:30–21:30";
        QTest::newRow("COUNT") << "FREQ=WEEKLY;BYDAY=MO;COUNT=6"
                               << "2026-01-05T19:30" << 120 << "elke maandag, 19:30–21:30, 6 keer"
                               << "every Monday, 19:30–21:30, 6 times";
        QTest::newRow("UNTIL") << "FREQ=WEEKLY;BYDAY=MO;UNTIL=20260629T235959"
                               << "2026-01-05T19:30" << 120
                               << "elke maandag, 19:30–21:30, tot en met 29 juni 2026"
                               << "every Monday, 19:30–21:30, until 29 June 2026";
        QTest::newRow("daily") << "FREQ=DAILY"
                               << "2026-01-05T08:00" << 30 << "elke dag, 08:00–08:30"
                               << "every day, 08:00–08:30";
        QTest::newRow("cannot phrase") << "FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO"
                                       << "2026-05-11T19:30" << 120 << "op vaste momenten; zie hieronder"
                                       << "on a regular schedule; see the dates below";
        QTest::newRow("one meeting") << ""
                                     << "2026-05-12T14:00" << 120 << "op dinsdag 12 mei 2026, 14:00–16:00"
                                     << "on Tuesday 12 May 2026, 14:00–16:00";
    }

    void describesTheRule()
    {
        QFETCH(QString, rrule);
        QFETCH(QString, start);
        QFETCH(int, minutes);
        QFETCH(QString, dutch);
        QFETCH(QString, english);
        Meeting meeting;
        meeting.timeZone = QStringLiteral("Europe/Amsterdam");
        const QDateTime local = QDateTime::fromString(start, Qt::ISODate);
        meeting.start = QDateTime(local.date(), local.time(), QTimeZone("Europe/Amsterdam"));
        meeting.durationMinutes = minutes;
        meeting.rrule = rrule;
        QCOMPARE(ScheduleWords(QStringLiteral("nl")).describe(meeting), dutch);
        QCOMPARE(ScheduleWords(QStringLiteral("en")).describe(meeting), english);
    }

    void scheduleNoteWhenThereIsNoRule()
    {
        Meeting meeting;
        meeting.scheduleNote = {
            QStringLiteral("ongeveer één keer per maand"), QStringLiteral("about once a month"), {}};
        QCOMPARE(ScheduleWords(QStringLiteral("nl")).describe(meeting),
                 QStringLiteral("ongeveer één keer per maand"));
        QCOMPARE(ScheduleWords(QStringLiteral("en")).describe(meeting), QStringLiteral("about once a month"));
        meeting.scheduleNote = {};
        QCOMPARE(ScheduleWords(QStringLiteral("nl")).describe(meeting),
                 QStringLiteral("vraag de groep wanneer ze samenkomen"));
    }

    void datesInWords()
    {
        QCOMPARE(ScheduleWords(QStringLiteral("nl")).date(QDate(2026, 3, 31)),
                 QStringLiteral("dinsdag 31 maart"));
        QCOMPARE(ScheduleWords(QStringLiteral("en")).date(QDate(2026, 3, 31), true),
                 QStringLiteral("Tuesday 31 March 2026"));
    }
};

QTEST_GUILESS_MAIN(ScheduleWordsTest)
#include "tst_schedulewords.moc"
