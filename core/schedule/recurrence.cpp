// SPDX-License-Identifier: GPL-3.0-or-later
#include "recurrence.h"

#include <QCoreApplication>

#include <libical/ical.h>

#include <memory>

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

Result<QList<QDateTime>> expand(const QString &rrule, const QDateTime &start, const QTimeZone &zone,
                                QDate from, QDate until, int limit)
{
    QList<QDateTime> result;
    const QDate startDate = start.date();
    const QTime startTime = start.time();
    const QDate lastDate = std::min(until, startDate.addYears(maxYears));
    auto inRange = [&](QDate date) { return date >= from && date <= lastDate; };
    if (rrule.isEmpty()) {
        if (inRange(startDate) && limit > 0)
            result.append(QDateTime(startDate, startTime, zone));
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
            result.append(QDateTime(date, QTime(next.hour, next.minute, next.second), zone));
    }
    return result;
}

} // namespace kring::Recurrence
