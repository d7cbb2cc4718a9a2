// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/announcement.h"

#include <QTest>
#include <QTimeZone>

using namespace kring;

namespace {

const QString group = QStringLiteral("ehv-rouw");

// Every Tuesday at 19:30 in Eindhoven, from 6 January 2026.
Meeting tuesdays()
{
    Meeting meeting;
    meeting.id = QStringLiteral("ehv-rouw-1");
    meeting.timeZone = QStringLiteral("Europe/Amsterdam");
    meeting.start = QDateTime(QDate(2026, 1, 6), QTime(19, 30), QTimeZone("Europe/Amsterdam"));
    meeting.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=TU");
    return meeting;
}

QDateTime local(int month, int day, int hour = 12, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone("Europe/Amsterdam"));
}

Announcement announcement(AnnouncementKind kind, QDate date, QDate until = {})
{
    Announcement result;
    result.kind = kind;
    result.groupId = group;
    result.date = date;
    result.until = until;
    return result;
}

// "03-03 scheduled" per occurrence: the local date and the status, so a row reads like the schedule.
QStringList summary(const QList<ScheduledOccurrence> &occurrences)
{
    static const QStringList names{"scheduled", "cancelled", "moved", "relocated", "paused", "rescheduled"};
    QStringList result;
    for (const ScheduledOccurrence &o : occurrences) {
        QString line = o.occurrence.start.toString(QStringLiteral("MM-dd HH:mm ")) + names.at(int(o.status));
        if (!o.venue.isEmpty())
            line += QStringLiteral(" @") + o.venue;
        if (!o.notes.isEmpty())
            line += QStringLiteral(" [") + o.notes.join(u'|') + u']';
        result.append(line);
    }
    return result;
}

} // namespace

class AnnouncementsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appliesAnnouncements_data()
    {
        QTest::addColumn<QList<Announcement>>("announcements");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("none") << QList<Announcement>{}
                              << QStringList{"03-03 19:30 scheduled", "03-10 19:30 scheduled",
                                             "03-17 19:30 scheduled"};
        QTest::newRow("cancel one") << QList<Announcement>{announcement(AnnouncementKind::Cancel,
                                                                        QDate(2026, 3, 10))}
                                    << QStringList{"03-03 19:30 scheduled", "03-10 19:30 cancelled",
                                                   "03-17 19:30 scheduled"};
        Announcement move = announcement(AnnouncementKind::Move, QDate(2026, 3, 10));
        move.movedTo = local(3, 12, 20, 0);
        QTest::newRow("move one") << QList<Announcement>{move}
                                  << QStringList{"03-03 19:30 scheduled", "03-12 20:00 moved",
                                                 "03-17 19:30 scheduled"};
        Announcement relocate =
            announcement(AnnouncementKind::Relocate, QDate(2026, 3, 10), QDate(2026, 3, 17));
        relocate.venue = QStringLiteral("Wijkhuis De Ster");
        QTest::newRow("relocate a range")
            << QList<Announcement>{relocate}
            << QStringList{"03-03 19:30 scheduled", "03-10 19:30 relocated @Wijkhuis De Ster",
                           "03-17 19:30 relocated @Wijkhuis De Ster"};
        QTest::newRow("pause") << QList<Announcement>{announcement(AnnouncementKind::Pause, QDate(2026, 3, 4),
                                                                   QDate(2026, 3, 16))}
                               << QStringList{"03-03 19:30 scheduled", "03-10 19:30 paused",
                                              "03-17 19:30 scheduled"};
        QTest::newRow("cancel wins over relocate")
            << QList<Announcement>{relocate, announcement(AnnouncementKind::Cancel, QDate(2026, 3, 10))}
            << QStringList{"03-03 19:30 scheduled", "03-10 19:30 cancelled",
                           "03-17 19:30 relocated @Wijkhuis De Ster"};
        Announcement note = announcement(AnnouncementKind::Note, QDate(2026, 3, 1), QDate(2026, 3, 10));
        note.text = QStringLiteral("Neem je eigen koffie mee");
        QTest::newRow("note until a date")
            << QList<Announcement>{note}
            << QStringList{"03-03 19:30 scheduled [Neem je eigen koffie mee]",
                           "03-10 19:30 scheduled [Neem je eigen koffie mee]", "03-17 19:30 scheduled"};
        Announcement otherGroup = announcement(AnnouncementKind::Cancel, QDate(2026, 3, 10));
        otherGroup.groupId = QStringLiteral("another-group");
        QTest::newRow("another group's announcement")
            << QList<Announcement>{otherGroup}
            << QStringList{"03-03 19:30 scheduled", "03-10 19:30 scheduled", "03-17 19:30 scheduled"};
        Announcement reschedule = announcement(AnnouncementKind::Reschedule, QDate(2026, 3, 10));
        reschedule.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=TH");
        reschedule.time = QTime(20, 0);
        QTest::newRow("reschedule to Thursdays at 20:00")
            << QList<Announcement>{reschedule}
            << QStringList{"03-03 19:30 scheduled", "03-12 20:00 rescheduled", "03-19 20:00 rescheduled"};
        Announcement newTime = announcement(AnnouncementKind::Reschedule, QDate(2026, 3, 10));
        newTime.time = QTime(19, 0);
        newTime.venue = QStringLiteral("Bibliotheek, zaal 3");
        QTest::newRow("reschedule time and place only")
            << QList<Announcement>{newTime, announcement(AnnouncementKind::Cancel, QDate(2026, 3, 17))}
            << QStringList{"03-03 19:30 scheduled", "03-10 19:00 rescheduled @Bibliotheek, zaal 3",
                           "03-17 19:00 cancelled"};
    }

    void appliesAnnouncements()
    {
        QFETCH(QList<Announcement>, announcements);
        QFETCH(QStringList, expected);
        for (const Announcement &a : announcements)
            QVERIFY2(a.validate().ok(), qPrintable(a.validate().ok() ? QString() : a.validate().error()));
        auto upcoming = kring::upcoming(tuesdays(), group, announcements, local(3, 1), 3);
        QVERIFY(upcoming.ok());
        QCOMPARE(summary(upcoming.value()), expected);
    }

    void breaksAndPausedStatus()
    {
        Meeting meeting = tuesdays();
        meeting.breaks = {{QDate(2026, 7, 1), QDate(2026, 8, 31)}};
        auto summer = kring::upcoming(meeting, group, {}, local(6, 24), 3);
        QVERIFY(summer.ok());
        QCOMPARE(summary(summer.value()),
                 (QStringList{"06-30 19:30 scheduled", "07-07 19:30 paused", "07-14 19:30 paused"}));
        QVERIFY(!summer.value().at(1).takesPlace());

        meeting.status = MeetingStatus::Paused;
        auto paused = kring::upcoming(meeting, group, {}, local(3, 1), 2);
        QVERIFY(paused.ok());
        QCOMPARE(summary(paused.value()), (QStringList{"03-03 19:30 paused", "03-10 19:30 paused"}));
    }

    void movedOccurrenceKeepsItsOriginalTime()
    {
        Announcement move = announcement(AnnouncementKind::Move, QDate(2026, 3, 31));
        move.movedTo = local(4, 1, 19, 30);
        auto upcoming = kring::upcoming(tuesdays(), group, {move}, local(3, 25), 1);
        QVERIFY(upcoming.ok());
        QCOMPARE(upcoming.value().first().originalStart, local(3, 31, 19, 30));
        QCOMPARE(upcoming.value().first().occurrence.end, local(4, 1, 21, 30));
    }

    void rejectsIncompleteAnnouncements_data()
    {
        QTest::addColumn<Announcement>("announcement");
        QTest::newRow("cancel without date") << announcement(AnnouncementKind::Cancel, {});
        QTest::newRow("move without new time") << announcement(AnnouncementKind::Move, QDate(2026, 3, 10));
        QTest::newRow("relocate without place")
            << announcement(AnnouncementKind::Relocate, QDate(2026, 3, 10));
        QTest::newRow("pause without end") << announcement(AnnouncementKind::Pause, QDate(2026, 3, 10));
        QTest::newRow("pause ending before it starts")
            << announcement(AnnouncementKind::Pause, QDate(2026, 3, 10), QDate(2026, 3, 1));
        QTest::newRow("reschedule to nothing")
            << announcement(AnnouncementKind::Reschedule, QDate(2026, 3, 10));
        Announcement badRule = announcement(AnnouncementKind::Reschedule, QDate(2026, 3, 10));
        badRule.rrule = QStringLiteral("FREQ=NEVER");
        QTest::newRow("reschedule to a bad rule") << badRule;
        Announcement longNote = announcement(AnnouncementKind::Note, QDate(2026, 3, 1), QDate(2026, 3, 10));
        longNote.text = QString(maxAnnouncementNoteLength + 1, u'x');
        QTest::newRow("note over 280 characters") << longNote;
    }

    void rejectsIncompleteAnnouncements()
    {
        QFETCH(Announcement, announcement);
        const Status status = announcement.validate();
        QVERIFY(!status.ok());
        QVERIFY(!status.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(AnnouncementsTest)
#include "tst_announcements.moc"
