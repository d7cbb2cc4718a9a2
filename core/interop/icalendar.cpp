// SPDX-License-Identifier: GPL-3.0-or-later
#include "icalendar.h"

#include "schedule/occurrences.h"
#include "schedule/recurrence.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QTimeZone>

#include <libical/ical.h>

#include <memory>

namespace kring::ICalendar {
namespace {

struct ComponentDeleter {
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

icaltimetype localTime(const QDateTime &dateTime)
{
    icaltimetype result = icaltime_null_time();
    result.year = dateTime.date().year();
    result.month = dateTime.date().month();
    result.day = dateTime.date().day();
    result.hour = dateTime.time().hour();
    result.minute = dateTime.time().minute();
    result.second = 0;
    return result;
}

icaltimetype utcTime(const QDateTime &dateTime)
{
    icaltimetype result = localTime(dateTime.toUTC());
    result.zone = icaltimezone_get_utc_timezone();
    return result;
}

// A property whose value is a local time with TZID=zone (DTSTART, EXDATE, RDATE).
icalproperty *zonedProperty(icalproperty *property, const QString &zone)
{
    icalproperty_add_parameter(property, icalparameter_new_tzid(zone.toUtf8().constData()));
    return property;
}

// The VTIMEZONE of an IANA zone, with the plain IANA name as TZID so calendar apps recognise it.
icalcomponent *timeZoneComponent(const QString &zoneId, QDate from)
{
    icaltimezone *zone = icaltimezone_get_builtin_timezone(zoneId.toUtf8().constData());
    if (!zone)
        return nullptr;
    icalcomponent *component = icaltimezone_get_component(zone);
    if (!component)
        return nullptr;
    icalcomponent *copy = icalcomponent_new_clone(component);
    if (icalproperty *tzid = icalcomponent_get_first_property(copy, ICAL_TZID_PROPERTY))
        icalproperty_set_tzid(tzid, zoneId.toUtf8().constData());
    // Only the rules in force from the first meeting on: short, and no pre-1940 offsets with seconds.
    icaltimezone_truncate_vtimezone(
        copy, utcTime(QDateTime(QDate(from.year(), 1, 1), QTime(0, 0), QTimeZone::utc())),
        icaltime_null_time(), 1);
    return copy;
}

QString placeOf(const Directory &directory, const Meeting &meeting, bool neutral)
{
    QStringList parts;
    if (const Venue *venue = meeting.hasVenue() ? directory.venue(meeting.venueId) : nullptr) {
        if (!neutral)
            parts.append(venue->name);
        if (!neutral && !meeting.room.isEmpty())
            parts.append(meeting.room);
        if (!venue->street.isEmpty())
            parts.append(venue->street);
        parts.append(QStringList{venue->postcode, venue->town}.join(u' ').trimmed());
    } else if (!meeting.onlineUrl.isEmpty()) {
        parts.append(meeting.onlineUrl);
    }
    return parts.join(QStringLiteral(", "));
}

// The meeting's rule with UNTIL in UTC, as RFC 5545 (3.3.10) requires beside a DTSTART with TZID: a date-only
// UNTIL is the end of that day in the meeting's zone (the directory counts that day in), a floating one is a
// wall time in the zone (placed as occurrences are, docs/schedules.md).
icalrecurrencetype utcUntil(const Meeting &meeting)
{
    icalrecurrencetype rule = icalrecurrencetype_from_string(meeting.rrule.toUtf8().constData());
    if (icaltime_is_null_time(rule.until) || icaltime_is_utc(rule.until))
        return rule;
    const QTimeZone zone(meeting.timeZone.toUtf8());
    const QDate date(rule.until.year, rule.until.month, rule.until.day);
    const QDateTime end = rule.until.is_date
                              ? Recurrence::placeWallTime(date.addDays(1), QTime(0, 0), zone).addSecs(-1)
                              : Recurrence::placeWallTime(
                                    date, QTime(rule.until.hour, rule.until.minute, rule.until.second), zone);
    rule.until = icaltime_from_timet_with_zone(end.toSecsSinceEpoch(), 0, icaltimezone_get_utc_timezone());
    return rule;
}

// The event's UID: the meeting's id, or a hash of it when the calendar names no meeting.
QString uidOf(const Meeting &meeting, bool neutral)
{
    const QString uid =
        neutral
            ? QString::fromLatin1(
                  QCryptographicHash::hash(meeting.id.toUtf8(), QCryptographicHash::Sha256).toHex().left(32))
            : meeting.id;
    return QStringLiteral("%1@kring").arg(uid);
}

// EXDATE and RDATE. Breaks have no iCalendar form: every occurrence in one becomes an EXDATE.
void addExceptionsAndExtras(icalcomponent *event, const Meeting &meeting)
{
    QList<QDateTime> exceptions = meeting.exceptionDates;
    for (const DateRange &range : meeting.breaks) {
        const QTimeZone zone = meeting.start.timeZone();
        auto inBreak = Occurrences::between(meeting, QDateTime(range.from, QTime(0, 0), zone),
                                            QDateTime(range.until.addDays(1), QTime(0, 0), zone));
        if (inBreak) {
            for (const Occurrence &occurrence : inBreak.value())
                exceptions.append(occurrence.start);
        }
    }
    for (const QDateTime &exception : exceptions)
        icalcomponent_add_property(
            event, zonedProperty(icalproperty_new_exdate(localTime(exception)), meeting.timeZone));
    for (const QDateTime &extra : meeting.additionalDates) {
        icaldatetimeperiodtype period{};
        period.time = localTime(extra);
        period.period = icalperiodtype_null_period();
        icalcomponent_add_property(event, zonedProperty(icalproperty_new_rdate(period), meeting.timeZone));
    }
}

icalcomponent *eventOf(const Directory &directory, const Group &group, const Meeting &meeting,
                       const QDateTime &stamp, const Options &options)
{
    const bool neutral = !options.neutralTitle.isEmpty();
    const QString name =
        neutral ? options.neutralTitle : (meeting.name.isEmpty() ? group.name : meeting.name);
    icalcomponent *event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
    icalcomponent_add_property(event, icalproperty_new_uid(uidOf(meeting, neutral).toUtf8().constData()));
    icalcomponent_add_property(event, icalproperty_new_dtstamp(utcTime(stamp)));
    icalcomponent_add_property(event, icalproperty_new_summary(name.toUtf8().constData()));
    icalcomponent_add_property(
        event, zonedProperty(icalproperty_new_dtstart(localTime(meeting.start)), meeting.timeZone));
    icalcomponent_add_property(
        event, icalproperty_new_duration(icaldurationtype_from_int(meeting.durationMinutes * 60)));
    if (!meeting.rrule.isEmpty())
        icalcomponent_add_property(event, icalproperty_new_rrule(utcUntil(meeting)));
    addExceptionsAndExtras(event, meeting);
    if (const QString place = placeOf(directory, meeting, neutral); !place.isEmpty())
        icalcomponent_add_property(event, icalproperty_new_location(place.toUtf8().constData()));
    if (!meeting.onlineUrl.isEmpty())
        icalcomponent_add_property(event, icalproperty_new_url(meeting.onlineUrl.toUtf8().constData()));
    return event;
}

} // namespace

Result<Export> fromDirectory(const Directory &directory, const QString &groupId, const QDateTime &stamp,
                             const Options &options)
{
    if (!groupId.isEmpty() && !directory.group(groupId))
        return Error{QCoreApplication::translate("ICalendar", "there is no group \"%1\" in the directory")
                         .arg(groupId)};
    Export result;
    Component calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//Kring//Kring 0.1//NL"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    QHash<QString, QDate> zones; // zone -> first meeting date in it
    QList<icalcomponent *> events;
    for (const Group &group : directory.groups()) {
        if (!groupId.isEmpty() && group.id != groupId)
            continue;
        for (const Meeting &meeting : group.meetings) {
            if (!meeting.start.isValid()) {
                result.leftOut.append(
                    QStringLiteral("%1: no start time, only a schedule note").arg(meeting.id));
                continue;
            }
            if (meeting.status == MeetingStatus::Paused) {
                result.leftOut.append(QStringLiteral("%1: paused").arg(meeting.id));
                continue;
            }
            events.append(eventOf(directory, group, meeting, stamp, options));
            if (!zones.contains(meeting.timeZone) || meeting.start.date() < zones.value(meeting.timeZone))
                zones.insert(meeting.timeZone, meeting.start.date());
        }
    }
    QStringList sortedZones = zones.keys();
    sortedZones.sort();
    for (const QString &zone : sortedZones) {
        icalcomponent *component = timeZoneComponent(zone, zones.value(zone));
        if (!component) {
            for (icalcomponent *event : events)
                icalcomponent_free(event);
            return Error{QCoreApplication::translate("ICalendar", "no time zone data for \"%1\"").arg(zone)};
        }
        icalcomponent_add_component(calendar.get(), component);
    }
    for (icalcomponent *event : events)
        icalcomponent_add_component(calendar.get(), event);
    result.calendar = QByteArray(icalcomponent_as_ical_string(calendar.get()));
    return result;
}

} // namespace kring::ICalendar
