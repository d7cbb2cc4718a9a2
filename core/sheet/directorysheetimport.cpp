// SPDX-License-Identifier: GPL-3.0-or-later
// Rows of the sheet as a directory, checked cell by cell.
#include "directorysheetparts.h"

#include "directory/directoryjson.h"
#include "schedule/recurrence.h"
#include "schedule/scheduleparser.h"
#include "schedule/schedulewords.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

using namespace Qt::StringLiterals;

namespace kring::DirectorySheet {
namespace {

struct Row {
    int number = 0; // spreadsheet row
    QStringList cells;
};

class Importer
{
public:
    Importer(const Csv::Table &table, const Directory *base)
        : m_table(table)
        , m_base(base)
    {}

    Result<Import> run();

private:
    void problem(int row, Column column, const QString &text)
    {
        m_problems.append(u"rij %1, kolom %2: %3"_s.arg(row).arg(name(column), text));
    }
    void warn(int row, Column column, const QString &text)
    {
        m_warnings.append(u"rij %1, kolom %2: %3"_s.arg(row).arg(name(column), text));
    }
    [[nodiscard]] bool has(Column column) const { return m_index[column] >= 0; }
    [[nodiscard]] QString venueCountry(const QString &id) const
    {
        for (const Venue &venue : m_venues) {
            if (venue.id == id)
                return venue.country;
        }
        const Venue *known = m_base ? m_base->venue(id) : nullptr;
        return known ? known->country : QString();
    }
    [[nodiscard]] QString cell(const Row &row, Column column) const
    {
        const int index = m_index[column];
        return index >= 0 && index < row.cells.size() ? row.cells[index].trimmed() : QString();
    }
    // The one value a column has over the rows of a group or venue: the first non-empty cell; a different
    // non-empty cell in a later row is a problem.
    std::optional<QString> agreed(const QList<const Row *> &rows, Column column, const QString &what)
    {
        if (!has(column))
            return std::nullopt;
        QString value;
        int first = 0;
        for (const Row *row : rows) {
            const QString text = cell(*row, column);
            if (text.isEmpty())
                continue;
            if (value.isEmpty()) {
                value = text;
                first = row->number;
            } else if (text != value) {
                problem(row->number, column,
                        u"'%1' wijkt af van rij %2 ('%3') voor %4"_s.arg(text).arg(first).arg(value, what));
            }
        }
        return value;
    }

    bool readHeader();
    void readGroup(const QString &id, const QList<const Row *> &rows);
    void readVenue(const QString &id, const QList<const Row *> &rows);
    std::optional<Meeting> readMeeting(const Row &row, const Group &group);
    void readSchedule(const Row &row, Meeting &meeting);
    QList<QDateTime> readDateTimes(const Row &row, Column column, const Meeting &meeting);
    void checkWithDirectoryRules(const Directory &directory);

