// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupdetails.h"

#include "grouplistmodel.h"

using namespace kring;

GroupDetails::GroupDetails(QObject *parent)
    : QObject(parent)
{}

QString GroupDetails::audienceText() const
{
    return m_group.id.isEmpty() ? QString() : GroupListModel::audienceText(m_group.audience);
}

void GroupDetails::show(const std::shared_ptr<const Directory> &directory, const QString &groupId,
                        const QString &language)
{
    const Group *group = directory ? directory->group(groupId) : nullptr;
    m_group = group ? *group : Group{};
    m_language = language;
    m_themes = group ? GroupListModel::themeNames(*directory, *group, language) : QString();
    m_places.clear();
    m_scheduleNotes.clear();
    m_online = false;
    int accessible = 0;
    int notAccessible = 0;
    for (const Meeting &meeting : m_group.meetings) {
        m_online = m_online || meeting.isOnline();
        if (!meeting.scheduleNote.isEmpty())
            m_scheduleNotes.append(meeting.scheduleNote.in(language));
        const Venue *venue = meeting.hasVenue() ? directory->venue(meeting.venueId) : nullptr;
        if (!venue)
            continue;
        QStringList parts{venue->name};
        if (!venue->street.isEmpty())
            parts.append(venue->street);
        parts.append(venue->town);
        const QString line = parts.join(QStringLiteral(", "));
        if (!m_places.contains(line))
            m_places.append(line);
        if (venue->wheelchairAccessible)
            ++(*venue->wheelchairAccessible ? accessible : notAccessible);
    }
    m_accessibility = accessible > 0 && notAccessible == 0   ? tr("Wheelchair accessible")
                      : notAccessible > 0 && accessible == 0 ? tr("Not wheelchair accessible")
                      : accessible > 0 ? tr("Some meeting places are wheelchair accessible")
                                       : QString();
    Q_EMIT changed();
}
