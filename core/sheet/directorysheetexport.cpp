// SPDX-License-Identifier: GPL-3.0-or-later
// A directory as rows of the sheet.
#include "directorysheetparts.h"

#include "schedule/scheduleparser.h"
#include "schedule/schedulewords.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace kring::DirectorySheet {
namespace {

QString audienceWord(Audience audience)
{
    return audience == Audience::Relatives ? u"naasten"_s
           : audience == Audience::Both    ? u"beide"_s
                                           : u"zelf"_s;
}

QString formWord(Attendance attendance)
{
    return attendance == Attendance::Online   ? u"online"_s
           : attendance == Attendance::Hybrid ? u"beide"_s
                                              : u"op locatie"_s;
}

QString dateTimesCell(const QList<QDateTime> &dateTimes, const QDateTime &start)
{
    QStringList items;
    for (const QDateTime &dateTime : dateTimes) {
        items.append(start.isValid() && dateTime.time() == start.time()
                         ? dateTime.date().toString(Qt::ISODate)
                         : dateTime.date().toString(Qt::ISODate) + u' ' + dateTime.time().toString(u"HH:mm"));
    }
    return joined(items);
}

// The schedule in words when reading them back gives the same rule and times; otherwise the rule goes to the
// rule column and the words say only the times.
std::pair<QString, QString> scheduleCells(const Meeting &meeting)
{
    if (!meeting.start.isValid())
        return {};
    const ScheduleWords words(u"nl"_s);
    const QString described = words.describe(meeting);
    const auto parsed = ScheduleParser(u"nl"_s).parse(described);
    const QTime end = meeting.start.time().addSecs(qint64(meeting.durationMinutes) * 60);
    if (parsed && parsed.value().rrule == meeting.rrule && parsed.value().start == meeting.start.time() &&
        parsed.value().end == end &&
        (meeting.rrule.isEmpty() ? parsed.value().date == meeting.start.date()
                                 : !parsed.value().date.isValid()))
        return {described, {}};
    return {words.timeRange(meeting.start, meeting.start.addSecs(qint64(meeting.durationMinutes) * 60)),
            meeting.rrule};
}

} // namespace

QStringList meetingRow(const Directory &directory, const Group &group, const Meeting *meeting)
{
    QStringList row(ColumnCount);
    row[GroupId] = group.id;
    row[GroupName] = group.name;
    row[Summary] = group.summary.nl;
    row[Themes] = joined(group.themeIds);
    row[AudienceColumn] = audienceWord(group.audience);
    row[Keywords] = joined(group.keywords);
    row[Languages] = joined(group.languages);
    row[Email] = group.contact.email;
    row[Phone] = group.contact.phone;
    row[Website] = group.contact.website;
    if (!meeting)
        return row;
    row[MeetingId] = meeting->id;
    row[MeetingName] = meeting->name;
    row[Form] = formWord(meeting->attendance);
    const auto [schedule, rule] = scheduleCells(*meeting);
    row[Schedule] = schedule;
    row[Rule] = rule;
    row[FirstDate] = meeting->start.isValid() ? meeting->start.date().toString(Qt::ISODate) : QString();
    row[ScheduleNote] = meeting->scheduleNote.nl;
    row[ExceptionDates] = dateTimesCell(meeting->exceptionDates, meeting->start);
    row[AdditionalDates] = dateTimesCell(meeting->additionalDates, meeting->start);
    QStringList breaks;
    for (const DateRange &range : meeting->breaks)
        breaks.append(range.from.toString(Qt::ISODate) + u" t/m "_s + range.until.toString(Qt::ISODate));
    row[Breaks] = joined(breaks);
    row[Status] = meeting->status == MeetingStatus::Paused ? u"gepauzeerd"_s : u"actief"_s;
    row[TimeZone] = meeting->timeZone;
    row[MeetingLanguages] = joined(meeting->languages);
    row[Room] = meeting->room;
    row[OnlineUrl] = meeting->onlineUrl;
    row[OnlinePhone] = meeting->onlinePhone;
    if (const Venue *venue = directory.venue(meeting->venueId)) {
        row[VenueId] = venue->id;
        row[VenueName] = venue->name;
        row[Street] = venue->street;
        row[Postcode] = venue->postcode;
        row[Town] = venue->town;
        row[Country] = venue->country;
        row[Latitude] = decimal(venue->latitude);
        row[Longitude] = decimal(venue->longitude);
        row[Wheelchair] = !venue->wheelchairAccessible   ? QString()
                          : *venue->wheelchairAccessible ? u"ja"_s
                                                         : u"nee"_s;
    } else {
        row[VenueId] = meeting->venueId;
    }
    return row;
}

} // namespace kring::DirectorySheet
