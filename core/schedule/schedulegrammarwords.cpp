// SPDX-License-Identifier: GPL-3.0-or-later
// The schedule parser's grammar: what each word means where it stands.
#include "scheduleparserparts.h"

using namespace Qt::StringLiterals;

namespace kring::ScheduleParsing {
namespace {

constexpr std::array workdayWords{"werkdag", "werkdagen", "weekday", "weekdays", "weekdag", "weekdagen"};
constexpr std::array weekendWords{"weekend", "weekends", "weekenddag"};
// A unit and an interval in one word.
constexpr std::array repeatWords{"weekly",   "monthly",   "daily",     "fortnightly",
                                 "biweekly", "bimonthly", "quarterly", "kwartaal"};
constexpr std::array yearlyWords{"jaar",   "jaarlijks", "jaarlijkse", "year",
                                 "yearly", "annually",  "annual",     "halfjaarlijks"};
// Before a time, a first date or months.
constexpr std::array fromWords{"om",   "at",  "rond",   "omstreeks", "around",   "vanaf",
                               "from", "van", "tussen", "between",   "starting", "beginnend"};
// The end of a range, or the last date.
constexpr std::array untilWords{"tot", "tm", "until", "till", "to", "through", "tem"};
// Months left out.
constexpr std::array exceptWords{"behalve", "except", "excluding", "niet",
                                 "not",     "zonder", "without",   "buiten"};

} // namespace

std::optional<Error> Grammar::word(const Token &token, bool everyBefore)
{
    const QString &w = token.text;
    ++m_at;
    const bool listJoin = m_listJoin;
    m_listJoin = false;

    if (isOneOf(irregularWords, w) || (w == "af"_L1 && wordAhead(0, "en"_L1)))
        return m_say.irregular("geen vast rooster ('%1')", "not a regular schedule ('%1')", w);
    if (w == "or"_L1 || (w == "of"_L1 && !(wordAhead(0, "the"_L1) || wordAhead(0, "each"_L1) ||
                                           wordAhead(0, "every"_L1) || (peek() && unitOf(peek()->text)))))
        return m_say.irregular("'%1': kies één rooster, of maak een bijeenkomst per rooster",
                               "'%1': choose one schedule, or make one meeting per schedule", w);
    if (w == "en"_L1 || w == "and"_L1) {
        if (!m_ordinals.isEmpty() && peek() && peek()->kind == Token::Ordinal)
            m_listJoin = true;
        if (m_monthMode != MonthMode::None)
            m_listJoin = true;
        m_timeContext = !reading.times.isEmpty() && m_betweenTimes;
        return std::nullopt;
    }
    if ((w == "even"_L1 || w == "oneven"_L1 || w == "odd"_L1) && peek() && peek()->kind == Token::Word &&
        unitOf(peek()->text) == Unit::Week)
        return weekParityWord(w);
    if (isOneOf(everyWords, w)) {
        reading.every = true;
        m_everyJustBefore = true;
        return std::nullopt;
    }
    if (w == "other"_L1 || w == "alternate"_L1) {
        m_omDe = true;
        return std::nullopt;
    }
    if (w == "once"_L1 || w == "twice"_L1 || w == "eens"_L1)
        return timesOf(w == "twice"_L1 ? 2 : 1, w);
    if (w == "om"_L1 && wordAhead(0, "de"_L1)) { // "om de week", "om de drie weken", "om de dinsdag"
        ++m_at;
        m_omDe = true;
        return std::nullopt;
    }
    if (const auto weekday = weekdayOf(w))
        return weekdayWord(*weekday, token);
    if (isOneOf(workdayWords, w))
        return weekdaysWord(token, 1, 5);
    if (isOneOf(weekendWords, w))
        return weekdaysWord(token, 6, 7);
    return otherWord(token, everyBefore, listJoin);
}

// Words for parts of the day, units, months, repeats, times, ends and exceptions.
std::optional<Error> Grammar::otherWord(const Token &token, bool everyBefore, bool listJoin)
{
    const QString &w = token.text;
    if (const auto part = dayPartOf(w)) {
        reading.part = *part;
        return std::nullopt;
    }
    if (const auto unit = unitOf(w))
        return unitWord(*unit, token, everyBefore);
    if (const auto month = lookUp(monthWords, w))
        return monthWord(*month, w, listJoin);
    if (w.endsWith("wekelijks"_L1) || w.endsWith("wekelijkse"_L1) || w.endsWith("maandelijks"_L1) ||
        w.endsWith("maandelijkse"_L1) || w.endsWith("dagelijks"_L1) || w.endsWith("dagelijkse"_L1))
        return compound(w);
    if (isOneOf(repeatWords, w))
        return repeatWord(w);
    if (isOneOf(yearlyWords, w))
        return m_say.irregular("'%1': een jaarlijkse bijeenkomst zet je als losse datum",
                               "'%1': give a yearly meeting as a single date", w);
    if (isOneOf(fromWords, w))
        return fromWord(w);
    if (isOneOf(untilWords, w))
        return untilWord(w);
    if (isOneOf(exceptWords, w)) {
        m_monthMode = MonthMode::Except;
        return std::nullopt;
    }
    if (w == "alleen"_L1 || w == "only"_L1 || w == "enkel"_L1) {
        m_monthMode = MonthMode::Only;
        return std::nullopt;
    }
    if (w == "maal"_L1 || w == "keer"_L1 || w == "x"_L1 || w == "times"_L1)
        return timesOf(1, w);
    if (w == "met"_L1 && wordAhead(0, "ingang"_L1)) { // "met ingang van 13 januari 2026"
        m_at += 1;
        return std::nullopt;
    }
    if (isOneOf(fillerWords, w) || w == "ingang"_L1) {
        m_everyJustBefore = everyBefore && (w == "de"_L1 || w == "the"_L1);
        m_listJoin = listJoin;
        return std::nullopt;
    }
    return unknownWord(w);
}

// "even weken", "oneven weken", "odd weeks": every two weeks, in those weeks.
std::optional<Error> Grammar::weekParityWord(const QString &w)
{
    ++m_at;
    const int parity = w == "even"_L1 ? 2 : 1;
    if (reading.weekParity && reading.weekParity != parity)
        return m_say("'%1' zegt iets anders dan wat ervoor staat", "'%1' contradicts what comes before", w);
    reading.weekParity = parity;
    if (reading.unit == Unit::Week && reading.interval == 2)
        return std::nullopt;
    return setInterval(Unit::Week, 2, w);
}

std::optional<Error> Grammar::weekdayWord(const WeekdayWord &weekday, const Token &token)
{
    if (weekday.part != DayPart::None)
        reading.part = weekday.part;
    if (m_omDe) {
        m_omDe = false;
        if (auto error = setInterval(Unit::Week, 2, token.text))
            return error;
    }
    return addWeekday(weekday.weekday, token);
}

// "werkdagen" (Monday to Friday) or "weekend" (Saturday and Sunday).
std::optional<Error> Grammar::weekdaysWord(const Token &token, int first, int last)
{
    if (!m_ordinals.isEmpty())
        return m_say("'%1 %2' kan ik niet in een regel zetten", "I cannot put '%1 %2' in a rule",
                     m_ordinals.first().text, token.text);
    for (int day = first; day <= last; ++day)
        (void)addWeekday(day, token);
    return std::nullopt;
}

// "weekly", "fortnightly", "kwartaal": a unit and an interval in one word.
std::optional<Error> Grammar::repeatWord(const QString &w)
{
    const Unit unit = w == "daily"_L1                                                     ? Unit::Day
                      : (w == "weekly"_L1 || w == "fortnightly"_L1 || w == "biweekly"_L1) ? Unit::Week
                                                                                          : Unit::Month;
    const int interval = (w == "fortnightly"_L1 || w == "biweekly"_L1 || w == "bimonthly"_L1) ? 2
                         : (w == "quarterly"_L1 || w == "kwartaal"_L1)                        ? 3
                                                                                              : 1;
    return setInterval(unit, interval, w);
}

// "om", "van", "tussen", "from": a time, a first date or months follow.
std::optional<Error> Grammar::fromWord(const QString &w)
{
    const bool aboutTime = peek() && (peek()->kind == Token::Number || peek()->kind == Token::Time);
    if ((w == "van"_L1 || w == "from"_L1) && monthAhead(0)) {
        m_monthMode = MonthMode::Only;
        return std::nullopt;
    }
    if ((w == "vanaf"_L1 || w == "from"_L1 || w == "starting"_L1 || w == "beginnend"_L1) && peek() &&
        (peek()->kind == Token::Date || (peek()->kind == Token::Number && monthAhead(1))))
        return std::nullopt; // the first date follows
    if (w == "van"_L1 && (wordAhead(0, "de"_L1) || wordAhead(0, "elke"_L1) || wordAhead(0, "iedere"_L1)))
        return std::nullopt; // "van de maand"
    m_timeContext = aboutTime;
    m_betweenTimes = w == "tussen"_L1 || w == "between"_L1;
    return flushOrdinals();
}

// "tot", "t/m", "until": the end of a range of months, weekdays or times, or the last date.
std::optional<Error> Grammar::untilWord(const QString &w)
{
    if (w == "tot"_L1 && wordAhead(0, "en"_L1) && wordAhead(1, "met"_L1))
        m_at += 2;
    if (m_monthMode != MonthMode::None && monthAhead(0)) {
        m_monthRange = true;
        return std::nullopt;
    }
    const Token *next = peek();
    if (next && next->kind == Token::Word && weekdayOf(next->text) && !reading.plainDays.isEmpty() &&
        m_ordinals.isEmpty()) {
        m_dayRange = true; // "maandag tot en met vrijdag"
        return std::nullopt;
    }
    if (next && (next->kind == Token::Date || (next->kind == Token::Number && monthAhead(1)))) {
        m_untilMode = true;
        return std::nullopt;
    }
    m_timeContext = true;
    return flushOrdinals();
}

// An unknown word: say what it looks like.
std::optional<Error> Grammar::unknownWord(const QString &w) const
{
    int closest = 0;
    int distance = 3;
    for (int day = 1; day <= 7; ++day) {
        for (const char *name : {dutchWeekdays.at(size_t(day - 1)), englishWeekdays.at(size_t(day - 1))}) {
            const int d = editDistance(w, QString::fromLatin1(name));
            if (d < distance) {
                distance = d;
                closest = day;
            }
        }
    }
    if (closest && w.size() >= 4) {
        const QString name =
            QString::fromLatin1((m_say.dutch ? dutchWeekdays : englishWeekdays).at(size_t(closest - 1)));
        return m_say("'%1' is geen weekdag (bedoel je %2?)", "'%1' is not a weekday (did you mean %2?)", w,
                     name);
    }
    return m_say("'%1' ken ik niet in een rooster", "'%1' is not a word I know in a schedule", w);
}

std::optional<Error> Grammar::unitWord(Unit unit, const Token &token, bool everyBefore)
{
    // "elke derde week", "every second month": the ordinal is the interval.
    if (!m_ordinals.isEmpty() && unit != Unit::Day) {
        if (m_ordinals.size() != 1 || m_ordinals.first().value < 2 || !everyBefore)
            return m_say("'%1 %2' begrijp ik niet", "I do not understand '%1 %2'", m_ordinals.first().text,
                         token.text);
        const int interval = m_ordinals.first().value;
        m_ordinals.clear();
        return setInterval(unit, interval, token.text);
    }
    // "de eerste dag van de maand", "laatste dag"
    if (!m_ordinals.isEmpty() && unit == Unit::Day) {
        for (const Token &ordinal : std::as_const(m_ordinals)) {
            if (ordinal.value < -1 || ordinal.value == 0 || ordinal.value > 31)
                return m_say("'%1 dag' begrijp ik niet", "I do not understand '%1 day'", ordinal.text);
            reading.monthDays.append(ordinal.value);
        }
        m_ordinals.clear();
        reading.monthContext = true;
        return std::nullopt;
    }
    if (m_omDe) { // "om de week", "every other month"
        m_omDe = false;
        return setInterval(unit, 2, token.text);
    }
    if (everyBefore) // "elke week", "elke maand", "elke dag"
        return setInterval(unit, 1, token.text);
    if (unit == Unit::Month) { // "van de maand", "per maand", "of the month"
        reading.monthContext = true;
        return flushOrdinals();
    }
    if (unit == Unit::Week && reading.unit == Unit::None &&
        !reading.plainDays.isEmpty()) // "dinsdag per week"
        return std::nullopt;
    return m_say("'%1' begrijp ik hier niet", "I do not understand '%1' here", token.text);
}

std::optional<Error> Grammar::monthWord(int month, const QString &w, bool listJoin)
{
    if (m_monthMode == MonthMode::None)
        return m_say("'%1' zonder dag of 'behalve' begrijp ik niet", "I do not understand '%1' here", w);
    if (!reading.months.isEmpty() && reading.monthsExcluded != (m_monthMode == MonthMode::Except) &&
        !listJoin && !m_monthRange)
        return m_say("'%1': maanden staan er twee keer", "'%1': months are given twice", w);
    reading.monthsExcluded = m_monthMode == MonthMode::Except;
    if (m_monthRange && !reading.months.isEmpty()) {
        m_monthRange = false;
        for (int m = reading.months.last() % 12 + 1; m != month % 12 + 1; m = m % 12 + 1) {
            if (!reading.months.contains(m))
                reading.months.append(m);
        }
        return std::nullopt;
    }
    if (!reading.months.contains(month))
        reading.months.append(month);
    return std::nullopt;
}

std::optional<Error> Grammar::compound(const QString &w)
{
    const Unit unit = w.contains("wekelijks"_L1)     ? Unit::Week
                      : w.contains("maandelijks"_L1) ? Unit::Month
                                                     : Unit::Day;
    const qsizetype stem = w.indexOf(unit == Unit::Week    ? "wekelijks"_L1
                                     : unit == Unit::Month ? "maandelijks"_L1
                                                           : "dagelijks"_L1);
    const QString prefix = w.left(stem);
    int interval = 1;
    if (!prefix.isEmpty()) {
        const auto number = lookUp(numberWords, prefix);
        if (!number)
            return m_say("'%1' begrijp ik niet", "I do not understand '%1'", w);
        interval = *number;
    } else if (m_at >= 2 && m_tokens[m_at - 2].kind == Token::Dash && m_at >= 3 &&
               m_tokens[m_at - 3].kind == Token::Number) {
        // "2-wekelijks": the number was read before; it is not a time.
    }
    return setInterval(unit, interval, w);
}

} // namespace kring::ScheduleParsing
