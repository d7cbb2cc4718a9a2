// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directory/meeting.h"
#include "schedule/recurrence.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace kring {

// A meeting's schedule in words, built from its rule with this class's own word tables per language
// ("elke 2e dinsdag van de maand, 19:30–21:30"). Not tr(): tests and kring-publisher need a fixed language.
class ScheduleWords
{
public:
    // "nl" for Dutch; any other language gets English.
    explicit ScheduleWords(const QString &language);

    // The whole schedule: the rule in words with the time, or the schedule note, or a clear fallback.
    [[nodiscard]] QString describe(const Meeting &meeting) const;
    // The rule in words without the time; empty when the rule is beyond what this class can phrase.
    [[nodiscard]] QString describeRule(const QString &rrule, const QDateTime &start) const;
    // "19:30–21:30"
    [[nodiscard]] QString timeRange(const QDateTime &start, const QDateTime &end) const;
    // "dinsdag 13 januari" or, with the year, "dinsdag 13 januari 2026"
    [[nodiscard]] QString date(QDate date, bool withYear = false) const;

private:
    using Days = QList<Recurrence::WeekdayPosition>; // with positions: {2, Tuesday} is the second Tuesday

    // The rule's main phrase followed by its qualifiers (months, count, end); empty when it cannot be
    // phrased.
    [[nodiscard]] QStringList ruleParts(const QString &rrule, const QDateTime &start) const;
    // How often and on which days ("elke dinsdag"); nothing when it cannot be phrased.
    [[nodiscard]] std::optional<QString> mainPhrase(const Recurrence::RuleParts &rule, const Days &days,
                                                    const QDateTime &start) const;
    [[nodiscard]] std::optional<QString> weeklyPhrase(const Recurrence::RuleParts &rule,
                                                      const Days &days) const;
    [[nodiscard]] std::optional<QString> monthlyPhrase(const Recurrence::RuleParts &rule,
                                                       const Days &days) const;
    [[nodiscard]] std::optional<QString> weekdaysOfMonth(const Days &days) const;
    // The months, the count and the end of the series.
    [[nodiscard]] QStringList qualifiers(const Recurrence::RuleParts &rule, const QDateTime &start) const;
    [[nodiscard]] QString dayName(int weekday) const;
    [[nodiscard]] QString monthName(int month) const;
    [[nodiscard]] QString number(int n) const;
    // "eerste" (in words, for the weekday of the month) or "15e" (a day number); English "1st", "15th".
    [[nodiscard]] QString ordinal(int position, bool inWords = true) const;
    [[nodiscard]] QString list(const QStringList &items) const;

    bool m_dutch = true;
};

} // namespace kring
