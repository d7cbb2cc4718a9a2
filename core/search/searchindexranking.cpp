// SPDX-License-Identifier: GPL-3.0-or-later
// The order of SearchIndex results: the filters of a query, then best match, nearest or soonest first. Near a
// point the grid of cells is walked in rings, so that not every meeting has to be measured.
#include "searchindex.h"

#include "text/textfolding.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace kring {

// The nearest matching meeting of each group around a point: the grid's cells are visited in rings around
// it until the nearest groups the query asks for are certain.
struct SearchIndex::NearestMeetings {
    struct Best {
        double distance;
        int meeting;
    };

    NearestMeetings(const SearchIndex &index, const SearchQuery &query, const GroupSet *textGroups)
        : index(index)
        , query(query)
        , textGroups(textGroups)
        , point(*query.near)
        , groupAllowed(index.m_groups.size(), -1)
        , bestOf(index.m_groups.size(), -1)
    {}

    // Visits rings until enough groups are found; every meeting within the distance returned has been seen.
    double visitRings();
    void visitRing(int centreX, int centreY, int ring);
    void visitCell(int x, int y);

    const SearchIndex &index;
    const SearchQuery &query;
    const GroupSet *textGroups;
    const GeoPoint point;
    // Per group, for this query: whether the group filters pass (-1: not yet known) and its place in `best`.
    std::vector<signed char> groupAllowed;
    std::vector<int> bestOf;
    std::vector<Best> best; // one entry per group found
};

double SearchIndex::NearestMeetings::visitRings()
{
    const int centreX = int(std::floor(point.longitude / cellDegrees));
    const int centreY = int(std::floor(point.latitude / cellDegrees));
    // The narrowest side of a cell here: after ring r, every meeting within r of these is found.
    const double cellKm =
        std::min(cellDegrees * 111.32 * std::cos(radians(point.latitude)), cellDegrees * 110.57);
    const CellBounds &bounds = index.m_cellBounds;
    const int maxRing = std::max({std::abs(centreX - bounds.minX), std::abs(centreX - bounds.maxX),
                                  std::abs(centreY - bounds.minY), std::abs(centreY - bounds.maxY)});
    for (int ring = 0; ring <= maxRing; ++ring) {
        visitRing(centreX, centreY, ring);
        const double certainKm = ring * cellKm;
        const auto within =
            std::count_if(best.cbegin(), best.cend(), [&](const Best &b) { return b.distance <= certainKm; });
        if (within >= query.limit)
            return certainKm;
    }
    return std::numeric_limits<double>::infinity();
}

void SearchIndex::NearestMeetings::visitRing(int centreX, int centreY, int ring)
{
    if (ring == 0) {
        visitCell(centreX, centreY);
        return;
    }
    for (int d = -ring; d <= ring; ++d) {
        visitCell(centreX + d, centreY - ring);
        visitCell(centreX + d, centreY + ring);
        if (d != -ring && d != ring) {
            visitCell(centreX - ring, centreY + d);
            visitCell(centreX + ring, centreY + d);
        }
    }
}

// Keeps, for each group with a meeting in the cell that passes the query, the nearer of that meeting and the
// one found before (the sooner one at the same distance).
void SearchIndex::NearestMeetings::visitCell(int x, int y)
{
    const qint64 key = cellKey(x, y);
    const auto cell = std::lower_bound(index.m_cellKeys.begin(), index.m_cellKeys.end(), key);
    if (cell == index.m_cellKeys.end() || *cell != key)
        return;
    const size_t c = size_t(cell - index.m_cellKeys.begin());
    for (int k = index.m_firstInCell[c]; k < index.m_firstInCell[c + 1]; ++k) {
        const int i = index.m_cellMeetings[size_t(k)];
        const MeetingEntry &meeting = index.m_meetings[size_t(i)];
        signed char &allowed = groupAllowed[size_t(meeting.group)];
        if (allowed < 0)
            allowed = index.groupMatches(meeting.group, query, textGroups) ? 1 : 0;
        if (!allowed || !index.meetingMatches(meeting, query))
            continue;
        const double distance = distanceKm(point, {meeting.latitude, meeting.longitude});
        int &slot = bestOf[size_t(meeting.group)];
        if (slot < 0) {
            slot = int(best.size());
            best.push_back({distance, i});
        } else if (Best &found = best[size_t(slot)];
                   distance < found.distance ||
                   (distance == found.distance &&
                    index.m_nextSecs[size_t(i)] < index.m_nextSecs[size_t(found.meeting)])) {
            found = {distance, i};
        }
    }
}

SearchOrder SearchIndex::orderFor(const SearchQuery &query)
{
    if (!foldText(query.text).isEmpty())
        return SearchOrder::BestMatch;
    return query.near ? SearchOrder::Nearest : SearchOrder::Soonest;
}

