// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduleparser.h"

#include <QList>
#include <QMap>

#include <algorithm>
#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace kring {
namespace {

// ---- Words ---------------------------------------------------------------------------------------------
// All words are compared lower-case and without accents ("één" is "een").

struct Named {
    const char *word;
    int value;
};

// Weekdays (1 = Monday) with their abbreviations and English plurals; Dutch plurals ("dinsdagen",
// "'s dinsdags") and times of day ("dinsdagavond") are derived from the stems.
constexpr std::array weekdayWords{
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
constexpr std::array dutchWeekdays{"maandag", "dinsdag",  "woensdag", "donderdag",
                                   "vrijdag", "zaterdag", "zondag"};
constexpr std::array englishWeekdays{"monday", "tuesday",  "wednesday", "thursday",
                                     "friday", "saturday", "sunday"};

constexpr std::array monthWords{
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
constexpr std::array numberWords{
    Named{"twee", 2},      Named{"drie", 3},  Named{"vier", 4},    Named{"vijf", 5},
    Named{"zes", 6},       Named{"zeven", 7}, Named{"acht", 8},    Named{"negen", 9},
    Named{"tien", 10},     Named{"elf", 11},  Named{"twaalf", 12}, Named{"veertien", 14},
    Named{"one", 1},       Named{"two", 2},   Named{"three", 3},   Named{"four", 4},
    Named{"five", 5},      Named{"six", 6},   Named{"seven", 7},   Named{"eight", 8},
    Named{"nine", 9},      Named{"ten", 10},  Named{"eleven", 11}, Named{"twelve", 12},
    Named{"fourteen", 14},
};

// Ordinals; -1 is the last, -2 the one before.
constexpr std::array ordinalWords{
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
constexpr std::array unitWords{
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
constexpr std::array dayPartWords{
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
constexpr std::array everyWords{"elke", "iedere", "ieder", "elk", "alle", "every", "each", "all"};

// Words that say the meeting has no fixed rule: the text is kept as it is, never turned into a guess.
constexpr std::array irregularWords{
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
constexpr std::array fillerWords{
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

std::optional<Unit> unitOf(QStringView word)
{
    for (const auto &entry : unitWords) {
        if (word == QLatin1StringView(entry.word))
            return entry.unit;
    }
    return std::nullopt;
}

std::optional<DayPart> dayPartOf(QStringView word)
{
    for (const auto &entry : dayPartWords) {
        if (word == QLatin1StringView(entry.word))
            return entry.part;
    }
    return std::nullopt;
}

// A weekday, alone or in a compound: "dinsdag", "dinsdagen", "dinsdags", "dinsdagavond", "tuesdays".
struct WeekdayWord {
    int weekday = 0;
    DayPart part = DayPart::None;
};
std::optional<WeekdayWord> weekdayOf(QStringView word)
{
    if (const auto day = lookUp(weekdayWords, word))
        return WeekdayWord{*day, DayPart::None};
    for (int day = 1; day <= 7; ++day) {
        const QLatin1StringView stem(dutchWeekdays.at(size_t(day - 1)));
        if (!word.startsWith(stem))
            continue;
        const QStringView rest = word.mid(stem.size());
        if (rest == u"en" || rest == u"s")
            return WeekdayWord{day, DayPart::None};
        if (const auto part = dayPartOf(rest))
            return WeekdayWord{day, *part};
    }
    return std::nullopt;
}

int editDistance(QStringView a, QStringView b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

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
QString normalized(const QString &text)
{
    QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString result;
    result.reserve(decomposed.size());
    for (QChar c : std::as_const(decomposed)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == u'–' || c == u'—' || c == u'−' || c == u'‐' || c == u'‑')
            c = u'-';
        else if (c == u'’' || c == u'‘' || c == u'`' || c == u'´')
            c = u'\'';
        result.append(c);
    }
    result.replace("p.m."_L1, " pm "_L1).replace("a.m."_L1, " am "_L1).replace("t/m"_L1, " tm "_L1);
    return result;
}

class Tokenizer
{
public:
    explicit Tokenizer(const QString &text)
        : m_text(text)
    {}

    QList<Token> tokens()
    {
        QList<Token> result;
        while (m_at < m_text.size()) {
            const QChar c = m_text[m_at];
            if (c.isDigit() && c.unicode() <= '9')
                readNumber(result);
            else if (c.isLetter())
                readWord(result);
            else if (c == u'\'' && m_text.mid(m_at + 1, 2) == "s "_L1) {
                result.append({Token::Word, u"s"_s});
                m_at += 2;
            } else if (c == u'-') {
                result.append({Token::Dash, u"-"_s});
                ++m_at;
            } else if (c == u',' || c == u';' || c == u'&' || c == u'+' || c == u'/') {
                result.append({Token::Comma, QString(c)});
                ++m_at;
            } else {
                ++m_at; // spaces, full stops, brackets: only separate words
            }
        }
        return result;
    }

private:
    int digits(qsizetype &at, qsizetype max) const
    {
        int value = 0;
        const qsizetype from = at;
        while (at < m_text.size() && at - from < max && m_text[at].isDigit() && m_text[at].unicode() <= '9')
            value = value * 10 + (m_text[at++].unicode() - '0');
        return at == from ? -1 : value;
    }
    [[nodiscard]] bool digitAt(qsizetype at) const
    {
        return at < m_text.size() && m_text[at].isDigit() && m_text[at].unicode() <= '9';
    }
    [[nodiscard]] bool letterAt(qsizetype at) const { return at < m_text.size() && m_text[at].isLetter(); }

    void readNumber(QList<Token> &result)
    {
        const qsizetype from = m_at;
        qsizetype at = m_at;
        const int first = digits(at, 9);
        const qsizetype length = at - from;
        // 2026-01-13
        if (length == 4 && at + 5 < m_text.size() && m_text[at] == u'-' && digitAt(at + 1)) {
            qsizetype next = at + 1;
            const int month = digits(next, 2);
            if (next < m_text.size() && m_text[next] == u'-' && digitAt(next + 1)) {
                ++next;
                const int day = digits(next, 2);
                result.append({Token::Date, m_text.mid(from, next - from)});
                result.last().date = QDate(first, month, day);
                m_at = next;
                return;
            }
        }
        // 13-01-2026, 13/1/2026, 13.01.2026
        if (length <= 2 && at < m_text.size() && QStringView(u"-/.").contains(m_text[at]) &&
            digitAt(at + 1)) {
            const QChar separator = m_text[at];
            qsizetype next = at + 1;
            const int month = digits(next, 2);
            if (next + 4 < m_text.size() + 1 && next < m_text.size() && m_text[next] == separator &&
                digitAt(next + 1)) {
                qsizetype yearAt = next + 1;
                const int year = digits(yearAt, 4);
                if (yearAt - next - 1 == 4) {
                    result.append({Token::Date, m_text.mid(from, yearAt - from)});
                    result.last().date = QDate(year, month, first);
                    m_at = yearAt;
                    return;
                }
            }
        }
        // 19:30, 19.30, 19u30, 19h30
        if (length <= 2 && at + 2 < m_text.size() + 1 && at < m_text.size() &&
            QStringView(u":.uh").contains(m_text[at]) && digitAt(at + 1) && digitAt(at + 2) &&
            !digitAt(at + 3)) {
            Token time{Token::Time, m_text.mid(from, at + 3 - from)};
            time.hour = first;
            time.minute = (m_text[at + 1].unicode() - '0') * 10 + (m_text[at + 2].unicode() - '0');
            result.append(time);
            m_at = at + 3;
            return;
        }
        // 19u, 19h (but not 19uur, read below as a number and a word)
        if (length <= 2 && at < m_text.size() && (m_text[at] == u'u' || m_text[at] == u'h') &&
            !letterAt(at + 1)) {
            Token time{Token::Time, m_text.mid(from, at + 1 - from)};
            time.hour = first;
            result.append(time);
            m_at = at + 1;
            return;
        }
        // 2e, 3de, 1ste, 2nd, 4th
        if (letterAt(at)) {
            qsizetype end = at;
            while (letterAt(end))
                ++end;
            const QString suffix = m_text.mid(at, end - at);
            static const QStringList ordinalSuffixes{u"e"_s,  u"de"_s, u"ste"_s, u"st"_s,
                                                     u"nd"_s, u"rd"_s, u"th"_s};
            if (ordinalSuffixes.contains(suffix) && length <= 2) {
                result.append({Token::Ordinal, m_text.mid(from, end - from), first});
                m_at = end;
                return;
            }
        }
        result.append({Token::Number, m_text.mid(from, length), length > 6 ? 1000000 : first});
        m_at = at;
    }

    void readWord(QList<Token> &result)
    {
        QString word;
        while (m_at < m_text.size()) {
            if (m_text[m_at].isLetter()) {
                word.append(m_text[m_at++]);
            } else if (m_text[m_at] == u'\'' && letterAt(m_at + 1) && !word.isEmpty() &&
                       m_text.mid(m_at + 1, 2) != "s "_L1) {
                ++m_at; // o'clock (twee-wekelijks is joined after reading)
            } else {
                break;
            }
        }
        result.append({Token::Word, word});
    }

    const QString &m_text;
    qsizetype m_at = 0;
};

// Numbers and ordinals written as words become numbers and ordinals; "8 uur", "7 pm", "half acht",
// "second to last" become times and ordinals.
QList<Token> combined(QList<Token> tokens)
{
    for (Token &token : tokens) {
        if (token.kind != Token::Word)
            continue;
        if (const auto number = lookUp(numberWords, token.text))
            token = {Token::Number, token.text, *number};
        else if (const auto ordinal = lookUp(ordinalWords, token.text))
            token = {Token::Ordinal, token.text, *ordinal};
    }
    QList<Token> result;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        Token token = tokens[i];
        // "noon", "middernacht"
        if (token.kind == Token::Word &&
            (token.text == "noon"_L1 || token.text == "midnight"_L1 || token.text == "middernacht"_L1)) {
            Token time{Token::Time, token.text};
            time.hour = token.text == "noon"_L1 ? 12 : 0;
            result.append(time);
            continue;
        }
        const auto wordAt = [&](qsizetype at, QLatin1StringView word) {
            return at < tokens.size() && tokens[at].kind == Token::Word && tokens[at].text == word;
        };
        const auto kindAt = [&](qsizetype at, Token::Kind kind) {
            return at < tokens.size() && tokens[at].kind == kind;
        };
        // "een keer", "één uur"
        if (token.kind == Token::Word && token.text == "een"_L1 &&
            (wordAt(i + 1, "keer"_L1) || wordAt(i + 1, "maal"_L1) || wordAt(i + 1, "uur"_L1)))
            token = {Token::Number, token.text, 1};
        // "half acht" (7:30), "half past seven", "kwart over acht", "kwart voor acht", "quarter past/to"
        if (token.kind == Token::Word &&
            (token.text == "half"_L1 || token.text == "kwart"_L1 || token.text == "quarter"_L1)) {
            const bool english = token.text != "half"_L1 && token.text != "kwart"_L1;
            qsizetype at = i + 1;
            int minutes = 30;
            int hourShift = -1;
            if (wordAt(at, "past"_L1) || wordAt(at, "over"_L1)) {
                minutes = token.text == "half"_L1 ? 30 : 15;
                hourShift = 0;
                ++at;
            } else if (wordAt(at, "to"_L1) || wordAt(at, "voor"_L1)) {
                minutes = 45;
                hourShift = -1;
                ++at;
            } else if (token.text != "half"_L1) {
                at = -1; // "kwart" alone
            }
            (void)english;
            if (at > 0 && kindAt(at, Token::Number) && tokens[at].value >= 1 && tokens[at].value <= 12) {
                Token time{Token::Time, token.text};
                time.hour = (tokens[at].value + hourShift + 12) % 12;
                if (time.hour == 0 && tokens[at].value + hourShift == 0)
                    time.hour = 12;
                time.minute = minutes;
                result.append(time);
                i = at;
                continue;
            }
        }
        // "second to last", "second-last"
        if (token.kind == Token::Ordinal && token.value == 2 &&
            (wordAt(i + 1, "to"_L1) || kindAt(i + 1, Token::Dash)) && kindAt(i + 2, Token::Ordinal) &&
            tokens[i + 2].value == -1) {
            result.append({Token::Ordinal, token.text, -2});
            i += 2;
            continue;
        }
        if (token.kind == Token::Word && token.text == "secondlast"_L1) {
            result.append({Token::Ordinal, token.text, -2});
            continue;
        }
        // A number followed by "uur", "u", "h", "am" or "pm" is a time.
        if (token.kind == Token::Number && i + 1 < tokens.size() && tokens[i + 1].kind == Token::Word) {
            const QString &next = tokens[i + 1].text;
            if (next == "uur"_L1 || next == "u"_L1 || next == "h"_L1 || next == "am"_L1 || next == "pm"_L1 ||
                next == "oclock"_L1) {
                Token time{Token::Time, token.text};
                time.hour = token.value;
                time.meridiem = next == "am"_L1   ? Meridiem::Am
                                : next == "pm"_L1 ? Meridiem::Pm
                                                  : Meridiem::None;
                result.append(time);
                ++i;
                continue;
            }
        }
        if (token.kind == Token::Time && i + 1 < tokens.size() && tokens[i + 1].kind == Token::Word) {
            const QString &next = tokens[i + 1].text;
            if (next == "am"_L1 || next == "pm"_L1) {
                token.meridiem = next == "am"_L1 ? Meridiem::Am : Meridiem::Pm;
                result.append(token);
                ++i;
                continue;
            }
        }
        result.append(token);
    }
    return result;
}

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
        if (text.contains("%2"_L1))
            return Error{text.arg(a, b)};
        if (text.contains("%1"_L1))
            return Error{text.arg(a)};
        return Error{text};
    }
};

const char *dayCode(int weekday)
{
    static constexpr std::array codes{"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    return codes.at(size_t(std::clamp(weekday, 1, 7) - 1));
}

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

    std::optional<Error> read()
    {
        while (m_at < m_tokens.size()) {
            if (auto error = step())
                return error;
        }
        return flushOrdinals();
    }

    Reading reading;

private:
    [[nodiscard]] const Token *peek(qsizetype ahead = 0) const
    {
        return m_at + ahead < m_tokens.size() ? &m_tokens[m_at + ahead] : nullptr;
    }
    [[nodiscard]] bool wordAhead(qsizetype ahead, QLatin1StringView word) const
    {
        const Token *token = peek(ahead);
        return token && token->kind == Token::Word && token->text == word;
    }
    [[nodiscard]] bool monthAhead(qsizetype ahead) const
    {
        const Token *token = peek(ahead);
        return token && token->kind == Token::Word && lookUp(monthWords, token->text).has_value();
    }

    std::optional<Error> flushOrdinals()
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

    std::optional<Error> setInterval(Unit unit, int interval, const QString &what)
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

    std::optional<Error> addWeekday(int weekday, const Token &token)
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
    std::optional<QDate> dateHere(std::optional<Error> &error)
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

    std::optional<Error> addTime(Token time)
    {
        if (reading.times.size() == 2)
            return m_say("meer dan twee tijden ('%1'): maak een bijeenkomst per tijd",
                         "more than two times ('%1'): make one meeting per time", time.text);
        reading.times.append(time);
        return std::nullopt;
    }

    std::optional<Error> step()
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
                return m_say("'%1' na '%2' begrijp ik niet", "I do not understand '%1' after '%2'",
                             token.text, m_ordinals.last().text);
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

    std::optional<Error> placeDate(QDate date, const QString &text)
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

    std::optional<Error> number(const Token &token, bool timeContext, bool everyBefore)
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

    std::optional<Error> timesOf(int n, const QString &text)
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

    std::optional<Error> word(const Token &token, bool everyBefore)
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
        // "even weken", "oneven weken", "odd weeks": every two weeks, in those weeks.
        if ((w == "even"_L1 || w == "oneven"_L1 || w == "odd"_L1) && peek() && peek()->kind == Token::Word &&
            unitOf(peek()->text) == Unit::Week) {
            ++m_at;
            const int parity = w == "even"_L1 ? 2 : 1;
            if (reading.weekParity && reading.weekParity != parity)
                return m_say("'%1' zegt iets anders dan wat ervoor staat",
                             "'%1' contradicts what comes before", w);
            reading.weekParity = parity;
            if (reading.unit == Unit::Week && reading.interval == 2)
                return std::nullopt;
            return setInterval(Unit::Week, 2, w);
        }
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
        if (const auto weekday = weekdayOf(w)) {
            if (weekday->part != DayPart::None)
                reading.part = weekday->part;
            if (m_omDe) {
                m_omDe = false;
                if (auto error = setInterval(Unit::Week, 2, w))
                    return error;
            }
            return addWeekday(weekday->weekday, token);
        }
        if (w == "werkdag"_L1 || w == "werkdagen"_L1 || w == "weekday"_L1 || w == "weekdays"_L1 ||
            w == "weekdag"_L1 || w == "weekdagen"_L1) {
            if (!m_ordinals.isEmpty())
                return m_say("'%1 %2' kan ik niet in een regel zetten", "I cannot put '%1 %2' in a rule",
                             m_ordinals.first().text, w);
            for (int day = 1; day <= 5; ++day)
                (void)addWeekday(day, token);
            return std::nullopt;
        }
        if (w == "weekend"_L1 || w == "weekends"_L1 || w == "weekenddag"_L1) {
            if (!m_ordinals.isEmpty())
                return m_say("'%1 %2' kan ik niet in een regel zetten", "I cannot put '%1 %2' in a rule",
                             m_ordinals.first().text, w);
            for (int day = 6; day <= 7; ++day)
                (void)addWeekday(day, token);
            return std::nullopt;
        }
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
        if (w == "weekly"_L1 || w == "monthly"_L1 || w == "daily"_L1 || w == "fortnightly"_L1 ||
            w == "biweekly"_L1 || w == "bimonthly"_L1 || w == "quarterly"_L1 || w == "kwartaal"_L1) {
            const Unit unit = w == "daily"_L1 ? Unit::Day
                              : (w == "weekly"_L1 || w == "fortnightly"_L1 || w == "biweekly"_L1)
                                  ? Unit::Week
                                  : Unit::Month;
            const int interval = (w == "fortnightly"_L1 || w == "biweekly"_L1 || w == "bimonthly"_L1) ? 2
                                 : (w == "quarterly"_L1 || w == "kwartaal"_L1)                        ? 3
                                                                                                      : 1;
            return setInterval(unit, interval, w);
        }
        if (w == "jaar"_L1 || w == "jaarlijks"_L1 || w == "jaarlijkse"_L1 || w == "year"_L1 ||
            w == "yearly"_L1 || w == "annually"_L1 || w == "annual"_L1 || w == "halfjaarlijks"_L1)
            return m_say.irregular("'%1': een jaarlijkse bijeenkomst zet je als losse datum",
                                   "'%1': give a yearly meeting as a single date", w);
        // Time words
        if (w == "om"_L1 || w == "at"_L1 || w == "rond"_L1 || w == "omstreeks"_L1 || w == "around"_L1 ||
            w == "vanaf"_L1 || w == "from"_L1 || w == "van"_L1 || w == "tussen"_L1 || w == "between"_L1 ||
            w == "starting"_L1 || w == "beginnend"_L1) {
            const bool aboutTime = peek() && (peek()->kind == Token::Number || peek()->kind == Token::Time);
            if ((w == "van"_L1 || w == "from"_L1) && monthAhead(0)) {
                m_monthMode = MonthMode::Only;
                return std::nullopt;
            }
            if ((w == "vanaf"_L1 || w == "from"_L1 || w == "starting"_L1 || w == "beginnend"_L1) && peek() &&
                (peek()->kind == Token::Date || (peek()->kind == Token::Number && monthAhead(1))))
                return std::nullopt; // the first date follows
            if (w == "van"_L1 &&
                (wordAhead(0, "de"_L1) || wordAhead(0, "elke"_L1) || wordAhead(0, "iedere"_L1)))
                return std::nullopt; // "van de maand"
            m_timeContext = aboutTime;
            m_betweenTimes = w == "tussen"_L1 || w == "between"_L1;
            return flushOrdinals();
        }
        if (w == "tot"_L1 || w == "tm"_L1 || w == "until"_L1 || w == "till"_L1 || w == "to"_L1 ||
            w == "through"_L1 || w == "tem"_L1) {
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
        if (w == "behalve"_L1 || w == "except"_L1 || w == "excluding"_L1 || w == "niet"_L1 || w == "not"_L1 ||
            w == "zonder"_L1 || w == "without"_L1 || w == "buiten"_L1) {
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
        // An unknown word: say what it looks like.
        int closest = 0;
        int distance = 3;
        for (int day = 1; day <= 7; ++day) {
            for (const char *name :
                 {dutchWeekdays.at(size_t(day - 1)), englishWeekdays.at(size_t(day - 1))}) {
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
            return m_say("'%1' is geen weekdag (bedoel je %2?)", "'%1' is not a weekday (did you mean %2?)",
                         w, name);
        }
        return m_say("'%1' ken ik niet in een rooster", "'%1' is not a word I know in a schedule", w);
    }

    std::optional<Error> unitWord(Unit unit, const Token &token, bool everyBefore)
    {
        // "elke derde week", "every second month": the ordinal is the interval.
        if (!m_ordinals.isEmpty() && unit != Unit::Day) {
            if (m_ordinals.size() != 1 || m_ordinals.first().value < 2 || !everyBefore)
                return m_say("'%1 %2' begrijp ik niet", "I do not understand '%1 %2'",
                             m_ordinals.first().text, token.text);
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

    std::optional<Error> monthWord(int month, const QString &w, bool listJoin)
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

    std::optional<Error> compound(const QString &w)
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

// "2-wekelijks": a number, a dash and the compound; the number belongs to the compound. "twee-wekelijks",
// "bi-weekly", "second-last": one word.
QList<Token> joinedCompounds(QList<Token> tokens)
{
    for (qsizetype i = 0; i + 2 < tokens.size(); ++i) {
        if (tokens[i].kind != Token::Word || tokens[i + 1].kind != Token::Dash ||
            tokens[i + 2].kind != Token::Word)
            continue;
        const QString joined = tokens[i].text + tokens[i + 2].text;
        static const QStringList whole{u"biweekly"_s, u"bimonthly"_s, u"secondlast"_s};
        static const QStringList tails{u"wekelijks"_s,    u"wekelijkse"_s, u"maandelijks"_s,
                                       u"maandelijkse"_s, u"dagelijks"_s,  u"dagelijkse"_s};
        if (whole.contains(joined) || std::any_of(tails.cbegin(), tails.cend(), [&](const QString &tail) {
                return joined.endsWith(tail);
            })) {
            tokens[i].text = joined;
            tokens.remove(i + 1, 2);
        }
    }
    for (qsizetype i = 0; i + 2 < tokens.size(); ++i) {
        if (tokens[i].kind == Token::Number && tokens[i + 1].kind == Token::Dash &&
            tokens[i + 2].kind == Token::Word &&
            (tokens[i + 2].text.startsWith("wekelijks"_L1) ||
             tokens[i + 2].text.startsWith("maandelijks"_L1) ||
             tokens[i + 2].text.startsWith("dagelijks"_L1))) {
            static const QStringList numbers{u"twee"_s, u"drie"_s, u"vier"_s, u"vijf"_s, u"zes"_s};
            const int n = tokens[i].value;
            if (n >= 2 && n <= 6) {
                tokens[i + 2].text.prepend(numbers.at(n - 2));
                tokens.remove(i, 2);
            }
        }
    }
    return tokens;
}

std::optional<QTime> timeOf(const Token &token, DayPart part)
{
    int hour = token.hour;
    if (hour > 24 || token.minute > 59 || (hour == 24 && token.minute > 0))
        return std::nullopt;
    if (token.meridiem != Meridiem::None) {
        if (hour < 1 || hour > 12)
            return std::nullopt;
        hour = token.meridiem == Meridiem::Pm ? (hour % 12) + 12 : hour % 12;
    } else if ((part == DayPart::Evening || part == DayPart::Afternoon) && hour >= 1 && hour <= 11) {
        hour += 12;
    }
    return QTime(hour % 24, token.minute);
}

} // namespace

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

    Grammar grammar(joinedCompounds(combined(Tokenizer(simple).tokens())), say);
    if (auto error = grammar.read())
        return *error;
    Reading &r = grammar.reading;

    ParsedSchedule result;
    // Times
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
    if (!times.isEmpty())
        result.start = times.first();
    if (times.size() == 2)
        result.end = times.last();

    const bool hasPositions = !r.positions.isEmpty();
    const bool hasMonthDays = !r.monthDays.isEmpty();
    if (hasPositions && !r.plainDays.isEmpty())
        return say("een vaste weekdag en een weekdag in de maand tegelijk: maak twee bijeenkomsten",
                   "a weekday every week and a weekday of the month at once: make two meetings");
    if (hasMonthDays && (hasPositions || !r.plainDays.isEmpty()))
        return say("een dag van de maand en een weekdag tegelijk: maak twee bijeenkomsten",
                   "a day of the month and a weekday at once: make two meetings");

    QString freq;
    int interval = std::max(r.interval, 1);
    QStringList byDay;
    if (hasPositions || hasMonthDays) {
        if (r.unit == Unit::Week || r.unit == Unit::Day)
            return say("een dag van de maand met een herhaling in weken of dagen kan niet",
                       "a day of the month cannot repeat in weeks or days");
        if (r.englishSecond && !r.monthContext && r.unit == Unit::None && r.positions.size() == 1 &&
            r.positions.first() == QList<int>{2})
            return say.irregular("'every second' kan om de week of de 2e van de maand zijn: schrijf 'every "
                                 "other' of 'of the month'",
                                 "'every second' may be every other week or the 2nd of the month: write "
                                 "'every other' or 'of the month'");
        freq = u"MONTHLY"_s;
        for (auto it = r.positions.cbegin(); it != r.positions.cend(); ++it) {
            QList<int> positions = it.value();
            std::sort(positions.begin(), positions.end(),
                      [](int a, int b) { return (a < 0 ? 100 - a : a) < (b < 0 ? 100 - b : b); });
            for (int position : positions)
                byDay.append(QString::number(position) + QLatin1StringView(dayCode(it.key())));
        }
    } else if (!r.plainDays.isEmpty()) {
        if (r.unit == Unit::Month)
            return say("welke week van de maand? Schrijf bijvoorbeeld 'elke eerste dinsdag van de maand'",
                       "which week of the month? Write for example 'every first Tuesday of the month'");
        if (r.unit == Unit::Day)
            return say("een herhaling in dagen met een weekdag kan niet",
                       "a repeat in days cannot have a weekday");
        std::sort(r.plainDays.begin(), r.plainDays.end());
        for (int day : std::as_const(r.plainDays))
            byDay.append(QLatin1StringView(dayCode(day)));
        if (r.date.isValid() && !r.every && r.unit == Unit::None && r.timesPer == 0) {
            // "op dinsdag 13 januari 2026": one date, and its weekday.
            if (r.plainDays.size() != 1 || r.plainDays.first() != r.date.dayOfWeek())
                return say("%1 valt niet op de genoemde weekdag", "%1 is not on the weekday given",
                           r.date.toString(Qt::ISODate));
            byDay.clear();
        } else {
            freq = u"WEEKLY"_s;
        }
    } else if (r.unit == Unit::Day) {
        freq = u"DAILY"_s;
    } else if (r.unit == Unit::Week || r.unit == Unit::Month || r.every || r.timesPer) {
        return say.irregular("op welke dag? Er staat geen weekdag of datum in",
                             "on which day? No weekday or date is given");
    }

    if (r.timesPer) {
        const qsizetype named = freq == "WEEKLY"_L1 ? byDay.size()
                                : hasMonthDays      ? r.monthDays.size()
                                                    : byDay.size();
        const Unit perUnit = r.timesPerUnit == Unit::Day ? Unit::Day : r.timesPerUnit;
        const bool matches =
            (perUnit == Unit::Week && freq == "WEEKLY"_L1 && interval == 1 && named == r.timesPer) ||
            (perUnit == Unit::Month && freq == "MONTHLY"_L1 && interval == 1 && named == r.timesPer);
        if (!matches)
            return say.irregular("%1 keer per periode, maar welke dagen precies? Noem ze",
                                 "%1 times per period, but on which days exactly? Name them",
                                 QString::number(r.timesPer));
    }

    if (freq.isEmpty()) {
        if (r.date.isValid()) {
            if (!r.months.isEmpty() || r.count || r.until.isValid())
                return say("een losse datum herhaalt niet", "a single date does not repeat");
            result.date = r.date;
            return result;
        }
        if (!r.months.isEmpty() || r.count || r.until.isValid() || r.monthContext)
            return say("op welke dag? Er staat geen weekdag of datum in",
                       "on which day? No weekday or date is given");
        if (times.isEmpty())
            return say("hier staat geen rooster in", "there is no schedule in this");
        return result; // only a time
    }

    QStringList parts{u"FREQ="_s + freq};
    if (interval > 1)
        parts.append(u"INTERVAL="_s + QString::number(interval));
    if (!byDay.isEmpty())
        parts.append(u"BYDAY="_s + byDay.join(u','));
    if (hasMonthDays) {
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
    result.rrule = parts.join(u';');
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
