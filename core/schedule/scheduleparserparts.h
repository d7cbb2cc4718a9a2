// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The schedule parser's words, tokens and grammar; private to core/schedule.

#include "result.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QTime>

#include <algorithm>
#include <array>
#include <optional>

namespace kring::ScheduleParsing {

// ---- Words ---------------------------------------------------------------------------------------------
// All words are compared lower-case and without accents ("één" is "een").

struct Named {
    const char *word;
    int value;
};

// Weekdays (1 = Monday) with their abbreviations and English plurals; Dutch plurals ("dinsdagen",
// "'s dinsdags") and times of day ("dinsdagavond") are derived from the stems.
inline constexpr std::array weekdayWords{
    Named{"maandag", 1},   Named{"ma", 1},        Named{"monday", 1},    Named{"mon", 1},
    Named{"mondays", 1},   Named{"dinsdag", 2},   Named{"di", 2},        Named{"tuesday", 2},
    Named{"tue", 2},       Named{"tues", 2},      Named{"tuesdays", 2},  Named{"woensdag", 3},
    Named{"wo", 3},        Named{"wednesday", 3}, Named{"wed", 3},       Named{"wednesdays", 3},
    Named{"donderdag", 4}, Named{"do", 4},        Named{"thursday", 4},  Named{"thu", 4},
    Named{"thur", 4},      Named{"thurs", 4},     Named{"thursdays", 4}, Named{"vrijdag", 5},
    Named{"vr", 5},        Named{"vrij", 5},      Named{"friday", 5},    Named{"fri", 5},
    Named{"fridays", 5},   Named{"zaterdag", 6},  Named{"za", 6},        Named{"zat", 6},
    Named{"saturday", 6},  Named{"sat", 6},       Named{"saturdays", 6}, Named{"zondag", 7},
    Named{"zo", 7},        Named{"zon", 7},       Named{"sunday", 7},    Named{"sun", 7},
    Named{"sundays", 7},
};
inline constexpr std::array dutchWeekdays{"maandag", "dinsdag",  "woensdag", "donderdag",
                                          "vrijdag", "zaterdag", "zondag"};
inline constexpr std::array englishWeekdays{"monday", "tuesday",  "wednesday", "thursday",
                                            "friday", "saturday", "sunday"};

inline constexpr std::array monthWords{
    Named{"januari", 1},   Named{"january", 1}, Named{"jan", 1},       Named{"februari", 2},
    Named{"february", 2},  Named{"feb", 2},     Named{"maart", 3},     Named{"march", 3},
    Named{"mrt", 3},       Named{"mar", 3},     Named{"april", 4},     Named{"apr", 4},
    Named{"mei", 5},       Named{"may", 5},     Named{"juni", 6},      Named{"june", 6},
    Named{"jun", 6},       Named{"juli", 7},    Named{"july", 7},      Named{"jul", 7},
    Named{"augustus", 8},  Named{"august", 8},  Named{"aug", 8},       Named{"september", 9},
    Named{"sept", 9},      Named{"sep", 9},     Named{"oktober", 10},  Named{"october", 10},
    Named{"okt", 10},      Named{"oct", 10},    Named{"november", 11}, Named{"nov", 11},
    Named{"december", 12}, Named{"dec", 12},
};

// Numbers written as words; "een" (also the article "a") only counts before "keer", "maal" or "uur".
inline constexpr std::array numberWords{
    Named{"twee", 2},      Named{"drie", 3},  Named{"vier", 4},    Named{"vijf", 5},
    Named{"zes", 6},       Named{"zeven", 7}, Named{"acht", 8},    Named{"negen", 9},
    Named{"tien", 10},     Named{"elf", 11},  Named{"twaalf", 12}, Named{"veertien", 14},
    Named{"one", 1},       Named{"two", 2},   Named{"three", 3},   Named{"four", 4},
    Named{"five", 5},      Named{"six", 6},   Named{"seven", 7},   Named{"eight", 8},
    Named{"nine", 9},      Named{"ten", 10},  Named{"eleven", 11}, Named{"twelve", 12},
    Named{"fourteen", 14},
};

// Ordinals; -1 is the last, -2 the one before.
inline constexpr std::array ordinalWords{
    Named{"eerste", 1}, Named{"tweede", 2},       Named{"derde", 3},        Named{"vierde", 4},
    Named{"vijfde", 5}, Named{"laatste", -1},     Named{"voorlaatste", -2}, Named{"first", 1},
    Named{"second", 2}, Named{"third", 3},        Named{"fourth", 4},       Named{"fifth", 5},
    Named{"last", -1},  Named{"penultimate", -2},
};

enum class Unit { None, Day, Week, Month };

struct UnitWord {
    const char *word;
    Unit unit;
};
inline constexpr std::array unitWords{
    UnitWord{"dag", Unit::Day},     UnitWord{"dagen", Unit::Day},    UnitWord{"day", Unit::Day},
    UnitWord{"days", Unit::Day},    UnitWord{"week", Unit::Week},    UnitWord{"weken", Unit::Week},
    UnitWord{"weeks", Unit::Week},  UnitWord{"maand", Unit::Month},  UnitWord{"maanden", Unit::Month},
    UnitWord{"month", Unit::Month}, UnitWord{"months", Unit::Month}, UnitWord{"mnd", Unit::Month},
    UnitWord{"wk", Unit::Week},
};

// Parts of the day: evening and afternoon make "8 uur" 20:00.
enum class DayPart { None, Morning, Afternoon, Evening };
struct DayPartWord {
    const char *word;
    DayPart part;
};
inline constexpr std::array dayPartWords{
    DayPartWord{"ochtend", DayPart::Morning},     DayPartWord{"ochtenden", DayPart::Morning},
    DayPartWord{"ochtends", DayPart::Morning},    DayPartWord{"morgen", DayPart::Morning},
    DayPartWord{"morgens", DayPart::Morning},     DayPartWord{"voormiddag", DayPart::Morning},
    DayPartWord{"morning", DayPart::Morning},     DayPartWord{"mornings", DayPart::Morning},
    DayPartWord{"middag", DayPart::Afternoon},    DayPartWord{"middagen", DayPart::Afternoon},
    DayPartWord{"middags", DayPart::Afternoon},   DayPartWord{"namiddag", DayPart::Afternoon},
    DayPartWord{"afternoon", DayPart::Afternoon}, DayPartWord{"afternoons", DayPart::Afternoon},
    DayPartWord{"avond", DayPart::Evening},       DayPartWord{"avonden", DayPart::Evening},
    DayPartWord{"avonds", DayPart::Evening},      DayPartWord{"evening", DayPart::Evening},
    DayPartWord{"evenings", DayPart::Evening},    DayPartWord{"night", DayPart::Evening},
    DayPartWord{"nights", DayPart::Evening},      DayPartWord{"nacht", DayPart::Evening},
};

// Every: the rule repeats (interval 1 unless a number or "other" follows).
inline constexpr std::array everyWords{"elke", "iedere", "ieder", "elk", "alle", "every", "each", "all"};

// Words that say the meeting has no fixed rule: the text is kept as it is, never turned into a guess.
inline constexpr std::array irregularWords{
    "ongeveer",
    "circa",
    "ca",
    "approximately",
    "roughly",
    "about",
    "soms",
    "sometimes",
    "occasionally",
    "overleg",
    "afspraak",
    "appointment",
    "aanvraag",
    "request",
    "wisselend",
    "wisselende",
    "varies",
    "varying",
    "variable",
    "verschillend",
    "verschillende",
    "onregelmatig",
    "irregular",
    "irregularly",
    "nader",
    "tbd",
    "tba",
    "misschien",
    "maybe",
    "meestal",
    "usually",
    "mostly",
    "vaak",
    "often",
    "regelmatig",
    "regularly",
    "toe",
    "enkele",
    "several",
    "paar",
    "few",
    "flexibel",
    "flexible",
    "afhankelijk",
    "depending",
    "depends",
    "bekend",
    "announced",
    "zomervakantie",
    "schoolvakanties",
    "schoolvakantie",
    "vakantie",
    "vakanties",
    "holidays",
    "feestdagen",
    "vraag",
};

// Words that carry no meaning of their own here.
inline constexpr std::array fillerWords{
    "de",      "het",     "een",      "op",          "in",
    "on",      "the",     "a",        "an",          "uur",
    "u",       "h",       "hr",       "s",           "we",
    "wij",     "komen",   "samen",    "bijeen",      "meet",
    "meets",   "meeting", "meetings", "bijeenkomst", "bijeenkomsten",
    "groep",   "group",   "is",       "er",          "telkens",
    "steeds",  "altijd",  "always",   "gewoonlijk",  "dan",
    "starts",  "start",   "begint",   "beginnen",    "aanvang",
    "o'clock", "uhr",     "tijd",     "time",        "van",
    "of",      "at",      "om",       "per",         "by",
    "vd",      "v",       "d",
};

template<class Table> std::optional<int> lookUp(const Table &table, QStringView word)
{
    for (const auto &entry : table) {
        if (word == QLatin1StringView(entry.word))
            return entry.value;
    }
    return std::nullopt;
}

template<class Table> bool isOneOf(const Table &table, QStringView word)
{
    return std::any_of(table.begin(), table.end(),
                       [&](const char *entry) { return word == QLatin1StringView(entry); });
}

[[nodiscard]] std::optional<Unit> unitOf(QStringView word);
[[nodiscard]] std::optional<DayPart> dayPartOf(QStringView word);
// A weekday, alone or in a compound: "dinsdag", "dinsdagen", "dinsdags", "dinsdagavond", "tuesdays".
struct WeekdayWord {
    int weekday = 0;
    DayPart part = DayPart::None;
};
[[nodiscard]] std::optional<WeekdayWord> weekdayOf(QStringView word);
[[nodiscard]] int editDistance(QStringView a, QStringView b);

// ---- Tokens --------------------------------------------------------------------------------------------

enum class Meridiem { None, Am, Pm };

struct Token {
    enum Kind { Word, Number, Ordinal, Time, Date, Dash, Comma };
    Token(Kind kind = Word, QString text = {}, int value = 0)
        : kind(kind)
        , text(std::move(text))
        , value(value)
    {}
    Kind kind = Word;
    QString text; // the word, or the characters read
    int value = 0;
    int hour = 0;
    int minute = 0;
    Meridiem meridiem = Meridiem::None;
    QDate date;
};

// Lower case, no accents, one kind of dash and apostrophe, "p.m." and "t/m" as words.
[[nodiscard]] QString normalized(const QString &text);
// The tokens of a normalized text; numbers, times and compounds written as words are read as such.
[[nodiscard]] QList<Token> tokensOf(const QString &text);
// The time of a Time token; evening and afternoon make "8 uur" 20:00.
[[nodiscard]] std::optional<QTime> timeOf(const Token &token, DayPart part);

// ---- Messages ------------------------------------------------------------------------------------------

struct Say {
    bool dutch;
    bool *notRegular = nullptr;
    // The same for a text that says there is no fixed schedule.
    [[nodiscard]] Error irregular(const char *nl, const char *en, const QString &a = {}) const
    {
        if (notRegular)
            *notRegular = true;
        return (*this)(nl, en, a);
    }
    [[nodiscard]] Error operator()(const char *nl, const char *en, const QString &a = {},
                                   const QString &b = {}) const
    {
        const QString text = QString::fromUtf8(dutch ? nl : en);
        if (text.contains(QLatin1StringView("%2")))
            return Error{text.arg(a, b)};
        if (text.contains(QLatin1StringView("%1")))
            return Error{text.arg(a)};
        return Error{text};
    }
};

// "MO" for 1 (Monday) to "SU" for 7.
[[nodiscard]] const char *dayCode(int weekday);

// ---- The grammar ---------------------------------------------------------------------------------------

struct Reading {
    bool every = false;
    Unit unit = Unit::None;
    int interval = 0; // 0: not said
    QList<int> plainDays;
    QMap<int, QList<int>> positions; // weekday -> positions
    QList<int> monthDays;
    bool monthContext = false;
    bool englishSecond = false; // "every second Tuesday": every other week or the 2nd of the month?
    QList<Token> times;
    DayPart part = DayPart::None;
    QList<int> months;
    bool monthsExcluded = false;
    int count = 0;
    int timesPer = 0; // "2x per maand"
    Unit timesPerUnit = Unit::None;
    QDate until;
    QDate date;
    int weekParity = 0;
};

class Grammar
{
public:
    Grammar(QList<Token> tokens, Say say)
        : m_tokens(std::move(tokens))
        , m_say(say)
    {}

