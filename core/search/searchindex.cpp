// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "search/synonyms.h"
#include "text/textfolding.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

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

// The position of `value` in `list`, appended when it is not there yet.
template<typename List, typename Value>
int positionIn(QHash<Value, int> &known, List &list, const Value &value)
{
    const auto found = known.constFind(value);
    if (found != known.cend())
        return *found;
    const int position = int(list.size());
    known.insert(value, position);
    list.append(value);
    return position;
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
    QHash<QString, int> themePositions;
    for (int i = 0; i < int(themes.size()); ++i) {
        themePositions.insert(themes[i].id, i);
        index.m_themes.append(Theme{themes[i].id, themes[i].name, themes[i].category, {}});
    }
    QHash<QString, int> townPositions;
    QHash<QByteArray, int> timeZonePositions;
    QHash<QString, int> languagePositions;

    QHash<QString, std::vector<int>> postings;
    const auto &groups = dir.groups();
    const int groupCount = int(groups.size());
    std::vector<QString> foldedNames;
    foldedNames.reserve(size_t(groupCount));
    index.m_groups.reserve(size_t(groupCount));
    for (int g = 0; g < groupCount; ++g) {
        const Group &group = groups[g];
        index.m_firstMeeting.push_back(int(index.m_meetings.size()));
        index.m_firstTheme.push_back(int(index.m_groupThemes.size()));
        foldedNames.push_back(foldText(group.name));

        const QByteArray id = group.id.toUtf8();
        const QByteArray name = group.name.toUtf8();
        const QByteArray town = dir.townOf(group).toUtf8();
        quint64 languages = 0;
        for (const QString &language : group.languages) {
            const int position = positionIn(languagePositions, index.m_languages, language);
            if (position < 64) // more languages than that in one directory: the rest cannot be filtered on
                languages |= quint64(1) << position;
        }
        index.m_groups.push_back(
            GroupEntry{quint32(index.m_groupText.size()), quint16(id.size()), quint16(name.size()),
                       quint16(town.size()), quint8(group.audience),
                       std::any_of(group.meetings.cbegin(), group.meetings.cend(),
                                   [](const Meeting &meeting) { return meeting.isOnline(); }),
                       group.targetGroups, 0, languages});
        index.m_groupText += id + name + town;

        QSet<QString> words;
        addWords(words, group.name);
        for (const QString &keyword : group.keywords)
            addWords(words, keyword);
        for (const QString &themeId : group.themeIds) {
            const int theme = themePositions.value(themeId, -1);
            if (theme < 0)
                continue;
            index.m_groupThemes.push_back(theme);
            addWords(words, themes[theme].id);
            addWords(words, themes[theme].name.nl);
            addWords(words, themes[theme].name.en);
            for (const QString &keyword : themes[theme].keywords)
                addWords(words, keyword);
        }

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
                             venue ? positionIn(townPositions, index.m_towns, venue->town) : -1,
                             positionIn(timeZonePositions, index.m_timeZones, meeting.timeZone.toUtf8())});
            index.m_nextSecs.push_back(when.next ? when.next->toSecsSinceEpoch() : unknownTime);
            for (int k = 0; k < keptOccurrences; ++k) {
                const QDateTime kept = k == 0 ? when.next.value_or(QDateTime()) : when.later.value(k - 1);
                index.m_keptMinutes.push_back(kept.isValid() ? qint32(kept.toSecsSinceEpoch() / 60)
                                                             : noKeptMinute);
            }
        }
        for (const QString &word : std::as_const(words))
            postings[word].push_back(g);
    }
    index.m_firstMeeting.push_back(int(index.m_meetings.size()));
    index.m_firstTheme.push_back(int(index.m_groupThemes.size()));

    std::vector<int> byName(static_cast<size_t>(groupCount));
    std::iota(byName.begin(), byName.end(), 0);
    std::stable_sort(byName.begin(), byName.end(),
                     [&](int a, int b) { return foldedNames[size_t(a)] < foldedNames[size_t(b)]; });
    for (size_t rank = 0; rank < byName.size(); ++rank)
        index.m_groups[size_t(byName[rank])].nameRank = quint32(rank);
    index.m_groupsById.resize(size_t(groupCount));
    std::iota(index.m_groupsById.begin(), index.m_groupsById.end(), 0);
    std::sort(index.m_groupsById.begin(), index.m_groupsById.end(),
              [&](int a, int b) { return index.groupId(size_t(a)) < index.groupId(size_t(b)); });

    QStringList words = postings.keys();
    std::sort(words.begin(), words.end());
    for (const QString &word : std::as_const(words)) {
        index.m_wordStart.push_back(quint32(index.m_wordText.size()));
        index.m_firstPosting.push_back(int(index.m_postings.size()));
        const std::vector<int> &groupsWithWord = postings[word];
        index.m_postings.insert(index.m_postings.end(), groupsWithWord.begin(), groupsWithWord.end());
        index.m_wordText += word;
    }
    index.m_wordStart.push_back(quint32(index.m_wordText.size()));
    index.m_firstPosting.push_back(int(index.m_postings.size()));
    index.indexCells();
    return index;
}

