// SPDX-License-Identifier: GPL-3.0-or-later
// Rows of the sheet as a directory, checked cell by cell.
#include "sheetimporter.h"

#include "directory/directoryjson.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace kring::DirectorySheet {

void Importer::problem(int row, Column column, const QString &text)
{
    m_problems.append(u"rij %1, kolom %2: %3"_s.arg(row).arg(name(column), text));
}

void Importer::warn(int row, Column column, const QString &text)
{
    m_warnings.append(u"rij %1, kolom %2: %3"_s.arg(row).arg(name(column), text));
}

QString Importer::venueCountry(const QString &id) const
{
    for (const Venue &venue : m_venues) {
        if (venue.id == id)
            return venue.country;
    }
    const Venue *known = m_base ? m_base->venue(id) : nullptr;
    return known ? known->country : QString();
}

std::optional<QString> Importer::agreed(const QList<const Row *> &rows, Column column, const QString &what)
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
    if (const auto value = agreed(rows, Themes, what))
        readThemes(number, group, *value);
    if (const auto value = agreed(rows, AudienceColumn, what))
        readAudience(number, group, *value);
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
    readContact(rows, what, group);
    readGroupMeetings(rows, group);
    m_groups.append(group);
}

// Themes are named by their code; without a base directory, a new code makes a new theme.
void Importer::readThemes(int number, Group &group, const QString &cell)
{
    group.themeIds = splitList(cell);
    for (const QString &theme : std::as_const(group.themeIds)) {
        if (!isId(theme)) {
            problem(number, Themes, u"'%1' is geen code van een thema"_s.arg(theme));
        } else if (m_base && !m_base->theme(theme)) {
            problem(number, Themes, u"thema '%1' bestaat niet in de huidige gids"_s.arg(theme));
        } else if (!m_base && std::none_of(m_newThemes.cbegin(), m_newThemes.cend(),
                                           [&](const Theme &known) { return known.id == theme; })) {
            m_newThemes.append({theme, {theme, {}, {}}, {}, {}});
            m_warnings.append(u"rij %1, kolom %2: thema '%3' is nieuw (zonder --base); de naam is voorlopig "
                              u"'%3'"_s.arg(number)
                                  .arg(name(Themes), theme));
        }
    }
}

void Importer::readAudience(int number, Group &group, const QString &cell)
{
    const QString audience = cell.toLower();
    if (audience.isEmpty() || audience == "zelf"_L1)
        group.audience = Audience::Self;
    else if (audience == "naasten"_L1)
        group.audience = Audience::Relatives;
    else if (audience == "beide"_L1)
        group.audience = Audience::Both;
    else
        problem(number, AudienceColumn, u"'%1' is niet 'zelf', 'naasten' of 'beide'"_s.arg(cell));
}

void Importer::readContact(const QList<const Row *> &rows, const QString &what, Group &group)
{
    const int number = rows.first()->number;
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
}

void Importer::readGroupMeetings(const QList<const Row *> &rows, Group &group)
{
    for (const Row *row : rows) {
        bool meetingCells = false;
        for (Column column : meetingColumns)
            meetingCells = meetingCells || !cell(*row, column).isEmpty();
        if (!meetingCells)
            continue; // a row for the group alone
        if (auto meeting = readMeeting(*row)) {
            m_meetingRow.insert(meeting->id.isEmpty() ? u"#%1"_s.arg(row->number) : meeting->id, row->number);
            if (meeting->id.isEmpty())
                meeting->id = u"#%1"_s.arg(row->number); // named below, once every id is known
            group.meetings.append(*meeting);
            ++m_meetings;
        }
    }
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
    QList<Row> rows;
    for (qsizetype i = 1; i < m_table.rows.size(); ++i)
        rows.append({int(i + 1), m_table.rows[i]});
    RowsByKey groupRows;
    RowsByKey venueRows;
    sortRows(rows, groupRows, venueRows);
    for (const QString &venue : std::as_const(venueRows.order)) {
        m_venueRow.insert(venue, venueRows.rows[venue].first()->number);
        readVenue(venue, venueRows.rows[venue]);
    }
    for (const QString &group : std::as_const(groupRows.order))
        readGroup(group, groupRows.rows[group]);
    nameNewMeetings();
    const Directory result = directory();
    if (m_problems.isEmpty())
        checkWithDirectoryRules(result);
    if (!m_problems.isEmpty()) {
        constexpr qsizetype shown = 100;
        QStringList lines = m_problems.mid(0, shown);
        if (m_problems.size() > shown)
            lines.append(u"en nog %1 problemen"_s.arg(m_problems.size() - shown));
        return Error{lines.join(u'\n')};
    }
    return Import{result, m_meetings, m_warnings};
}

// The rows by group and by venue; a row without a valid group code is a problem.
void Importer::sortRows(const QList<Row> &rows, RowsByKey &groups, RowsByKey &venues)
{
    for (const Row &row : rows) {
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
        groups.add(group, &row);
        const QString venue = cell(row, VenueId);
        if (venue.isEmpty())
            continue;
        if (!isId(venue)) {
            problem(row.number, VenueId,
                    u"'%1' is geen geldige code (1-64 tekens a-z, 0-9, '-', '_', '.')"_s.arg(venue));
            continue;
        }
        venues.add(venue, &row);
    }
}

// New meetings get the first free id "GROUP-N".
void Importer::nameNewMeetings()
{
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
}

// The directory read: the base's venues in their order (updated from the sheet), then the new ones, and the
// base's themes and network.
Directory Importer::directory() const
{
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
        directory.meetingTexts = m_base->meetingTexts;
        directory.updated = m_base->updated;
        directory.version = m_base->version;
    }
    return directory;
}

Result<Import> importTable(const Csv::Table &table, const Directory *base)
{
    return Importer(table, base).run();
}

} // namespace kring::DirectorySheet
