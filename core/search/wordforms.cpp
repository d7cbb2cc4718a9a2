// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordforms.h"

#include <algorithm>
#include <array>

namespace kring {
namespace {

constexpr qsizetype minimumStem = 3;

bool isVowel(QChar c)
{
    return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u' || c == u'y';
}

// One suffix off, the longest that leaves a stem of three letters or more; false when none applies.
bool stripSuffix(QString &word)
{
    // Derivations and inflections, longest first within each kind.
    static const std::array<QStringView, 22> suffixes{
        u"heden", u"heid", u"ingen", u"ing", u"isme", u"ische", u"isch", u"isten", u"ist", u"ers", u"ster",
        u"lijke", u"lijk", u"ende",  u"end", u"en",   u"te",    u"de",   u"er",    u"e",   u"s",   u"t",
    };
    for (const QStringView suffix : suffixes) {
        if (word.size() - suffix.size() >= minimumStem && word.endsWith(suffix)) {
            word.chop(suffix.size());
            return true;
        }
    }
    return false;
}

// drinkk -> drink (the doubled consonant of "zitten"), depressiev -> depressief, verliez -> verlies.
void normaliseEnd(QString &word)
{
    const qsizetype n = word.size();
    if (n > minimumStem && word[n - 1] == word[n - 2] && !isVowel(word[n - 1]))
        word.chop(1);
    if (word.endsWith(u'v'))
        word[word.size() - 1] = u'f';
    else if (word.endsWith(u'z'))
        word[word.size() - 1] = u's';
}

} // namespace

QString wordStem(QStringView folded)
{
    QString word = folded.toString();
    if (word.size() < 5 || std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); }))
        return word;
    // "ief" -> "ie": depressief, depressieve and depressie meet.
    if (word.endsWith(u"ieve"))
        word.chop(2);
    else if (word.endsWith(u"ief"))
        word.chop(1);
    for (int round = 0; round < 3 && stripSuffix(word); ++round)
        normaliseEnd(word);
    return word;
}

int editDistance(QStringView a, QStringView b, int limit)
{
    const qsizetype n = a.size(), m = b.size();
    constexpr qsizetype longest = 63; // longer words are never typos of each other here
    if (std::abs(n - m) > limit || n > longest || m > longest)
        return limit + 1;
    // Optimal string alignment, three rows on the stack.
    std::array<int, longest + 1> before{}, previous{}, current{};
    for (qsizetype j = 0; j <= m; ++j)
        previous[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        int rowBest = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int value = std::min(
                {previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, previous[size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                value = std::min(value, before[size_t(j - 2)] + 1);
            current[size_t(j)] = value;
            rowBest = std::min(rowBest, value);
        }
        if (rowBest > limit)
            return limit + 1;
        before = previous;
        previous = current;
    }
    return std::min(previous[size_t(m)], limit + 1);
}

} // namespace kring
