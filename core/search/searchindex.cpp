// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "search/synonyms.h"
#include "text/textfolding.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace kring {
namespace {

constexpr qint64 unknownTime = std::numeric_limits<qint64>::max();

qint64 cellKey(int x, int y)
{
    return (qint64(x) << 32) ^ quint32(y);
}

quint8 partOfDay(int startMinutes)
{
    if (startMinutes < 0)
        return 0;
    return startMinutes < 12 * 60 ? Morning : startMinutes < 18 * 60 ? Afternoon : Evening;
}

quint8 attendanceBit(Attendance attendance)
{
    switch (attendance) {
    case Attendance::InPerson:
        return InPersonMeetings;
    case Attendance::Online:
        return OnlineMeetings;
    case Attendance::Hybrid:
        return HybridMeetings;
    }
    return 0;
}

void addWords(QSet<QString> &words, const QString &text)
{
    for (const QString &word : foldText(text).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        words.insert(word);
}

} // namespace

SearchIndex SearchIndex::build(std::shared_ptr<const Directory> directory, const QDateTime &now,
                               const MeetingTimesFunction &times)
{
    SearchIndex index;
    index.m_directory = std::move(directory);
    index.m_now = now;
    const Directory &dir = *index.m_directory;
    const auto &themes = dir.themes();
    for (int i = 0; i < int(themes.size()); ++i)
        index.m_themeIndex.insert(themes[i].id, i);

    QHash<QString, std::vector<int>> postings;
    const auto &groups = dir.groups();
    index.m_firstMeeting.reserve(groups.size() + 1);
    for (int g = 0; g < int(groups.size()); ++g) {
        const Group &group = groups[g];
        index.m_firstMeeting.push_back(int(index.m_meetings.size()));
        index.m_groupAudience.push_back(quint8(group.audience));
        index.m_groupLanguages.push_back(group.languages);
        index.m_groupSortName.push_back(foldText(group.name));

        QSet<QString> words;
        addWords(words, group.name);
        for (const QString &keyword : group.keywords)
            addWords(words, keyword);
        std::vector<int> themeIndices;
        for (const QString &themeId : group.themeIds) {
            const int theme = index.m_themeIndex.value(themeId, -1);
            if (theme < 0)
                continue;
            themeIndices.push_back(theme);
            addWords(words, themes[theme].id);
            addWords(words, themes[theme].name.nl);
            addWords(words, themes[theme].name.en);
            for (const QString &keyword : themes[theme].keywords)
                addWords(words, keyword);
        }
        index.m_groupThemes.push_back(std::move(themeIndices));

        for (int m = 0; m < int(group.meetings.size()); ++m) {
            const Meeting &meeting = group.meetings[m];
            const MeetingTimes when = times(meeting, now);
            const Venue *venue = meeting.hasVenue() ? dir.venue(meeting.venueId) : nullptr;
            if (venue)
                addWords(words, venue->town);
            index.m_meetings.push_back(
                MeetingEntry{g, m, venue ? float(venue->latitude) : std::numeric_limits<float>::quiet_NaN(),
                             venue ? float(venue->longitude) : std::numeric_limits<float>::quiet_NaN(),
                             when.weekdays, partOfDay(when.startMinutes), attendanceBit(meeting.attendance),
                             venue && venue->wheelchairAccessible.value_or(false),
                             when.next ? when.next->toSecsSinceEpoch() : unknownTime});
        }
        for (const QString &word : std::as_const(words))
            postings[word].push_back(g);
    }
    index.m_firstMeeting.push_back(int(index.m_meetings.size()));

    index.m_words.reserve(postings.size());
    for (auto it = postings.begin(); it != postings.end(); ++it)
        index.m_words.push_back(Posting{it.key(), std::move(it.value())});
    std::sort(index.m_words.begin(), index.m_words.end(),
              [](const Posting &a, const Posting &b) { return a.word < b.word; });

    bool first = true;
    for (int i = 0; i < int(index.m_meetings.size()); ++i) {
        const MeetingEntry &meeting = index.m_meetings[i];
        if (std::isnan(meeting.latitude))
            continue;
        const int x = int(std::floor(meeting.longitude / index.m_cellDegrees));
        const int y = int(std::floor(meeting.latitude / index.m_cellDegrees));
        index.m_cells[cellKey(x, y)].push_back(i);
        index.m_minCellX = first ? x : std::min(index.m_minCellX, x);
        index.m_maxCellX = first ? x : std::max(index.m_maxCellX, x);
        index.m_minCellY = first ? y : std::min(index.m_minCellY, y);
        index.m_maxCellY = first ? y : std::max(index.m_maxCellY, y);
        first = false;
    }
    return index;
}

SearchIndex::GroupSet SearchIndex::groupsWithPrefix(const QString &prefix) const
{
    GroupSet set((m_groupSortName.size() + 63) / 64, 0);
    auto it =
        std::lower_bound(m_words.begin(), m_words.end(), prefix,
                         [](const Posting &posting, const QString &value) { return posting.word < value; });
    for (; it != m_words.end() && it->word.startsWith(prefix); ++it) {
        for (int group : it->groups)
            set[size_t(group) / 64] |= quint64(1) << (group % 64);
    }
    return set;
}

// Groups that have every word of `folded` (each as a prefix).
SearchIndex::GroupSet SearchIndex::groupsForPhrase(const QString &folded) const
{
    GroupSet result;
    for (const QString &word : folded.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        GroupSet groups = groupsWithPrefix(word);
        if (result.empty()) {
            result = std::move(groups);
        } else {
            for (size_t i = 0; i < result.size(); ++i)
                result[i] &= groups[i];
        }
    }
    return result;
}

// Every word must match (as a prefix, or through an everyday synonym); the whole text may also be a synonym.
SearchIndex::GroupSet SearchIndex::groupsForText(const QString &text) const
{
    const QString folded = foldText(text);
    const auto &synonyms = everydaySynonyms();
    const auto orInto = [](GroupSet &into, const GroupSet &other) {
        for (size_t i = 0; i < into.size() && i < other.size(); ++i)
            into[i] |= other[i];
    };
    GroupSet result;
    for (const QString &word : folded.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        GroupSet groups = groupsWithPrefix(word);
        for (const QString &target : synonyms.value(word))
            orInto(groups, groupsForPhrase(target));
        if (result.empty()) {
            result = std::move(groups);
        } else {
            for (size_t i = 0; i < result.size(); ++i)
                result[i] &= groups[i];
        }
    }
    for (const QString &target : synonyms.value(folded))
        orInto(result, groupsForPhrase(target));
    return result;
}

bool SearchIndex::groupMatches(int group, const SearchQuery &query, const GroupSet *textGroups) const
{
    if (textGroups && !((*textGroups)[size_t(group) / 64] & (quint64(1) << (group % 64))))
        return false;
    if (query.audience) {
        const auto audience = Audience(m_groupAudience[group]);
        if (audience != Audience::Both && audience != *query.audience && *query.audience != Audience::Both)
            return false;
    }
    if (!query.themeIds.isEmpty()) {
        const auto &themes = m_groupThemes[group];
        const bool any = std::any_of(query.themeIds.cbegin(), query.themeIds.cend(), [&](const QString &id) {
            const int theme = m_themeIndex.value(id, -1);
            return std::find(themes.begin(), themes.end(), theme) != themes.end();
        });
        if (!any)
            return false;
    }
    return query.language.isEmpty() || m_groupLanguages[group].contains(query.language);
}

bool SearchIndex::meetingMatches(const MeetingEntry &meeting, const SearchQuery &query) const
{
    return (!query.weekdays || (meeting.weekdays & query.weekdays)) &&
           (!query.partsOfDay || (meeting.partOfDay & query.partsOfDay)) &&
           (!query.attendance || (meeting.attendance & query.attendance)) &&
           (!query.wheelchairAccessible || meeting.wheelchair);
}

SearchResult SearchIndex::resultFor(const MeetingEntry &meeting, std::optional<double> distance) const
{
    SearchResult result;
    result.groupIndex = meeting.group;
    result.meetingIndex = meeting.meeting;
    result.distanceKm = distance;
    if (meeting.nextSecs != unknownTime)
        result.next = QDateTime::fromSecsSinceEpoch(meeting.nextSecs, Qt::UTC);
    return result;
}

QList<SearchResult> SearchIndex::search(const SearchQuery &query) const
{
    if (!m_directory || query.limit <= 0)
        return {};
    GroupSet textGroups;
    const bool byText = !foldText(query.text).isEmpty();
    if (byText)
        textGroups = groupsForText(query.text);
    return query.near ? rankedNear(query, byText ? &textGroups : nullptr)
                      : rankedByTime(query, byText ? &textGroups : nullptr);
}

QList<SearchResult> SearchIndex::rankedByTime(const SearchQuery &query, const GroupSet *textGroups) const
{
    struct Candidate {
        qint64 next;
        int meeting;
    };
    std::vector<Candidate> candidates;
    const int groupCount = int(m_groupSortName.size());
    for (int group = 0; group < groupCount; ++group) {
        if (!groupMatches(group, query, textGroups))
            continue;
        int best = -1;
        for (int i = m_firstMeeting[group]; i < m_firstMeeting[group + 1]; ++i) {
            if (meetingMatches(m_meetings[i], query) &&
                (best < 0 || m_meetings[i].nextSecs < m_meetings[best].nextSecs))
                best = i;
        }
        if (best >= 0)
            candidates.push_back({m_meetings[best].nextSecs, best});
    }
    const auto earlier = [this](const Candidate &a, const Candidate &b) {
        if (a.next != b.next)
            return a.next < b.next;
        return m_groupSortName[m_meetings[a.meeting].group] < m_groupSortName[m_meetings[b.meeting].group];
    };
    const size_t count = std::min(candidates.size(), size_t(query.limit));
    std::partial_sort(candidates.begin(), candidates.begin() + count, candidates.end(), earlier);
    QList<SearchResult> results;
    results.reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i)
        results.append(resultFor(m_meetings[candidates[i].meeting], std::nullopt));
    return results;
}

