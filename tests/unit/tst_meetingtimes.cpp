// SPDX-License-Identifier: GPL-3.0-or-later
// scheduledTimes() is what the search index keeps of every meeting of a new directory: it computes only the
// starts. Here it must give exactly what announcedTimes() gives without announcements (the occurrences as a
// group page shows them), over many generated meetings: rules, zones with and without DST, start times in
// DST gaps and overlaps, exceptions, extra dates, breaks, a paused status and moments during a meeting.
#include "search/meetingtimes.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace kring;

namespace {

const char *const weekdayNames[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
const char *const zones[] = {
    "Europe/Amsterdam", "Europe/London", "America/New_York", "Australia/Sydney", "Australia/Lord_Howe",
    "Asia/Kolkata",     "UTC",           "America/Santiago", "Pacific/Chatham",  "America/Sao_Paulo"};

QString generatedRule(QRandomGenerator &random, QDate start)
{
    QStringList parts;
    switch (random.bounded(10)) {
    case 0:
        return {}; // one occurrence
    case 1:
    case 2:
    case 3:
        parts << QStringLiteral("FREQ=WEEKLY")
              << QStringLiteral("BYDAY=%1").arg(QLatin1String(weekdayNames[random.bounded(7)]));
        break;
    case 4:
        parts << QStringLiteral("FREQ=WEEKLY;INTERVAL=%1;BYDAY=%2,%3")
                     .arg(random.bounded(1, 4))
                     .arg(QLatin1String(weekdayNames[random.bounded(7)]),
                          QLatin1String(weekdayNames[random.bounded(7)]));
        break;
    case 5:
    case 6:
        parts << QStringLiteral("FREQ=MONTHLY;BYDAY=%1%2")
                     .arg(random.bounded(2) ? random.bounded(1, 5) : -1)
                     .arg(QLatin1String(weekdayNames[random.bounded(7)]));
        break;
    case 7:
        parts << QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=%1").arg(random.bounded(1, 32));
        break;
    case 8:
        parts << QStringLiteral("FREQ=DAILY;INTERVAL=%1").arg(random.bounded(1, 10)); // libical's
        break;
    default:
        parts << QStringLiteral("FREQ=YEARLY"); // libical's
        break;
    }
    if (const int end = random.bounded(6); end == 0)
        parts << QStringLiteral("COUNT=%1").arg(random.bounded(1, 60));
    else if (end == 1)
        parts << QStringLiteral("UNTIL=") + start.addDays(random.bounded(0, 3 * 365)).toString(u"yyyyMMdd");
    return parts.join(QLatin1Char(';'));
}

QTime generatedTime(QRandomGenerator &random)
{
    // Often 02:30, which the spring gap skips and the autumn overlap repeats in many zones.
    return random.bounded(4) == 0 ? QTime(2, 30) : QTime(random.bounded(24), 15 * random.bounded(4));
}

Meeting generatedMeeting(QRandomGenerator &random, const QDateTime &now)
{
    Meeting meeting;
    meeting.id = QStringLiteral("m");
    meeting.timeZone = QLatin1String(zones[random.bounded(int(std::size(zones)))]);
    const QTimeZone zone(meeting.timeZone.toUtf8());
    const QDate startDate = now.date().addDays(random.bounded(-4 * 365, 60));
    meeting.start = QDateTime(startDate, generatedTime(random), zone);
    meeting.durationMinutes = random.bounded(3) == 0 ? random.bounded(1, 1441) : 90;
    meeting.rrule = generatedRule(random, startDate);
    const QDate today = now.toTimeZone(zone).date();
    for (int i = random.bounded(4); i > 0; --i) {
        // Mostly dates the rule has (the same weekday a few weeks on), sometimes any date.
        const QDate date =
            random.bounded(2)
                ? today.addDays(7 * random.bounded(-1, 8)).addDays(startDate.dayOfWeek() - today.dayOfWeek())
                : today.addDays(random.bounded(-3, 90));
        meeting.exceptionDates.append(QDateTime(date, meeting.start.time(), zone));
    }
    for (int i = random.bounded(3); i > 0; --i)
        meeting.additionalDates.append(
            QDateTime(today.addDays(random.bounded(-3, 120)),
                      random.bounded(2) ? meeting.start.time() : generatedTime(random), zone));
    for (int i = random.bounded(3) == 0 ? random.bounded(1, 3) : 0; i > 0; --i) {
        const QDate from = today.addDays(random.bounded(-30, 120));
        meeting.breaks.append({from, from.addDays(random.bounded(0, 200))});
    }
    if (random.bounded(20) == 0)
        meeting.status = MeetingStatus::Paused;
    return meeting;
}

QString described(const MeetingTimes &times)
{
    QStringList parts{QString::number(times.weekdays), QString::number(times.startMinutes)};
    parts << (times.next ? times.next->toString(Qt::ISODateWithMs) + u' ' +
                               QString::number(times.next->offsetFromUtc())
                         : QStringLiteral("none"));
    for (const QDateTime &later : times.later)
        parts << later.toString(Qt::ISODateWithMs) + u' ' + QString::number(later.offsetFromUtc());
    return parts.join(QLatin1Char('|'));
}

} // namespace

class MeetingTimesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scheduledTimesAreAnnouncedTimesWithoutAnnouncements()
    {
        QRandomGenerator random(20261201);
        int withNext = 0;
        int withFour = 0;
        int differentFromUnbroken = 0; // breaks or a paused status changed what comes next
        constexpr int meetings = 6000;
        for (int i = 0; i < meetings; ++i) {
            // Moments on the hour, at half past and at any second, from 2026 to 2028.
            const QDateTime now = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc())
                                      .addSecs(qint64(random.bounded(3 * 365 * 24)) * 3600 +
                                               (random.bounded(3) == 0 ? random.bounded(3600) : 0));
            const Meeting meeting = generatedMeeting(random, now);
            const MeetingTimes expected = announcedTimes(meeting, QString(), {}, now);
            const MeetingTimes actual = scheduledTimes(meeting, now);
            const QString context = QStringLiteral("%1 from %2 in %3, now %4")
                                        .arg(meeting.rrule, meeting.start.toString(Qt::ISODate),
                                             meeting.timeZone, now.toString(Qt::ISODate));
            QVERIFY2(described(actual) == described(expected),
                     qPrintable(context + QStringLiteral(": ") + described(actual) +
                                QStringLiteral(" instead of ") + described(expected)));
            withNext += expected.next.has_value();
            withFour += expected.later.size() == 3;
            Meeting unbroken = meeting;
            unbroken.breaks.clear();
            unbroken.status = MeetingStatus::Active;
            differentFromUnbroken +=
                described(announcedTimes(unbroken, QString(), {}, now)) != described(expected);
        }
        // The generated meetings cover the cases: most have next dates, many all four, some are changed by
        // breaks or a pause.
        QVERIFY2(withNext > meetings / 2, qPrintable(QString::number(withNext)));
        QVERIFY2(withFour > meetings / 3, qPrintable(QString::number(withFour)));
        QVERIFY2(differentFromUnbroken > meetings / 20, qPrintable(QString::number(differentFromUnbroken)));
    }

    void aMeetingGoingOnNowIsTheNextOne()
    {
        const QTimeZone amsterdam("Europe/Amsterdam");
        Meeting meeting;
        meeting.id = QStringLiteral("m");
        meeting.timeZone = QStringLiteral("Europe/Amsterdam");
        meeting.start = QDateTime(QDate(2026, 1, 13), QTime(19, 30), amsterdam);
        meeting.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=TU");
        meeting.durationMinutes = 120;
        // Tuesday 24 November 2026, 20:00 in Amsterdam: the meeting of 19:30 is still going on.
        const QDateTime now(QDate(2026, 11, 24), QTime(19, 0), QTimeZone::utc());
        const MeetingTimes times = scheduledTimes(meeting, now);
        QVERIFY(times.next);
        QCOMPARE(*times.next, QDateTime(QDate(2026, 11, 24), QTime(19, 30), amsterdam));
        QCOMPARE(times.later.size(), 3);
        QCOMPARE(times.later.last(), QDateTime(QDate(2026, 12, 15), QTime(19, 30), amsterdam));
        // At 21:30 it has ended.
        QCOMPARE(*scheduledTimes(meeting, now.addSecs(90 * 60)).next,
                 QDateTime(QDate(2026, 12, 1), QTime(19, 30), amsterdam));
    }
};

QTEST_GUILESS_MAIN(MeetingTimesTest)
#include "tst_meetingtimes.moc"
