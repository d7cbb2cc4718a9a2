// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace kring {

// Whether a search is about suicide or self-harm, in people's own words: then the help lines show, calmly,
// above whatever else is found. The words are a list the network's staff review (crisis-words.txt), not code.
class CrisisWords
{
public:
    // One entry a line; '#' starts a comment. An entry of several words matches them in order with at most
    // one other word between two of them; a word ending in '*' matches every word starting with it.
    [[nodiscard]] static CrisisWords parse(QStringView text);
    // The bundled list (:/kring/help/crisis-words.txt), read once.
    [[nodiscard]] static const CrisisWords &bundled();

    // True when `query` (as typed: any case, accents, punctuation) holds one of the entries.
    [[nodiscard]] bool matches(QStringView query) const;
    [[nodiscard]] qsizetype size() const { return m_entries.size(); }

private:
    struct Word {
        QString text;
        bool prefix = false;
    };
    using Entry = QList<Word>;

    [[nodiscard]] static bool matchesAt(const Entry &entry, const QStringList &words, qsizetype from);

    QList<Entry> m_entries;
};

} // namespace kring
