// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace kring::Recurrence {

enum class Frequency { Secondly, Minutely, Hourly, Daily, Weekly, Monthly, Yearly };

// A weekday with an optional position in the month or year: 2TU is {2, Tuesday}, -1TH the last Thursday.
struct WeekdayPosition {
    int position = 0; // 0: every such weekday
    int weekday = 1;  // 1 = Monday ... 7 = Sunday, as QDate::dayOfWeek()
    bool operator==(const WeekdayPosition &) const = default;
};

// The parts of an RRULE that phrasing needs (libical parses it).
struct RuleParts {
    Frequency frequency = Frequency::Weekly;
    int interval = 1;
    int count = 0;   // 0: no COUNT
    QDateTime until; // invalid: no UNTIL (a floating UNTIL has Qt::LocalTime spec, only its date matters)
    QList<WeekdayPosition> byDay;
    QList<int> byMonthDay;
    QList<int> byMonth;
    QList<int> bySetPosition;
    bool hasOtherParts = false; // BYHOUR, BYMINUTE, BYSECOND, BYYEARDAY, BYWEEKNO, RSCALE
};

[[nodiscard]] Result<RuleParts> parts(const QString &rrule);

// Expansion stops after this many candidates of a rule, so a rule without an end never loops forever.
inline constexpr int maxIterations = 200000;
// And never looks further ahead than this many years after the start.
inline constexpr int maxYears = 30;

// The wall time `date` `time` in `zone` as RFC 5545 (3.3.5) places it: a time that occurs twice (the hour
// before winter time begins) is the first, in summer time; a time that does not occur (02:00-03:00 on the
// day summer time begins) is read with the offset before the gap, so 02:30 becomes 03:30 summer time.
// Independent of how the Qt version at hand resolves such times.
[[nodiscard]] QDateTime placeWallTime(QDate date, QTime time, const QTimeZone &zone);

// Checks an RFC 5545 RRULE value (without DTSTART); the error names what is wrong.
[[nodiscard]] Status validate(const QString &rrule);

// The local start times of `rrule` anchored at the local wall time `start` in `zone`, from the local date
// `from` to `until` (inclusive) and at most `limit` of them. An empty rule is the one occurrence at `start`.
// Wall times stay wall times across DST: 19:30 is 19:30 in winter and in summer.
// Weekly rules and monthly ones by day of the month or (nth) weekday are computed here, exactly as libical
// expands them and without its cost (tests/unit/tst_recurrence compares the two); libical expands the rest.
[[nodiscard]] Result<QList<QDateTime>> expand(const QString &rrule, const QDateTime &start,
                                              const QTimeZone &zone, QDate from, QDate until, int limit);

// expand() with libical for every rule: the reference the tests compare expand() with.
[[nodiscard]] Result<QList<QDateTime>> expandWithLibical(const QString &rrule, const QDateTime &start,
                                                         const QTimeZone &zone, QDate from, QDate until,
                                                         int limit);

} // namespace kring::Recurrence
