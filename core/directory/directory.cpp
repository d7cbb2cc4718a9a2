// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory.h"

#include <numeric>

namespace kring {

Directory::Directory(QList<Theme> themes, QList<Venue> venues, QList<Group> groups)
    : m_themes(std::move(themes))
    , m_venues(std::move(venues))
    , m_groups(std::move(groups))
{
    index();
}

void Directory::index()
{
    for (qsizetype i = 0; i < m_themes.size(); ++i)
        m_themeIndex.insert(m_themes[i].id, i);
    for (qsizetype i = 0; i < m_venues.size(); ++i)
        m_venueIndex.insert(m_venues[i].id, i);
    for (qsizetype i = 0; i < m_groups.size(); ++i)
        m_groupIndex.insert(m_groups[i].id, i);
}

const Theme *Directory::theme(const QString &id) const
{
    const auto it = m_themeIndex.constFind(id);
    return it == m_themeIndex.cend() ? nullptr : &m_themes[*it];
}

const Venue *Directory::venue(const QString &id) const
{
    const auto it = m_venueIndex.constFind(id);
    return it == m_venueIndex.cend() ? nullptr : &m_venues[*it];
}

const Group *Directory::group(const QString &id) const
{
    const auto it = m_groupIndex.constFind(id);
    return it == m_groupIndex.cend() ? nullptr : &m_groups[*it];
}

qsizetype Directory::meetingCount() const
{
    return std::accumulate(m_groups.cbegin(), m_groups.cend(), qsizetype(0),
                           [](qsizetype sum, const Group &group) { return sum + group.meetings.size(); });
}

QString Directory::townOf(const Group &group) const
{
    for (const Meeting &meeting : group.meetings) {
        if (const Venue *place = meeting.hasVenue() ? venue(meeting.venueId) : nullptr)
            return place->town;
    }
    return {};
}

bool Directory::operator==(const Directory &other) const
{
    return networkName == other.networkName && networkWebsite == other.networkWebsite &&
           networkPhone == other.networkPhone && networkEmail == other.networkEmail &&
           meetingTexts == other.meetingTexts && updated == other.updated && version == other.version &&
           m_themes == other.m_themes && m_venues == other.m_venues && m_groups == other.m_groups;
}

} // namespace kring
