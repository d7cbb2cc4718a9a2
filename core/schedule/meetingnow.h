// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directory/group.h"
#include "occurrences.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace kring::MeetingNow {

// When `group` meets now or next as of `now`: the first occurrence of its active meetings that has not ended
// (it may have begun); none when its meetings have no dates (a schedule note only) or are all paused.
[[nodiscard]] std::optional<Occurrence> currentOrNext(const Group &group, const QDateTime &now);

// A group the meeting kit offers, with when it meets now or next.
struct Choice {
    QString groupId;
    QString name;
    std::optional<Occurrence> when;

    // Meeting at `now`: begun and not ended.
    [[nodiscard]] bool isNow(const QDateTime &now) const
    {
        return when && when->start <= now && now < when->end;
    }
};

// The choices in the order the kit offers them: the group meeting now first, then by the next meeting's
// start, then those without a known date, by name.
[[nodiscard]] QList<Choice> ordered(QList<Choice> choices, const QDateTime &now);

} // namespace kring::MeetingNow
