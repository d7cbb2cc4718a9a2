// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingtimes.h"

#include "schedule/announcement.h"
#include "schedule/occurrences.h"
#include "search/searchquery.h"

#include <algorithm>

namespace kring {

MeetingTimes weekdaysAndStartOnly(const Meeting &meeting, const QDateTime &)
{
    MeetingTimes times;
    if (meeting.start.isValid()) {
        times.startMinutes = meeting.start.time().hour() * 60 + meeting.start.time().minute();
        times.weekdays = weekdayBit(meeting.start.date().dayOfWeek());
    }
    // The first non-empty BYDAY part of the rule.
    for (const QStringView part : QStringView(meeting.rrule).tokenize(u';')) {
        if (!part.startsWith(u"BYDAY=") || part.size() == 6)
            continue;
        static constexpr char16_t days[7][3] = {u"MO", u"TU", u"WE", u"TH", u"FR", u"SA", u"SU"};
        quint8 mask = 0;
        for (const QStringView item : part.sliced(6).tokenize(u',')) {
            const QStringView day = item.right(2);
            for (int d = 0; d < 7; ++d) {
                if (day == QStringView(days[d]))
                    mask |= weekdayBit(d + 1);
            }
        }
        if (mask)
            times.weekdays = mask;
        break;
    }
    return times;
}

MeetingTimes scheduledTimes(const Meeting &meeting, const QDateTime &now)
{
    // announcedTimes() without announcements, for every meeting of a new directory: only the starts, no
    // ends, statuses or notes. tst_meetingtimes checks that both give the same.
    constexpr qsizetype wanted = 4;
    MeetingTimes times = weekdaysAndStartOnly(meeting, now);
    if (meeting.status == MeetingStatus::Paused)
        return times; // every occurrence is paused
    for (const qsizetype count : {wanted + 1, qsizetype(40)}) {
        const auto starts = Occurrences::nextStarts(meeting, now, int(count));
        if (!starts)
            break;
        QList<QDateTime> found;
        for (const QDateTime &start : starts.value()) {
            if (found.size() == wanted)
                break;
            const QDate date = meeting.breaks.isEmpty() ? QDate() : start.date();
            const bool inBreak = std::any_of(meeting.breaks.cbegin(), meeting.breaks.cend(),
                                             [&](const DateRange &range) { return range.contains(date); });
            if (!inBreak)
                found.append(start.toUTC());
        }
        const bool seriesEnds = starts.value().size() < count;
        if (found.size() == wanted || seriesEnds || count > wanted + 1) {
            if (!found.isEmpty()) {
                times.next = found.takeFirst();
                times.later = found;
            }
            break;
        }
    }
    return times;
}

MeetingTimes announcedTimes(const Meeting &meeting, const QString &groupId,
                            const QList<Announcement> &announcements, const QDateTime &now)
{
    constexpr qsizetype wanted = 4;
    MeetingTimes times = weekdaysAndStartOnly(meeting, now);
    // Few occurrences first (each costs time-zone arithmetic); more only when those are mostly off (a break).
    for (const qsizetype count : {wanted + 1, qsizetype(40)}) {
        const auto upcomingOccurrences = upcoming(meeting, groupId, announcements, now, int(count));
        if (!upcomingOccurrences)
            break;
        QList<QDateTime> found;
        for (const ScheduledOccurrence &occurrence : upcomingOccurrences.value()) {
            if (occurrence.takesPlace() && found.size() < wanted)
                found.append(occurrence.occurrence.startUtc());
        }
        const bool seriesEnds = upcomingOccurrences.value().size() < count;
        if (found.size() == wanted || seriesEnds || count > wanted + 1) {
            if (!found.isEmpty()) {
                times.next = found.takeFirst();
                times.later = found;
            }
            break;
        }
    }
    return times;
}

} // namespace kring
