// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directory/meeting.h"
#include "schedule/announcement.h"

#include <QDateTime>

#include <functional>
#include <optional>

namespace kring {

// When a meeting takes place, as search filters and ranks by it.
struct MeetingTimes {
    quint8 weekdays = 0;           // weekdayBit()s of the days it can fall on; 0: not known
    int startMinutes = -1;         // local start, minutes after midnight; -1: not known
    std::optional<QDateTime> next; // next occurrence at or after "now", UTC; none: not known or no more
    QList<QDateTime> later;        // the few that take place after `next` (up to 3), UTC
};

// Computes MeetingTimes for a meeting at a given moment (the schedule code provides the real one).
using MeetingTimesFunction = std::function<MeetingTimes(const Meeting &meeting, const QDateTime &now)>;

// Weekdays and start time read from the rule and the start alone, without expanding occurrences: no `next`.
[[nodiscard]] MeetingTimes weekdaysAndStartOnly(const Meeting &meeting, const QDateTime &now);

// Weekdays, start time and the next occurrences that take place (breaks and a paused status skipped).
[[nodiscard]] MeetingTimes scheduledTimes(const Meeting &meeting, const QDateTime &now);

// The same with the announcements for group `groupId` applied: a cancelled occurrence is not the next one, a
// moved one counts at its new time.
[[nodiscard]] MeetingTimes announcedTimes(const Meeting &meeting, const QString &groupId,
                                          const QList<Announcement> &announcements, const QDateTime &now);

} // namespace kring
