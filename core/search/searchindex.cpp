// SPDX-License-Identifier: GPL-3.0-or-later
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

// Text compared from its end: for the words that end in a given word (verslaving -> gokverslaving).
bool endsBefore(QStringView a, QStringView b)
{
    return std::lexicographical_compare(a.crbegin(), a.crend(), b.crbegin(), b.crend());
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

    const Vocabulary &vocabulary = Vocabulary::bundled();
    index.m_vocabularyChecksum = vocabulary.checksum;
    // Theme words belong to the theme, not to each of its groups: the directory's names and keywords of a
    // theme (each word and the whole phrase) and the thesaurus' words for its id.
    QHash<QString, std::vector<quint32>> postings;
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
        for (int t = 0; t < int(themes.size()); ++t) {
            addThemeText(themes[t].id, t, true);
            addThemeText(themes[t].name.nl, t, true);
            addThemeText(themes[t].name.en, t, true);
            addThemeText(themes[t].name.fr, t, true);
            for (const QString &keyword : themes[t].keywords)
                addThemeText(keyword, t, true);
        }
        for (const Vocabulary::Entry &entry : vocabulary.themes) {
            const int theme = themePositions.value(entry.themeId, -1);
            if (theme < 0)
                continue;
            for (const QString &word : entry.words)
                addThemeText(word, theme, false);
        }
        for (auto it = themeWords.cbegin(); it != themeWords.cend(); ++it) {
            std::vector<quint32> &list = postings[it.key()];
            for (const int theme : it.value())
                list.push_back(quint32(theme) << 2 | ThemeField);
        }
    }
    std::vector<std::vector<int>> groupsOfTheme(themes.size());
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

        QHash<QString, quint32> words; // word -> best Field
        addWords(words, group.name, quint32(NameField));
        for (const QString &keyword : group.keywords)
            addWords(words, keyword, quint32(KeywordField));
        addWords(words, group.summary.nl, quint32(SummaryField), &vocabulary.stopWords);
        addWords(words, group.summary.en, quint32(SummaryField), &vocabulary.stopWords);
        addWords(words, group.summary.fr, quint32(SummaryField), &vocabulary.stopWords);
        for (const QString &themeId : group.themeIds) {
            const int theme = themePositions.value(themeId, -1);
            if (theme < 0)
                continue;
            index.m_groupThemes.push_back(theme);
            groupsOfTheme[size_t(theme)].push_back(g);
        }

        for (int m = 0; m < int(group.meetings.size()); ++m) {
            const Meeting &meeting = group.meetings[m];
            const MeetingTimes when = times(meeting, now);
            const Venue *venue = meeting.hasVenue() ? dir.venue(meeting.venueId) : nullptr;
            if (venue)
                addWords(words, venue->town, quint32(KeywordField));
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
        for (auto it = words.cbegin(); it != words.cend(); ++it)
            postings[it.key()].push_back(quint32(g) << 2 | it.value());
    }
    for (const std::vector<int> &themeGroups : groupsOfTheme) {
        index.m_firstGroupOfTheme.push_back(int(index.m_themeGroups.size()));
        index.m_themeGroups.insert(index.m_themeGroups.end(), themeGroups.begin(), themeGroups.end());
    }
    index.m_firstGroupOfTheme.push_back(int(index.m_themeGroups.size()));
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
        std::vector<quint32> &withWord = postings[word];
        std::sort(withWord.begin(), withWord.end());
        index.m_postings.insert(index.m_postings.end(), withWord.begin(), withWord.end());
        index.m_wordText += word;
    }
    index.m_wordStart.push_back(quint32(index.m_wordText.size()));
    index.m_firstPosting.push_back(int(index.m_postings.size()));
    std::vector<QString> stems;
    stems.reserve(size_t(words.size()));
    for (const QString &word : std::as_const(words))
        stems.push_back(wordStem(word));
    index.m_wordsByStem.resize(size_t(words.size()));
    std::iota(index.m_wordsByStem.begin(), index.m_wordsByStem.end(), 0);
    std::stable_sort(index.m_wordsByStem.begin(), index.m_wordsByStem.end(),
                     [&](int a, int b) { return stems[size_t(a)] < stems[size_t(b)]; });
    index.m_wordsByEnd.resize(size_t(words.size()));
    std::iota(index.m_wordsByEnd.begin(), index.m_wordsByEnd.end(), 0);
    std::stable_sort(index.m_wordsByEnd.begin(), index.m_wordsByEnd.end(),
                     [&](int a, int b) { return endsBefore(words[a], words[b]); });
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

