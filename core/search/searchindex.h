// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directory/directory.h"
#include "result.h"
#include "search/meetingtimes.h"
#include "search/searchquery.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <algorithm>
#include <limits>
#include <memory>
#include <vector>

namespace kring {

// What a list row shows of a group, kept in the index so that lists need no directory in memory.
struct GroupCard {
    QString id;
    QString name;
    Audience audience = Audience::Self;
    QString town; // of its first meeting with a venue; empty for groups that only meet online
    bool meetsOnline = false;
};

// An in-memory index over one directory snapshot: folded words, themes, position, day and part of day,
// audience, attendance, accessibility and language, and what result rows show. Build it off the GUI thread;
// searching is fast and read-only, so one index may be searched from several threads.
//
// The index keeps the next few occurrences of every meeting, so it can be stored (serialize()), read back
// without the directory (deserialize()) and moved on to a later moment (advanceTo()) until isStale(). Its
// parts are flat arrays, so reading it back is a few copies rather than one allocation per group.
//
// Words are matched through the thesaurus (Vocabulary), word forms, compound parts and small typos; groups
// are ranked by how well they match (a theme or the name above a keyword above the summary; exact above a
// word form above a compound part above a typo), then by distance when a point is given (online-only groups
// after the located ones), then by the next meeting (sooner first, unknown last), then by name.
class SearchIndex
{
public:
    SearchIndex() = default;

    // `times` says when each meeting takes place relative to `now`; next meetings are as of `now`.
    [[nodiscard]] static SearchIndex build(std::shared_ptr<const Directory> directory, const QDateTime &now,
                                           const MeetingTimesFunction &times = weekdaysAndStartOnly);

    [[nodiscard]] QList<SearchResult> search(const SearchQuery &query) const;
    // The order search() uses for `query`: BestMatch when it has words, else Nearest with a point, else
    // Soonest.
    [[nodiscard]] static SearchOrder orderFor(const SearchQuery &query);

    // The directory it was built from; null when read back from storage.
    [[nodiscard]] const std::shared_ptr<const Directory> &directory() const { return m_directory; }
    // The moment next meetings are counted from.
    [[nodiscard]] const QDateTime &builtFor() const { return m_now; }

    [[nodiscard]] int groupCount() const { return int(m_groups.size()); }
    [[nodiscard]] qsizetype meetingCount() const { return qsizetype(m_meetings.size()); }
    [[nodiscard]] GroupCard card(qsizetype group) const;
    // The position of group `id` in directory order, or -1.
    [[nodiscard]] int groupPosition(const QString &id) const;
    // The directory's themes (id, name and category), in directory order.
    [[nodiscard]] const QList<Theme> &themes() const { return m_themes; }
    // The group's theme names in `language`, comma separated.
    [[nodiscard]] QString themeNames(qsizetype group, QStringView language) const;
    // Where and in which time zone the meeting of a result takes place; the town is empty for online
    // meetings.
    [[nodiscard]] QString town(const SearchResult &result) const;
    [[nodiscard]] QByteArray timeZone(const SearchResult &result) const;
    [[nodiscard]] bool isOnline(const SearchResult &result) const;

    // Replaces when meeting `meeting` of the group at `group` takes place next (as of builtFor()): for
    // announcements, which change single occurrences.
    void setNextOccurrences(int group, int meeting, const MeetingTimes &times);
    // Counts next meetings from `now` (later than builtFor()), from the occurrences kept.
    void advanceTo(const QDateTime &now);
    // True when some meeting has no kept occurrence left at `now` although it may still meet: build anew.
    [[nodiscard]] bool isStale(const QDateTime &now) const;

    // A compact binary form for the store, read back by deserialize(); never leaves the phone.
    [[nodiscard]] QByteArray serialize() const;
    // Reads serialize()'s bytes; fails on bytes of another format version or that do not hold together.
    [[nodiscard]] static Result<SearchIndex> deserialize(const QByteArray &bytes);

private:
    struct MeetingEntry {
        int group;
        int meeting;    // index within the group
        float latitude; // NaN for online meetings
        float longitude;
        quint8 weekdays;
        quint8 partOfDay;
        quint8 attendance; // AttendanceFilter bit
        bool wheelchair;
        int town;     // index into m_towns; -1 for online meetings
        int timeZone; // index into m_timeZones
    };
    struct GroupEntry {
        quint32 text;        // offset into m_groupText: id, name and town, UTF-8, one after another
        quint16 idBytes;     // ids are at most 64 characters
        quint16 nameBytes;   // names at most 200 characters
        quint16 townBytes;   // town names at most 200 characters
        quint8 audience;     // Audience
        bool meetsOnline;    //
        quint8 targetGroups; // TargetGroup bits
        quint32 nameRank;    // position in the order of folded names
        quint64 languages;   // bits: positions in m_languages
    };
    // What a word of the index is in a group: postings are (group << 2) | field, or (theme << 2) |
    // ThemeField.
    enum Field : quint32 { ThemeField = 0, SummaryField = 1, KeywordField = 2, NameField = 3 };
    // How a typed word met a word of the index, best last.
    enum MatchKind : quint8 { Typo = 1, CompoundPart = 2, Prefix = 3, WordForm = 4, Exact = 5 };
    class Builder;
    struct Scores;
    struct NearestMeetings;
    static constexpr int keptOccurrences = 4;
    static constexpr qint32 noKeptMinute = std::numeric_limits<qint32>::max();
    static constexpr qint64 unknownTime = std::numeric_limits<qint64>::max(); // of a next meeting
    using GroupSet = std::vector<quint64>;

