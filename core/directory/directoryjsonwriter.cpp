// SPDX-License-Identifier: GPL-3.0-or-later
// Writing the directory (the reading half is directoryjson.cpp).
#include "directoryjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace kring::DirectoryJson {

namespace {

QJsonValue toJson(const LocalizedText &text)
{
    QJsonObject object{{"nl"_L1, text.nl}};
    if (!text.en.isEmpty())
        object.insert("en"_L1, text.en);
    if (!text.fr.isEmpty())
        object.insert("fr"_L1, text.fr);
    return object;
}

QString localDateTime(const QDateTime &dateTime)
{
    return dateTime.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
}

void insertIfSet(QJsonObject &object, QLatin1StringView key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

void insertIfSet(QJsonObject &object, QLatin1StringView key, const QStringList &values)
{
    if (!values.isEmpty())
        object.insert(key, QJsonArray::fromStringList(values));
}

void insertIfSet(QJsonObject &object, QLatin1StringView key, const LocalizedText &text)
{
    if (!text.isEmpty())
        object.insert(key, toJson(text));
}

QJsonObject toJson(const Meeting &meeting)
{
    QJsonObject object{{"id"_L1, meeting.id}, {"timezone"_L1, meeting.timeZone}};
    insertIfSet(object, "name"_L1, meeting.name);
    if (meeting.attendance != Attendance::InPerson)
        object.insert("attendance"_L1, meeting.attendance == Attendance::Online ? "online"_L1 : "hybrid"_L1);
    insertIfSet(object, "venue"_L1, meeting.venueId);
    insertIfSet(object, "room"_L1, meeting.room);
    if (!meeting.onlineUrl.isEmpty() || !meeting.onlinePhone.isEmpty()) {
        QJsonObject online;
        insertIfSet(online, "url"_L1, meeting.onlineUrl);
        insertIfSet(online, "phone"_L1, meeting.onlinePhone);
        object.insert("online"_L1, online);
    }
    if (meeting.start.isValid())
        object.insert("start"_L1, localDateTime(meeting.start));
    object.insert("duration_minutes"_L1, meeting.durationMinutes);
    insertIfSet(object, "rrule"_L1, meeting.rrule);
    const auto dateTimes = [](const QList<QDateTime> &list) {
        QJsonArray array;
        for (const QDateTime &dateTime : list)
            array.append(localDateTime(dateTime));
        return array;
    };
    if (!meeting.exceptionDates.isEmpty())
        object.insert("exdates"_L1, dateTimes(meeting.exceptionDates));
    if (!meeting.additionalDates.isEmpty())
        object.insert("rdates"_L1, dateTimes(meeting.additionalDates));
    if (!meeting.breaks.isEmpty()) {
        QJsonArray breaks;
        for (const DateRange &range : meeting.breaks)
            breaks.append(QJsonObject{{"from"_L1, range.from.toString(Qt::ISODate)},
                                      {"until"_L1, range.until.toString(Qt::ISODate)}});
        object.insert("breaks"_L1, breaks);
    }
    insertIfSet(object, "schedule_note"_L1, meeting.scheduleNote);
    if (meeting.status == MeetingStatus::Paused)
        object.insert("status"_L1, "paused"_L1);
    insertIfSet(object, "languages"_L1, meeting.languages);
    return object;
}

QJsonObject toJson(const Group &group)
{
    QJsonObject object{{"id"_L1, group.id}, {"name"_L1, group.name}};
    insertIfSet(object, "summary"_L1, group.summary);
    insertIfSet(object, "themes"_L1, group.themeIds);
    object.insert("audience"_L1, group.audience == Audience::Relatives ? "relatives"_L1
                                 : group.audience == Audience::Both    ? "both"_L1
                                                                       : "self"_L1);
    insertIfSet(object, "keywords"_L1, group.keywords);
    object.insert("languages"_L1, QJsonArray::fromStringList(group.languages));
    if (!group.contact.isEmpty()) {
        QJsonObject contact;
        insertIfSet(contact, "email"_L1, group.contact.email);
        insertIfSet(contact, "phone"_L1, group.contact.phone);
        insertIfSet(contact, "website"_L1, group.contact.website);
        object.insert("contact"_L1, contact);
    }
    QJsonArray meetings;
    for (const Meeting &meeting : group.meetings)
        meetings.append(toJson(meeting));
    object.insert("meetings"_L1, meetings);
    return object;
}

} // namespace

QByteArray serialize(const Directory &directory)
{
    QJsonObject root{{"format"_L1, formatName}};
    if (!directory.networkName.isEmpty() || !directory.networkWebsite.isEmpty()) {
        QJsonObject network;
        insertIfSet(network, "name"_L1, directory.networkName);
        insertIfSet(network, "website"_L1, directory.networkWebsite);
        root.insert("network"_L1, network);
    }
    if (directory.updated.isValid())
        root.insert("updated"_L1, directory.updated.toString(Qt::ISODate));
    if (directory.version > 0)
        root.insert("version"_L1, directory.version);
    QJsonArray themes;
    for (const Theme &theme : directory.themes()) {
        QJsonObject object{{"id"_L1, theme.id}, {"name"_L1, toJson(theme.name)}};
        insertIfSet(object, "category"_L1, theme.category);
        insertIfSet(object, "keywords"_L1, theme.keywords);
        themes.append(object);
    }
    root.insert("themes"_L1, themes);
    QJsonArray venues;
    for (const Venue &venue : directory.venues()) {
        QJsonObject object{{"id"_L1, venue.id},        {"name"_L1, venue.name},
                           {"town"_L1, venue.town},    {"country"_L1, venue.country},
                           {"lat"_L1, venue.latitude}, {"lon"_L1, venue.longitude}};
        insertIfSet(object, "street"_L1, venue.street);
        insertIfSet(object, "postcode"_L1, venue.postcode);
        if (venue.wheelchairAccessible)
            object.insert("wheelchair"_L1, *venue.wheelchairAccessible);
        insertIfSet(object, "directions"_L1, venue.directions);
        venues.append(object);
    }
    root.insert("venues"_L1, venues);
    QJsonArray groups;
    for (const Group &group : directory.groups())
        groups.append(toJson(group));
    root.insert("groups"_L1, groups);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace kring::DirectoryJson
