// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directory/directory.h"
#include "search/meetingtimes.h"
#include "search/searchquery.h"

#include <QDateTime>
#include <QList>

#include <memory>
#include <vector>

namespace kring {

// An in-memory index over one directory snapshot: folded words, themes, position, day and part of day,
// audience, attendance, accessibility and language. Build it off the GUI thread; searching is fast and
// read-only, so one index may be searched from several threads.
//
// Ranking, one rule: by distance when a point is given (online-only groups after the located ones), then by
// the next meeting (sooner first, unknown last), then by name.
class SearchIndex
{
public:
    SearchIndex() = default;

    // `times` says when each meeting takes place relative to `now`; next meetings are as of `now`.
    [[nodiscard]] static SearchIndex build(std::shared_ptr<const Directory> directory, const QDateTime &now,
                                           const MeetingTimesFunction &times = weekdaysAndStartOnly);

    [[nodiscard]] QList<SearchResult> search(const SearchQuery &query) const;

    [[nodiscard]] const std::shared_ptr<const Directory> &directory() const { return m_directory; }
    [[nodiscard]] const QDateTime &builtFor() const { return m_now; }

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
        qint64 nextSecs; // UTC seconds since epoch; max when unknown
    };
    struct Posting {
        QString word;
        std::vector<int> groups; // sorted, unique
    };
    using GroupSet = std::vector<quint64>;

    [[nodiscard]] GroupSet groupsForText(const QString &text) const;
    [[nodiscard]] GroupSet groupsWithPrefix(const QString &prefix) const;
    [[nodiscard]] GroupSet groupsForPhrase(const QString &folded) const;
    [[nodiscard]] bool groupMatches(int group, const SearchQuery &query, const GroupSet *textGroups) const;
    [[nodiscard]] bool meetingMatches(const MeetingEntry &meeting, const SearchQuery &query) const;
    [[nodiscard]] QList<SearchResult> rankedNear(const SearchQuery &query, const GroupSet *textGroups) const;
    [[nodiscard]] QList<SearchResult> rankedByTime(const SearchQuery &query,
                                                   const GroupSet *textGroups) const;
    [[nodiscard]] SearchResult resultFor(const MeetingEntry &meeting, std::optional<double> distance) const;

    std::shared_ptr<const Directory> m_directory;
    QDateTime m_now;
    std::vector<MeetingEntry> m_meetings;        // grouped by group, in directory order
    std::vector<int> m_firstMeeting;             // per group: first index in m_meetings (size groups + 1)
    std::vector<quint8> m_groupAudience;         // Audience as int
    std::vector<std::vector<int>> m_groupThemes; // theme indices
    std::vector<QStringList> m_groupLanguages;
    std::vector<QString> m_groupSortName;
    std::vector<Posting> m_words; // sorted by word
    QHash<QString, int> m_themeIndex;
    // A grid of cells over the located meetings, for nearest-first search without measuring every meeting.
    double m_cellDegrees = 0.1;
    QHash<qint64, std::vector<int>> m_cells; // cell key -> indices into m_meetings
    int m_minCellX = 0, m_maxCellX = -1, m_minCellY = 0, m_maxCellY = -1;
};

} // namespace kring