QList<SearchResult> SearchIndex::search(const SearchQuery &query) const
{
    if (m_groups.empty() || query.limit <= 0)
        return {};
    if (orderFor(query) == SearchOrder::BestMatch)
        return rankedByScore(query, textScores(query.text));
    return query.near ? rankedNear(query, nullptr) : rankedByTime(query, nullptr);
}

bool SearchIndex::groupMatches(int group, const SearchQuery &query, const GroupSet *textGroups) const
{
    if (textGroups && !((*textGroups)[size_t(group) / 64] & (quint64(1) << (group % 64))))
        return false;
    const GroupEntry &entry = m_groups[size_t(group)];
    if (query.audience) {
        const auto audience = Audience(entry.audience);
        if (audience != Audience::Both && audience != *query.audience && *query.audience != Audience::Both)
            return false;
    }
    if (query.targetGroups && !(entry.targetGroups & query.targetGroups))
        return false;
    if (!query.themeIds.isEmpty()) {
        const auto first = m_groupThemes.begin() + m_firstTheme[size_t(group)];
        const auto last = m_groupThemes.begin() + m_firstTheme[size_t(group) + 1];
        const bool any =
            std::any_of(first, last, [&](int theme) { return query.themeIds.contains(m_themes[theme].id); });
        if (!any)
            return false;
    }
    if (query.language.isEmpty())
        return true;
    const qsizetype language = m_languages.indexOf(query.language);
    return language >= 0 && language < 64 && (entry.languages & (quint64(1) << language));
}

bool SearchIndex::meetingMatches(const MeetingEntry &meeting, const SearchQuery &query) const
{
    return (!query.weekdays || (meeting.weekdays & query.weekdays)) &&
           (!query.partsOfDay || (meeting.partOfDay & query.partsOfDay)) &&
           (!query.attendance || (meeting.attendance & query.attendance)) &&
           (!query.wheelchairAccessible || meeting.wheelchair);
}

SearchResult SearchIndex::resultFor(int meetingIndex, std::optional<double> distance) const
{
    const MeetingEntry &meeting = m_meetings[size_t(meetingIndex)];
    SearchResult result;
    result.groupIndex = meeting.group;
    result.meetingIndex = meeting.meeting;
    result.distanceKm = distance;
    if (const qint64 next = m_nextSecs[size_t(meetingIndex)]; next != unknownTime)
        result.next = QDateTime::fromSecsSinceEpoch(next, Qt::UTC);
    return result;
}

// Best match first; among equal matches nearest (with a point) or soonest first. A small set of groups is
// measured one by one; a large one with a point goes through the grid.
QList<SearchResult> SearchIndex::rankedByScore(const SearchQuery &query,
                                               const std::vector<std::pair<int, quint16>> &scores) const
{
    // The levels of match, best first; each level's groups are gathered only when the list needs them.
    std::vector<quint16> levels;
    for (const auto &[group, score] : scores) {
        if (std::find(levels.begin(), levels.end(), score) == levels.end())
            levels.push_back(score);
    }
    std::sort(levels.begin(), levels.end(), std::greater<>());
    constexpr int gridFrom = 1024; // meetings in one level of match
    QList<SearchResult> results;
    std::vector<int> level;
    for (const quint16 score : levels) {
        if (results.size() >= query.limit)
            break;
        level.clear();
        int meetings = 0;
        for (const auto &[group, groupScore] : scores) {
            if (groupScore == score) {
                level.push_back(group);
                meetings += m_firstMeeting[size_t(group) + 1] - m_firstMeeting[size_t(group)];
            }
        }
        const int limit = query.limit - int(results.size());
        if (query.near && meetings >= gridFrom && int(level.size()) > limit) {
            GroupSet set((m_groups.size() + 63) / 64, 0);
            for (const int group : level)
                set[size_t(group) / 64] |= quint64(1) << (group % 64);
            SearchQuery rest = query;
            rest.limit = limit;
            results += rankedNear(rest, &set);
        } else {
            results += rankedAmong(query, level, limit);
        }
    }
    return results;
}

