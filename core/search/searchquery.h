// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directory/group.h"
#include "search/geo.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace kring {

// Bits of SearchQuery::weekdays: Monday = 1 << 0 ... Sunday = 1 << 6 (Qt::DayOfWeek - 1).
inline constexpr quint8 weekdayBit(int qtDayOfWeek)
{
    return quint8(1u << (qtDayOfWeek - 1));
}

enum PartOfDay : quint8 { Morning = 1, Afternoon = 2, Evening = 4 }; // before 12:00, 12:00-17:59, from 18:00

enum AttendanceFilter : quint8 { InPersonMeetings = 1, OnlineMeetings = 2, HybridMeetings = 4 };

// What a person asks for. Empty fields do not filter.
struct SearchQuery {
    QString text;                     // everyday words: "drank", "rouw eindhoven"
    std::optional<GeoPoint> near;     // the user's position or a place they typed; never leaves the phone
    QStringList themeIds;             // any of these themes
    std::optional<Audience> audience; // Self finds groups for those concerned (and both); Relatives likewise
    quint8 weekdays = 0;              // weekdayBit()s
    quint8 partsOfDay = 0;            // PartOfDay bits
    quint8 attendance = 0;            // AttendanceFilter bits
    bool wheelchairAccessible = false;
    quint8 targetGroups = 0; // TargetGroup bits: groups meant for any of these people
    QString language;        // ISO 639-1
    int limit = 50;
};

// How a result list is ordered, for its header: by how well the words match (then distance or next meeting),
// nearest first (a place and no words), or next meeting first (neither).
enum class SearchOrder { BestMatch, Nearest, Soonest };

// One group found: where its best-matching meeting is and when it next meets.
struct SearchResult {
    qsizetype groupIndex = -1;        // in Directory::groups()
    qsizetype meetingIndex = -1;      // in that group's meetings: the meeting that ranked it
    std::optional<double> distanceKm; // none for online meetings and when no point was given
    std::optional<QDateTime> next;    // UTC
};

} // namespace kring