void SearchIndex::indexCells()
{
    std::vector<std::pair<qint64, int>> located; // cell key, meeting
    bool first = true;
    for (int i = 0; i < int(m_meetings.size()); ++i) {
        const MeetingEntry &meeting = m_meetings[size_t(i)];
        if (std::isnan(meeting.latitude))
            continue;
        const int x = int(std::floor(meeting.longitude / cellDegrees));
        const int y = int(std::floor(meeting.latitude / cellDegrees));
        located.emplace_back(cellKey(x, y), i);
        m_cellBounds = first ? CellBounds{x, x, y, y}
                             : CellBounds{std::min(m_cellBounds.minX, x), std::max(m_cellBounds.maxX, x),
                                          std::min(m_cellBounds.minY, y), std::max(m_cellBounds.maxY, y)};
        first = false;
    }
    std::sort(located.begin(), located.end());
    m_cellKeys.clear();
    m_firstInCell.clear();
    m_cellMeetings.clear();
    for (const auto &[key, meeting] : located) {
        if (m_cellKeys.empty() || m_cellKeys.back() != key) {
            m_cellKeys.push_back(key);
            m_firstInCell.push_back(int(m_cellMeetings.size()));
        }
        m_cellMeetings.push_back(meeting);
    }
    m_firstInCell.push_back(int(m_cellMeetings.size()));
}

QStringView SearchIndex::word(size_t position) const
{
    return QStringView(m_wordText)
        .sliced(m_wordStart[position], m_wordStart[position + 1] - m_wordStart[position]);
}

QByteArrayView SearchIndex::groupId(size_t group) const
{
    return QByteArrayView(m_groupText).sliced(m_groups[group].text, m_groups[group].idBytes);
}

GroupCard SearchIndex::card(qsizetype group) const
{
    const GroupEntry &entry = m_groups[size_t(group)];
    const QByteArrayView text = QByteArrayView(m_groupText).sliced(entry.text);
    return GroupCard{QString::fromUtf8(text.first(entry.idBytes)),
                     QString::fromUtf8(text.sliced(entry.idBytes, entry.nameBytes)), Audience(entry.audience),
                     QString::fromUtf8(text.sliced(entry.idBytes + entry.nameBytes, entry.townBytes)),
                     entry.meetsOnline};
}

int SearchIndex::groupPosition(const QString &id) const
{
    const QByteArray wanted = id.toUtf8();
    const auto found = std::lower_bound(m_groupsById.begin(), m_groupsById.end(), wanted,
                                        [this](int group, const QByteArray &value) {
                                            return groupId(size_t(group)) < QByteArrayView(value);
                                        });
    return found != m_groupsById.end() && groupId(size_t(*found)) == QByteArrayView(wanted) ? *found : -1;
}

QString SearchIndex::themeNames(qsizetype group, QStringView language) const
{
    QStringList names;
    for (int i = m_firstTheme[size_t(group)]; i < m_firstTheme[size_t(group) + 1]; ++i)
        names.append(m_themes[m_groupThemes[size_t(i)]].name.in(language));
    return names.join(QStringLiteral(", "));
}

const SearchIndex::MeetingEntry &SearchIndex::entryOf(const SearchResult &result) const
{
    return m_meetings[size_t(m_firstMeeting[size_t(result.groupIndex)] + result.meetingIndex)];
}

QString SearchIndex::town(const SearchResult &result) const
{
    const int town = entryOf(result).town;
    return town < 0 ? QString() : m_towns[town];
}

QByteArray SearchIndex::timeZone(const SearchResult &result) const
{
    return m_timeZones[entryOf(result).timeZone];
}

bool SearchIndex::isOnline(const SearchResult &result) const
{
    return std::isnan(entryOf(result).latitude);
}

