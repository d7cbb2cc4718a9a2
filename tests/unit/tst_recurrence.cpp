// SPDX-License-Identifier: GPL-3.0-or-later
// Recurrence::expand computes common weekly and monthly rules itself; here it must give exactly what libical
// gives, over many generated rules, zones, start times (also in DST gaps and overlaps) and windows.
#include "schedule/recurrence.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace kring;

namespace {

const char *const weekdayNames[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
const char *const zones[] = {"Europe/Amsterdam", "Europe/Brussels",     "Europe/London", "America/New_York",
                             "Australia/Sydney", "Australia/Lord_Howe", "Asia/Kolkata",  "UTC",
                             "America/Santiago", "Pacific/Chatham"};

// Each start and the zone it is in, so that two lists are equal only when every instant and zone is.
QStringList described(const Result<QList<QDateTime>> &expanded)
{
    if (!expanded)
        return {QStringLiteral("error: ") + expanded.error()};
    QStringList result;
    for (const QDateTime &start : expanded.value())
        result.append(start.toString(Qt::ISODate) + QLatin1Char(' ') +
                      QString::fromUtf8(start.timeZone().id()));
    return result;
}

QString until(QRandomGenerator &random, QDate start)
{
    const QDate date = start.addDays(random.bounded(-30, 4 * 365));
    const QString day = date.toString(QStringLiteral("yyyyMMdd"));
    switch (random.bounded(3)) {
    case 0:
        return day;
    case 1:
        return day + QStringLiteral("T%1%2").arg(random.bounded(24), 2, 10, QLatin1Char('0')).arg(30) +
               QStringLiteral("00");
    default:
        return day + QStringLiteral("T%1%2").arg(random.bounded(24), 2, 10, QLatin1Char('0')).arg(0) +
               QStringLiteral("00Z");
    }
}

QStringList someWeekdays(QRandomGenerator &random, int most)
{
    QStringList days;
    const int count = random.bounded(1, most + 1);
    for (int i = 0; i < count; ++i) {
        const QString day = QLatin1String(weekdayNames[random.bounded(7)]);
        if (!days.contains(day))
            days.append(day);
    }
    return days;
}

// A rule as directories write them, sometimes with the parts libical alone expands.
QString generatedRule(QRandomGenerator &random, QDate start)
{
    QStringList parts;
    const int kind = random.bounded(20);
    const int intervals[] = {1, 1, 1, 2, 2, 3, 4};
    const int interval = intervals[random.bounded(int(std::size(intervals)))];
    if (kind < 8) {
        parts << QStringLiteral("FREQ=WEEKLY");
        if (random.bounded(4))
            parts << QStringLiteral("BYDAY=") + someWeekdays(random, 3).join(QLatin1Char(','));
        if (random.bounded(8) == 0)
            parts << QStringLiteral("WKST=") + QLatin1String(weekdayNames[random.bounded(7)]);
    } else if (kind < 18) {
        parts << QStringLiteral("FREQ=MONTHLY");
        switch (random.bounded(6)) {
        case 0: { // first Monday, last Friday, 2nd and 4th Tuesday
            QStringList days;
            for (int i = random.bounded(1, 3); i > 0; --i) {
                const int positions[] = {1, 2, 3, 4, 5, -1, -2, -5};
                days << QString::number(positions[random.bounded(int(std::size(positions)))]) +
                            QLatin1String(weekdayNames[random.bounded(7)]);
            }
            parts << QStringLiteral("BYDAY=") + days.join(QLatin1Char(','));
            break;
        }
        case 1: // the 2nd Tuesday by BYSETPOS, the last weekday of the month
            parts << QStringLiteral("BYDAY=") + someWeekdays(random, 5).join(QLatin1Char(','))
                  << QStringLiteral("BYSETPOS=%1")
                         .arg(random.bounded(2) ? random.bounded(1, 5) : -random.bounded(1, 3));
            break;
        case 2:
            parts << QStringLiteral("BYMONTHDAY=%1")
                         .arg(random.bounded(2) ? random.bounded(1, 32) : -random.bounded(1, 8));
            break;
        case 3:
            parts << QStringLiteral("BYDAY=") + someWeekdays(random, 2).join(QLatin1Char(','));
            break;
        case 4: // DTSTART's day of the month, also the 29th to 31st
            break;
        default:
            parts << QStringLiteral("BYDAY=%1%2")
                         .arg(random.bounded(1, 5))
                         .arg(QLatin1String(weekdayNames[start.dayOfWeek() - 1]));
            break;
        }
        if (random.bounded(5) == 0)
            parts << QStringLiteral("BYMONTH=1,2,3,4,5,6,9,10,11,12");
    } else if (kind == 18) {
        parts << QStringLiteral("FREQ=DAILY");
    } else {
        parts << QStringLiteral("FREQ=YEARLY");
    }
    if (interval > 1)
        parts << QStringLiteral("INTERVAL=%1").arg(interval);
    if (const int end = random.bounded(6); end == 0)
        parts << QStringLiteral("COUNT=%1").arg(random.bounded(1, 40));
    else if (end == 1)
        parts << QStringLiteral("UNTIL=") + until(random, start);
    return parts.join(QLatin1Char(';'));
}

} // namespace

class RecurrenceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expandsLikeLibical_data()
    {
        QTest::addColumn<QString>("rrule");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("until");
        QTest::addColumn<int>("limit");
        const QString ams = QStringLiteral("Europe/Amsterdam");
        QTest::newRow("weekly since 2016") << "FREQ=WEEKLY;BYDAY=TU"
                                           << "2016-01-05T19:30" << ams << "2026-11-20"
                                           << "2031-11-20" << 7;
        QTest::newRow("every other week, jumped ahead") << "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"
                                                        << "2019-10-16T19:30" << ams << "2026-11-18"
                                                        << "2031-11-18" << 7;
        QTest::newRow("every three weeks, two days") << "FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,TH"
                                                     << "2026-01-08T10:00" << ams << "2026-06-01"
                                                     << "2027-06-01" << 10;
        QTest::newRow("first Monday") << "FREQ=MONTHLY;BYDAY=1MO"
                                      << "2025-02-03T20:00" << ams << "2026-11-20"
                                      << "2031-11-20" << 7;
        QTest::newRow("last Friday") << "FREQ=MONTHLY;BYDAY=-1FR"
                                     << "2025-01-31T19:30" << ams << "2026-11-20"
                                     << "2031-11-20" << 7;
        QTest::newRow("2nd Tuesday by BYSETPOS") << "FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2"
                                                 << "2026-01-13T19:30" << ams << "2026-01-01"
                                                 << "2027-01-01" << 12;
        QTest::newRow("last weekday of the month") << "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"
                                                   << "2026-01-30T17:00" << ams << "2026-01-01"
                                                   << "2027-01-01" << 12;
        QTest::newRow("the 31st, where there is one") << "FREQ=MONTHLY"
                                                      << "2026-01-31T19:30" << ams << "2026-01-01"
                                                      << "2027-01-01" << 12;
        QTest::newRow("start not on a rule day") << "FREQ=WEEKLY;BYDAY=TU"
                                                 << "2026-03-19T19:30" << ams << "2026-03-01"
                                                 << "2026-05-01" << 5;
        QTest::newRow("summer months left out") << "FREQ=MONTHLY;BYDAY=1TH;BYMONTH=1,2,3,4,5,6,9,10,11,12"
                                                << "2026-05-07T19:30" << ams << "2026-05-01"
                                                << "2027-05-01" << 6;
        QTest::newRow("COUNT from the start") << "FREQ=WEEKLY;BYDAY=MO;COUNT=600"
                                              << "2016-01-04T19:30" << ams << "2026-11-20"
                                              << "2031-11-20" << 7;
        QTest::newRow("UNTIL a date") << "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261208"
                                      << "2026-11-03T19:30" << ams << "2026-11-01"
                                      << "2027-11-01" << 10;
        QTest::newRow("UNTIL in UTC over the autumn change") << "FREQ=WEEKLY;BYDAY=SU;UNTIL=20261025T003000Z"
                                                             << "2026-10-04T02:30" << ams << "2026-10-01"
                                                             << "2026-12-01" << 10;
        QTest::newRow("in the spring gap") << "FREQ=MONTHLY;BYDAY=-1SU"
                                           << "2026-01-25T02:30" << ams << "2026-01-01"
                                           << "2027-01-01" << 12;
        QTest::newRow("southern summer") << "FREQ=WEEKLY;INTERVAL=2;BYDAY=SU,SA"
                                         << "2026-03-28T02:30"
                                         << "Australia/Sydney"
                                         << "2026-03-01"
                                         << "2026-12-01" << 20;
    }

