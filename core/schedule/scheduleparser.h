// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDate>
#include <QString>
#include <QTime>

namespace kring {

// What a schedule typed in words says: a recurrence rule with the times of day, or one date.
struct ParsedSchedule {
    QString rrule; // RFC 5545 RRULE without DTSTART; empty: one date (`date`) or only a time
    QDate date;    // with a rule: the first date, when the words name one; without: the one date
    QTime start;   // invalid: no time given ("iedere vrijdagavond")
    QTime end;     // invalid: no end time given
    // "om de week, even weken": 2 for even ISO week numbers, 1 for odd, 0 when not said. A rule cannot say it
    // (after a year with week 53 every two weeks is no longer even weeks), so it only checks the first date.
    int weekParity = 0;
    // The rule repeats every 2 or more weeks, months or days, so it needs a first date to know which ones.
    [[nodiscard]] bool needsFirstDate() const { return rrule.contains(QStringLiteral("INTERVAL=")); }
    // Whether `date` is one of the days the rule names (always true without a rule), in the even or odd week
    // when the words said so.
    [[nodiscard]] bool fallsOn(QDate day) const;
    bool operator==(const ParsedSchedule &) const = default;
};

// Reads a schedule as people write it, in Dutch (NL and BE) or English, into a rule: "elke eerste maandag
// van de maand om 14.00", "tweewekelijks op woensdag, 14:00-16:00", "every other Tuesday 7pm". The inverse
// of ScheduleWords. What is not a regular schedule ("ongeveer één keer per maand", "in overleg") or cannot
// be read is an error that says why, in the language given ("nl", otherwise English): nothing is guessed.
// The messages use this class's own tables, not tr(): kring-publisher needs a fixed language.
// docs/spreadsheet.md lists the words it knows.
class ScheduleParser
{
public:
    explicit ScheduleParser(const QString &language);

    // On an error, `notRegular` (when given) tells whether the text says the meeting has no fixed schedule
    // ("ongeveer één keer per maand", "in overleg": keep it as text) rather than being unreadable ("dinsdg").
    [[nodiscard]] Result<ParsedSchedule> parse(const QString &text, bool *notRegular = nullptr) const;

    // Longer input is refused: a schedule is one line.
    static constexpr qsizetype maxLength = 300;

private:
    bool m_dutch = true;
};

} // namespace kring
