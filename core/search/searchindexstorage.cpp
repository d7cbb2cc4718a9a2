// SPDX-License-Identifier: GPL-3.0-or-later
// SearchIndex in a compact binary form for the encrypted store: fixed-size parts as they are in memory, text
// through QDataStream. It is derived data: bytes of another version are rebuilt from the directory, not
// converted.
#include "searchindex.h"

#include "search/vocabulary.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <type_traits>

namespace kring {
namespace {

constexpr quint32 magic = 0x4b524958; // "KRIX"
constexpr quint32 formatVersion = 6;  // 4: postings with fields, theme postings, word forms, thesaurus;
                                      // occurrences at clock changes; theme categories and for whom

template<typename T> void writeVector(QDataStream &out, const std::vector<T> &values)
{
    static_assert(std::is_trivially_copyable_v<T>);
    out << quint64(values.size());
    out.writeRawData(reinterpret_cast<const char *>(values.data()), int(values.size() * sizeof(T)));
}

template<typename T> bool readVector(QDataStream &in, std::vector<T> &values, quint64 maxCount)
{
    quint64 count = 0;
    in >> count;
    if (in.status() != QDataStream::Ok || count > maxCount)
        return false;
    values.resize(size_t(count));
    const qint64 bytes = qint64(count * sizeof(T));
    return in.readRawData(reinterpret_cast<char *>(values.data()), int(bytes)) == bytes;
}

QDataStream &operator<<(QDataStream &out, const LocalizedText &text)
{
    return out << text.nl << text.en << text.fr;
}

QDataStream &operator>>(QDataStream &in, LocalizedText &text)
{
    return in >> text.nl >> text.en >> text.fr;
}

Error unreadable()
{
    return Error{QCoreApplication::translate("SearchIndex", "The stored search index cannot be read.")};
}

} // namespace

QByteArray SearchIndex::serialize() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << magic << formatVersion << quint32(sizeof(MeetingEntry)) << quint32(sizeof(GroupEntry))
        << m_vocabularyChecksum << m_now;
    writeVector(out, m_meetings);
    writeVector(out, m_keptMinutes);
    writeVector(out, m_groups);
    writeVector(out, m_firstMeeting);
    writeVector(out, m_firstTheme);
    writeVector(out, m_groupThemes);
    writeVector(out, m_groupsById);
    out << m_groupText;
    out << quint64(m_themes.size());
    for (const Theme &theme : m_themes)
        out << theme.id << theme.name << theme.category;
    out << m_languages << m_towns << m_timeZones << m_wordText;
    writeVector(out, m_wordStart);
    writeVector(out, m_firstPosting);
    writeVector(out, m_postings);
    writeVector(out, m_wordsByStem);
    writeVector(out, m_wordsByEnd);
    writeVector(out, m_firstGroupOfTheme);
    writeVector(out, m_themeGroups);
    out << m_cellBounds.minX << m_cellBounds.maxX << m_cellBounds.minY << m_cellBounds.maxY;
    writeVector(out, m_cellKeys);
    writeVector(out, m_firstInCell);
    writeVector(out, m_cellMeetings);
    return bytes;
}

Result<SearchIndex> SearchIndex::deserialize(const QByteArray &bytes)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 readMagic = 0, readVersion = 0, meetingSize = 0, groupSize = 0;
    in >> readMagic >> readVersion >> meetingSize >> groupSize;
    if (readMagic != magic || readVersion != formatVersion || meetingSize != sizeof(MeetingEntry) ||
        groupSize != sizeof(GroupEntry))
        return unreadable();
    SearchIndex index;
    in >> index.m_vocabularyChecksum >> index.m_now;
    // Built with other thesaurus words: build it again.
    if (index.m_vocabularyChecksum != Vocabulary::bundled().checksum)
        return unreadable();
    // No part can hold more items than there are bytes.
    const auto maxCount = quint64(bytes.size());
    if (!readVector(in, index.m_meetings, maxCount) || !readVector(in, index.m_keptMinutes, maxCount) ||
        !readVector(in, index.m_groups, maxCount) || !readVector(in, index.m_firstMeeting, maxCount) ||
        !readVector(in, index.m_firstTheme, maxCount) || !readVector(in, index.m_groupThemes, maxCount) ||
        !readVector(in, index.m_groupsById, maxCount))
        return unreadable();
    in >> index.m_groupText;
    quint64 themeCount = 0;
    in >> themeCount;
    if (in.status() != QDataStream::Ok || themeCount > maxCount)
        return unreadable();
    for (quint64 t = 0; t < themeCount; ++t) {
        Theme theme;
        in >> theme.id >> theme.name >> theme.category;
        index.m_themes.append(theme);
    }
    in >> index.m_languages >> index.m_towns >> index.m_timeZones >> index.m_wordText;
    if (!readVector(in, index.m_wordStart, maxCount) || !readVector(in, index.m_firstPosting, maxCount) ||
        !readVector(in, index.m_postings, maxCount) || !readVector(in, index.m_wordsByStem, maxCount) ||
        !readVector(in, index.m_wordsByEnd, maxCount) ||
        !readVector(in, index.m_firstGroupOfTheme, maxCount) ||
        !readVector(in, index.m_themeGroups, maxCount))
        return unreadable();
    CellBounds &cells = index.m_cellBounds;
    in >> cells.minX >> cells.maxX >> cells.minY >> cells.maxY;
    if (!readVector(in, index.m_cellKeys, maxCount) || !readVector(in, index.m_firstInCell, maxCount) ||
        !readVector(in, index.m_cellMeetings, maxCount))
        return unreadable();
    if (in.status() != QDataStream::Ok || !in.atEnd() || !index.holdsTogether())
        return unreadable();
    index.advanceTo(index.m_now);
    return index;
}

