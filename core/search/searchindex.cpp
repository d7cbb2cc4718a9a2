// SPDX-License-Identifier: GPL-3.0-or-later
// What a SearchIndex tells about its groups and meetings, and moving its next meetings on in time. Building
// it, matching words and ranking results each have their own file.
#include "searchindex.h"

#include <algorithm>
#include <cmath>

namespace kring {

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

qint32 SearchIndex::keptMinute(const MeetingTimes &times, int k)
{
    const QDateTime kept = k == 0 ? times.next.value_or(QDateTime()) : times.later.value(k - 1);
    return kept.isValid() ? qint32(kept.toSecsSinceEpoch() / 60) : noKeptMinute;
}

void SearchIndex::setNextOccurrences(int group, int meeting, const MeetingTimes &times)
{
    if (group < 0 || group >= groupCount() || meeting < 0 ||
        meeting >= m_firstMeeting[size_t(group) + 1] - m_firstMeeting[size_t(group)])
        return;
    const size_t entry = size_t(m_firstMeeting[size_t(group)] + meeting);
    for (int k = 0; k < keptOccurrences; ++k)
        m_keptMinutes[entry * keptOccurrences + size_t(k)] = keptMinute(times, k);
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

} // namespace kring
