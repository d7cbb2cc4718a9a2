// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingtimes.h"

#include "schedule/announcement.h"
#include "search/searchquery.h"

#include <QRegularExpression>

namespace kring {

MeetingTimes weekdaysAndStartOnly(const Meeting &meeting, const QDateTime &)
{
    MeetingTimes times;
    if (meeting.start.isValid()) {
        times.startMinutes = meeting.start.time().hour() * 60 + meeting.start.time().minute();
        times.weekdays = weekdayBit(meeting.start.date().dayOfWeek());
    }
    static const QRegularExpression byDay(QStringLiteral("(?:^|;)BYDAY=([^;]+)"));
    if (const auto match = byDay.match(meeting.rrule); match.hasMatch()) {
        static const QStringList days{QStringLiteral("MO"), QStringLiteral("TU"), QStringLiteral("WE"),
                                      QStringLiteral("TH"), QStringLiteral("FR"), QStringLiteral("SA"),
                                      QStringLiteral("SU")};
        quint8 mask = 0;
        for (const QString &item : match.captured(1).split(QLatin1Char(','))) {
            const qsizetype day = days.indexOf(item.right(2));
            if (day >= 0)
                mask |= weekdayBit(int(day) + 1);
        }
        if (mask)
            times.weekdays = mask;
    }
    return times;
}

MeetingTimes scheduledTimes(const Meeting &meeting, const QDateTime &now)
{
    return announcedTimes(meeting, QString(), {}, now);
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
