// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The sheet's columns and cell formats, shared by its import and export; private to core/sheet.

#include "csvtable.h"
#include "directorysheet.h"

#include <QDate>
#include <QRegularExpression>
#include <QStringList>
#include <QTime>

#include <array>

namespace kring::DirectorySheet {

enum Column {
    GroupId,
    GroupName,
    Summary,
    Themes,
    AudienceColumn,
    Keywords,
    Languages,
    Email,
    Phone,
    Website,
    MeetingId,
    MeetingName,
    Form,
    Schedule,
    FirstDate,
    Rule,
    ScheduleNote,
    ExceptionDates,
    AdditionalDates,
    Breaks,
    Status,
    TimeZone,
    MeetingLanguages,
    VenueId,
    VenueName,
    Street,
    Postcode,
    Town,
    Country,
    Latitude,
    Longitude,
    Wheelchair,
    Room,
    OnlineUrl,
    OnlinePhone,
    ColumnCount
};

inline constexpr std::array<const char *, ColumnCount> columnNames{
    "groep",
    "naam",
    "omschrijving",
    "thema's",
    "voor wie",
    "zoekwoorden",
    "talen",
    "e-mail",
    "telefoon",
    "website",
    "bijeenkomst",
    "naam bijeenkomst",
    "vorm",
    "rooster",
    "eerste datum",
    "regel",
    "toelichting rooster",
    "geen bijeenkomst op",
    "extra bijeenkomsten",
    "pauzes",
    "status",
    "tijdzone",
    "talen bijeenkomst",
    "locatie",
    "naam locatie",
    "adres",
    "postcode",
    "plaats",
    "land",
    "breedtegraad",
    "lengtegraad",
    "rolstoeltoegankelijk",
    "zaal",
    "online link",
    "online telefoon",
};

inline constexpr std::array venueColumns{VenueName, Street,   Postcode,  Town,
                                         Country,   Latitude, Longitude, Wheelchair};
inline constexpr std::array meetingColumns{
    MeetingId,       MeetingName, Form,   Schedule, FirstDate,        Rule,    ScheduleNote, ExceptionDates,
    AdditionalDates, Breaks,      Status, TimeZone, MeetingLanguages, VenueId, Room,         OnlineUrl,
    OnlinePhone};

[[nodiscard]] QString name(Column column);
// A header cell as it is matched: lower case, single spaces, straight apostrophes.
[[nodiscard]] QString headerKey(QString text);
[[nodiscard]] QString joined(const QStringList &items);
[[nodiscard]] QStringList splitList(const QString &cell);
// With a decimal comma, as Dutch spreadsheets show numbers.
[[nodiscard]] QString decimal(double value);
// "2026-01-13", "13-1-2026", "13/01/2026", "13.01.2026" (day first, as Dutch and Belgian spreadsheets save).
[[nodiscard]] QDate dateOf(const QString &cell);
[[nodiscard]] const QRegularExpression &countryCode();
[[nodiscard]] const QRegularExpression &languageCode();
[[nodiscard]] const QRegularExpression &mailAddress();
[[nodiscard]] bool isId(const QString &text);
[[nodiscard]] int minutesBetween(QTime start, QTime end);

// The cells of one row: a group with one of its meetings, or the group alone when `meeting` is null.
[[nodiscard]] QStringList meetingRow(const Directory &directory, const Group &group, const Meeting *meeting);
// The directory a table of rows describes, over `base` when it is given.
[[nodiscard]] Result<Import> importTable(const Csv::Table &table, const Directory *base);

} // namespace kring::DirectorySheet
