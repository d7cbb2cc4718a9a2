// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupdetails.h"

#include "grouplistmodel.h"
#include "maps/routehandoff.h"

#include "directory/contactlinks.h"
#include "help/helplines.h"
#include "interop/icalendar.h"
#include "schedule/schedulewords.h"

#include <QClipboard>
#include <QGuiApplication>

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
    m_rooms.clear();
    m_directions.clear();
    m_placePoints.clear();
    m_followingExplained = false;
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
        if (const qsizetype known = m_places.indexOf(line); known < 0) {
            m_places.append(line);
            m_rooms.append(meeting.room);
            m_directions.append(venue->directions.in(language));
            m_placePoints.append({venue->latitude, venue->longitude});
        } else if (m_rooms[known].isEmpty()) {
            m_rooms[known] = meeting.room;
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
        // From the start of a meeting that may be taking place now, so it shows as "in progress".
        const QDateTime from = now.addSecs(-qint64(meeting.durationMinutes) * 60);
        auto upcoming = kring::upcoming(meeting, m_group.id, m_announcements, from, nextDateCount + 1);
        if (!upcoming)
            continue; // the directory was checked on load; a rule libical refuses shows no dates
        bool first = true;
        for (const ScheduledOccurrence &occurrence : upcoming.value()) {
            if (occurrence.occurrence.end <= now)
                continue;
            NextDatesModel::Row row{occurrence, meetingLabel(meeting)};
            row.inProgress = occurrence.occurrence.start <= now;
            // The way in, on the first date that takes place.
            if (first && meeting.isOnline() && occurrence.takesPlace()) {
                row.joinUrl = meeting.onlineUrl;
                row.dialIn = meeting.onlinePhone;
                first = false;
            }
            rows.append(row);
        }
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

void GroupDetails::setFollowingExplained(bool explained)
{
    if (explained == m_followingExplained)
        return;
    m_followingExplained = explained;
    Q_EMIT followingExplainedChanged();
}

QString GroupDetails::costText() const
{
    const QString note = m_group.costNote.in(m_language);
    QString cost;
    switch (m_group.cost) {
    case Cost::Free:
        cost = tr("Free");
        break;
    case Cost::Donation:
        cost = tr("Free; a voluntary contribution is welcome");
        break;
    case Cost::Fee:
        cost = tr("A small amount per meeting");
        break;
    case Cost::Membership:
        cost = tr("For members of the association");
        break;
    case Cost::Unknown:
        return note;
    }
    return note.isEmpty() ? cost : cost + QStringLiteral(". ") + note;
}

QString GroupDetails::firstVisitText() const
{
    switch (m_group.firstVisit) {
    case FirstVisit::WalkIn:
        return tr("You can just walk in.");
    case FirstVisit::CallFirst:
        return tr("Call or e-mail the group first, before you go.");
    case FirstVisit::Unknown:
        break;
    }
    return {};
}

QString GroupDetails::groupTypeText() const
{
    switch (m_group.groupType) {
    case GroupType::Open:
        return tr("Open group: newcomers are welcome at any meeting.");
    case GroupType::Closed:
        return tr("Closed group: a fixed circle you join by arrangement.");
    case GroupType::Unknown:
        break;
    }
    return {};
}

QString GroupDetails::ledByText() const
{
    switch (m_group.ledBy) {
    case Leadership::Peers:
        return tr("Led by volunteers who have been through it themselves, not by professionals.");
    case Leadership::PeersWithProfessional:
        return tr("Led by volunteers who have been through it themselves, with a professional present.");
    case Leadership::Unknown:
        break;
    }
    return {};
}

QString GroupDetails::languagesText() const
{
    if (m_group.id.isEmpty())
        return {};
    QStringList names;
    for (const QString &code : m_group.languages) {
        const QString name = code == u"nl"   ? tr("Dutch")
                             : code == u"en" ? tr("English")
                             : code == u"fr" ? tr("French")
                             : code == u"de" ? tr("German")
                             : code == u"tr" ? tr("Turkish")
                             : code == u"ar" ? tr("Arabic")
                             : code == u"pl" ? tr("Polish")
                                             : code.toUpper();
        names.append(name);
    }
    return names.join(QStringLiteral(", "));
}

QString GroupDetails::targetGroupsText() const
{
    QStringList names;
    if (m_group.targetGroups & TargetGroup::Women)
        names.append(tr("women"));
    if (m_group.targetGroups & TargetGroup::Men)
        names.append(tr("men"));
    if (m_group.targetGroups & TargetGroup::YoungPeople)
        names.append(tr("young people"));
    if (m_group.targetGroups & TargetGroup::Lgbtq)
        names.append(tr("LGBTQ+ people"));
    return names.isEmpty() ? QString() : tr("Only for %1").arg(names.join(tr(" and ")));
}

QString GroupDetails::shareText() const
{
    if (m_group.id.isEmpty())
        return {};
    QStringList lines{m_group.name};
    if (!m_themes.isEmpty())
        lines.append(m_themes + QStringLiteral(" · ") + audienceText());
    lines.append(m_schedules);
    lines.append(m_places);
    if (!m_group.contact.phone.isEmpty())
        lines.append(tr("Phone: %1").arg(m_group.contact.phone));
    if (!m_group.contact.email.isEmpty())
        lines.append(tr("E-mail: %1").arg(m_group.contact.email));
    if (!m_group.contact.website.isEmpty())
        lines.append(m_group.contact.website);
    lines.append(tr("Open in Kring: %1").arg(shareLink()));
    return lines.join(u'\n');
}

QString GroupDetails::shareLink() const
{
    return groupLinkPrefix + QString::fromUtf8(QUrl::toPercentEncoding(m_group.id));
}

QUrl GroupDetails::reportUrl() const
{
    if (!m_directory || m_group.id.isEmpty())
        return {};
    return mailtoUrl(m_directory->networkEmail, tr("Something is not right: %1").arg(m_group.name),
                     tr("About the group \"%1\" (%2) in Kring:\n\n").arg(m_group.name, m_group.id));
}

bool GroupDetails::copyShareText() const
{
    const QString text = shareText();
    auto *clipboard = QGuiApplication::clipboard();
    if (text.isEmpty() || !clipboard)
        return false;
    clipboard->setText(text);
    return true;
}

QStringList GroupDetails::firstTimerFacts() const
{
    if (m_group.id.isEmpty())
        return {};
    QStringList facts{costText(),
                      firstVisitText(),
                      groupTypeText(),
                      howToJoin(),
                      tr("You do not have to say anything: just listening is fine too."),
                      ledByText()};
    if (const QString languages = languagesText(); !languages.isEmpty())
        facts.append(tr("Language: %1").arg(languages));
    facts.removeAll(QString());
    return facts;
}

QStringList GroupDetails::placeDetails() const
{
    QStringList details;
    for (qsizetype i = 0; i < m_places.size(); ++i) {
        QStringList lines{m_places[i]};
        if (!m_rooms[i].isEmpty())
            lines.append(tr("Room: %1").arg(m_rooms[i]));
        if (!m_directions[i].isEmpty())
            lines.append(m_directions[i]);
        details.append(lines.join(u'\n'));
    }
    return details;
}