    std::optional<Error> read();

    Reading reading;

private:
    [[nodiscard]] const Token *peek(qsizetype ahead = 0) const;
    [[nodiscard]] bool wordAhead(qsizetype ahead, QLatin1StringView word) const;
    [[nodiscard]] bool monthAhead(qsizetype ahead) const;
    std::optional<Error> flushOrdinals();
    std::optional<Error> setInterval(Unit unit, int interval, const QString &what);
    std::optional<Error> addWeekday(int weekday, const Token &token);
    std::optional<QDate> dateHere(std::optional<Error> &error);
    std::optional<Error> addTime(Token time);
    std::optional<Error> step();
    std::optional<Error> placeDate(QDate date, const QString &text);
    std::optional<Error> number(const Token &token, bool timeContext, bool everyBefore);
    std::optional<Error> timesOf(int n, const QString &text);
    // Words (schedulegrammarwords.cpp).
    std::optional<Error> word(const Token &token, bool everyBefore);
    std::optional<Error> otherWord(const Token &token, bool everyBefore, bool listJoin);
    std::optional<Error> weekParityWord(const QString &w);
    std::optional<Error> weekdayWord(const WeekdayWord &weekday, const Token &token);
    std::optional<Error> weekdaysWord(const Token &token, int first, int last);
    std::optional<Error> repeatWord(const QString &w);
    std::optional<Error> fromWord(const QString &w);
    std::optional<Error> untilWord(const QString &w);
    [[nodiscard]] std::optional<Error> unknownWord(const QString &w) const;
    std::optional<Error> unitWord(Unit unit, const Token &token, bool everyBefore);
    std::optional<Error> monthWord(int month, const QString &w, bool listJoin);
    std::optional<Error> compound(const QString &w);

    QList<Token> m_tokens;
    Say m_say;
    qsizetype m_at = 0;
    QList<Token> m_ordinals; // waiting for their weekday
    bool m_listJoin = false; // "en" between ordinals or months
    bool m_timeContext = false;
    bool m_betweenTimes = false;
    bool m_everyJustBefore = false;
    bool m_omDe = false;
    bool m_untilMode = false;
    enum class MonthMode { None, Except, Only } m_monthMode = MonthMode::None;
    bool m_monthRange = false;
    bool m_dayRange = false; // "ma t/m vr", "Monday to Friday"
};

} // namespace kring::ScheduleParsing