void SearchIndex::setNextOccurrences(int group, int meeting, const MeetingTimes &times)
{
    if (group < 0 || group >= groupCount() || meeting < 0 ||
        meeting >= m_firstMeeting[size_t(group) + 1] - m_firstMeeting[size_t(group)])
        return;
    const size_t entry = size_t(m_firstMeeting[size_t(group)] + meeting);
    for (int k = 0; k < keptOccurrences; ++k) {
        const QDateTime kept = k == 0 ? times.next.value_or(QDateTime()) : times.later.value(k - 1);
        m_keptMinutes[entry * keptOccurrences + size_t(k)] =
            kept.isValid() ? qint32(kept.toSecsSinceEpoch() / 60) : noKeptMinute;
    }
    m_nextSecs[entry] = times.next ? times.next->toSecsSinceEpoch() : unknownTime;
}

void SearchIndex::advanceTo(const QDateTime &now)
{
    m_now = now;
    const qint64 nowSecs = now.toSecsSinceEpoch();
    m_nextSecs.resize(m_meetings.size());
    for (size_t i = 0; i < m_meetings.size(); ++i) {
        const auto first = m_keptMinutes.cbegin() + qsizetype(i * keptOccurrences);
        const auto next = std::find_if(first, first + keptOccurrences, [nowSecs](qint32 minute) {
            return minute != noKeptMinute && qint64(minute) * 60 >= nowSecs;
        });
        m_nextSecs[i] = next == first + keptOccurrences ? unknownTime : qint64(*next) * 60;
    }
}

bool SearchIndex::isStale(const QDateTime &now) const
{
    const qint64 nowSecs = now.toSecsSinceEpoch();
    for (size_t last = keptOccurrences - 1; last < m_keptMinutes.size(); last += keptOccurrences) {
        if (m_keptMinutes[last] != noKeptMinute && qint64(m_keptMinutes[last]) * 60 < nowSecs)
            return true;
    }
    return false;
}

SearchIndex::GroupSet SearchIndex::groupsWithPrefix(const QString &prefix) const
{
    GroupSet set((m_groups.size() + 63) / 64, 0);
    const size_t wordCount = m_firstPosting.size() - 1;
    size_t low = 0, high = wordCount;
    while (low < high) {
        const size_t middle = (low + high) / 2;
        if (word(middle) < QStringView(prefix))
            low = middle + 1;
        else
            high = middle;
    }
    for (size_t w = low; w < wordCount && word(w).startsWith(prefix); ++w) {
        for (int i = m_firstPosting[w]; i < m_firstPosting[w + 1]; ++i) {
            const int group = m_postings[size_t(i)];
            set[size_t(group) / 64] |= quint64(1) << (group % 64);
        }
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

QList<SearchResult> SearchIndex::search(const SearchQuery &query) const
{
    if (m_groups.empty() || query.limit <= 0)
        return {};
    GroupSet textGroups;
    const bool byText = !foldText(query.text).isEmpty();
    if (byText)
        textGroups = groupsForText(query.text);
    return query.near ? rankedNear(query, byText ? &textGroups : nullptr)
                      : rankedByTime(query, byText ? &textGroups : nullptr);
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
    const GeoPoint point = *query.near;
    const int cx = int(std::floor(point.longitude / cellDegrees));
    const int cy = int(std::floor(point.latitude / cellDegrees));
    // The narrowest side of a cell here: after ring r, every meeting within r of these is found.
    const double cellKm =
        std::min(cellDegrees * 111.32 * std::cos(radians(point.latitude)), cellDegrees * 110.57);
    const int maxRing = std::max({std::abs(cx - m_cellBounds.minX), std::abs(cx - m_cellBounds.maxX),
                                  std::abs(cy - m_cellBounds.minY), std::abs(cy - m_cellBounds.maxY)});

    struct Best {
        double distance;
        int meeting;
    };
    // Per group, for this query: whether the group filters pass (-1: not yet known) and its nearest meeting.
    const size_t groupCount = m_groups.size();
    std::vector<signed char> groupAllowed(groupCount, -1);
    std::vector<int> bestOf(groupCount, -1);
    std::vector<Best> best; // one entry per group found, in bestOf order
    const auto visitCell = [&](int x, int y) {
        const qint64 key = cellKey(x, y);
        const auto cell = std::lower_bound(m_cellKeys.begin(), m_cellKeys.end(), key);
        if (cell == m_cellKeys.end() || *cell != key)
            return;
        const size_t c = size_t(cell - m_cellKeys.begin());
        for (int k = m_firstInCell[c]; k < m_firstInCell[c + 1]; ++k) {
            const int i = m_cellMeetings[size_t(k)];
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
                       distance < found.distance ||
                       (distance == found.distance &&
                        m_nextSecs[size_t(i)] < m_nextSecs[size_t(found.meeting)])) {
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
            if (bestOf[size_t(result.groupIndex)] < 0)
                results.append(result);
        }
    }
    return results;
}

} // namespace kring