    void expandsLikeLibical()
    {
        QFETCH(QString, rrule);
        QFETCH(QString, start);
        QFETCH(QString, zone);
        QFETCH(QString, from);
        QFETCH(QString, until);
        QFETCH(int, limit);
        const QTimeZone timeZone(zone.toUtf8());
        const QDateTime startTime = QDateTime::fromString(start, Qt::ISODate);
        const QDateTime local(startTime.date(), startTime.time(), timeZone);
        const QDate fromDate = QDate::fromString(from, Qt::ISODate);
        const QDate untilDate = QDate::fromString(until, Qt::ISODate);
        const QStringList expected =
            described(Recurrence::expandWithLibical(rrule, local, timeZone, fromDate, untilDate, limit));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(described(Recurrence::expand(rrule, local, timeZone, fromDate, untilDate, limit)), expected);
    }

    // Many generated rules, each over windows before, at and long after its start.
    void generatedRulesExpandLikeLibical()
    {
        QRandomGenerator random(20261122);
        const QTime times[] = {QTime(19, 30), QTime(10, 0),  QTime(2, 30), QTime(2, 0), QTime(1, 30),
                               QTime(0, 0),   QTime(23, 59), QTime(3, 0),  QTime(2, 15)};
        int compared = 0;
        int nonEmpty = 0;
        for (int i = 0; i < 2500; ++i) {
            const QDate startDate = QDate(2014, 1, 1).addDays(random.bounded(16 * 365));
            const QTimeZone zone(zones[random.bounded(int(std::size(zones)))]);
            const QDateTime start(startDate, times[random.bounded(int(std::size(times)))], zone);
            const QString rrule = generatedRule(random, startDate);
            for (int window = 0; window < 4; ++window) {
                const QDate from = window == 0   ? startDate.addDays(-random.bounded(40))
                                   : window == 1 ? startDate
                                                 : startDate.addDays(random.bounded(1, 12 * 365));
                const QDate until = from.addDays(random.bounded(1, 6 * 365));
                const int limit = window == 3 ? Recurrence::maxIterations : random.bounded(1, 45);
                const QStringList expected =
                    described(Recurrence::expandWithLibical(rrule, start, zone, from, until, limit));
                const QStringList actual =
                    described(Recurrence::expand(rrule, start, zone, from, until, limit));
                if (actual != expected) {
                    qWarning().noquote()
                        << rrule << start.toString(Qt::ISODate) << zone.id() << from << until << limit;
                    QCOMPARE(actual, expected);
                }
                ++compared;
                nonEmpty += expected.isEmpty() ? 0 : 1;
            }
        }
        QCOMPARE(compared, 10000);
        QVERIFY(nonEmpty > 7500); // the windows do hold occurrences
    }
};

QTEST_GUILESS_MAIN(RecurrenceTest)
#include "tst_recurrence.moc"
