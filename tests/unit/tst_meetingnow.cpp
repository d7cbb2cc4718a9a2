// SPDX-License-Identifier: GPL-3.0-or-later
// The meeting kit's group list: the group meeting now first, then the next to meet, then those without dates.
#include "schedule/meetingnow.h"

#include <QTest>
#include <QTimeZone>

using namespace kring;

namespace {

const QTimeZone amsterdam("Europe/Amsterdam");

Group weeklyGroup(const QString &id, const QDateTime &start, MeetingStatus status = MeetingStatus::Active)
{
    Meeting meeting;
    meeting.id = id + QStringLiteral("-1");
    meeting.timeZone = QStringLiteral("Europe/Amsterdam");
    meeting.start = start;
    meeting.durationMinutes = 120;
    meeting.rrule = QStringLiteral("FREQ=WEEKLY");
    meeting.status = status;
    Group group;
    group.id = id;
    group.name = id;
    group.meetings = {meeting};
    return group;
}

MeetingNow::Choice choiceOf(const Group &group, const QDateTime &now)
{
    return {group.id, group.name, MeetingNow::currentOrNext(group, now)};
}

} // namespace

class MeetingNowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void currentOrNext()
    {
        // Tuesdays 19:30-21:30; at Tuesday 20:00 it meets now, at 22:00 next week.
        const Group group =
            weeklyGroup(QStringLiteral("di"), QDateTime(QDate(2026, 1, 6), QTime(19, 30), amsterdam));
        const auto during =
            MeetingNow::currentOrNext(group, QDateTime(QDate(2026, 3, 10), QTime(20, 0), amsterdam));
        QVERIFY(during);
        QCOMPARE(during->start, QDateTime(QDate(2026, 3, 10), QTime(19, 30), amsterdam));
        const auto after =
            MeetingNow::currentOrNext(group, QDateTime(QDate(2026, 3, 10), QTime(22, 0), amsterdam));
        QVERIFY(after);
        QCOMPARE(after->start, QDateTime(QDate(2026, 3, 17), QTime(19, 30), amsterdam));
        // A paused group and one with a note only have no date.
        const Group paused =
            weeklyGroup(QStringLiteral("p"), QDateTime(QDate(2026, 1, 6), QTime(19, 30), amsterdam),
                        MeetingStatus::Paused);
        QVERIFY(!MeetingNow::currentOrNext(paused, QDateTime(QDate(2026, 3, 10), QTime(20, 0), amsterdam)));
        Group noteOnly;
        noteOnly.meetings = {Meeting{}};
        noteOnly.meetings[0].scheduleNote.nl = QStringLiteral("op afspraak");
        QVERIFY(!MeetingNow::currentOrNext(noteOnly, QDateTime(QDate(2026, 3, 10), QTime(20, 0), amsterdam)));
    }

    void meetingNowComesFirstThenTheNext()
    {
        // Tuesday 10 March 2026, 20:00.
        const QDateTime now(QDate(2026, 3, 10), QTime(20, 0), amsterdam);
        const Group tuesday =
            weeklyGroup(QStringLiteral("tuesday"), QDateTime(QDate(2026, 1, 6), QTime(19, 30), amsterdam));
        const Group wednesday =
            weeklyGroup(QStringLiteral("wednesday"), QDateTime(QDate(2026, 1, 7), QTime(10, 0), amsterdam));
        const Group monday =
            weeklyGroup(QStringLiteral("monday"), QDateTime(QDate(2026, 1, 5), QTime(19, 30), amsterdam));
        const Group paused =
            weeklyGroup(QStringLiteral("a-paused"), QDateTime(QDate(2026, 1, 6), QTime(19, 30), amsterdam),
                        MeetingStatus::Paused);
        const QList<MeetingNow::Choice> ordered = MeetingNow::ordered(
            {choiceOf(paused, now), choiceOf(monday, now), choiceOf(wednesday, now), choiceOf(tuesday, now)},
            now);
        QStringList ids;
        for (const MeetingNow::Choice &choice : ordered)
            ids.append(choice.groupId);
        QCOMPARE(ids, (QStringList{QStringLiteral("tuesday"), QStringLiteral("wednesday"),
                                   QStringLiteral("monday"), QStringLiteral("a-paused")}));
        QVERIFY(ordered[0].isNow(now));
        QVERIFY(!ordered[1].isNow(now));
        // Two hours later the Tuesday group has finished: Wednesday comes first, Tuesday a week later last.
        const QDateTime later = now.addSecs(2 * 3600);
        const QList<MeetingNow::Choice> then = MeetingNow::ordered(
            {choiceOf(monday, later), choiceOf(wednesday, later), choiceOf(tuesday, later)}, later);
        QCOMPARE(then[0].groupId, QStringLiteral("wednesday"));
        QCOMPARE(then[2].groupId, QStringLiteral("tuesday"));
    }
};

QTEST_GUILESS_MAIN(MeetingNowTest)
#include "tst_meetingnow.moc"
