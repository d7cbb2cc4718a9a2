// SPDX-License-Identifier: GPL-3.0-or-later
#include "occurrences.h"

#include "recurrence.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>

namespace kring::Occurrences {
namespace {

bool sameWallTime(const QDateTime &a, const QDateTime &b)
{
    return a.date() == b.date() && a.time() == b.time();
}

// Local start times from the local date `from` on, at most `limit` from the rule, with EXDATE and RDATE
// applied.
Result<QList<QDateTime>> localStarts(const Meeting &meeting, const QTimeZone &zone, QDate from, QDate until,
                                     int limit)
{
    auto expanded = Recurrence::expand(meeting.rrule, meeting.start, zone, from, until, limit);
    if (!expanded)
        return expanded;
    QList<QDateTime> starts = std::move(expanded).value();
    // When the rule was cut at `limit`, extra dates after its last start could hide starts that were cut.
    if (starts.size() >= limit && !starts.isEmpty())
        until = std::min(until, starts.last().date());
    starts.removeIf([&](const QDateTime &start) {
        return std::any_of(meeting.exceptionDates.cbegin(), meeting.exceptionDates.cend(),
                           [&](const QDateTime &exception) { return sameWallTime(start, exception); });
    });
    for (const QDateTime &extra : meeting.additionalDates) {
        if (extra.date() < from || extra.date() > until)
            continue;
        const bool known = std::any_of(starts.cbegin(), starts.cend(),
                                       [&](const QDateTime &start) { return sameWallTime(start, extra); });
        if (!known)
            starts.append(Recurrence::placeWallTime(extra.date(), extra.time(), zone));
    }
    std::sort(starts.begin(), starts.end());
    return starts;
}

Result<QTimeZone> zoneOf(const Meeting &meeting)
{
    const QTimeZone zone(meeting.timeZone.toUtf8());
    if (!zone.isValid())
        return Error{QCoreApplication::translate("Occurrences", "meeting %1: \"%2\" is not a known time zone")
                         .arg(meeting.id, meeting.timeZone)};
    return zone;
}

Occurrence occurrenceAt(const Meeting &meeting, const QDateTime &start)
{
    return {start, start.addSecs(qint64(meeting.durationMinutes) * 60)};
}

} // namespace

Result<QList<Occurrence>> between(const Meeting &meeting, const QDateTime &from, const QDateTime &to)
{
    if (!meeting.start.isValid() || to <= from)
        return QList<Occurrence>{};
    auto zone = zoneOf(meeting);
    if (!zone)
        return Error{zone.error()};
    const QDate firstDate = from.toTimeZone(zone.value()).date().addDays(-1);
    const QDate lastDate = to.toTimeZone(zone.value()).date().addDays(1);
    auto starts = localStarts(meeting, zone.value(), firstDate, lastDate, Recurrence::maxIterations);
    if (!starts)
        return Error{starts.error()};
    QList<Occurrence> result;
    for (const QDateTime &start : starts.value()) {
        if (start >= from && start < to)
            result.append(occurrenceAt(meeting, start));
    }
    return result;
}

Result<QList<QDateTime>> nextStarts(const Meeting &meeting, const QDateTime &now, int count)
{
    if (!meeting.start.isValid() || count <= 0)
        return QList<QDateTime>{};
    auto zone = zoneOf(meeting);
    if (!zone)
        return Error{zone.error()};
    const QDate today = now.toTimeZone(zone.value()).date();
    // A meeting that began yesterday evening may still be going on; a margin of a day covers it.
    auto starts = localStarts(meeting, zone.value(), today.addDays(-2), today.addYears(lookAheadYears),
                              count + 2 + int(meeting.exceptionDates.size()));
    if (!starts)
        return Error{starts.error()};
    // An occurrence has not ended when its end is after `now`. For valid times that is comparing instants,
    // start plus the duration, which costs no time-zone arithmetic; anything else compares occurrenceAt().
    const bool nowValid = now.isValid();
    const qint64 nowMsecs = nowValid ? now.toMSecsSinceEpoch() : 0;
    const qint64 duration = qint64(meeting.durationMinutes) * 60 * 1000;
    QList<QDateTime> result;
    for (const QDateTime &start : starts.value()) {
        if (result.size() == count)
            break;
        const bool notEnded = nowValid && start.isValid() ? start.toMSecsSinceEpoch() + duration > nowMsecs
                                                          : occurrenceAt(meeting, start).end > now;
        if (notEnded)
            result.append(start);
    }
    return result;
}

Result<QList<Occurrence>> next(const Meeting &meeting, const QDateTime &now, int count)
{
    auto starts = nextStarts(meeting, now, count);
    if (!starts)
        return Error{starts.error()};
    QList<Occurrence> result;
    result.reserve(starts.value().size());
    for (const QDateTime &start : starts.value())
        result.append(occurrenceAt(meeting, start));
    return result;
}

} // namespace kring::Occurrences
