// SPDX-License-Identifier: GPL-3.0-or-later
#include "recurrence.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <libical/ical.h>

#include <memory>
#include <optional>
#include <unordered_map>

namespace kring::Recurrence {
namespace {

struct IteratorDeleter {
    void operator()(icalrecur_iterator *iterator) const { icalrecur_iterator_free(iterator); }
};

Result<icalrecurrencetype> parseRule(const QString &rrule)
{
    icalerror_clear_errno();
    const icalrecurrencetype rule = icalrecurrencetype_from_string(rrule.toUtf8().constData());
    if (rule.freq == ICAL_NO_RECURRENCE || icalerrno != ICAL_NO_ERROR) {
        icalerror_clear_errno();
        return Error{QCoreApplication::translate("Recurrence", "\"%1\" is not a recurrence rule such as "
                                                               "\"FREQ=MONTHLY;BYDAY=2TU\"")
                         .arg(rrule)};
    }
    return rule;
}

icaltimetype floatingTime(QDate date, QTime time)
{
    icaltimetype result = icaltime_null_time();
    result.year = date.year();
    result.month = date.month();
    result.day = date.day();
    result.hour = time.hour();
    result.minute = time.minute();
    result.second = time.second();
    result.is_date = 0;
    return result;
}

} // namespace

Result<RuleParts> parts(const QString &rrule)
{
    auto parsed = parseRule(rrule);
    if (!parsed)
        return Error{parsed.error()};
    const icalrecurrencetype &rule = parsed.value();
    RuleParts result;
    switch (rule.freq) {
    case ICAL_SECONDLY_RECURRENCE:
        result.frequency = Frequency::Secondly;
        break;
    case ICAL_MINUTELY_RECURRENCE:
        result.frequency = Frequency::Minutely;
        break;
    case ICAL_HOURLY_RECURRENCE:
        result.frequency = Frequency::Hourly;
        break;
    case ICAL_DAILY_RECURRENCE:
        result.frequency = Frequency::Daily;
        break;
    case ICAL_WEEKLY_RECURRENCE:
        result.frequency = Frequency::Weekly;
        break;
    case ICAL_MONTHLY_RECURRENCE:
        result.frequency = Frequency::Monthly;
        break;
    default:
        result.frequency = Frequency::Yearly;
        break;
    }
    result.interval = std::max<int>(1, rule.interval);
    result.count = rule.count;
    if (!icaltime_is_null_time(rule.until))
        result.until =
            QDateTime(QDate(rule.until.year, rule.until.month, rule.until.day),
                      QTime(rule.until.hour, rule.until.minute, rule.until.second),
                      icaltime_is_utc(rule.until) ? QTimeZone::utc() : QTimeZone::systemTimeZone());
    for (int i = 0; i < ICAL_BY_DAY_SIZE && rule.by_day[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i) {
        const int icalWeekday = icalrecurrencetype_day_day_of_week(rule.by_day[i]); // 1 = Sunday
        result.byDay.append(
            {icalrecurrencetype_day_position(rule.by_day[i]), icalWeekday == 1 ? 7 : icalWeekday - 1});
    }
    for (int i = 0; i < ICAL_BY_MONTHDAY_SIZE && rule.by_month_day[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i)
        result.byMonthDay.append(rule.by_month_day[i]);
    for (int i = 0; i < ICAL_BY_MONTH_SIZE && rule.by_month[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i)
        result.byMonth.append(icalrecurrencetype_month_month(rule.by_month[i]));
    for (int i = 0; i < ICAL_BY_SETPOS_SIZE && rule.by_set_pos[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i)
        result.bySetPosition.append(rule.by_set_pos[i]);
    result.hasOtherParts =
        rule.by_second[0] != ICAL_RECURRENCE_ARRAY_MAX || rule.by_minute[0] != ICAL_RECURRENCE_ARRAY_MAX ||
        rule.by_hour[0] != ICAL_RECURRENCE_ARRAY_MAX || rule.by_year_day[0] != ICAL_RECURRENCE_ARRAY_MAX ||
        rule.by_week_no[0] != ICAL_RECURRENCE_ARRAY_MAX || rule.rscale != nullptr;
    return result;
}

Status validate(const QString &rrule)
{
    auto rule = parseRule(rrule);
    if (!rule)
        return Error{rule.error()};
    return Done{};
}

QDateTime placeWallTime(QDate date, QTime time, const QTimeZone &zone)
{
    if (!date.isValid() || !time.isValid() || !zone.isValid())
        return QDateTime(date, time, zone.isValid() ? zone : QTimeZone::utc());
    // The wall time read as if it were UTC, and the zone's offsets half a day before and after: in the
    // European zones (and every zone the app knows) transitions are months apart, so these are the offsets
    // on either side of any transition near the wall time.
    const qint64 wall = QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch();
    constexpr qint64 halfDay = 12 * 3600 * 1000;
    const qint64 before =
        zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(wall - halfDay, QTimeZone::utc()));
    const qint64 after = zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(wall + halfDay, QTimeZone::utc()));
    auto fits = [&](qint64 offset) {
        const qint64 instant = wall - offset * 1000;
        return zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(instant, QTimeZone::utc())) == offset;
    };
    qint64 instant = wall - before * 1000; // a gap: the offset before it
    if (fits(before) && fits(after))
        instant = std::min(wall - before * 1000, wall - after * 1000); // twice: the first
    else if (fits(after) && !fits(before))
        instant = wall - after * 1000;
    return QDateTime::fromMSecsSinceEpoch(instant, zone);
}

namespace {

// QDateTime(date, time, zone), which costs a look-up of the zone's offsets each time. A new directory's
// catalog asks for the same few dates at the same few times in the same zone many thousand times, so each
// thread keeps the ones it made lately.
QDateTime zonedDateTime(QDate date, QTime time, const QTimeZone &zone)
{
    struct Key {
        qint64 day;
        int msecs;
        QByteArray zone;
        bool operator==(const Key &) const = default;
    };
    struct KeyHash {
        size_t operator()(const Key &key) const noexcept
        {
            return qHashMulti(0, key.day, key.msecs, key.zone);
        }
    };
    if (!date.isValid() || !time.isValid())
        return placeWallTime(date, time, zone);
    thread_local std::unordered_map<Key, QDateTime, KeyHash> made;
    Key key{date.toJulianDay(), time.msecsSinceStartOfDay(), zone.id()};
    if (const auto found = made.find(key); found != made.end())
        return found->second;
    if (made.size() >= 4096)
        made.clear();
    QDateTime dateTime = placeWallTime(date, time, zone);
    made.emplace(std::move(key), dateTime);
    return dateTime;
}

// A rule expand() computes itself: weekly on weekdays, or monthly on days of the month or on (nth) weekdays,
// with BYMONTH and BYSETPOS, COUNT or UNTIL. libical (3.0, built with ICU) spends tens of microseconds on
// such a rule, nearly all of it in ICU's calendar; here it is a few date additions.
struct CommonRule {
    bool monthly = false;
    int interval = 1;
    int count = 0;                     // 0: no COUNT
    std::optional<icaltimetype> until; // a wall time (expand() converted an UTC one) or a date
    quint8 weekdays = 0; // bit 1 << QDate::dayOfWeek(): every such weekday (of the week or month)
    QVarLengthArray<WeekdayPosition, 4> positioned; // monthly: 2TU, -1FR
    QVarLengthArray<int, 4> monthDays;              // monthly: 1..31, -31..-1
    QVarLengthArray<int, 4> setPositions;           // monthly: BYSETPOS
    quint16 months = 0;                             // bit 1 << month; 0: every month
};

bool isEmpty(const short *list)
{
    return list[0] == ICAL_RECURRENCE_ARRAY_MAX;
}

// The rule as a CommonRule, or nothing when libical should expand it.
std::optional<CommonRule> commonRule(const icalrecurrencetype &rule)
{
    if (rule.rscale || rule.skip != ICAL_SKIP_OMIT || !isEmpty(rule.by_second) || !isEmpty(rule.by_minute) ||
        !isEmpty(rule.by_hour) || !isEmpty(rule.by_year_day) || !isEmpty(rule.by_week_no) ||
        rule.interval < 1 || rule.count < 0)
        return std::nullopt;
    CommonRule common;
    if (rule.freq == ICAL_MONTHLY_RECURRENCE)
        common.monthly = true;
    else if (rule.freq != ICAL_WEEKLY_RECURRENCE)
        return std::nullopt;
    // The first day of the week decides which weeks an INTERVAL counts; only Monday (the default) is done
    // here.
    if (!common.monthly && rule.interval > 1 && rule.week_start != ICAL_MONDAY_WEEKDAY)
        return std::nullopt;
    common.interval = rule.interval;
    common.count = rule.count;
    if (!icaltime_is_null_time(rule.until))
        common.until = rule.until;
    for (int i = 0; i < ICAL_BY_DAY_SIZE && rule.by_day[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i) {
        const int icalWeekday = icalrecurrencetype_day_day_of_week(rule.by_day[i]); // 1 = Sunday
        const int position = icalrecurrencetype_day_position(rule.by_day[i]);
        const int weekday = icalWeekday == 1 ? 7 : icalWeekday - 1;
        if (icalWeekday < 1 || icalWeekday > 7 || std::abs(position) > 5 || (position && !common.monthly))
            return std::nullopt;
        if (position)
            common.positioned.append({position, weekday});
        else
            common.weekdays |= quint8(1 << weekday);
    }
    for (int i = 0; i < ICAL_BY_MONTHDAY_SIZE && rule.by_month_day[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i) {
        if (!common.monthly || rule.by_month_day[i] == 0 || std::abs(rule.by_month_day[i]) > 31)
            return std::nullopt;
        common.monthDays.append(rule.by_month_day[i]);
    }
    for (int i = 0; i < ICAL_BY_MONTH_SIZE && rule.by_month[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i) {
        const int month = icalrecurrencetype_month_month(rule.by_month[i]);
        if (!common.monthly || icalrecurrencetype_month_is_leap(rule.by_month[i]) || month < 1 || month > 12)
            return std::nullopt;
        common.months |= quint16(1 << month);
    }
    for (int i = 0; i < ICAL_BY_SETPOS_SIZE && rule.by_set_pos[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i) {
        if (!common.monthly || rule.by_set_pos[i] == 0)
            return std::nullopt;
        common.setPositions.append(rule.by_set_pos[i]);
    }
    // Days of the month together with weekdays ("Friday the 13th") are rare: libical's.
    if (!common.monthDays.isEmpty() && (common.weekdays || !common.positioned.isEmpty()))
        return std::nullopt;
    return common;
}

// The days of `month` (its first day) the monthly `rule` falls on, in order; `startDay` is DTSTART's day of
// the month, used when the rule names no day.
QVarLengthArray<int, 8> daysOfMonth(const CommonRule &rule, QDate month, int startDay)
{
    const int length = month.daysInMonth();
    quint64 days = 0; // bit d: day d
    for (const int monthDay : rule.monthDays) {
        const int day = monthDay > 0 ? monthDay : length + monthDay + 1;
        if (day >= 1 && day <= length)
            days |= quint64(1) << day;
    }
    const int firstWeekday = month.dayOfWeek();
    for (int day = 1; day <= length; ++day) {
        if (rule.weekdays & (1 << ((firstWeekday + day - 2) % 7 + 1)))
            days |= quint64(1) << day;
    }
    for (const WeekdayPosition &nth : rule.positioned) {
        const int first = 1 + (nth.weekday - firstWeekday + 7) % 7; // the first such weekday
        const int last = first + (length - first) / 7 * 7;
        const int day = nth.position > 0 ? first + 7 * (nth.position - 1) : last + 7 * (nth.position + 1);
        if (day >= 1 && day <= length)
            days |= quint64(1) << day;
    }
    if (rule.monthDays.isEmpty() && !rule.weekdays && rule.positioned.isEmpty() && startDay <= length)
        days |= quint64(1) << startDay;
    QVarLengthArray<int, 8> result;
    for (int day = 1; day <= length; ++day) {
        if (days & (quint64(1) << day))
            result.append(day);
    }
    if (rule.setPositions.isEmpty())
        return result;
    quint64 chosen = 0;
    for (const int position : rule.setPositions) {
        const qsizetype index = position > 0 ? position - 1 : result.size() + position;
        if (index >= 0 && index < result.size())
            chosen |= quint64(1) << result[index];
    }
    QVarLengthArray<int, 8> selected;
    for (const int day : result) {
        if (chosen & (quint64(1) << day))
            selected.append(day);
    }
    return selected;
}

// Whether the wall time `date` `time` is after UNTIL, as libical compares them (a date-only UNTIL is before
// every time on its day).
bool afterUntil(const icaltimetype &until, QDate date, QTime time)
{
    const QDate untilDate(until.year, until.month, until.day);
    if (date != untilDate)
        return date > untilDate;
    if (until.is_date)
        return true;
    return time > QTime(until.hour, until.minute, until.second);
}

// What libical's iterator gives for `rule` from `start` (the rule's dates from DTSTART on), from the date
// `from` to `lastDate` and at most `limit`.
QList<QDateTime> expandCommon(const CommonRule &rule, QDate startDate, QTime startTime, const QTimeZone &zone,
                              QDate from, QDate lastDate, int limit)
{
    QList<QDateTime> result;
    int given = 0; // what the iterator gave, for COUNT
    // False when the series or the wanted part of it has ended.
    const auto give = [&](QDate date) {
        if ((rule.count && given >= rule.count) || date > lastDate ||
            (rule.until && afterUntil(*rule.until, date, startTime)))
            return false;
        ++given;
        if (date >= from)
            result.append(zonedDateTime(date, startTime, zone));
        return result.size() < limit;
    };
    if (limit <= 0)
        return result;
    // Without COUNT, the periods before `from` need not be walked.
    const bool skipAhead = rule.count == 0 && from > startDate;
    if (!rule.monthly) {
        const quint8 weekdays = rule.weekdays ? rule.weekdays : quint8(1 << startDate.dayOfWeek());
        // Weeks run from Monday, but with a single weekday libical takes the Sunday before DTSTART's week as
        // that week's Sunday (unless DTSTART is a Sunday) and counts the INTERVAL from there: "every other
        // Sunday" from a Tuesday begins 12 days later.
        QDate week = startDate.addDays(1 - startDate.dayOfWeek());
        if (weekdays == 1 << 7 && startDate.dayOfWeek() != 7)
            week = week.addDays(-7);
        if (skipAhead)
            week = week.addDays(std::max<qint64>(0, week.daysTo(from) / (7 * rule.interval) - 1) * 7 *
                                rule.interval);
        for (; week <= lastDate; week = week.addDays(7 * rule.interval)) {
            for (int weekday = 1; weekday <= 7; ++weekday) {
                const QDate date = week.addDays(weekday - 1);
                if ((weekdays & (1 << weekday)) && date >= startDate && !give(date))
                    return result;
            }
        }
        return result;
    }
    QDate month(startDate.year(), startDate.month(), 1);
    if (skipAhead) {
        const int months = (from.year() - month.year()) * 12 + from.month() - month.month();
        month = month.addMonths(std::max(0, months / rule.interval - 1) * rule.interval);
    }
    for (; month <= lastDate; month = month.addMonths(rule.interval)) {
        if (rule.months && !(rule.months & (1 << month.month())))
            continue;
        for (const int day : daysOfMonth(rule, month, startDate.day())) {
            const QDate date(month.year(), month.month(), day);
            if (date >= startDate && !give(date))
                return result;
        }
    }
    return result;
}

enum class Engine { Fastest, Libical };

Result<QList<QDateTime>> expandWith(Engine engine, const QString &rrule, const QDateTime &start,
                                    const QTimeZone &zone, QDate from, QDate until, int limit)
{
    QList<QDateTime> result;
    const QDate startDate = start.date();
    const QTime startTime = start.time();
    const QDate lastDate = std::min(until, startDate.addYears(maxYears));
    auto inRange = [&](QDate date) { return date >= from && date <= lastDate; };
    if (rrule.isEmpty()) {
        if (inRange(startDate) && limit > 0)
            result.append(placeWallTime(startDate, startTime, zone));
        return result;
    }
    auto parsed = parseRule(rrule);
    if (!parsed)
        return Error{parsed.error()};
    icalrecurrencetype rule = parsed.value();
    if (!icaltime_is_null_time(rule.until) && icaltime_is_utc(rule.until)) {
        // UNTIL in UTC bounds instants; the iterator runs on wall time, so compare in the meeting's zone.
        const QDateTime utc(QDate(rule.until.year, rule.until.month, rule.until.day),
                            QTime(rule.until.hour, rule.until.minute, rule.until.second), QTimeZone::utc());
        const QDateTime local = utc.toTimeZone(zone);
        rule.until = floatingTime(local.date(), local.time());
    }
    if (engine == Engine::Fastest) {
        if (const std::optional<CommonRule> common = commonRule(rule))
            return expandCommon(*common, startDate, startTime, zone, from, lastDate, limit);
    }
    std::unique_ptr<icalrecur_iterator, IteratorDeleter> iterator(
        icalrecur_iterator_new(rule, floatingTime(startDate, startTime)));
    if (!iterator)
        return Error{
            QCoreApplication::translate("Recurrence", "the recurrence rule \"%1\" cannot be expanded")
                .arg(rrule)};
    // Jump ahead instead of walking years of past occurrences (libical cannot do this for COUNT rules).
    if (from > startDate && rule.count == 0)
        icalrecur_iterator_set_start(iterator.get(), floatingTime(from, QTime(0, 0)));
    for (int step = 0; step < maxIterations && result.size() < limit; ++step) {
        const icaltimetype next = icalrecur_iterator_next(iterator.get());
        if (icaltime_is_null_time(next))
            break;
        const QDate date(next.year, next.month, next.day);
        if (date > lastDate)
            break;
        if (date >= from)
            result.append(zonedDateTime(date, QTime(next.hour, next.minute, next.second), zone));
    }
    return result;
}

} // namespace

Result<QList<QDateTime>> expand(const QString &rrule, const QDateTime &start, const QTimeZone &zone,
                                QDate from, QDate until, int limit)
{
    return expandWith(Engine::Fastest, rrule, start, zone, from, until, limit);
}

Result<QList<QDateTime>> expandWithLibical(const QString &rrule, const QDateTime &start,
                                           const QTimeZone &zone, QDate from, QDate until, int limit)
{
    return expandWith(Engine::Libical, rrule, start, zone, from, until, limit);
}

} // namespace kring::Recurrence
