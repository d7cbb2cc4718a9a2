// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading the sheet's rows into a directory; private to core/sheet.

#include "directorysheetparts.h"
#include "schedule/scheduleparser.h"

#include <QHash>
#include <QSet>

#include <map>
#include <optional>

namespace kring::DirectorySheet {

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
    void problem(int row, Column column, const QString &text);
    void warn(int row, Column column, const QString &text);
    [[nodiscard]] bool has(Column column) const { return m_index[column] >= 0; }
    [[nodiscard]] QString venueCountry(const QString &id) const;
    [[nodiscard]] QString cell(const Row &row, Column column) const
    {
        const int index = m_index[column];
        return index >= 0 && index < row.cells.size() ? row.cells[index].trimmed() : QString();
    }
    // The one value a column has over the rows of a group or venue: the first non-empty cell; a different
    // non-empty cell in a later row is a problem.
    std::optional<QString> agreed(const QList<const Row *> &rows, Column column, const QString &what);

    // Rows by group or by venue, in the order their keys first appear.
    struct RowsByKey {
        std::map<QString, QList<const Row *>> rows;
        QStringList order;
        void add(const QString &key, const Row *row)
        {
            if (!rows.count(key))
                order.append(key);
            rows[key].append(row);
        }
    };

    bool readHeader();
    void sortRows(const QList<Row> &rows, RowsByKey &groups, RowsByKey &venues);
    void readGroup(const QString &id, const QList<const Row *> &rows);
    void readThemes(int number, Group &group, const QString &cell);
    void readAudience(int number, Group &group, const QString &cell);
    void readContact(const QList<const Row *> &rows, const QString &what, Group &group);
    void readGroupMeetings(const QList<const Row *> &rows, Group &group);
    void readVenue(const QString &id, const QList<const Row *> &rows);
    void nameNewMeetings();
    [[nodiscard]] Directory directory() const;
    void checkWithDirectoryRules(const Directory &directory);

    // One meeting row (directorysheetmeeting.cpp).
    Meeting meetingOf(const Row &row);
    std::optional<Meeting> readMeeting(const Row &row);
    void readPlace(const Row &row, Meeting &meeting);
    void readTimeZone(const Row &row, Meeting &meeting);
    void readStatus(const Row &row, Meeting &meeting);
    void readExceptionsAndExtras(const Row &row, Meeting &meeting);
    void readBreaks(const Row &row, Meeting &meeting);
    QList<QDateTime> readDateTimes(const Row &row, Column column, const Meeting &meeting);
    void readScheduleNote(const Row &row, Meeting &meeting);
    void readSchedule(const Row &row, Meeting &meeting);
    void keepAsNote(const Row &row, Meeting &meeting, const QString &why);
    std::optional<QString> ruleOf(const Row &row, const QString &parsedRule);
    std::optional<QDate> firstDateOf(const Row &row, const ParsedSchedule &schedule, const QString &rrule);

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

} // namespace kring::DirectorySheet
