// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "localizedtext.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace kring {

enum class Attendance { InPerson, Online, Hybrid };
enum class MeetingStatus { Active, Paused };

// An inclusive range of dates without meetings, such as a summer break.
struct DateRange {
    QDate from;
    QDate until;

    [[nodiscard]] bool contains(QDate date) const { return date >= from && date <= until; }
    bool operator==(const DateRange &) const = default;
};

// A recurring series of meetings: an RFC 5545 recurrence anchored to a local start time in an IANA zone.
struct Meeting {
    QString id;
    QString name; // empty: the group's name
    Attendance attendance = Attendance::InPerson;
    QString venueId; // empty for online meetings
    QString room;
    QString onlineUrl;
    QString onlinePhone;
    QString timeZone; // IANA id, e.g. Europe/Amsterdam
    // First occurrence, in timeZone; invalid when only a schedule note describes when the group meets.
    QDateTime start;
    int durationMinutes = 120;
    QString rrule;                    // RFC 5545 RRULE value without DTSTART; empty: one occurrence at start
    QList<QDateTime> exceptionDates;  // in timeZone: occurrences that do not take place
    QList<QDateTime> additionalDates; // in timeZone: extra occurrences
    QList<DateRange> breaks;
    LocalizedText scheduleNote; // what no rule expresses
    MeetingStatus status = MeetingStatus::Active;
    QStringList languages; // empty: the group's

    [[nodiscard]] bool hasVenue() const { return attendance != Attendance::Online; }
    [[nodiscard]] bool isOnline() const { return attendance != Attendance::InPerson; }

    bool operator==(const Meeting &) const = default;
};

} // namespace kring