    // Occurrence `k` of `times` (0: the next one) in UTC minutes, or noKeptMinute.
    [[nodiscard]] static qint32 keptMinute(const MeetingTimes &times, int k);
    [[nodiscard]] static qint64 cellKey(int x, int y) { return (qint64(x) << 32) ^ quint32(y); }
    // Text compared from its end: for the words that end in a given word (verslaving -> gokverslaving).
    [[nodiscard]] static bool endsBefore(QStringView a, QStringView b)
    {
        return std::lexicographical_compare(a.crbegin(), a.crend(), b.crbegin(), b.crend());
    }
    [[nodiscard]] QStringView word(size_t position) const;
    [[nodiscard]] bool isPhrase(size_t position) const;
    [[nodiscard]] QByteArrayView groupId(size_t group) const
    {
        return QByteArrayView(m_groupText).sliced(m_groups[group].text, m_groups[group].idBytes);
    }
    [[nodiscard]] size_t wordCount() const { return m_wordStart.size() - 1; }
    [[nodiscard]] size_t firstWordFrom(QStringView folded) const;
    [[nodiscard]] int findWord(QStringView folded) const;
    [[nodiscard]] std::pair<size_t, size_t> wordsWithStem(const QString &stem) const;
    [[nodiscard]] bool isIndexWord(QStringView folded) const;
    void addWord(Scores &scores, size_t position, MatchKind kind) const;
    bool matchWord(Scores &scores, const QString &word) const;
    bool addWordForms(Scores &scores, const QString &of, int except, MatchKind kind) const;
    bool addWordsStartingWith(Scores &scores, const QString &typed, int exact) const;
    bool addLongerWordsEndingIn(Scores &scores, const QString &typed, int exact) const;
    bool addCompoundParts(Scores &scores, const QString &typed) const;
    bool addTypos(Scores &scores, const QString &typed) const;
    [[nodiscard]] QStringList compoundParts(const QString &word) const;
    // The groups the text matches well enough, each with its score.
    [[nodiscard]] std::vector<std::pair<int, quint16>> textScores(const QString &text) const;
    [[nodiscard]] std::vector<bool> matchPhrases(Scores &scores, const QStringList &typed) const;
    [[nodiscard]] std::vector<std::pair<int, quint16>> wellMatched(const Scores &scores,
                                                                   bool relatives) const;
    [[nodiscard]] QList<SearchResult> rankedByScore(const SearchQuery &query,
                                                    const std::vector<std::pair<int, quint16>> &scores) const;
    [[nodiscard]] QList<SearchResult> rankedAmong(const SearchQuery &query, const std::vector<int> &groups,
                                                  int limit) const;
    [[nodiscard]] bool groupMatches(int group, const SearchQuery &query, const GroupSet *textGroups) const;
    [[nodiscard]] bool meetingMatches(const MeetingEntry &meeting, const SearchQuery &query) const;
    [[nodiscard]] bool sooner(int meetingA, int meetingB) const;
    [[nodiscard]] QList<SearchResult> rankedNear(const SearchQuery &query, const GroupSet *textGroups) const;
    [[nodiscard]] QList<SearchResult> rankedByTime(const SearchQuery &query,
                                                   const GroupSet *textGroups) const;
    [[nodiscard]] SearchResult resultFor(int meetingIndex, std::optional<double> distance) const;
    [[nodiscard]] const MeetingEntry &entryOf(const SearchResult &result) const;
    void indexCells();
    [[nodiscard]] bool holdsTogether() const;

    std::shared_ptr<const Directory> m_directory;
    QDateTime m_now;
    // Meetings grouped by group, in directory order, and the occurrences kept per meeting (UTC minutes).
    std::vector<MeetingEntry> m_meetings;
    std::vector<qint32> m_keptMinutes;
    std::vector<qint64> m_nextSecs; // per meeting, from builtFor(): UTC seconds, max when unknown
    // Per group, in directory order; the first* arrays have one more entry, so group g's items run from
    // first[g] to first[g + 1].
    std::vector<GroupEntry> m_groups;
    std::vector<int> m_firstMeeting;
    std::vector<int> m_firstTheme;
    std::vector<int> m_groupThemes; // theme positions
    QByteArray m_groupText;
    std::vector<int> m_groupsById; // group positions, sorted by id
    QList<Theme> m_themes;         // id, name and category
    QStringList m_languages;
    QStringList m_towns;
    QList<QByteArray> m_timeZones;
    // Folded words, sorted, each with the groups that have it.
    QString m_wordText;
    std::vector<quint32> m_wordStart; // words + 1 offsets into m_wordText
    std::vector<int> m_firstPosting;  // words + 1
    std::vector<quint32> m_postings;  // (group << 2) | field or (theme << 2) | ThemeField, sorted per word
    std::vector<int> m_wordsByStem;   // word positions in the order of their wordStem()
    std::vector<int> m_wordsByEnd;    // word positions in the order of their reversed text
    // The groups of each theme: theme t's run from m_firstGroupOfTheme[t] to m_firstGroupOfTheme[t + 1].
    std::vector<int> m_firstGroupOfTheme;
    std::vector<int> m_themeGroups;
    QByteArray m_vocabularyChecksum; // of the Vocabulary it was built with
    // A grid of cells over the located meetings, for nearest-first search without measuring every meeting:
    // the keys of the cells that have meetings, sorted, and the meetings in each.
    static constexpr double cellDegrees = 0.1;
    struct CellBounds {
        int minX = 0, maxX = -1, minY = 0, maxY = -1;
    };
    CellBounds m_cellBounds;
    std::vector<qint64> m_cellKeys;
    std::vector<int> m_firstInCell; // cells + 1
    std::vector<int> m_cellMeetings;
};

} // namespace kring
