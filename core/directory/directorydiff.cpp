// SPDX-License-Identifier: GPL-3.0-or-later
#include "directorydiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kring::DirectoryDiff {
namespace {

bool sameSchedule(const Meeting &a, const Meeting &b)
{
    return a.start == b.start && a.start.timeZone() == b.start.timeZone() && a.timeZone == b.timeZone &&
           a.durationMinutes == b.durationMinutes && a.rrule == b.rrule &&
           a.exceptionDates == b.exceptionDates && a.additionalDates == b.additionalDates &&
           a.breaks == b.breaks && a.scheduleNote == b.scheduleNote;
}

// The place of a meeting as people see it: the venue's details (not its id) and the room.
bool samePlace(const Meeting &a, const Directory &before, const Meeting &b, const Directory &after)
{
    const Venue *venueA = a.hasVenue() ? before.venue(a.venueId) : nullptr;
    const Venue *venueB = b.hasVenue() ? after.venue(b.venueId) : nullptr;
    if (bool(venueA) != bool(venueB) || a.room != b.room)
        return false;
    if (!venueA)
        return true;
    Venue left = *venueA;
    Venue right = *venueB;
    left.id.clear();
    right.id.clear();
    return left == right;
}

QStringList changedFields(const Group &a, const Directory &before, const Group &b, const Directory &after)
{
    QStringList fields;
    auto add = [&](bool changed, const char *field) {
        if (changed && !fields.contains(QLatin1StringView(field)))
            fields.append(QLatin1StringView(field));
    };
    add(a.name != b.name, "name");
    add(a.summary != b.summary, "summary");
    add(a.themeIds != b.themeIds, "themes");
    add(a.audience != b.audience, "audience");
    add(a.keywords != b.keywords, "keywords");
    add(a.languages != b.languages, "languages");
    add(a.contact != b.contact, "contact");
    add(a.meetingTexts != b.meetingTexts, "meeting_texts");
    QStringList idsA;
    QStringList idsB;
    for (const Meeting &meeting : a.meetings)
        idsA.append(meeting.id);
    for (const Meeting &meeting : b.meetings)
        idsB.append(meeting.id);
    QStringList sortedA = idsA;
    QStringList sortedB = idsB;
    sortedA.sort();
    sortedB.sort();
    add(sortedA != sortedB, "meetings");
    QStringList perMeeting;
    for (const Meeting &old : a.meetings) {
        const auto found = std::find_if(b.meetings.cbegin(), b.meetings.cend(),
                                        [&](const Meeting &meeting) { return meeting.id == old.id; });
        if (found == b.meetings.cend())
            continue;
        const Meeting &now = *found;
        if (old.name != now.name)
            perMeeting.append(u"meeting_name"_s);
        if (!sameSchedule(old, now))
            perMeeting.append(u"schedule"_s);
        if (old.status != now.status)
            perMeeting.append(u"status"_s);
        if (old.languages != now.languages && !perMeeting.contains(u"languages"_s))
            perMeeting.append(u"languages"_s);
        if (!samePlace(old, before, now, after))
            perMeeting.append(u"venue"_s);
        if (old.attendance != now.attendance || old.onlineUrl != now.onlineUrl ||
            old.onlinePhone != now.onlinePhone)
            perMeeting.append(u"online"_s);
    }
    for (const char *field : {"languages", "meeting_name", "schedule", "status", "venue", "online"})
        add(perMeeting.contains(QLatin1StringView(field)), field);
    return fields;
}

} // namespace

QList<Change> compare(const Directory &before, const Directory &after)
{
    QList<Change> changes;
    for (const Group &group : after.groups()) {
        const Group *old = before.group(group.id);
        if (!old) {
            changes.append({group.id, Change::Kind::Added, {}});
            continue;
        }
        const QStringList fields = changedFields(*old, before, group, after);
        if (!fields.isEmpty())
            changes.append({group.id, Change::Kind::Changed, fields});
    }
    for (const Group &group : before.groups()) {
        if (!after.group(group.id))
            changes.append({group.id, Change::Kind::Removed, {}});
    }
    return changes;
}

QByteArray jsonLine(const Change &change)
{
    // Keys in the order the command-line contract writes them (QJsonObject would sort them).
    auto json = [](const QJsonValue &value) {
        const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return array.mid(1, array.size() - 2);
    };
    const QString kind = change.kind == Change::Kind::Added     ? u"added"_s
                         : change.kind == Change::Kind::Removed ? u"removed"_s
                                                                : u"changed"_s;
    return "{\"group\":" + json(change.group) + ",\"change\":" + json(kind) + ",\"fields\":" +
           QJsonDocument(QJsonArray::fromStringList(change.fields)).toJson(QJsonDocument::Compact) + '}';
}

QString describe(const Change &change)
{
    switch (change.kind) {
    case Change::Kind::Added:
        return u"added group "_s + change.group;
    case Change::Kind::Removed:
        return u"removed group "_s + change.group;
    case Change::Kind::Changed:
        break;
    }
    return u"changed group "_s + change.group + u": "_s + change.fields.join(", "_L1);
}

} // namespace kring::DirectoryDiff
