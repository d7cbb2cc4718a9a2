// SPDX-License-Identifier: GPL-3.0-or-later
// The schedule parser's tokens: words, numbers, times, dates, dashes and commas of a normalized text.
#include "scheduleparserparts.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace kring::ScheduleParsing {

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

const char *dayCode(int weekday)
{
    static constexpr std::array codes{"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    return codes.at(size_t(std::clamp(weekday, 1, 7) - 1));
}

namespace {

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

// Numbers and ordinals written as words become numbers and ordinals.
void readNumberWords(QList<Token> &tokens)
{
    for (Token &token : tokens) {
        if (token.kind != Token::Word)
            continue;
        if (const auto number = lookUp(numberWords, token.text))
            token = {Token::Number, token.text, *number};
        else if (const auto ordinal = lookUp(ordinalWords, token.text))
            token = {Token::Ordinal, token.text, *ordinal};
    }
}

bool isWordAt(const QList<Token> &tokens, qsizetype at, QLatin1StringView word)
{
    return at < tokens.size() && tokens[at].kind == Token::Word && tokens[at].text == word;
}

bool isKindAt(const QList<Token> &tokens, qsizetype at, Token::Kind kind)
{
    return at < tokens.size() && tokens[at].kind == kind;
}

// "half acht" (7:30), "half past seven", "kwart over acht", "kwart voor acht", "quarter past/to" at `i`: the
// time and the index of its hour; nothing when no hour follows.
std::optional<std::pair<Token, qsizetype>> halfOrQuarterTime(const QList<Token> &tokens, qsizetype i)
{
    const Token &token = tokens[i];
    qsizetype at = i + 1;
    int minutes = 30;
    int hourShift = -1;
    if (isWordAt(tokens, at, "past"_L1) || isWordAt(tokens, at, "over"_L1)) {
        minutes = token.text == "half"_L1 ? 30 : 15;
        hourShift = 0;
        ++at;
    } else if (isWordAt(tokens, at, "to"_L1) || isWordAt(tokens, at, "voor"_L1)) {
        minutes = 45;
        hourShift = -1;
        ++at;
    } else if (token.text != "half"_L1) {
        return std::nullopt; // "kwart" alone
    }
    if (!isKindAt(tokens, at, Token::Number) || tokens[at].value < 1 || tokens[at].value > 12)
        return std::nullopt;
    Token time{Token::Time, token.text};
    time.hour = (tokens[at].value + hourShift + 12) % 12;
    if (time.hour == 0 && tokens[at].value + hourShift == 0)
        time.hour = 12;
    time.minute = minutes;
    return std::pair{time, at};
}

// "8 uur", "7 pm", "half acht" become times; "second to last" becomes an ordinal.
QList<Token> combined(QList<Token> tokens)
{
    readNumberWords(tokens);
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
        // "een keer", "één uur"
        if (token.kind == Token::Word && token.text == "een"_L1 &&
            (isWordAt(tokens, i + 1, "keer"_L1) || isWordAt(tokens, i + 1, "maal"_L1) ||
             isWordAt(tokens, i + 1, "uur"_L1)))
            token = {Token::Number, token.text, 1};
        if (token.kind == Token::Word &&
            (token.text == "half"_L1 || token.text == "kwart"_L1 || token.text == "quarter"_L1)) {
            if (const auto time = halfOrQuarterTime(tokens, i)) {
                result.append(time->first);
                i = time->second;
                continue;
            }
        }
        // "second to last", "second-last"
        if (token.kind == Token::Ordinal && token.value == 2 &&
            (isWordAt(tokens, i + 1, "to"_L1) || isKindAt(tokens, i + 1, Token::Dash)) &&
            isKindAt(tokens, i + 2, Token::Ordinal) && tokens[i + 2].value == -1) {
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

} // namespace

QList<Token> tokensOf(const QString &text)
{
    return joinedCompounds(combined(Tokenizer(text).tokens()));
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

} // namespace kring::ScheduleParsing
