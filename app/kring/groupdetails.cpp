// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupdetails.h"

#include "grouplistmodel.h"
#include "maps/routehandoff.h"

#include "directory/contactlinks.h"
#include "interop/icalendar.h"
#include "schedule/schedulewords.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>

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
    m_directory = group ? directory : nullptr;
    m_group = group ? *group : Group{};
    m_language = language;
    QStringList themes;
    for (const QString &id : m_group.themeIds) {
        if (const Theme *theme = directory->theme(id))
            themes.append(theme->name.in(language));
    }
    m_themes = themes.join(QStringLiteral(", "));
    m_phoneUrl =
        group ? ContactLinks::telUrl(m_group.contact.phone, ContactLinks::countryOf(m_group, *directory))
              : QUrl();
    m_emailUrl = ContactLinks::mailUrl(m_group.contact.email);
    m_places.clear();
    m_placePoints.clear();
    m_scheduleNotes.clear();
    m_schedules.clear();
    m_hasCalendar = false;
    m_online = false;
    const ScheduleWords words(language);
    int accessible = 0;
    int notAccessible = 0;
    for (const Meeting &meeting : m_group.meetings) {
        m_online = m_online || meeting.isOnline();
        if (!meeting.scheduleNote.isEmpty())
            m_scheduleNotes.append(meeting.scheduleNote.in(language));
        QString schedule = words.describe(meeting);
        if (meeting.status == MeetingStatus::Paused)
            schedule = tr("%1 (paused for now)").arg(schedule);
        const QString label = meetingLabel(meeting);
        m_schedules.append(label.isEmpty() ? schedule : label + QStringLiteral(": ") + schedule);
        m_hasCalendar = m_hasCalendar || (meeting.start.isValid() && meeting.status == MeetingStatus::Active);
        const Venue *venue = meeting.hasVenue() ? directory->venue(meeting.venueId) : nullptr;
        if (!venue)
            continue;
        QStringList parts{venue->name};
        if (!venue->street.isEmpty())
            parts.append(venue->street);
        parts.append(venue->town);
        const QString line = parts.join(QStringLiteral(", "));
        if (!m_places.contains(line)) {
            m_places.append(line);
            m_placePoints.append({venue->latitude, venue->longitude});
        }
        if (venue->wheelchairAccessible)
            ++(*venue->wheelchairAccessible ? accessible : notAccessible);
    }
    m_accessibility = accessible > 0 && notAccessible == 0   ? tr("Wheelchair accessible")
                      : notAccessible > 0 && accessible == 0 ? tr("Not wheelchair accessible")
                      : accessible > 0 ? tr("Some meeting places are wheelchair accessible")
                                       : QString();
    updateNextDates();
    Q_EMIT changed();
    Q_EMIT calendarTitleChanged();
}

QString GroupDetails::meetingLabel(const Meeting &meeting) const
{
    if (!meeting.name.isEmpty())
        return meeting.name;
    if (m_group.meetings.size() < 2)
        return {};
    if (meeting.attendance == Attendance::Online)
        return tr("Online");
    const Venue *venue = m_directory ? m_directory->venue(meeting.venueId) : nullptr;
    return venue ? venue->name : QString();
}

void GroupDetails::setAnnouncements(QList<Announcement> announcements)
{
    m_announcements = std::move(announcements);
    updateNextDates();
}

void GroupDetails::setNow(const QDateTime &now)
{
    m_now = now;
    updateNextDates();
}

void GroupDetails::updateNextDates()
{
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTime();
    QList<NextDatesModel::Row> rows;
    for (const Meeting &meeting : m_group.meetings) {
        auto upcoming = kring::upcoming(meeting, m_group.id, m_announcements, now, nextDateCount);
        if (!upcoming)
            continue; // the directory was checked on load; a rule libical refuses shows no dates
        for (const ScheduledOccurrence &occurrence : upcoming.value())
            rows.append({occurrence, meetingLabel(meeting)});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return a.occurrence.occurrence.start < b.occurrence.occurrence.start;
    });
    if (rows.size() > nextDateCount)
        rows.resize(nextDateCount);
    m_nextDates.setRows(std::move(rows), m_language);
}

QString GroupDetails::writeCalendarFile() const
{
    if (!m_directory || m_group.id.isEmpty())
        return {};
    const bool neutral = neutralCalendar();
    auto calendar = ICalendar::fromDirectory(*m_directory, m_group.id, QDateTime::currentDateTimeUtc(),
                                             {neutral ? kring::CalendarTitle::neutralTitle() : QString()});
    if (!calendar)
        return {};
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (!QDir().mkpath(folder))
        return {};
    // A neutral entry gets a file name that names nothing either (a calendar app may show it).
    const QString path =
        QDir(folder).filePath((neutral ? QStringLiteral("kring") : m_group.id) + QStringLiteral(".ics"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(calendar.value().calendar) < 0 || !file.commit())
        return {};
    return path;
}

void GroupDetails::setCalendarChoice(kring::CalendarTitle::Choice choice)
{
    if (choice == m_calendarChoice)
        return;
    m_calendarChoice = choice;
    Q_EMIT calendarTitleChanged();
}

bool GroupDetails::neutralCalendar() const
{
    return m_directory && kring::CalendarTitle::isNeutral(m_calendarChoice, *m_directory, m_group);
}

QString GroupDetails::calendarTitle() const
{
    return neutralCalendar() ? kring::CalendarTitle::neutralTitle() : m_group.name;
}

bool GroupDetails::addToCalendar()
{
    const QString path = writeCalendarFile();
    return !path.isEmpty() && QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

QUrl GroupDetails::routeUrl(int index) const
{
    if (index < 0 || index >= m_placePoints.size())
        return {};
    return kring::platform::routeUrl(m_placePoints[index].first, m_placePoints[index].second,
                                     m_places[index]);
}

bool GroupDetails::openRoute(int index) const
{
    const QUrl url = routeUrl(index);
    return url.isValid() && QDesktopServices::openUrl(url);
}

void GroupDetails::setFollowed(bool followed)
{
    if (followed == m_followed)
        return;
    m_followed = followed;
    Q_EMIT followedChanged();
}
