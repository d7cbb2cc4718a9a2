// SPDX-License-Identifier: GPL-3.0-or-later
// Matching typed text against the words of a SearchIndex: whole phrases, the word as it is, other forms of
// it, words it starts or ends, the parts of a compound and small typos, each scored by the field it was found
// in and how well it matched.
#include "searchindex.h"

#include "search/vocabulary.h"
#include "search/wordforms.h"
#include "text/textfolding.h"

#include <algorithm>

namespace kring {

// Per group, for one search: the best match of the current part of a typed word, of the typed word (the sum
// of its parts when it is a compound), and the sum over the typed words with how many of them matched.
struct SearchIndex::Scores {
    explicit Scores(size_t groups)
        : part(groups)
        , word(groups)
        , total(groups)
        , words(groups)
    {}
    std::vector<quint8> part, word;
    std::vector<quint16> total;
    std::vector<quint8> words;
    std::vector<int> partTouched, wordTouched;
    std::vector<int> matchedGroups; // every group some word matched

    void add(int group, quint8 weight)
    {
        quint8 &best = part[size_t(group)];
        if (!best)
            partTouched.push_back(group);
        best = std::max(best, weight);
    }
    void endPart()
    {
        for (const int g : partTouched) {
            quint8 &score = word[size_t(g)];
            if (!score)
                wordTouched.push_back(g);
            score = quint8(std::min(255, score + part[size_t(g)]));
            part[size_t(g)] = 0;
        }
        partTouched.clear();
    }
    void endWord()
    {
        endPart();
        for (const int g : wordTouched) {
            if (!words[size_t(g)])
                matchedGroups.push_back(g);
            total[size_t(g)] = quint16(total[size_t(g)] + word[size_t(g)]);
            ++words[size_t(g)];
            word[size_t(g)] = 0;
        }
        wordTouched.clear();
    }
};

QStringView SearchIndex::word(size_t position) const
{
    return QStringView(m_wordText)
        .sliced(m_wordStart[position], m_wordStart[position + 1] - m_wordStart[position]);
}

bool SearchIndex::isPhrase(size_t position) const
{
    return word(position).contains(u' ');
}

size_t SearchIndex::firstWordFrom(QStringView folded) const
{
    size_t low = 0, high = wordCount();
    while (low < high) {
        const size_t middle = (low + high) / 2;
        if (word(middle) < folded)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

int SearchIndex::findWord(QStringView folded) const
{
    const size_t position = firstWordFrom(folded);
    return position < wordCount() && word(position) == folded ? int(position) : -1;
}

// A theme or the group's name first, then a keyword or town, then the summary; within each, the kind of
// match.
void SearchIndex::addWord(Scores &scores, size_t position, MatchKind kind) const
{
    for (int i = m_firstPosting[position]; i < m_firstPosting[position + 1]; ++i) {
        const quint32 posting = m_postings[size_t(i)];
        const quint32 field = posting & 3;
        const int id = int(posting >> 2);
        const int rank = field == ThemeField ? int(NameField) : int(field);
        const auto weight = quint8(rank * 8 + kind);
        if (field == ThemeField) {
            for (int k = m_firstGroupOfTheme[size_t(id)]; k < m_firstGroupOfTheme[size_t(id) + 1]; ++k)
                scores.add(m_themeGroups[size_t(k)], weight);
        } else {
            scores.add(id, weight);
        }
    }
}

// The words of the index whose stem is `stem` (phrases have none): their positions in m_wordsByStem.
std::pair<size_t, size_t> SearchIndex::wordsWithStem(const QString &stem) const
{
    const auto stemOf = [this](int position) { return wordStem(word(size_t(position))); };
    const auto first =
        std::lower_bound(m_wordsByStem.begin(), m_wordsByStem.end(), stem,
                         [&](int position, const QString &value) { return stemOf(position) < value; });
    auto last = first;
    while (last != m_wordsByStem.end() && stemOf(*last) == stem)
        ++last;
    return {size_t(first - m_wordsByStem.begin()), size_t(last - m_wordsByStem.begin())};
}

// True for a word of the index, or another form of one.
bool SearchIndex::isIndexWord(QStringView folded) const
{
    if (findWord(folded) >= 0)
        return true;
    const auto [first, last] = wordsWithStem(wordStem(folded));
    return first != last;
}

// A typed word split into words of the index: alcoholverslaving -> alcohol, verslaving; rouwgroep -> rouw,
// groep; with a linking s or e(n) between (drugsverslaving, ziektenverzekering). Fewest parts first, then the
// longest first part. When it does not split into known words, the longest known word it starts with
// (chemokuur -> chemo) and the longest it ends in (verkeersongeluk -> ongeluk). Empty when none.
QStringList SearchIndex::compoundParts(const QString &word) const
{
    constexpr qsizetype minimumPart = 3;
    const auto isPart = [this](QStringView part) { return part.size() >= minimumPart && isIndexWord(part); };
    QStringList best;
    const auto split = [&](const auto &self, QStringView rest, QStringList parts) -> void {
        if (!best.isEmpty() && parts.size() + 1 >= best.size())
            return;
        if (!parts.isEmpty() && isPart(rest)) {
            parts.append(rest.toString());
            best = parts;
            return;
        }
        if (parts.size() >= 2)
            return;
        for (qsizetype length = rest.size() - minimumPart; length >= minimumPart; --length) {
            const QStringView head = rest.first(length);
            if (!isPart(head))
                continue;
            QStringList withHead = parts;
            withHead.append(head.toString());
            const QStringView tail = rest.sliced(length);
            self(self, tail, withHead);
            for (const QStringView link : {QStringView(u"s"), QStringView(u"e"), QStringView(u"en")}) {
                if (tail.size() > link.size() + minimumPart && tail.startsWith(link))
                    self(self, tail.sliced(link.size()), withHead);
            }
        }
    };
    split(split, word, {});
    if (!best.isEmpty())
        return best;
    constexpr qsizetype minimumKnown = 4;
    for (qsizetype length = word.size() - 2; length >= minimumKnown; --length) {
        if (isIndexWord(QStringView(word).first(length))) {
            best.append(word.first(length));
            break;
        }
    }
    for (qsizetype length = word.size() - 2; length >= minimumKnown + 1; --length) {
        if (isIndexWord(QStringView(word).last(length))) {
            best.append(word.last(length));
            break;
        }
    }
    return best;
}

// Matches one typed word (folded) into `scores`; false when it matched nothing. Phrases of the index
// ("uit elkaar") are matched only whole, by textScores().
bool SearchIndex::matchWord(Scores &scores, const QString &typed) const
{
    const qsizetype length = typed.size();
    const int exact = findWord(typed);
    bool found = exact >= 0;
    if (found)
        addWord(scores, size_t(exact), Exact);
    // Short words only as they are, or another form of a three-letter word (gok -> gokken): "aa" is not
    // the start of "aanranding".
    if (length < 3)
        return found;
    // Other forms of the word: drinkt, drinker -> drink.
    found = addWordForms(scores, typed, exact, WordForm) || found;
    if (length == 3)
        return found;
    found = addWordsStartingWith(scores, typed, exact) || found;
    if (length >= 5)
        found = addLongerWordsEndingIn(scores, typed, exact) || found;
    if (found)
        return true;
    // The parts of a compound only when nothing else matched, and a typo only when they match nothing either.
    return addCompoundParts(scores, typed) || addTypos(scores, typed);
}

// The words of the index with the stem of `of`, but the one at `except` and phrases; false when none.
bool SearchIndex::addWordForms(Scores &scores, const QString &of, int except, MatchKind kind) const
{
    bool any = false;
    const auto [first, last] = wordsWithStem(wordStem(of));
    for (size_t i = first; i < last; ++i) {
        const int position = m_wordsByStem[i];
        if (position != except && !isPhrase(size_t(position))) {
            addWord(scores, size_t(position), kind);
            any = true;
        }
    }
    return any;
}

// Words that start with it, as it is being typed: depre -> depressie.
bool SearchIndex::addWordsStartingWith(Scores &scores, const QString &typed, int exact) const
{
    bool any = false;
    for (size_t w = exact >= 0 ? size_t(exact) + 1 : firstWordFrom(typed);
         w < wordCount() && word(w).startsWith(typed); ++w) {
        if (!isPhrase(w)) {
            addWord(scores, w, Prefix);
            any = true;
        }
    }
    return any;
}

// Words at least three letters longer that end in it: verslaving -> gokverslaving, kanker -> borstkanker.
bool SearchIndex::addLongerWordsEndingIn(Scores &scores, const QString &typed, int exact) const
{
    bool any = false;
    auto end = std::lower_bound(
        m_wordsByEnd.begin(), m_wordsByEnd.end(), typed,
        [&](int position, const QString &value) { return endsBefore(word(size_t(position)), value); });
    for (; end != m_wordsByEnd.end() && word(size_t(*end)).endsWith(typed); ++end) {
        if (*end != exact && word(size_t(*end)).size() >= typed.size() + 3 && !isPhrase(size_t(*end))) {
            addWord(scores, size_t(*end), CompoundPart);
            any = true;
        }
    }
    return any;
}

// The parts of a compound: alcoholverslaving -> alcohol + verslaving; words every group has (groep) are left
// out.
bool SearchIndex::addCompoundParts(Scores &scores, const QString &typed) const
{
    bool partFound = false;
    for (const QString &part : compoundParts(typed)) {
        if (Vocabulary::bundled().stopWords.contains(part))
            continue;
        scores.endPart();
        const int position = findWord(part);
        if (position >= 0) {
            addWord(scores, size_t(position), CompoundPart);
            partFound = true;
        }
        partFound = addWordForms(scores, part, position, CompoundPart) || partFound;
    }
    scores.endPart();
    return partFound;
}

// Words one letter off from five letters on, two from eight.
bool SearchIndex::addTypos(Scores &scores, const QString &typed) const
{
    const qsizetype length = typed.size();
    if (length < 5)
        return false;
    const int limit = length >= 8 ? 2 : 1;
    bool any = false;
    for (size_t w = firstWordFrom(u"a"); w < wordCount(); ++w) {
        const QStringView candidate = word(w);
        if (candidate.size() < 4 || std::abs(candidate.size() - length) > limit || isPhrase(w))
            continue;
        if (editDistance(candidate, typed, limit) <= limit) {
            addWord(scores, w, Typo);
            any = true;
        }
    }
    return any;
}

// Per group, how well the text matches it (0: not at all). Phrases of the thesaurus are matched whole ("uit
// elkaar"); stop words are left out unless there is nothing else; words that match nothing are left out; a
// group must match at least half of the words that match anything. Words for a relative favour groups for
// relatives.
std::vector<std::pair<int, quint16>> SearchIndex::textScores(const QString &text) const
{
    const Vocabulary &vocabulary = Vocabulary::bundled();
    const QStringList typed = foldText(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    Scores scores(m_groups.size());
    const std::vector<bool> inPhrase = matchPhrases(scores, typed);
    // Stop words are left out when there is something else, and so are words for a relative when there is
    // something besides them ("mijn moeder drinkt").
    const auto isStop = [&](const QString &word) { return vocabulary.stopWords.contains(word); };
    const auto isRelative = [&](const QString &word) { return vocabulary.relativeWords.contains(word); };
    const bool hasTopic = std::any_of(typed.cbegin(), typed.cend(), [&](const QString &word) {
        return !isStop(word) && !isRelative(word);
    });
    const bool hasNonStop =
        std::any_of(typed.cbegin(), typed.cend(), [&](const QString &word) { return !isStop(word); });
    bool relatives = false;
    for (qsizetype i = 0; i < typed.size(); ++i) {
        const QString &word = typed[i];
        relatives = relatives || isRelative(word);
        const bool skip = hasTopic ? isStop(word) || isRelative(word) : hasNonStop && isStop(word);
        if (inPhrase[size_t(i)] || skip)
            continue;
        matchWord(scores, word);
        scores.endWord();
    }
    return wellMatched(scores, relatives);
}

// Scores the phrases of the index (two or three words) found whole in the typed words, longest first, each
// as one word; true for each typed word that is part of one.
std::vector<bool> SearchIndex::matchPhrases(Scores &scores, const QStringList &typed) const
{
    std::vector<bool> inPhrase(size_t(typed.size()), false);
    for (qsizetype i = 0; i < typed.size(); ++i) {
        for (qsizetype n = std::min<qsizetype>(3, typed.size() - i); n >= 2; --n) {
            const int phrase = findWord(typed.mid(i, n).join(QLatin1Char(' ')));
            if (phrase < 0)
                continue;
            addWord(scores, size_t(phrase), Exact);
            scores.endWord();
            std::fill(inPhrase.begin() + i, inPhrase.begin() + i + n, true);
            break;
        }
    }
    return inPhrase;
}

// The groups that match at least half of the words any group matched, and more than half as well as the best
// one ("drugsverslaving" finds the drug groups, not every addiction); groups for relatives rank a little
// higher when words for a relative were typed.
std::vector<std::pair<int, quint16>> SearchIndex::wellMatched(const Scores &scores, bool relatives) const
{
    int maxWords = 0, best = 0;
    for (const int g : scores.matchedGroups) {
        maxWords = std::max(maxWords, int(scores.words[size_t(g)]));
        best = std::max(best, int(scores.total[size_t(g)]));
    }
    const int needed = (maxWords + 1) / 2;
    std::vector<std::pair<int, quint16>> found;
    for (const int g : scores.matchedGroups) {
        const quint16 total = scores.total[size_t(g)];
        if (scores.words[size_t(g)] < needed || total * 2 <= best)
            continue;
        const bool forRelatives = relatives && Audience(m_groups[size_t(g)].audience) != Audience::Self;
        found.emplace_back(g, quint16(total + (forRelatives ? 2 : 0)));
    }
    return found;
}

} // namespace kring
