// SPDX-License-Identifier: GPL-3.0-or-later
// Building a SearchIndex from a directory: the groups and their meetings as flat arrays, the words of each
// group and theme with where they were found, and the grid of cells over the located meetings.
#include "searchindex.h"

#include "search/vocabulary.h"
#include "search/wordforms.h"
#include "text/textfolding.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace kring {
namespace {

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

// The words of `text` with the best field each was found in; stop words of a summary are left out.
template<typename Field>
void addWords(QHash<QString, Field> &words, const QString &text, Field field,
              const QSet<QString> *stopWords = nullptr)
{
    for (const QString &word : foldText(text).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (stopWords && stopWords->contains(word))
            continue;
        Field &best = words[word];
        best = std::max(best, field);
    }
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

// What one build() keeps while it goes through the directory: where each theme, town, time zone and
// language went in the index's lists, and per word of the index the groups and themes that have it.
class SearchIndex::Builder
{
public:
    Builder(SearchIndex &index, const MeetingTimesFunction &times)
        : m_index(index)
        , m_directory(*index.m_directory)
        , m_times(times)
        , m_vocabulary(Vocabulary::bundled())
    {}

    void addThemes();
    void addGroups();
    void sortGroups();
    void addWordList();

private:
    void addThemeWords();
    void addGroup(int position, const Group &group);
    void addGroupEntry(const Group &group);
    [[nodiscard]] QHash<QString, quint32> textWords(const Group &group) const;
    void addGroupThemes(int position, const Group &group);
    void addMeeting(int group, int position, const Meeting &meeting, QHash<QString, quint32> &words);

    SearchIndex &m_index;
    const Directory &m_directory;
    const MeetingTimesFunction &m_times;
    const Vocabulary &m_vocabulary;
    QHash<QString, int> m_themePositions;
    QHash<QString, int> m_townPositions;
    QHash<QByteArray, int> m_timeZonePositions;
    QHash<QString, int> m_languagePositions;
    QHash<QString, std::vector<quint32>> m_postings; // folded word -> postings, unsorted
    std::vector<std::vector<int>> m_groupsOfTheme;
    std::vector<QString> m_foldedNames; // per group
};

SearchIndex SearchIndex::build(std::shared_ptr<const Directory> directory, const QDateTime &now,
                               const MeetingTimesFunction &times)
{
    SearchIndex index;
    index.m_directory = std::move(directory);
    index.m_now = now;
    Builder builder(index, times);
    builder.addThemes();
    builder.addGroups();
    builder.sortGroups();
    builder.addWordList();
    index.indexCells();
    return index;
}

void SearchIndex::Builder::addThemes()
{
    const auto &themes = m_directory.themes();
    for (int i = 0; i < int(themes.size()); ++i) {
        m_themePositions.insert(themes[i].id, i);
        m_index.m_themes.append(Theme{themes[i].id, themes[i].name, themes[i].category, {}});
    }
    m_index.m_vocabularyChecksum = m_vocabulary.checksum;
    addThemeWords();
}

// Theme words belong to the theme, not to each of its groups: the directory's names and keywords of a theme
// (each word and the whole phrase) and the thesaurus' words for its id.
void SearchIndex::Builder::addThemeWords()
{
    QHash<QString, QSet<int>> themeWords;
    const auto addThemeText = [&](const QString &text, int theme, bool eachWord) {
        const QString folded = foldText(text);
        if (!folded.isEmpty())
            themeWords[folded].insert(theme);
        if (eachWord) {
            for (const QString &word : folded.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                themeWords[word].insert(theme);
        }
    };
    const auto &themes = m_directory.themes();
    for (int t = 0; t < int(themes.size()); ++t) {
        addThemeText(themes[t].id, t, true);
        addThemeText(themes[t].name.nl, t, true);
        addThemeText(themes[t].name.en, t, true);
        addThemeText(themes[t].name.fr, t, true);
        for (const QString &keyword : themes[t].keywords)
            addThemeText(keyword, t, true);
    }
    for (const Vocabulary::Entry &entry : m_vocabulary.themes) {
        const int theme = m_themePositions.value(entry.themeId, -1);
        if (theme < 0)
            continue;
        for (const QString &word : entry.words)
            addThemeText(word, theme, false);
    }
    for (auto it = themeWords.cbegin(); it != themeWords.cend(); ++it) {
        std::vector<quint32> &list = m_postings[it.key()];
        for (const int theme : it.value())
            list.push_back(quint32(theme) << 2 | ThemeField);
    }
}

void SearchIndex::Builder::addGroups()
{
    const auto &groups = m_directory.groups();
    m_groupsOfTheme.resize(m_directory.themes().size());
    m_foldedNames.reserve(size_t(groups.size()));
    m_index.m_groups.reserve(size_t(groups.size()));
    for (int g = 0; g < int(groups.size()); ++g)
        addGroup(g, groups[g]);
    for (const std::vector<int> &themeGroups : m_groupsOfTheme) {
        m_index.m_firstGroupOfTheme.push_back(int(m_index.m_themeGroups.size()));
        m_index.m_themeGroups.insert(m_index.m_themeGroups.end(), themeGroups.begin(), themeGroups.end());
    }
    m_index.m_firstGroupOfTheme.push_back(int(m_index.m_themeGroups.size()));
    m_index.m_firstMeeting.push_back(int(m_index.m_meetings.size()));
    m_index.m_firstTheme.push_back(int(m_index.m_groupThemes.size()));
}

void SearchIndex::Builder::addGroup(int position, const Group &group)
{
    m_index.m_firstMeeting.push_back(int(m_index.m_meetings.size()));
    m_index.m_firstTheme.push_back(int(m_index.m_groupThemes.size()));
    m_foldedNames.push_back(foldText(group.name));
    addGroupEntry(group);
    QHash<QString, quint32> words = textWords(group);
    addGroupThemes(position, group);
    for (int m = 0; m < int(group.meetings.size()); ++m)
        addMeeting(position, m, group.meetings[m], words);
    for (auto it = words.cbegin(); it != words.cend(); ++it)
        m_postings[it.key()].push_back(quint32(position) << 2 | it.value());
}

void SearchIndex::Builder::addGroupEntry(const Group &group)
{
    const QByteArray id = group.id.toUtf8();
    const QByteArray name = group.name.toUtf8();
    const QByteArray town = m_directory.townOf(group).toUtf8();
    quint64 languages = 0;
    for (const QString &language : group.languages) {
        const int position = positionIn(m_languagePositions, m_index.m_languages, language);
        if (position < 64) // more languages than that in one directory: the rest cannot be filtered on
            languages |= quint64(1) << position;
    }
    m_index.m_groups.push_back(
        GroupEntry{quint32(m_index.m_groupText.size()), quint16(id.size()), quint16(name.size()),
                   quint16(town.size()), quint8(group.audience),
                   std::any_of(group.meetings.cbegin(), group.meetings.cend(),
                               [](const Meeting &meeting) { return meeting.isOnline(); }),
                   group.targetGroups, 0, languages});
    m_index.m_groupText += id + name + town;
}

// The group's own words (name, keywords, summary), each with the best field it was found in.
QHash<QString, quint32> SearchIndex::Builder::textWords(const Group &group) const
{
    QHash<QString, quint32> words;
    addWords(words, group.name, quint32(NameField));
    for (const QString &keyword : group.keywords)
        addWords(words, keyword, quint32(KeywordField));
    addWords(words, group.summary.nl, quint32(SummaryField), &m_vocabulary.stopWords);
    addWords(words, group.summary.en, quint32(SummaryField), &m_vocabulary.stopWords);
    addWords(words, group.summary.fr, quint32(SummaryField), &m_vocabulary.stopWords);
    return words;
}

void SearchIndex::Builder::addGroupThemes(int position, const Group &group)
{
    for (const QString &themeId : group.themeIds) {
        const int theme = m_themePositions.value(themeId, -1);
        if (theme < 0)
            continue;
        m_index.m_groupThemes.push_back(theme);
        m_groupsOfTheme[size_t(theme)].push_back(position);
    }
}

// Adds the meeting with its next occurrences; the town of its venue is one of the group's `words`.
void SearchIndex::Builder::addMeeting(int group, int position, const Meeting &meeting,
                                      QHash<QString, quint32> &words)
{
    const MeetingTimes when = m_times(meeting, m_index.m_now);
    const Venue *venue = meeting.hasVenue() ? m_directory.venue(meeting.venueId) : nullptr;
    if (venue)
        addWords(words, venue->town, quint32(KeywordField));
    m_index.m_meetings.push_back(MeetingEntry{
        group, position, venue ? float(venue->latitude) : std::numeric_limits<float>::quiet_NaN(),
        venue ? float(venue->longitude) : std::numeric_limits<float>::quiet_NaN(), when.weekdays,
        partOfDay(when.startMinutes), attendanceBit(meeting.attendance),
        venue && venue->wheelchairAccessible.value_or(false),
        venue ? positionIn(m_townPositions, m_index.m_towns, venue->town) : -1,
        positionIn(m_timeZonePositions, m_index.m_timeZones, meeting.timeZone.toUtf8())});
    m_index.m_nextSecs.push_back(when.next ? when.next->toSecsSinceEpoch() : unknownTime);
    for (int k = 0; k < keptOccurrences; ++k)
        m_index.m_keptMinutes.push_back(keptMinute(when, k));
}

// Each group's rank among the folded names, and the groups in the order of their ids.
void SearchIndex::Builder::sortGroups()
{
    const size_t groupCount = m_index.m_groups.size();
    std::vector<int> byName(groupCount);
    std::iota(byName.begin(), byName.end(), 0);
    std::stable_sort(byName.begin(), byName.end(),
                     [&](int a, int b) { return m_foldedNames[size_t(a)] < m_foldedNames[size_t(b)]; });
    for (size_t rank = 0; rank < byName.size(); ++rank)
        m_index.m_groups[size_t(byName[rank])].nameRank = quint32(rank);
    std::vector<int> &byId = m_index.m_groupsById;
    byId.resize(groupCount);
    std::iota(byId.begin(), byId.end(), 0);
    std::sort(byId.begin(), byId.end(),
              [&](int a, int b) { return m_index.groupId(size_t(a)) < m_index.groupId(size_t(b)); });
}

// The words, sorted, with their postings; and their order by stem and by reversed text.
void SearchIndex::Builder::addWordList()
{
    QStringList words = m_postings.keys();
    std::sort(words.begin(), words.end());
    for (const QString &word : std::as_const(words)) {
        m_index.m_wordStart.push_back(quint32(m_index.m_wordText.size()));
        m_index.m_firstPosting.push_back(int(m_index.m_postings.size()));
        std::vector<quint32> &withWord = m_postings[word];
        std::sort(withWord.begin(), withWord.end());
        m_index.m_postings.insert(m_index.m_postings.end(), withWord.begin(), withWord.end());
        m_index.m_wordText += word;
    }
    m_index.m_wordStart.push_back(quint32(m_index.m_wordText.size()));
    m_index.m_firstPosting.push_back(int(m_index.m_postings.size()));
    std::vector<QString> stems;
    stems.reserve(size_t(words.size()));
    for (const QString &word : std::as_const(words))
        stems.push_back(wordStem(word));
    std::vector<int> &byStem = m_index.m_wordsByStem;
    byStem.resize(size_t(words.size()));
    std::iota(byStem.begin(), byStem.end(), 0);
    std::stable_sort(byStem.begin(), byStem.end(),
                     [&](int a, int b) { return stems[size_t(a)] < stems[size_t(b)]; });
    std::vector<int> &byEnd = m_index.m_wordsByEnd;
    byEnd.resize(size_t(words.size()));
    std::iota(byEnd.begin(), byEnd.end(), 0);
    std::stable_sort(byEnd.begin(), byEnd.end(),
                     [&](int a, int b) { return endsBefore(words[a], words[b]); });
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

} // namespace kring