    const Csv::Table &m_table;
    const Directory *m_base;
    std::array<int, ColumnCount> m_index{};
    QStringList m_problems;
    QStringList m_warnings;
    QList<Group> m_groups;
    QList<Venue> m_venues;
    QSet<QString> m_usedVenues;
    QList<Theme> m_newThemes;
    QSet<QString> m_meetingIds;
    // For messages from the directory's own checks: the row of each group, meeting and venue.
    QHash<QString, int> m_groupRow;
    QHash<QString, int> m_meetingRow;
    QHash<QString, int> m_venueRow;
    int m_meetings = 0;
};

bool Importer::readHeader()
{
    m_index.fill(-1);
    if (m_table.rows.isEmpty()) {
        m_problems.append(u"rij 1: het bestand is leeg; de eerste rij noemt de kolommen"_s);
        return false;
    }
    const QStringList &header = m_table.rows.first();
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString key = headerKey(header[i]);
        if (key.isEmpty())
            continue;
        int found = -1;
        for (int column = 0; column < ColumnCount; ++column) {
            if (key == QString::fromUtf8(columnNames.at(size_t(column))) ||
                (column == Themes && key == "themas"_L1) || (column == Email && key == "email"_L1))
                found = column;
        }
        if (found < 0) {
            m_problems.append(
                u"rij 1, kolom %1: deze kolom ken ik niet (zie de lijst in de handleiding)"_s.arg(
                    header[i].trimmed()));
        } else if (m_index[found] >= 0) {
            m_problems.append(u"rij 1, kolom %1: staat er twee keer"_s.arg(name(Column(found))));
        } else {
            m_index[found] = int(i);
        }
    }
    if (m_index[GroupId] < 0)
        m_problems.append(u"rij 1: de kolom 'groep' ontbreekt (de code van de groep, zoals ehv-rouw)"_s);
    return m_problems.isEmpty();
}

void Importer::readVenue(const QString &id, const QList<const Row *> &rows)
{
    const Venue *known = m_base ? m_base->venue(id) : nullptr;
    Venue venue = known ? *known : Venue{};
    venue.id = id;
    const int number = rows.first()->number;
    const QString what = u"locatie "_s + id;
    bool anyCell = false;
    std::array<std::optional<QString>, ColumnCount> values;
    for (Column column : venueColumns) {
        values[column] = agreed(rows, column, what);
        anyCell = anyCell || (values[column] && !values[column]->isEmpty());
    }
    if (!anyCell) {
        if (!known)
            problem(number, VenueId,
                    u"locatie '%1' bestaat nog niet: vul ook naam locatie, plaats, land, breedtegraad en "
                    u"lengtegraad in"_s.arg(id));
        m_venues.append(venue);
        return;
    }
    const auto set = [&](Column column, QString &field) {
        if (values[column])
            field = *values[column];
    };
    set(VenueName, venue.name);
    set(Street, venue.street);
    set(Postcode, venue.postcode);
    set(Town, venue.town);
    if (values[Country]) {
        QString country = values[Country]->toUpper();
        if (country == "NEDERLAND"_L1)
            country = u"NL"_s;
        else if (country == u"BELGIË" || country == "BELGIE"_L1)
            country = u"BE"_s;
        if (!countryCode().match(country).hasMatch())
            problem(number, Country, u"'%1' is geen landcode zoals NL of BE"_s.arg(*values[Country]));
        venue.country = country;
    }
    const auto coordinate = [&](Column column, double &field, double limit) {
        if (!values[column])
            return;
        QString text = *values[column];
        text.replace(u',', u'.');
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (!ok || !std::isfinite(value) || std::abs(value) > limit)
            problem(number, column, u"'%1' is geen getal tussen -%2 en %2"_s.arg(*values[column]).arg(limit));
        else
            field = value;
    };
    coordinate(Latitude, venue.latitude, 90);
    coordinate(Longitude, venue.longitude, 180);
    if (values[Wheelchair]) {
        const QString text = values[Wheelchair]->toLower();
        if (text.isEmpty())
            venue.wheelchairAccessible.reset();
        else if (text == "ja"_L1 || text == "yes"_L1)
            venue.wheelchairAccessible = true;
        else if (text == "nee"_L1 || text == "no"_L1)
            venue.wheelchairAccessible = false;
        else
            problem(number, Wheelchair,
                    u"'%1' is niet ja, nee of leeg (niet bekend)"_s.arg(*values[Wheelchair]));
    }
    for (Column column : {VenueName, Town, Country}) {
        if (values[column] && values[column]->isEmpty())
            problem(number, column,
                    u"leeg; een locatie heeft een %1 nodig"_s.arg(column == VenueName ? u"naam"_s
                                                                                      : name(column)));
    }
    if (!known && (!values[Latitude] || values[Latitude]->isEmpty() || !values[Longitude] ||
                   values[Longitude]->isEmpty()))
        problem(number, Latitude, u"leeg; een nieuwe locatie heeft breedtegraad en lengtegraad nodig"_s);
    m_venues.append(venue);
}

QList<QDateTime> Importer::readDateTimes(const Row &row, Column column, const Meeting &meeting)
{
    QList<QDateTime> result;
    static const QRegularExpression withTime(u"^(\\S+)\\s+(\\d{1,2})[:.u](\\d{2})$"_s);
    for (const QString &item : splitList(cell(row, column))) {
        QString dateText = item;
        QTime time = meeting.start.isValid() ? meeting.start.time() : QTime();
        if (const auto match = withTime.match(item); match.hasMatch()) {
            dateText = match.captured(1);
            time = QTime(match.captured(2).toInt(), match.captured(3).toInt());
        }
        const QDate date = dateOf(dateText);
        if (!date.isValid() || !time.isValid()) {
            problem(row.number, column,
                    u"'%1' is geen datum zoals 2026-12-25 of 25-12-2026 (met een tijd erachter als die "
                    u"afwijkt: 2026-12-25 10:00)"_s.arg(item));
            continue;
        }
        result.append(
            QDateTime(date, time, meeting.start.isValid() ? meeting.start.timeZone() : QTimeZone::utc()));
    }
    return result;
}

void Importer::readSchedule(const Row &row, Meeting &meeting)
{
    const QString words = cell(row, Schedule);
    const QString rule = cell(row, Rule);
    const QString firstDateText = cell(row, FirstDate);
    const QString note = cell(row, ScheduleNote);
    QDate firstDate;
    if (!firstDateText.isEmpty()) {
        firstDate = dateOf(firstDateText);
        if (!firstDate.isValid())
            problem(row.number, FirstDate,
                    u"'%1' is geen datum zoals 2026-01-13 of 13-1-2026"_s.arg(firstDateText));
    }
    if (has(ScheduleNote)) {
        const LocalizedText before = meeting.scheduleNote;
        meeting.scheduleNote = {};
        meeting.scheduleNote.nl = note;
        if (!note.isEmpty() && before.nl == note) {
            meeting.scheduleNote.en = before.en;
            meeting.scheduleNote.fr = before.fr;
        }
    }
    if (!has(Schedule) && !has(Rule) && !has(FirstDate))
        return; // the schedule is not in the sheet: the base's stays
    if (words.isEmpty() && rule.isEmpty()) {
        if (meeting.scheduleNote.nl.isEmpty())
            problem(row.number, Schedule,
                    u"leeg; schrijf wanneer de groep samenkomt (bijvoorbeeld 'elke 2e dinsdag van de maand, "
                    u"19:30-21:30') of zet het in toelichting rooster"_s);
        meeting.start = {};
        meeting.rrule.clear();
        return;
    }
    bool notRegular = false;
    const auto parsed = ScheduleParser(u"nl"_s).parse(words, &notRegular);
    if (!parsed) {
        if (notRegular && rule.isEmpty()) {
            if (!note.isEmpty() && note != words) {
                problem(row.number, Schedule,
                        parsed.error() + u"; zet deze tekst in toelichting rooster (die is al gevuld)"_s);
                return;
            }
            warn(row.number, Schedule, parsed.error() + u"; bewaard als toelichting, zonder data"_s);
            meeting.scheduleNote = {words, {}, {}};
            meeting.start = {};
            meeting.rrule.clear();
            return;
        }
        problem(row.number, Schedule, parsed.error());
        return;
    }
    const ParsedSchedule &schedule = parsed.value();
    QString rrule = schedule.rrule;
    if (!rule.isEmpty()) {
        if (const kring::Status valid = Recurrence::validate(rule); !valid) {
            problem(row.number, Rule, valid.error());
            return;
        }
        if (!rrule.isEmpty() && rrule != rule) {
            problem(
                row.number, Rule,
                u"'%1' zegt iets anders dan het rooster ('%2'); maak één van beide leeg"_s.arg(rule, rrule));
            return;
        }
        rrule = rule;
    }
    if (!schedule.start.isValid()) {
        problem(row.number, Schedule,
                u"er staat geen begintijd in (bijvoorbeeld 'om 19:30' of '19:30-21:30')"_s);
        return;
    }
    QDate date = firstDate;
    if (schedule.date.isValid()) {
        if (firstDate.isValid() && firstDate != schedule.date) {
            problem(row.number, FirstDate,
                    u"%1, maar het rooster noemt %2"_s.arg(firstDate.toString(Qt::ISODate),
                                                           schedule.date.toString(Qt::ISODate)));
            return;
        }
        date = schedule.date;
    }
    if (!date.isValid()) {
        if (firstDateText.isEmpty())
            problem(row.number, FirstDate,
                    rrule.isEmpty()
                        ? u"leeg; op welke datum is de bijeenkomst?"_s
                        : u"leeg; vul de datum van de eerste bijeenkomst in (die legt ook vast in welke "
                          u"weken een tweewekelijks rooster valt)"_s);
        return;
    }
    ParsedSchedule check = schedule;
    check.rrule = rrule;
    if (rule.isEmpty() && !check.fallsOn(date)) {
        problem(
            row.number, FirstDate,
            u"%1 (een %2) valt niet op een dag van het rooster '%3'"_s.arg(
                date.toString(Qt::ISODate), ScheduleWords(u"nl"_s).date(date).section(u' ', 0, 0), words));
        return;
    }
    if (meeting.timeZone.isEmpty())
        return; // reported with the time zone
    meeting.start = QDateTime(date, schedule.start, QTimeZone(meeting.timeZone.toUtf8()));
    meeting.rrule = rrule;
    if (schedule.end.isValid())
        meeting.durationMinutes = minutesBetween(schedule.start, schedule.end);
}

std::optional<Meeting> Importer::readMeeting(const Row &row, const Group &group)
{
    const QString id = cell(row, MeetingId);
    Meeting meeting;
    if (m_base && !id.isEmpty()) {
        for (const Group &other : m_base->groups()) {
            for (const Meeting &candidate : other.meetings) {
                if (candidate.id == id)
                    meeting = candidate;
            }
        }
    }
    meeting.id = id;
    if (!id.isEmpty() && !isId(id))
        problem(row.number, MeetingId,
                u"'%1' is geen geldige code (1-64 tekens a-z, 0-9, '-', '_', '.')"_s.arg(id));
    else if (!id.isEmpty() && m_meetingIds.contains(id))
        problem(row.number, MeetingId, u"'%1' staat al op een eerdere rij"_s.arg(id));
    if (!id.isEmpty())
        m_meetingIds.insert(id);
    if (has(MeetingName))
        meeting.name = cell(row, MeetingName);
    if (has(Form)) {
        const QString form = cell(row, Form).toLower();
        if (form.isEmpty() || form == "op locatie"_L1 || form == "locatie"_L1 || form == "fysiek"_L1)
            meeting.attendance = Attendance::InPerson;
        else if (form == "online"_L1)
            meeting.attendance = Attendance::Online;
        else if (form == "beide"_L1 || form == "hybride"_L1)
            meeting.attendance = Attendance::Hybrid;
        else
            problem(row.number, Form,
                    u"'%1' is niet 'op locatie', 'online' of 'beide'"_s.arg(cell(row, Form)));
    }
    if (has(VenueId))
        meeting.venueId = cell(row, VenueId);
    if (has(Room))
        meeting.room = cell(row, Room);
    if (has(OnlineUrl))
        meeting.onlineUrl = cell(row, OnlineUrl);
    if (has(OnlinePhone))
        meeting.onlinePhone = cell(row, OnlinePhone);
    if (meeting.attendance != Attendance::Online && meeting.venueId.isEmpty())
        problem(row.number, VenueId, u"leeg; een bijeenkomst op locatie heeft een locatie nodig"_s);
    if (meeting.attendance == Attendance::Online && !meeting.venueId.isEmpty())
        problem(row.number, VenueId,
                u"een online bijeenkomst heeft geen locatie; zet vorm op 'beide' of maak dit leeg"_s);
    if (meeting.attendance != Attendance::InPerson && meeting.onlineUrl.isEmpty() &&
        meeting.onlinePhone.isEmpty())
        problem(row.number, OnlineUrl,
                u"leeg; een online bijeenkomst heeft een link of een telefoonnummer nodig"_s);
    if (!meeting.onlineUrl.isEmpty() && !meeting.onlineUrl.startsWith("https://"_L1))
        problem(row.number, OnlineUrl, u"'%1' begint niet met https://"_s.arg(meeting.onlineUrl));
    if (has(TimeZone)) {
        meeting.timeZone = cell(row, TimeZone);
        if (meeting.timeZone.isEmpty()) {
            const QString country = venueCountry(meeting.venueId);
            meeting.timeZone = country == "BE"_L1   ? u"Europe/Brussels"_s
                               : country == "NL"_L1 ? u"Europe/Amsterdam"_s
                                                    : QString();
        }
    }
    if (meeting.timeZone.isEmpty())
        problem(row.number, TimeZone,
                u"leeg; vul een tijdzone in zoals Europe/Amsterdam of Europe/Brussels"_s);
    else if (!QTimeZone::isTimeZoneIdAvailable(meeting.timeZone.toUtf8()))
        problem(row.number, TimeZone,
                u"'%1' is geen tijdzone zoals Europe/Amsterdam of Europe/Brussels"_s.arg(meeting.timeZone));
    if (has(Status)) {
        const QString status = cell(row, Status).toLower();
        if (status.isEmpty() || status == "actief"_L1)
            meeting.status = MeetingStatus::Active;
        else if (status == "gepauzeerd"_L1 || status == "pauze"_L1)
            meeting.status = MeetingStatus::Paused;
        else
            problem(row.number, Status, u"'%1' is niet 'actief' of 'gepauzeerd'"_s.arg(cell(row, Status)));
    }
    if (has(MeetingLanguages))
        meeting.languages = splitList(cell(row, MeetingLanguages));
    for (const QString &language : std::as_const(meeting.languages)) {
        if (!languageCode().match(language).hasMatch())
            problem(row.number, MeetingLanguages,
                    u"'%1' is geen taalcode zoals nl, en of fr"_s.arg(language));
    }
    const int problemsBefore = int(m_problems.size());
    if (QTimeZone::isTimeZoneIdAvailable(meeting.timeZone.toUtf8()))
        readSchedule(row, meeting);
    if (meeting.start.isValid() && meeting.start.timeZone().id() != meeting.timeZone.toUtf8())
        meeting.start =
            QDateTime(meeting.start.date(), meeting.start.time(), QTimeZone(meeting.timeZone.toUtf8()));
    if (int(m_problems.size()) == problemsBefore) {
        if (has(ExceptionDates))
            meeting.exceptionDates = readDateTimes(row, ExceptionDates, meeting);
        if (has(AdditionalDates))
            meeting.additionalDates = readDateTimes(row, AdditionalDates, meeting);
        if (!meeting.start.isValid() &&
            (!meeting.exceptionDates.isEmpty() || !meeting.additionalDates.isEmpty()))
            problem(row.number, meeting.exceptionDates.isEmpty() ? AdditionalDates : ExceptionDates,
                    u"data zonder rooster: vul eerst het rooster in"_s);
    }
    if (has(Breaks)) {
        meeting.breaks.clear();
        static const QRegularExpression range(u"^(\\S+)\\s*(?:t/m|tm|tot en met|-|–|tot)\\s*(\\S+)$"_s);
        for (const QString &item : splitList(cell(row, Breaks))) {
            const auto match = range.match(item);
            const QDate from = match.hasMatch() ? dateOf(match.captured(1)) : QDate();
            const QDate until = match.hasMatch() ? dateOf(match.captured(2)) : QDate();
            if (!from.isValid() || !until.isValid() || until < from)
                problem(row.number, Breaks,
                        u"'%1' is geen periode zoals 2026-07-01 t/m 2026-08-31"_s.arg(item));
            else
                meeting.breaks.append({from, until});
        }
    }
    (void)group;
    return meeting;
}

void Importer::readGroup(const QString &id, const QList<const Row *> &rows)
{
    const Group *known = m_base ? m_base->group(id) : nullptr;
    Group group = known ? *known : Group{};
    group.id = id;
    group.meetings.clear();
    const QString what = u"groep "_s + id;
    const int number = rows.first()->number;
    m_groupRow.insert(id, number);
    if (const auto value = agreed(rows, GroupName, what)) {
        group.name = *value;
        if (value->isEmpty())
            problem(number, GroupName, u"leeg; elke groep heeft een naam"_s);
    } else if (!known) {
        problem(number, GroupName, u"de kolom naam ontbreekt en groep '%1' is nieuw"_s.arg(id));
    }
    if (const auto value = agreed(rows, Summary, what)) {
        if (*value != group.summary.nl)
            group.summary = {*value, group.summary.en, group.summary.fr};
        if (value->isEmpty())
            group.summary = {};
    }
    if (const auto value = agreed(rows, Themes, what)) {
        group.themeIds = splitList(*value);
        for (const QString &theme : std::as_const(group.themeIds)) {
            if (!isId(theme)) {
                problem(number, Themes, u"'%1' is geen code van een thema"_s.arg(theme));
            } else if (m_base && !m_base->theme(theme)) {
                problem(number, Themes, u"thema '%1' bestaat niet in de huidige gids"_s.arg(theme));
            } else if (!m_base && std::none_of(m_newThemes.cbegin(), m_newThemes.cend(),
                                               [&](const Theme &known) { return known.id == theme; })) {
                m_newThemes.append({theme, {theme, {}, {}}, {}, {}});
                m_warnings.append(
                    u"rij %1, kolom %2: thema '%3' is nieuw (zonder --base); de naam is voorlopig "
                    u"'%3'"_s.arg(number)
                        .arg(name(Themes), theme));
            }
        }
    }
    if (const auto value = agreed(rows, AudienceColumn, what)) {
        const QString audience = value->toLower();
        if (audience.isEmpty() || audience == "zelf"_L1)
            group.audience = Audience::Self;
        else if (audience == "naasten"_L1)
            group.audience = Audience::Relatives;
        else if (audience == "beide"_L1)
            group.audience = Audience::Both;
        else
            problem(number, AudienceColumn, u"'%1' is niet 'zelf', 'naasten' of 'beide'"_s.arg(*value));
    }
    if (const auto value = agreed(rows, Keywords, what))
        group.keywords = splitList(*value);
    if (const auto value = agreed(rows, Languages, what)) {
        group.languages = splitList(*value);
        if (group.languages.isEmpty())
            group.languages = {u"nl"_s};
        for (const QString &language : std::as_const(group.languages)) {
            if (!languageCode().match(language).hasMatch())
                problem(number, Languages, u"'%1' is geen taalcode zoals nl, en of fr"_s.arg(language));
        }
    }
    if (const auto value = agreed(rows, Email, what))
        group.contact.email = *value;
    if (const auto value = agreed(rows, Phone, what))
        group.contact.phone = *value;
    if (const auto value = agreed(rows, Website, what))
        group.contact.website = *value;
    if (!group.contact.email.isEmpty() && !mailAddress().match(group.contact.email).hasMatch())
        problem(number, Email, u"'%1' is geen e-mailadres"_s.arg(group.contact.email));
    if (!group.contact.website.isEmpty() && !group.contact.website.startsWith("https://"_L1) &&
        !group.contact.website.startsWith("http://"_L1))
        problem(number, Website, u"'%1' begint niet met https://"_s.arg(group.contact.website));

    for (const Row *row : rows) {
        bool meetingCells = false;
        for (Column column : meetingColumns)
            meetingCells = meetingCells || !cell(*row, column).isEmpty();
        if (!meetingCells)
            continue; // a row for the group alone
        if (auto meeting = readMeeting(*row, group)) {
            m_meetingRow.insert(meeting->id.isEmpty() ? u"#%1"_s.arg(row->number) : meeting->id, row->number);
            if (meeting->id.isEmpty())
                meeting->id = u"#%1"_s.arg(row->number); // named below, once every id is known
            group.meetings.append(*meeting);
            ++m_meetings;
        }
    }
    m_groups.append(group);
}

void Importer::checkWithDirectoryRules(const Directory &directory)
{
    // What the directory's own checks find (lengths, control characters, references) is reported with the
    // row it comes from.
    const auto parsed = DirectoryJson::parse(DirectoryJson::serialize(directory), u"blad"_s);
    if (parsed)
        return;
    static const QRegularExpression where(
        u"^blad: \\$\\.(groups|venues)\\[(\\d+)\\](?:\\.meetings\\[(\\d+)\\])?(\\S*): (.*)$"_s);
    for (const QString &line : parsed.error().split(u'\n')) {
        const auto match = where.match(line);
        if (!match.hasMatch()) {
            m_problems.append(line);
            continue;
        }
        const int index = match.captured(2).toInt();
        int row = 0;
        if (match.captured(1) == "venues"_L1 && index < directory.venues().size())
            row = m_venueRow.value(directory.venues().at(index).id);
        else if (index < directory.groups().size()) {
            const Group &group = directory.groups().at(index);
            row = m_groupRow.value(group.id);
            if (!match.captured(3).isEmpty() && match.captured(3).toInt() < group.meetings.size())
                row = m_meetingRow.value(group.meetings.at(match.captured(3).toInt()).id, row);
        }
        const QString field = match.captured(4).mid(1);
        m_problems.append((row ? u"rij %1"_s.arg(row) : u"het blad"_s) +
                          (field.isEmpty() ? QString() : u", veld "_s + field) + u": "_s + match.captured(5));
    }
}

Result<Import> Importer::run()
{
    if (!readHeader())
        return Error{m_problems.join(u'\n')};

    // Rows by group and by venue, in the order they first appear.
    std::map<QString, QList<const Row *>> groupRows;
    QStringList groupOrder;
    std::map<QString, QList<const Row *>> venueRows;
    QStringList venueOrder;
    QList<Row> rows;
    for (qsizetype i = 1; i < m_table.rows.size(); ++i)
        rows.append({int(i + 1), m_table.rows[i]});
    for (const Row &row : std::as_const(rows)) {
        if (std::all_of(row.cells.cbegin(), row.cells.cend(),
                        [](const QString &cell) { return cell.trimmed().isEmpty(); }))
            continue;
        if (row.cells.size() > m_table.rows.first().size()) {
            bool extra = false;
            for (qsizetype i = m_table.rows.first().size(); i < row.cells.size(); ++i)
                extra = extra || !row.cells[i].trimmed().isEmpty();
            if (extra)
                m_problems.append(u"rij %1: meer cellen dan er kolommen zijn (%2)"_s.arg(row.number)
                                      .arg(m_table.rows.first().size()));
        }
        const QString group = cell(row, GroupId);
        if (group.isEmpty()) {
            problem(row.number, GroupId, u"leeg; elke rij hoort bij een groep (de code, zoals ehv-rouw)"_s);
            continue;
        }
        if (!isId(group)) {
            problem(row.number, GroupId,
                    u"'%1' is geen geldige code (1-64 tekens a-z, 0-9, '-', '_', '.')"_s.arg(group));
            continue;
        }
        if (!groupRows.count(group))
            groupOrder.append(group);
        groupRows[group].append(&row);
        const QString venue = cell(row, VenueId);
        if (!venue.isEmpty()) {
            if (!isId(venue)) {
                problem(row.number, VenueId,
                        u"'%1' is geen geldige code (1-64 tekens a-z, 0-9, '-', '_', '.')"_s.arg(venue));
                continue;
            }
            if (!venueRows.count(venue))
                venueOrder.append(venue);
            venueRows[venue].append(&row);
        }
    }
    for (const QString &venue : std::as_const(venueOrder)) {
        m_venueRow.insert(venue, venueRows[venue].first()->number);
        readVenue(venue, venueRows[venue]);
    }
    for (const QString &group : std::as_const(groupOrder))
        readGroup(group, groupRows[group]);

    // New meetings get the first free id "GROUP-N".
    QSet<QString> taken = m_meetingIds;
    if (m_base) {
        for (const Group &group : m_base->groups()) {
            for (const Meeting &meeting : group.meetings)
                taken.insert(meeting.id);
        }
    }
    for (Group &group : m_groups) {
        for (Meeting &meeting : group.meetings) {
            if (!meeting.id.startsWith(u'#'))
                continue;
            const int row = meeting.id.mid(1).toInt();
            int n = 1;
            while (taken.contains(u"%1-%2"_s.arg(group.id).arg(n)))
                ++n;
            meeting.id = u"%1-%2"_s.arg(group.id).arg(n);
            taken.insert(meeting.id);
            m_meetingRow.insert(meeting.id, row);
            m_warnings.append(
                u"rij %1, kolom bijeenkomst: nieuwe bijeenkomst, code %2"_s.arg(row).arg(meeting.id));
        }
    }

    // Venues: the base's in their order (updated from the sheet), then the new ones.
    QList<Venue> venues;
    if (m_base) {
        for (const Venue &venue : m_base->venues()) {
            const auto updated = std::find_if(m_venues.cbegin(), m_venues.cend(),
                                              [&](const Venue &v) { return v.id == venue.id; });
            venues.append(updated != m_venues.cend() ? *updated : venue);
        }
    }
    for (const Venue &venue : std::as_const(m_venues)) {
        if (!m_base || !m_base->venue(venue.id))
            venues.append(venue);
    }
    QList<Theme> themes = m_base ? m_base->themes() : m_newThemes;
    Directory directory(themes, venues, m_groups);
    if (m_base) {
        directory.networkName = m_base->networkName;
        directory.networkWebsite = m_base->networkWebsite;
        directory.networkPhone = m_base->networkPhone;
        directory.networkEmail = m_base->networkEmail;
        directory.updated = m_base->updated;
        directory.version = m_base->version;
    }
    if (m_problems.isEmpty())
        checkWithDirectoryRules(directory);
    if (!m_problems.isEmpty()) {
        constexpr qsizetype shown = 100;
        QStringList lines = m_problems.mid(0, shown);
        if (m_problems.size() > shown)
            lines.append(u"en nog %1 problemen"_s.arg(m_problems.size() - shown));
        return Error{lines.join(u'\n')};
    }
    return Import{directory, m_meetings, m_warnings};
}

} // namespace

Result<Import> importTable(const Csv::Table &table, const Directory *base)
{
    return Importer(table, base).run();
}

} // namespace kring::DirectorySheet