QList<SearchResult> SearchIndex::rankedNear(const SearchQuery &query, const GroupSet *textGroups) const
{
    const GeoPoint point = *query.near;
    const int cx = int(std::floor(point.longitude / m_cellDegrees));
    const int cy = int(std::floor(point.latitude / m_cellDegrees));
    // The narrowest side of a cell here: after ring r, every meeting within r of these is found.
    const double cellKm =
        std::min(m_cellDegrees * 111.32 * std::cos(radians(point.latitude)), m_cellDegrees * 110.57);
    const int maxRing = std::max({std::abs(cx - m_minCellX), std::abs(cx - m_maxCellX),
                                  std::abs(cy - m_minCellY), std::abs(cy - m_maxCellY)});

    struct Best {
        double distance;
        int meeting;
    };
    // Per group, for this query: whether the group filters pass (-1: not yet known) and its nearest meeting.
    const size_t groupCount = m_groupSortName.size();
    std::vector<signed char> groupAllowed(groupCount, -1);
    std::vector<int> bestOf(groupCount, -1);
    std::vector<Best> best; // one entry per group found, in bestOf order
    const auto visitCell = [&](int x, int y) {
        const auto cell = m_cells.constFind(cellKey(x, y));
        if (cell == m_cells.cend())
            return;
        for (int i : *cell) {
            const MeetingEntry &meeting = m_meetings[i];
            signed char &allowed = groupAllowed[size_t(meeting.group)];
            if (allowed < 0)
                allowed = groupMatches(meeting.group, query, textGroups) ? 1 : 0;
            if (!allowed || !meetingMatches(meeting, query))
                continue;
            const double distance = distanceKm(point, {meeting.latitude, meeting.longitude});
            int &slot = bestOf[size_t(meeting.group)];
            if (slot < 0) {
                slot = int(best.size());
                best.push_back({distance, i});
            } else if (Best &found = best[size_t(slot)];
                       distance < found.distance || (distance == found.distance &&
                                                     meeting.nextSecs < m_meetings[found.meeting].nextSecs)) {
                found = {distance, i};
            }
        }
    };

    double guaranteedKm = 0;
    for (int ring = 0; ring <= maxRing; ++ring) {
        if (ring == 0) {
            visitCell(cx, cy);
        } else {
            for (int d = -ring; d <= ring; ++d) {
                visitCell(cx + d, cy - ring);
                visitCell(cx + d, cy + ring);
                if (d != -ring && d != ring) {
                    visitCell(cx - ring, cy + d);
                    visitCell(cx + ring, cy + d);
                }
            }
        }
        guaranteedKm = ring * cellKm;
        const auto within = std::count_if(best.cbegin(), best.cend(),
                                          [&](const Best &b) { return b.distance <= guaranteedKm; });
        if (within >= query.limit)
            break;
        if (ring == maxRing)
            guaranteedKm = std::numeric_limits<double>::infinity();
    }

    std::vector<Best> located;
    located.reserve(best.size());
    for (const Best &b : best) {
        if (b.distance <= guaranteedKm)
            located.push_back(b);
    }
    const auto nearer = [this](const Best &a, const Best &b) {
        if (a.distance != b.distance)
            return a.distance < b.distance;
        if (m_meetings[a.meeting].nextSecs != m_meetings[b.meeting].nextSecs)
            return m_meetings[a.meeting].nextSecs < m_meetings[b.meeting].nextSecs;
        return m_groupSortName[m_meetings[a.meeting].group] < m_groupSortName[m_meetings[b.meeting].group];
    };
    const size_t count = std::min(located.size(), size_t(query.limit));
    std::partial_sort(located.begin(), located.begin() + count, located.end(), nearer);
    QList<SearchResult> results;
    for (size_t i = 0; i < count; ++i)
        results.append(resultFor(m_meetings[located[i].meeting], located[i].distance));

    // Groups that only meet online have no distance: they follow, soonest first.
    if (results.size() < query.limit && (!query.attendance || (query.attendance & OnlineMeetings))) {
        SearchQuery online = query;
        online.attendance = OnlineMeetings;
        online.limit = query.limit - int(results.size());
        for (const SearchResult &result : rankedByTime(online, textGroups)) {
            if (bestOf[size_t(result.groupIndex)] < 0)
                results.append(result);
        }
    }
    return results;
}

} // namespace kring
