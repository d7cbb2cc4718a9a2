// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directory/meeting.h"
#include "result.h"

#include <QDateTime>
#include <QList>

namespace kring {

// One time a meeting takes place (before announcements): local start and end in the meeting's zone.
struct Occurrence {
    QDateTime start;
    QDateTime end;

    [[nodiscard]] QDateTime startUtc() const { return start.toUTC(); }
    bool operator==(const Occurrence &) const = default;
};

namespace Occurrences {

// How far ahead nextOccurrences() looks for a meeting that rarely takes place.
inline constexpr int lookAheadYears = 5;

// The occurrences of `meeting` (its RRULE, minus EXDATE, plus RDATE) that start in [from, to), in start
// order. Breaks and a paused status do not remove occurrences here: applyAnnouncements() marks them. A
// meeting that only has a schedule note has none.
[[nodiscard]] Result<QList<Occurrence>> between(const Meeting &meeting, const QDateTime &from,
                                                const QDateTime &to);

// The first `count` occurrences that have not ended at `now`.
[[nodiscard]] Result<QList<Occurrence>> next(const Meeting &meeting, const QDateTime &now, int count);

// The local starts of next()'s occurrences, without their ends: what the search index keeps of them.
[[nodiscard]] Result<QList<QDateTime>> nextStarts(const Meeting &meeting, const QDateTime &now, int count);

} // namespace Occurrences
} // namespace kring
