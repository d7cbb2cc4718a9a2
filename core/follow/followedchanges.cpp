// SPDX-License-Identifier: GPL-3.0-or-later
#include "followedchanges.h"

#include <QCoreApplication>

#include <algorithm>

namespace kring::FollowedChanges {
namespace {

struct KindName {
    Kind kind;
    const char *name;
};

constexpr KindName kindNames[] = {
    {Kind::Announced, "announced"},
    {Kind::Withdrawn, "withdrawn"},
    {Kind::MeetingAdded, "meeting-added"},
    {Kind::MeetingRemoved, "meeting-removed"},
    {Kind::TimesChanged, "times-changed"},
    {Kind::PlaceChanged, "place-changed"},
    {Kind::Gone, "gone"},
};

const Group *groupIn(const FollowedData &data, const QString &groupId)
{
    const auto found = data.groups.constFind(groupId);
    if (found == data.groups.cend() || !found.value())
        return nullptr;
    return found.value()->group(groupId);
}

const Venue *venueOf(const FollowedData &data, const QString &groupId, const Meeting &meeting)
{
    if (meeting.venueId.isEmpty())
        return nullptr;
    const auto found = data.groups.constFind(groupId);
    return found == data.groups.cend() || !found.value() ? nullptr : found.value()->venue(meeting.venueId);
}

bool sameTimes(const Meeting &a, const Meeting &b)
{
    return a.timeZone == b.timeZone && a.start == b.start && a.durationMinutes == b.durationMinutes &&
           a.rrule == b.rrule && a.exceptionDates == b.exceptionDates &&
           a.additionalDates == b.additionalDates && a.breaks == b.breaks &&
           a.scheduleNote == b.scheduleNote && a.status == b.status;
}

bool samePlace(const Meeting &a, const Venue *venueA, const Meeting &b, const Venue *venueB)
{
    if (a.attendance != b.attendance || a.venueId != b.venueId || a.room != b.room ||
        a.onlineUrl != b.onlineUrl || a.onlinePhone != b.onlinePhone)
        return false;
    if (!venueA || !venueB)
        return venueA == venueB;
    // What a person finds their way by; a changed description of the entrance is not a new place.
    return venueA->name == venueB->name && venueA->street == venueB->street &&
           venueA->postcode == venueB->postcode && venueA->town == venueB->town &&
           venueA->latitude == venueB->latitude && venueA->longitude == venueB->longitude;
}

QList<Announcement> announcementsFor(const FollowedData &data, const QString &groupId)
{
    QList<Announcement> found;
    for (const KnownAnnouncement &known : data.announcements) {
        if (known.announcement.groupId == groupId)
            found.append(known.announcement);
    }
    return found;
}

bool expiredAt(const FollowedData &data, const Announcement &announcement, const QDateTime &now)
{
    for (const KnownAnnouncement &known : data.announcements) {
        if (known.announcement == announcement)
            return known.expires.isValid() && known.expires <= now;
    }
    return false;
}

void compareSchedules(QList<Change> &changes, const Change &base, const FollowedData &before,
                      const Group &was, const FollowedData &after, const Group &is)
{
    bool added = false;
    bool removed = false;
    bool times = false;
    bool place = false;
    for (const Meeting &meeting : is.meetings) {
        const auto old = std::find_if(was.meetings.cbegin(), was.meetings.cend(),
                                      [&](const Meeting &m) { return m.id == meeting.id; });
        if (old == was.meetings.cend()) {
            added = true;
            continue;
        }
        times = times || !sameTimes(*old, meeting);
        place =
            place || !samePlace(*old, venueOf(before, was.id, *old), meeting, venueOf(after, is.id, meeting));
    }
    for (const Meeting &meeting : was.meetings) {
        removed = removed || std::none_of(is.meetings.cbegin(), is.meetings.cend(),
                                          [&](const Meeting &m) { return m.id == meeting.id; });
    }
    const std::pair<bool, Kind> found[] = {{added, Kind::MeetingAdded},
                                           {removed, Kind::MeetingRemoved},
                                           {times, Kind::TimesChanged},
                                           {place, Kind::PlaceChanged}};
    for (const auto &[changed, kind] : found) {
        if (!changed)
            continue;
        Change change = base;
        change.kind = kind;
        changes.append(change);
    }
}

} // namespace

QString kindName(Kind kind)
{
    for (const KindName &entry : kindNames) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return QString();
}

std::optional<Kind> kindFromName(const QString &name)
{
    for (const KindName &entry : kindNames) {
        if (name == QLatin1String(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

QList<Change> compare(const FollowedData &before, const FollowedData &after, const QSet<QString> &followed,
                      const QDateTime &now)
{
    QStringList ids(followed.cbegin(), followed.cend());
    ids.sort();
    QList<Change> changes;
    for (const QString &groupId : std::as_const(ids)) {
        const Group *was = groupIn(before, groupId);
        const Group *is = groupIn(after, groupId);
        Change base;
        base.groupId = groupId;
        base.groupName = is ? is->name : was ? was->name : QString();
        if (was && !is && !after.groups.contains(groupId)) {
            base.kind = Kind::Gone;
            changes.append(base);
            continue;
        }
        const QList<Announcement> old = announcementsFor(before, groupId);
        const QList<Announcement> current = announcementsFor(after, groupId);
        for (const Announcement &announcement : current) {
            if (old.contains(announcement))
                continue;
            Change change = base;
            change.kind = Kind::Announced;
            change.announcement = announcement;
            changes.append(change);
        }
        for (const Announcement &announcement : old) {
            if (current.contains(announcement) || expiredAt(before, announcement, now))
                continue;
            Change change = base;
            change.kind = Kind::Withdrawn;
            change.announcement = announcement;
            changes.append(change);
        }
        if (was && is)
            compareSchedules(changes, base, before, *was, after, *is);
    }
    return changes;
}

QString notificationText(const QList<Change> &changes, bool enabled)
{
    if (!enabled || changes.isEmpty())
        return QString();
    return QCoreApplication::translate("FollowedChanges", "There is news in Kring");
}

} // namespace kring::FollowedChanges
