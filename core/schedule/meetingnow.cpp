// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingnow.h"

#include <algorithm>

namespace kring::MeetingNow {

std::optional<Occurrence> currentOrNext(const Group &group, const QDateTime &now)
{
    std::optional<Occurrence> first;
    for (const Meeting &meeting : group.meetings) {
        if (meeting.status == MeetingStatus::Paused)
            continue;
        const Result<QList<Occurrence>> next = Occurrences::next(meeting, now, 1);
        if (!next || next.value().isEmpty())
            continue;
        const Occurrence &occurrence = next.value().constFirst();
        if (!first || occurrence.startUtc() < first->startUtc())
            first = occurrence;
    }
    return first;
}

QList<Choice> ordered(QList<Choice> choices, const QDateTime &now)
{
    std::stable_sort(choices.begin(), choices.end(), [&now](const Choice &a, const Choice &b) {
        if (a.isNow(now) != b.isNow(now))
            return a.isNow(now);
        if (a.when.has_value() != b.when.has_value())
            return a.when.has_value();
        if (a.when && a.when->startUtc() != b.when->startUtc())
            return a.when->startUtc() < b.when->startUtc();
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return choices;
}

} // namespace kring::MeetingNow