// The groups given, each at its best meeting: nearest first with a point (online-only groups after), else
// soonest first.
QList<SearchResult> SearchIndex::rankedAmong(const SearchQuery &query, const std::vector<int> &groups,
                                             int limit) const
{
    struct Candidate {
        double distance; // infinity: no located meeting
        int meeting;
    };
    std::vector<Candidate> candidates;
    const bool onlineAllowed = !query.attendance || (query.attendance & OnlineMeetings);
    for (const int group : groups) {
        if (!groupMatches(group, query, nullptr))
            continue;
        int best = -1;
        double bestDistance = std::numeric_limits<double>::infinity();
        int online = -1;
        for (int i = m_firstMeeting[size_t(group)]; i < m_firstMeeting[size_t(group) + 1]; ++i) {
            const MeetingEntry &meeting = m_meetings[size_t(i)];
            if (!meetingMatches(meeting, query))
                continue;
            if (!query.near) {
                if (best < 0 || m_nextSecs[size_t(i)] < m_nextSecs[size_t(best)])
                    best = i;
                continue;
            }
            if (std::isnan(meeting.latitude)) {
                if (online < 0 || m_nextSecs[size_t(i)] < m_nextSecs[size_t(online)])
                    online = i;
                continue;
            }
            const double distance = distanceKm(*query.near, {meeting.latitude, meeting.longitude});
            if (best < 0 || distance < bestDistance ||
                (distance == bestDistance && m_nextSecs[size_t(i)] < m_nextSecs[size_t(best)])) {
                best = i;
                bestDistance = distance;
            }
        }
        if (best >= 0)
            candidates.push_back({query.near ? bestDistance : 0.0, best});
        else if (online >= 0 && onlineAllowed && m_meetings[size_t(online)].attendance == OnlineMeetings)
            candidates.push_back({std::numeric_limits<double>::infinity(), online});
    }
    const auto before = [this](const Candidate &a, const Candidate &b) {
        if (a.distance != b.distance)
            return a.distance < b.distance;
        return sooner(a.meeting, b.meeting);
    };
    const size_t count = std::min(candidates.size(), size_t(std::max(0, limit)));
    std::partial_sort(candidates.begin(), candidates.begin() + qsizetype(count), candidates.end(), before);
    QList<SearchResult> results;
    results.reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i) {
        const Candidate &c = candidates[i];
        results.append(resultFor(c.meeting, query.near && !std::isinf(c.distance) ? std::optional(c.distance)
                                                                                  : std::nullopt));
    }
    return results;
}

// Sooner next meeting first (unknown last), then by name.
bool SearchIndex::sooner(int meetingA, int meetingB) const
{
    const qint64 nextA = m_nextSecs[size_t(meetingA)];
    const qint64 nextB = m_nextSecs[size_t(meetingB)];
    if (nextA != nextB)
        return nextA < nextB;
    return m_groups[size_t(m_meetings[size_t(meetingA)].group)].nameRank <
           m_groups[size_t(m_meetings[size_t(meetingB)].group)].nameRank;
}

QList<SearchResult> SearchIndex::rankedByTime(const SearchQuery &query, const GroupSet *textGroups) const
{
    struct Candidate {
        qint64 next;
        int meeting;
    };
    std::vector<Candidate> candidates;
    const int groupCount = int(m_groups.size());
    for (int group = 0; group < groupCount; ++group) {
        if (!groupMatches(group, query, textGroups))
            continue;
        int best = -1;
        for (int i = m_firstMeeting[group]; i < m_firstMeeting[group + 1]; ++i) {
            if (meetingMatches(m_meetings[i], query) &&
                (best < 0 || m_nextSecs[size_t(i)] < m_nextSecs[size_t(best)]))
                best = i;
        }
        if (best >= 0)
            candidates.push_back({m_nextSecs[size_t(best)], best});
    }
    const auto earlier = [this](const Candidate &a, const Candidate &b) {
        return sooner(a.meeting, b.meeting);
    };
    const size_t count = std::min(candidates.size(), size_t(query.limit));
    std::partial_sort(candidates.begin(), candidates.begin() + count, candidates.end(), earlier);
    QList<SearchResult> results;
    results.reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i)
        results.append(resultFor(candidates[i].meeting, std::nullopt));
    return results;
}

QList<SearchResult> SearchIndex::rankedNear(const SearchQuery &query, const GroupSet *textGroups) const
{
    NearestMeetings nearest(*this, query, textGroups);
    const double certainKm = nearest.visitRings();
    std::vector<NearestMeetings::Best> located;
    located.reserve(nearest.best.size());
    for (const NearestMeetings::Best &b : nearest.best) {
        if (b.distance <= certainKm)
            located.push_back(b);
    }
    const auto nearer = [this](const NearestMeetings::Best &a, const NearestMeetings::Best &b) {
        if (a.distance != b.distance)
            return a.distance < b.distance;
        return sooner(a.meeting, b.meeting);
    };
    const size_t count = std::min(located.size(), size_t(query.limit));
    std::partial_sort(located.begin(), located.begin() + count, located.end(), nearer);
    QList<SearchResult> results;
    for (size_t i = 0; i < count; ++i)
        results.append(resultFor(located[i].meeting, located[i].distance));

    // Groups that only meet online have no distance: they follow, soonest first.
    if (results.size() < query.limit && (!query.attendance || (query.attendance & OnlineMeetings))) {
        SearchQuery online = query;
        online.attendance = OnlineMeetings;
        online.limit = query.limit - int(results.size());
        for (const SearchResult &result : rankedByTime(online, textGroups)) {
            if (nearest.bestOf[size_t(result.groupIndex)] < 0)
                results.append(result);
        }
    }
    return results;
}

} // namespace kring