size_t SearchIndex::firstWordFrom(QStringView folded) const
{
    size_t low = 0, high = wordCount();
    while (low < high) {
        const size_t middle = (low + high) / 2;
        if (word(middle) < folded)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

int SearchIndex::findWord(QStringView folded) const
{
    const size_t position = firstWordFrom(folded);
    return position < wordCount() && word(position) == folded ? int(position) : -1;
}

// Per group, for one search: the best match of the current part of a typed word, of the typed word (the sum
// of its parts when it is a compound), and the sum over the typed words with how many of them matched.
struct SearchIndex::Scores {
    explicit Scores(size_t groups)
        : part(groups)
        , word(groups)
        , total(groups)
        , words(groups)
    {}
    std::vector<quint8> part, word;
    std::vector<quint16> total;
    std::vector<quint8> words;
    std::vector<int> partTouched, wordTouched;
    std::vector<int> matchedGroups; // every group some word matched

    void add(int group, quint8 weight)
    {
        quint8 &best = part[size_t(group)];
        if (!best)
            partTouched.push_back(group);
        best = std::max(best, weight);
    }
    void endPart()
    {
        for (const int g : partTouched) {
            quint8 &score = word[size_t(g)];
            if (!score)
                wordTouched.push_back(g);
            score = quint8(std::min(255, score + part[size_t(g)]));
            part[size_t(g)] = 0;
        }
        partTouched.clear();
    }
    void endWord()
    {
        endPart();
        for (const int g : wordTouched) {
            if (!words[size_t(g)])
                matchedGroups.push_back(g);
            total[size_t(g)] = quint16(total[size_t(g)] + word[size_t(g)]);
            ++words[size_t(g)];
            word[size_t(g)] = 0;
        }
        wordTouched.clear();
    }
};

// A theme or the group's name first, then a keyword or town, then the summary; within each, the kind of
// match.
void SearchIndex::addWord(Scores &scores, size_t position, MatchKind kind) const
{
    for (int i = m_firstPosting[position]; i < m_firstPosting[position + 1]; ++i) {
        const quint32 posting = m_postings[size_t(i)];
        const quint32 field = posting & 3;
        const int id = int(posting >> 2);
        const int rank = field == ThemeField ? int(NameField) : int(field);
        const auto weight = quint8(rank * 8 + kind);
        if (field == ThemeField) {
            for (int k = m_firstGroupOfTheme[size_t(id)]; k < m_firstGroupOfTheme[size_t(id) + 1]; ++k)
                scores.add(m_themeGroups[size_t(k)], weight);
        } else {
            scores.add(id, weight);
        }
    }
}

// The words of the index whose stem is `stem` (phrases have none): their positions in m_wordsByStem.
std::pair<size_t, size_t> SearchIndex::wordsWithStem(const QString &stem) const
{
    const auto stemOf = [this](int position) { return wordStem(word(size_t(position))); };
    const auto first =
        std::lower_bound(m_wordsByStem.begin(), m_wordsByStem.end(), stem,
                         [&](int position, const QString &value) { return stemOf(position) < value; });
    auto last = first;
    while (last != m_wordsByStem.end() && stemOf(*last) == stem)
        ++last;
    return {size_t(first - m_wordsByStem.begin()), size_t(last - m_wordsByStem.begin())};
}

// True for a word of the index, or another form of one.
bool SearchIndex::isIndexWord(QStringView folded) const
{
    if (findWord(folded) >= 0)
        return true;
    const auto [first, last] = wordsWithStem(wordStem(folded));
    return first != last;
}

// A typed word split into words of the index: alcoholverslaving -> alcohol, verslaving; rouwgroep -> rouw,
// groep; with a linking s or e(n) between (drugsverslaving, ziektenverzekering). Fewest parts first, then the
// longest first part. When it does not split into known words, the longest known word it starts with
// (chemokuur -> chemo) and the longest it ends in (verkeersongeluk -> ongeluk). Empty when none.
QStringList SearchIndex::compoundParts(const QString &word) const
{
    constexpr qsizetype minimumPart = 3;
    const auto isPart = [this](QStringView part) { return part.size() >= minimumPart && isIndexWord(part); };
    QStringList best;
    const auto split = [&](const auto &self, QStringView rest, QStringList parts) -> void {
        if (!best.isEmpty() && parts.size() + 1 >= best.size())
            return;
        if (!parts.isEmpty() && isPart(rest)) {
            parts.append(rest.toString());
            best = parts;
            return;
        }
        if (parts.size() >= 2)
            return;
        for (qsizetype length = rest.size() - minimumPart; length >= minimumPart; --length) {
            const QStringView head = rest.first(length);
            if (!isPart(head))
                continue;
            QStringList withHead = parts;
            withHead.append(head.toString());
            const QStringView tail = rest.sliced(length);
            self(self, tail, withHead);
            for (const QStringView link : {QStringView(u"s"), QStringView(u"e"), QStringView(u"en")}) {
                if (tail.size() > link.size() + minimumPart && tail.startsWith(link))
                    self(self, tail.sliced(link.size()), withHead);
            }
        }
    };
    split(split, word, {});
    if (!best.isEmpty())
        return best;
    constexpr qsizetype minimumKnown = 4;
    for (qsizetype length = word.size() - 2; length >= minimumKnown; --length) {
        if (isIndexWord(QStringView(word).first(length))) {
            best.append(word.first(length));
            break;
        }
    }
    for (qsizetype length = word.size() - 2; length >= minimumKnown + 1; --length) {
        if (isIndexWord(QStringView(word).last(length))) {
            best.append(word.last(length));
            break;
        }
    }
    return best;
}

// Matches one typed word (folded) into `scores`; false when it matched nothing. Phrases of the index
// ("uit elkaar") are matched only whole, by textScores().
bool SearchIndex::matchWord(Scores &scores, const QString &typed) const
{
    const qsizetype length = typed.size();
    const auto isPhrase = [this](size_t position) { return word(position).contains(u' '); };
    bool found = false;
    const int exact = findWord(typed);
    if (exact >= 0) {
        addWord(scores, size_t(exact), Exact);
        found = true;
    }
    // Short words only as they are, or another form of a three-letter word (gok -> gokken): "aa" is not
    // the start of "aanranding".
    const auto addForms = [&](const QString &of, int except, MatchKind kind) {
        bool any = false;
        const auto [first, last] = wordsWithStem(wordStem(of));
        for (size_t i = first; i < last; ++i) {
            const int position = m_wordsByStem[i];
            if (position != except && !isPhrase(size_t(position))) {
                addWord(scores, size_t(position), kind);
                any = true;
            }
        }
        return any;
    };
    if (length < 3)
        return found;
    if (length == 3)
        return addForms(typed, exact, WordForm) || found;

    // Other forms of the word: drinkt, drinker -> drink.
    found = addForms(typed, exact, WordForm) || found;
    // Words that start with it, as it is being typed: depre -> depressie.
    for (size_t w = exact >= 0 ? size_t(exact) + 1 : firstWordFrom(typed);
         w < wordCount() && word(w).startsWith(typed); ++w) {
        if (!isPhrase(w)) {
            addWord(scores, w, Prefix);
            found = true;
        }
    }
    // Longer words that end in it: verslaving -> gokverslaving, kanker -> borstkanker.
    if (length >= 5) {
        auto end = std::lower_bound(
            m_wordsByEnd.begin(), m_wordsByEnd.end(), typed,
            [&](int position, const QString &value) { return endsBefore(word(size_t(position)), value); });
        for (; end != m_wordsByEnd.end() && word(size_t(*end)).endsWith(typed); ++end) {
            if (*end != exact && word(size_t(*end)).size() >= length + 3 && !isPhrase(size_t(*end))) {
                addWord(scores, size_t(*end), CompoundPart);
                found = true;
            }
        }
    }
    if (found)
        return true;
    // The parts of a compound: alcoholverslaving -> alcohol + verslaving; words every group has (groep) are
    // left out.
    bool partFound = false;
    for (const QString &part : compoundParts(typed)) {
        if (Vocabulary::bundled().stopWords.contains(part))
            continue;
        scores.endPart();
        const int position = findWord(part);
        if (position >= 0) {
            addWord(scores, size_t(position), CompoundPart);
            partFound = true;
        }
        partFound = addForms(part, position, CompoundPart) || partFound;
    }
    scores.endPart();
    if (partFound)
        return true;
    // A typo, only when nothing else matched: one letter off from five letters on, two from eight.
    if (length < 5)
        return false;
    const int limit = length >= 8 ? 2 : 1;
    for (size_t w = firstWordFrom(u"a"); w < wordCount(); ++w) {
        const QStringView candidate = word(w);
        if (candidate.size() < 4 || std::abs(candidate.size() - length) > limit || isPhrase(w))
            continue;
        if (editDistance(candidate, typed, limit) <= limit) {
            addWord(scores, w, Typo);
            found = true;
        }
    }
    return found;
}

// Per group, how well the text matches it (0: not at all). Phrases of the thesaurus are matched whole ("uit
// elkaar"); stop words are left out unless there is nothing else; words that match nothing are left out; a
// group must match at least half of the words that match anything. Words for a relative favour groups for
// relatives.
std::vector<std::pair<int, quint16>> SearchIndex::textScores(const QString &text) const
{
    const Vocabulary &vocabulary = Vocabulary::bundled();
    const QStringList typed = foldText(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    Scores scores(m_groups.size());
    std::vector<bool> used(size_t(typed.size()), false);
    int matched = 0;
    for (qsizetype i = 0; i < typed.size(); ++i) {
        for (qsizetype n = std::min<qsizetype>(3, typed.size() - i); n >= 2; --n) {
            const int phrase = findWord(typed.mid(i, n).join(QLatin1Char(' ')));
            if (phrase < 0)
                continue;
            addWord(scores, size_t(phrase), Exact);
            scores.endWord();
            ++matched;
            std::fill(used.begin() + i, used.begin() + i + n, true);
            break;
        }
    }
    // Stop words are left out when there is something else, and so are words for a relative when there is
    // something besides them ("mijn moeder drinkt").
    const auto isStop = [&](const QString &word) { return vocabulary.stopWords.contains(word); };
    const auto isRelative = [&](const QString &word) { return vocabulary.relativeWords.contains(word); };
    const bool hasTopic = std::any_of(typed.cbegin(), typed.cend(), [&](const QString &word) {
        return !isStop(word) && !isRelative(word);
    });
    const bool hasNonStop =
        std::any_of(typed.cbegin(), typed.cend(), [&](const QString &word) { return !isStop(word); });
    bool relatives = false;
    for (qsizetype i = 0; i < typed.size(); ++i) {
        const QString &word = typed[i];
        relatives = relatives || isRelative(word);
        const bool skip = hasTopic ? isStop(word) || isRelative(word) : hasNonStop && isStop(word);
        if (used[size_t(i)] || skip)
            continue;
        if (matchWord(scores, word))
            ++matched;
        scores.endWord();
    }
    int maxWords = 0, best = 0;
    for (const int g : scores.matchedGroups) {
        maxWords = std::max(maxWords, int(scores.words[size_t(g)]));
        best = std::max(best, int(scores.total[size_t(g)]));
    }
    const int needed = (maxWords + 1) / 2;
    std::vector<std::pair<int, quint16>> found;
    for (const int g : scores.matchedGroups) {
        const quint16 total = scores.total[size_t(g)];
        // A group that matches at most half as well as the best is left out: "drugsverslaving" finds the
        // drug groups, not every addiction.
        if (scores.words[size_t(g)] < needed || total * 2 <= best)
            continue;
        const bool forRelatives = relatives && Audience(m_groups[size_t(g)].audience) != Audience::Self;
        found.emplace_back(g, quint16(total + (forRelatives ? 2 : 0)));
    }
    return found;
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
