// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduleparser.h"
#include "scheduleparserparts.h"

using namespace Qt::StringLiterals;

namespace kring {

using namespace ScheduleParsing;

bool ParsedSchedule::fallsOn(QDate day) const
{
    if (rrule.isEmpty() || !day.isValid())
        return true;
    const QStringList parts = rrule.split(u';');
    QStringList byDay;
    QList<int> monthDays;
    QList<int> months;
    for (const QString &part : parts) {
        if (part.startsWith("BYDAY="_L1))
            byDay = part.mid(6).split(u',');
        else if (part.startsWith("BYMONTHDAY="_L1)) {
            for (const QString &d : part.mid(11).split(u','))
                monthDays.append(d.toInt());
        } else if (part.startsWith("BYMONTH="_L1)) {
            for (const QString &m : part.mid(8).split(u','))
                months.append(m.toInt());
        }
    }
    if (!months.isEmpty() && !months.contains(day.month()))
        return false;
    if (weekParity && day.weekNumber() % 2 != weekParity % 2)
        return false;
    if (!monthDays.isEmpty()) {
        return std::any_of(monthDays.cbegin(), monthDays.cend(), [&](int d) {
            return d == day.day() || (d < 0 && day.daysInMonth() + d + 1 == day.day());
        });
    }
    if (byDay.isEmpty())
        return true;
    const QString code = QString::fromLatin1(dayCode(day.dayOfWeek()));
    const int fromStart = (day.day() - 1) / 7 + 1;
    const int fromEnd = -((day.daysInMonth() - day.day()) / 7 + 1);
    return std::any_of(byDay.cbegin(), byDay.cend(), [&](const QString &entry) {
        if (!entry.endsWith(code))
            return false;
        const QString position = entry.chopped(2);
        return position.isEmpty() || position.toInt() == fromStart || position.toInt() == fromEnd;
    });
}

ScheduleParser::ScheduleParser(const QString &language)
    : m_dutch(language != u"en")
{}

namespace {

// The start and end times; an end with am or pm gives the start its half of the day ("7-9pm").
Result<QList<QTime>> timesOf(Reading &r, const Say &say)
{
    QList<QTime> times;
    if (r.times.size() == 2 && r.times[1].meridiem != Meridiem::None &&
        r.times[0].meridiem == Meridiem::None) {
        const int startHour = r.times[0].hour % 12;
        const int endHour = r.times[1].hour % 12;
        r.times[0].meridiem = startHour <= endHour                  ? r.times[1].meridiem
                              : r.times[1].meridiem == Meridiem::Pm ? Meridiem::Am
                                                                    : Meridiem::Pm;
    }
    for (const Token &token : std::as_const(r.times)) {
        const auto time = timeOf(token, r.part);
        if (!time)
            return say("'%1' is geen tijd", "'%1' is not a time", token.text);
        times.append(*time);
    }
    return times;
}

// FREQ and BYDAY; no frequency for a single date or a time alone.
struct Frequency {
    QString freq;
    QStringList byDay;
};

// Positions in the month ("2TU") or days of the month.
Result<Frequency> monthlyFrequency(const Reading &r, const Say &say)
{
    if (r.unit == Unit::Week || r.unit == Unit::Day)
        return say("een dag van de maand met een herhaling in weken of dagen kan niet",
                   "a day of the month cannot repeat in weeks or days");
    if (r.englishSecond && !r.monthContext && r.unit == Unit::None && r.positions.size() == 1 &&
        r.positions.first() == QList<int>{2})
        return say.irregular("'every second' kan om de week of de 2e van de maand zijn: schrijf 'every "
                             "other' of 'of the month'",
                             "'every second' may be every other week or the 2nd of the month: write "
                             "'every other' or 'of the month'");
    Frequency result{u"MONTHLY"_s, {}};
    for (auto it = r.positions.cbegin(); it != r.positions.cend(); ++it) {
        QList<int> positions = it.value();
        std::sort(positions.begin(), positions.end(),
                  [](int a, int b) { return (a < 0 ? 100 - a : a) < (b < 0 ? 100 - b : b); });
        for (int position : positions)
            result.byDay.append(QString::number(position) + QLatin1StringView(dayCode(it.key())));
    }
    return result;
}

// Weekdays every week, or the weekday of a single date.
Result<Frequency> weeklyFrequency(Reading &r, const Say &say)
{
    if (r.unit == Unit::Month)
        return say("welke week van de maand? Schrijf bijvoorbeeld 'elke eerste dinsdag van de maand'",
                   "which week of the month? Write for example 'every first Tuesday of the month'");
    if (r.unit == Unit::Day)
        return say("een herhaling in dagen met een weekdag kan niet",
                   "a repeat in days cannot have a weekday");
    Frequency result;
    std::sort(r.plainDays.begin(), r.plainDays.end());
    for (int day : std::as_const(r.plainDays))
        result.byDay.append(QLatin1StringView(dayCode(day)));
    if (r.date.isValid() && !r.every && r.unit == Unit::None && r.timesPer == 0) {
        // "op dinsdag 13 januari 2026": one date, and its weekday.
        if (r.plainDays.size() != 1 || r.plainDays.first() != r.date.dayOfWeek())
            return say("%1 valt niet op de genoemde weekdag", "%1 is not on the weekday given",
                       r.date.toString(Qt::ISODate));
        result.byDay.clear();
    } else {
        result.freq = u"WEEKLY"_s;
    }
    return result;
}

Result<Frequency> frequencyOf(Reading &r, const Say &say)
{
    const bool hasPositions = !r.positions.isEmpty();
    const bool hasMonthDays = !r.monthDays.isEmpty();
    if (hasPositions && !r.plainDays.isEmpty())
        return say("een vaste weekdag en een weekdag in de maand tegelijk: maak twee bijeenkomsten",
                   "a weekday every week and a weekday of the month at once: make two meetings");
    if (hasMonthDays && (hasPositions || !r.plainDays.isEmpty()))
        return say("een dag van de maand en een weekdag tegelijk: maak twee bijeenkomsten",
                   "a day of the month and a weekday at once: make two meetings");
    if (hasPositions || hasMonthDays)
        return monthlyFrequency(r, say);
    if (!r.plainDays.isEmpty())
        return weeklyFrequency(r, say);
    if (r.unit == Unit::Day)
        return Frequency{u"DAILY"_s, {}};
    if (r.unit == Unit::Week || r.unit == Unit::Month || r.every || r.timesPer)
        return say.irregular("op welke dag? Er staat geen weekdag of datum in",
                             "on which day? No weekday or date is given");
    return Frequency{};
}

// "2x per maand" only when the days named are that many.
std::optional<Error> checkTimesPer(const Reading &r, const Frequency &frequency, int interval, const Say &say)
{
    const qsizetype named = frequency.freq == "WEEKLY"_L1 ? frequency.byDay.size()
                            : !r.monthDays.isEmpty()      ? r.monthDays.size()
                                                          : frequency.byDay.size();
    const Unit perUnit = r.timesPerUnit == Unit::Day ? Unit::Day : r.timesPerUnit;
    const bool matches =
        (perUnit == Unit::Week && frequency.freq == "WEEKLY"_L1 && interval == 1 && named == r.timesPer) ||
        (perUnit == Unit::Month && frequency.freq == "MONTHLY"_L1 && interval == 1 && named == r.timesPer);
    if (!matches)
        return say.irregular("%1 keer per periode, maar welke dagen precies? Noem ze",
                             "%1 times per period, but on which days exactly? Name them",
                             QString::number(r.timesPer));
    return std::nullopt;
}

// The parts of the rule after FREQ, INTERVAL and BYDAY.
Result<QStringList> limitParts(Reading &r, const Say &say)
{
    QStringList parts;
    if (!r.monthDays.isEmpty()) {
        std::sort(r.monthDays.begin(), r.monthDays.end(),
                  [](int a, int b) { return (a < 0 ? 100 - a : a) < (b < 0 ? 100 - b : b); });
        r.monthDays.erase(std::unique(r.monthDays.begin(), r.monthDays.end()), r.monthDays.end());
        QStringList days;
        for (int day : std::as_const(r.monthDays))
            days.append(QString::number(day));
        parts.append(u"BYMONTHDAY="_s + days.join(u','));
    }
    if (!r.months.isEmpty()) {
        QStringList months;
        for (int month = 1; month <= 12; ++month) {
            if (r.months.contains(month) != r.monthsExcluded)
                months.append(QString::number(month));
        }
        if (months.isEmpty())
            return say("in geen enkele maand", "in no month at all");
        if (months.size() < 12)
            parts.append(u"BYMONTH="_s + months.join(u','));
    }
    if (r.count && r.until.isValid())
        return say("een aantal keer en een einddatum tegelijk kan niet",
                   "a number of times and an end date cannot go together");
    if (r.count)
        parts.append(u"COUNT="_s + QString::number(r.count));
    if (r.until.isValid())
        parts.append(u"UNTIL="_s + r.until.toString("yyyyMMdd"_L1) + u"T235959"_s);
    return parts;
}

// What is left without a frequency: a single date, or only a time.
Result<ParsedSchedule> withoutRule(const Reading &r, ParsedSchedule result, bool hasTimes, const Say &say)
{
    if (r.date.isValid()) {
        if (!r.months.isEmpty() || r.count || r.until.isValid())
            return say("een losse datum herhaalt niet", "a single date does not repeat");
        result.date = r.date;
        return result;
    }
    if (!r.months.isEmpty() || r.count || r.until.isValid() || r.monthContext)
        return say("op welke dag? Er staat geen weekdag of datum in",
                   "on which day? No weekday or date is given");
    if (!hasTimes)
        return say("hier staat geen rooster in", "there is no schedule in this");
    return result; // only a time
}

} // namespace

Result<ParsedSchedule> ScheduleParser::parse(const QString &text, bool *notRegular) const
{
    if (notRegular)
        *notRegular = false;
    const Say say{m_dutch, notRegular};
    if (text.size() > maxLength)
        return say("langer dan %1 tekens", "longer than %1 characters", QString::number(maxLength));
    const QString simple = normalized(text).simplified();
    if (simple.isEmpty())
        return say("geen rooster (leeg)", "no schedule (empty)");

    Grammar grammar(tokensOf(simple), say);
    if (auto error = grammar.read())
        return *error;
    Reading &r = grammar.reading;

    ParsedSchedule result;
    const auto times = timesOf(r, say);
    if (!times)
        return Error{times.error()};
    if (!times.value().isEmpty())
        result.start = times.value().first();
    if (times.value().size() == 2)
        result.end = times.value().last();
    const auto frequency = frequencyOf(r, say);
    if (!frequency)
        return Error{frequency.error()};
    const QString &freq = frequency.value().freq;
    const int interval = std::max(r.interval, 1);
    if (r.timesPer) {
        if (auto error = checkTimesPer(r, frequency.value(), interval, say))
            return *error;
    }
    if (freq.isEmpty())
        return withoutRule(r, result, !times.value().isEmpty(), say);

    QStringList parts{u"FREQ="_s + freq};
    if (interval > 1)
        parts.append(u"INTERVAL="_s + QString::number(interval));
    if (!frequency.value().byDay.isEmpty())
        parts.append(u"BYDAY="_s + frequency.value().byDay.join(u','));
    const auto limits = limitParts(r, say);
    if (!limits)
        return Error{limits.error()};
    result.rrule = (parts + limits.value()).join(u';');
    result.date = r.date;
    if (r.weekParity) {
        if (freq != "WEEKLY"_L1 || interval != 2)
            return say("even of oneven weken gaan alleen met om de week",
                       "even or odd weeks only go with every other week");
        result.weekParity = r.weekParity;
    }
    if (result.date.isValid() && !result.fallsOn(result.date))
        return say("%1 valt niet op een dag van het rooster", "%1 is not one of the days of the schedule",
                   result.date.toString(Qt::ISODate));
    return result;
}

} // namespace kring
