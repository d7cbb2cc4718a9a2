// SPDX-License-Identifier: GPL-3.0-or-later
// The schedule parser's grammar: tokens read one by one into a Reading.
#include "scheduleparserparts.h"

using namespace Qt::StringLiterals;

namespace kring::ScheduleParsing {

std::optional<Error> Grammar::read()
{
    while (m_at < m_tokens.size()) {
        if (auto error = step())
            return error;
    }
    return flushOrdinals();
}

const Token *Grammar::peek(qsizetype ahead) const
{
    return m_at + ahead < m_tokens.size() ? &m_tokens[m_at + ahead] : nullptr;
}

bool Grammar::wordAhead(qsizetype ahead, QLatin1StringView word) const
{
    const Token *token = peek(ahead);
    return token && token->kind == Token::Word && token->text == word;
}

bool Grammar::monthAhead(qsizetype ahead) const
{
    const Token *token = peek(ahead);
    return token && token->kind == Token::Word && lookUp(monthWords, token->text).has_value();
}

std::optional<Error> Grammar::flushOrdinals()
{
    // Ordinals not followed by a weekday, "dag", "week" or "maand" are days of the month: "op de 15e".
    for (const Token &ordinal : std::as_const(m_ordinals)) {
        if (ordinal.value == 0 || ordinal.value > 31 || ordinal.value < -1)
            return m_say("'%1' is geen dag van de maand", "'%1' is not a day of the month", ordinal.text);
        reading.monthDays.append(ordinal.value);
    }
    m_ordinals.clear();
    return std::nullopt;
}

std::optional<Error> Grammar::setInterval(Unit unit, int interval, const QString &what)
{
    if (interval < 1 || interval > 52)
        return m_say("'%1': zo'n herhaling ken ik niet", "'%1': I cannot repeat like that", what);
    if (reading.unit != Unit::None && (reading.unit != unit || reading.interval != interval))
        return m_say("'%1' zegt iets anders dan wat ervoor staat", "'%1' contradicts what comes before",
                     what);
    if (unit == Unit::Day && interval % 7 == 0) { // "om de veertien dagen"
        unit = Unit::Week;
        interval /= 7;
    }
    reading.unit = unit;
    reading.interval = interval;
    return std::nullopt;
}

std::optional<Error> Grammar::addWeekday(int weekday, const Token &token)
{
    if (!m_ordinals.isEmpty()) {
        for (const Token &ordinal : std::as_const(m_ordinals)) {
            if (ordinal.value == 0 || ordinal.value > 5 || ordinal.value < -2)
                return m_say("'%1 %2' bestaat niet in een maand", "'%1 %2' does not exist in a month",
                             ordinal.text, token.text);
            QList<int> &list = reading.positions[weekday];
            if (!list.contains(ordinal.value))
                list.append(ordinal.value);
        }
        m_ordinals.clear();
    } else if (m_dayRange && !reading.plainDays.isEmpty()) { // "ma t/m vr": every day in between
        m_dayRange = false;
        for (int day = reading.plainDays.last() % 7 + 1;; day = day % 7 + 1) {
            if (!reading.plainDays.contains(day))
                reading.plainDays.append(day);
            if (day == weekday)
                break;
        }
    } else if (!reading.plainDays.contains(weekday)) {
        reading.plainDays.append(weekday);
    }
    return std::nullopt;
}

// A date after the current token: "13 januari 2026" (the number is current), or a Date token.
std::optional<QDate> Grammar::dateHere(std::optional<Error> &error)
{
    const Token &token = m_tokens[m_at];
    if (token.kind == Token::Date) {
        ++m_at;
        if (!token.date.isValid())
            error = m_say("'%1' is geen datum", "'%1' is not a date", token.text);
        return token.date;
    }
    if (token.kind == Token::Number && monthAhead(1)) {
        const int month = *lookUp(monthWords, m_tokens[m_at + 1].text);
        const Token *year = peek(2);
        if (!year || year->kind != Token::Number || year->value < 1900 || year->value > 9999) {
            error = m_say("'%1 %2' zonder jaar: schrijf het jaar erbij",
                          "'%1 %2' without a year: add the year", token.text, m_tokens[m_at + 1].text);
            return QDate();
        }
        const QDate date(year->value, month, token.value);
        if (!date.isValid())
            error = m_say("'%1 %2' is geen datum", "'%1 %2' is not a date", token.text,
                          m_tokens[m_at + 1].text + u' ' + year->text);
        m_at += 3;
        return date;
    }
    return std::nullopt;
}

std::optional<Error> Grammar::addTime(Token time)
{
    if (reading.times.size() == 2)
        return m_say("meer dan twee tijden ('%1'): maak een bijeenkomst per tijd",
                     "more than two times ('%1'): make one meeting per time", time.text);
    reading.times.append(time);
    return std::nullopt;
}

std::optional<Error> Grammar::step()
{
    const Token token = m_tokens[m_at];
    const bool timeContext = m_timeContext;
    const bool everyBefore = m_everyJustBefore;
    m_timeContext = false;
    m_everyJustBefore = false;

    switch (token.kind) {
    case Token::Time:
        ++m_at;
        return addTime(token);
    case Token::Date: {
        std::optional<Error> error;
        const QDate date = *dateHere(error);
        if (error)
            return error;
        return placeDate(date, token.text);
    }
    case Token::Dash:
        if (m_at > 0 && m_tokens[m_at - 1].kind == Token::Word && weekdayOf(m_tokens[m_at - 1].text) &&
            peek(1) && peek(1)->kind == Token::Word && weekdayOf(peek(1)->text))
            m_dayRange = true; // "ma-vr"
        ++m_at;
        if (!reading.times.isEmpty() || (peek() && peek()->kind == Token::Time))
            m_timeContext = true;
        if (m_monthMode != MonthMode::None && monthAhead(0))
            m_monthRange = true;
        return std::nullopt;
    case Token::Comma:
        ++m_at;
        m_listJoin = !m_ordinals.isEmpty() || m_monthMode != MonthMode::None;
        m_timeContext = timeContext;
        m_everyJustBefore = everyBefore;
        return std::nullopt;
    case Token::Ordinal:
        ++m_at;
        if (!m_ordinals.isEmpty() && !m_listJoin)
            return m_say("'%1' na '%2' begrijp ik niet", "I do not understand '%1' after '%2'", token.text,
                         m_ordinals.last().text);
        m_ordinals.append(token);
        if (everyBefore && token.text == "second"_L1)
            reading.englishSecond = true;
        m_listJoin = false;
        m_everyJustBefore = everyBefore;
        return std::nullopt;
    case Token::Number:
        return number(token, timeContext, everyBefore);
    case Token::Word:
        break;
    }
    return word(token, everyBefore);
}

std::optional<Error> Grammar::placeDate(QDate date, const QString &text)
{
    if (date.year() < 1900 || date.year() > 9999)
        return m_say("'%1' is geen datum", "'%1' is not a date", text);
    if (m_untilMode) {
        m_untilMode = false;
        if (reading.until.isValid())
            return m_say("twee einddatums ('%1')", "two end dates ('%1')", text);
        reading.until = date;
        return std::nullopt;
    }
    if (reading.date.isValid())
        return m_say("twee datums ('%1'): maak een bijeenkomst per datum",
                     "two dates ('%1'): make one meeting per date", text);
    reading.date = date;
    return std::nullopt;
}

std::optional<Error> Grammar::number(const Token &token, bool timeContext, bool everyBefore)
{
    {
        std::optional<Error> error;
        if (monthAhead(1)) {
            const std::optional<QDate> date = dateHere(error);
            if (error)
                return error;
            return placeDate(*date, token.text);
        }
    }
    ++m_at;
    const Token *next = peek();
    // "2x per week", "twee keer per maand", "6 keer"
    if (next && next->kind == Token::Word &&
        (next->text == "x"_L1 || next->text == "keer"_L1 || next->text == "maal"_L1 ||
         next->text == "times"_L1)) {
        ++m_at;
        return timesOf(token.value, token.text);
    }
    // "elke 2 weken", "om de 3 weken", "every three weeks"
    if (next && next->kind == Token::Word && unitOf(next->text) && (everyBefore || m_omDe)) {
        m_omDe = false;
        ++m_at;
        return setInterval(*unitOf(next->text), token.value, token.text + u' ' + next->text);
    }
    // A bare hour where a time belongs: "van 20 tot 22 uur", "om 8", "7-9pm".
    const bool beforeRange = next && next->kind == Token::Dash && peek(1) &&
                             (peek(1)->kind == Token::Time || peek(1)->kind == Token::Number);
    if (timeContext || beforeRange ||
        (next && next->kind == Token::Word &&
         (next->text == "tot"_L1 || next->text == "to"_L1 || next->text == "until"_L1 ||
          next->text == "till"_L1))) {
        Token time{Token::Time, token.text};
        time.hour = token.value;
        return addTime(time);
    }
    return m_say("wat betekent '%1' hier?", "what does '%1' mean here?", token.text);
}

std::optional<Error> Grammar::timesOf(int n, const QString &text)
{
    // "per week", "a month", "in de maand": so many times per period; otherwise a COUNT.
    qsizetype ahead = 0;
    while (wordAhead(ahead, "per"_L1) || wordAhead(ahead, "a"_L1) || wordAhead(ahead, "in"_L1) ||
           wordAhead(ahead, "de"_L1) || wordAhead(ahead, "the"_L1) || wordAhead(ahead, "each"_L1) ||
           wordAhead(ahead, "every"_L1) || wordAhead(ahead, "elke"_L1) || wordAhead(ahead, "iedere"_L1))
        ++ahead;
    const Token *unit = peek(ahead);
    if (ahead > 0 && unit && unit->kind == Token::Word && unitOf(unit->text)) {
        m_at += ahead + 1;
        if (reading.timesPer)
            return m_say("'%1 keer' staat er twee keer", "'%1 times' is there twice", text);
        reading.timesPer = n;
        reading.timesPerUnit = *unitOf(unit->text);
        if (n < 1)
            return m_say("'%1 keer' begrijp ik niet", "I do not understand '%1 times'", text);
        return std::nullopt;
    }
    if (reading.count)
        return m_say("'%1 keer' staat er twee keer", "'%1 times' is there twice", text);
    if (n < 1 || n > 1000)
        return m_say("'%1 keer' begrijp ik niet", "I do not understand '%1 times'", text);
    reading.count = n;
    return std::nullopt;
}

} // namespace kring::ScheduleParsing