namespace {

// `first` has one entry more than there are items, starts at 0, never goes down and ends at `total`.
template<typename T> bool isRunOfOffsets(const std::vector<T> &first, size_t items, qint64 total)
{
    if (first.size() != items + 1 || first.front() != 0 || qint64(first.back()) != total)
        return false;
    return std::is_sorted(first.begin(), first.end());
}

} // namespace

// Every position points inside what it refers to, so searching cannot read outside the index.
bool SearchIndex::holdsTogether() const
{
    const size_t groups = m_groups.size();
    const int meetings = int(m_meetings.size());
    if (m_keptMinutes.size() != m_meetings.size() * keptOccurrences || m_groupsById.size() != groups ||
        !isRunOfOffsets(m_firstMeeting, groups, meetings) ||
        !isRunOfOffsets(m_firstTheme, groups, qint64(m_groupThemes.size())) ||
        m_wordStart.size() != m_firstPosting.size() ||
        !isRunOfOffsets(m_wordStart, m_wordStart.size() - 1, m_wordText.size()) ||
        !isRunOfOffsets(m_firstPosting, m_firstPosting.size() - 1, qint64(m_postings.size())))
        return false;
    for (size_t g = 0; g < groups; ++g) {
        const GroupEntry &group = m_groups[g];
        if (qint64(group.text) + group.idBytes + group.nameBytes + group.townBytes > m_groupText.size() ||
            group.audience > quint8(Audience::Both))
            return false;
        for (int i = m_firstMeeting[g]; i < m_firstMeeting[g + 1]; ++i) {
            const MeetingEntry &meeting = m_meetings[size_t(i)];
            if (meeting.group != int(g) || meeting.meeting != i - m_firstMeeting[g] ||
                meeting.town >= int(m_towns.size()) || meeting.town < -1 || meeting.timeZone < 0 ||
                meeting.timeZone >= int(m_timeZones.size()))
                return false;
        }
    }
    const auto inRange = [](const std::vector<int> &positions, qsizetype size) {
        return std::all_of(positions.begin(), positions.end(),
                           [size](int position) { return position >= 0 && position < size; });
    };
    const bool postingsInRange = std::all_of(m_postings.begin(), m_postings.end(), [&](quint32 posting) {
        return (posting & 3) == ThemeField ? (posting >> 2) < quint32(m_themes.size())
                                           : (posting >> 2) < groups;
    });
    const size_t words = m_wordStart.size() - 1;
    return inRange(m_groupThemes, m_themes.size()) && inRange(m_groupsById, qsizetype(groups)) &&
           postingsInRange && m_wordsByStem.size() == words && inRange(m_wordsByStem, qsizetype(words)) &&
           m_wordsByEnd.size() == words && inRange(m_wordsByEnd, qsizetype(words)) &&
           isRunOfOffsets(m_firstGroupOfTheme, size_t(m_themes.size()), qint64(m_themeGroups.size())) &&
           inRange(m_themeGroups, qsizetype(groups)) && inRange(m_cellMeetings, meetings) &&
           isRunOfOffsets(m_firstInCell, m_cellKeys.size(), qint64(m_cellMeetings.size())) &&
           std::is_sorted(m_cellKeys.begin(), m_cellKeys.end());
}

} // namespace kring
