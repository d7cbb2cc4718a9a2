// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directory/directory.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

namespace kring::ICalendar {

struct Export {
    QByteArray calendar; // text/calendar, CRLF line ends
    QStringList leftOut; // one line per meeting that is not in the calendar, and why
};

// How discreet the calendar is. With a neutral title, every meeting's SUMMARY is that title, LOCATION
// leaves out the venue's name and the room (the street and town stay, to find it), and the UID is a hash
// that does not name the meeting.
struct Options {
    QString neutralTitle; // empty: the meeting's or group's name
};

// The meetings of `groupId` (empty: every group) as an iCalendar: a VTIMEZONE per zone and one VEVENT per
// meeting with DTSTART;TZID, DURATION, RRULE, EXDATE (also for every occurrence in a break) and RDATE.
// `stamp` is the DTSTAMP. Fails when `groupId` is not in the directory.
[[nodiscard]] Result<Export> fromDirectory(const Directory &directory, const QString &groupId,
                                           const QDateTime &stamp, const Options &options = {});

} // namespace kring::ICalendar
