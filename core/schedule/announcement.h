// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "announcementkind.h"
#include "occurrences.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

namespace kring {

// A change to a group's schedule that a contact person announced (verified by the trust code before it gets
// here). Dates are local dates in the meeting's zone. Rules: docs/schedules.md.
struct Announcement {
    AnnouncementKind kind = AnnouncementKind::Note; // never Withdraw: a withdrawn announcement is dropped

    QString groupId;
    QString meetingId; // empty: every meeting of the group
    QDate date;        // the occurrence (cancel, move, relocate), or the first day (relocate range, pause,
                       // reschedule)
    QDate until;       // last day, inclusive: relocate range, pause, note; invalid: only `date`
    QDateTime movedTo; // move: the new local start
    QString venue;     // relocate, reschedule: where it takes place instead (free text: venue and room)
    QString rrule;     // reschedule: the new rule; empty: the old one
    QTime time;        // reschedule: the new start time; invalid: the old one
    QString text;      // note: at most maxAnnouncementNoteLength characters

    // Whether the announcement is complete for its kind (announcementKindRules); the error says what is
    // missing, in the person's words.
    [[nodiscard]] Status validate() const;
    bool operator==(const Announcement &) const = default;
};

enum class OccurrenceStatus { Scheduled, Cancelled, Moved, Relocated, Paused, Rescheduled };

// An occurrence as a person should see it: what the schedule says, changed by announcements.
struct ScheduledOccurrence {
    Occurrence
        occurrence; // when it takes place (for moved: the new time; the original is in `originalStart`)
    OccurrenceStatus status = OccurrenceStatus::Scheduled;
    QDateTime originalStart; // moved: where it was scheduled
    QString venue;           // relocated or rescheduled to this place; empty: the usual one
    QStringList notes;       // notes of the contact person that apply to this occurrence

    [[nodiscard]] bool takesPlace() const
    {
        return status != OccurrenceStatus::Cancelled && status != OccurrenceStatus::Paused;
    }
    bool operator==(const ScheduledOccurrence &) const = default;
};

// The occurrences of `meeting` that have not ended at `now`, at most `count`, with breaks, a paused status
// and the announcements for its group applied.
[[nodiscard]] Result<QList<ScheduledOccurrence>> upcoming(const Meeting &meeting, const QString &groupId,
                                                          const QList<Announcement> &announcements,
                                                          const QDateTime &now, int count);

// Marks `occurrences` of `meeting` with breaks, a paused status and the announcements (except reschedule,
// which changes the occurrences themselves: upcoming() handles it).
[[nodiscard]] QList<ScheduledOccurrence> applyAnnouncements(const Meeting &meeting, const QString &groupId,
                                                            const QList<Occurrence> &occurrences,
                                                            const QList<Announcement> &announcements);

} // namespace kring
