// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace kring {

// The search thesaurus (assets/search/vocabulary.tsv, described in docs/search.md): per theme id the everyday
// words, abbreviations, English and Flemish words that should find it; the words a search leaves out
// (function words and words every group has, like "groep"); and the words for a relative ("mijn moeder"),
// which favour groups for relatives. Every word is folded; a word may be a phrase ("uit elkaar").
struct Vocabulary {
    struct Entry {
        QString themeId;
        QString category;
        QStringList words;
    };
    QList<Entry> themes;
    QSet<QString> stopWords;
    QSet<QString> relativeWords;
    QByteArray checksum; // of the file: an index built with other words is built again

    // Reads the tab-separated form; lines that are empty or start with '#' are skipped.
    [[nodiscard]] static Vocabulary parse(const QByteArray &tsv);
    // The vocabulary the app ships with.
    [[nodiscard]] static const Vocabulary &bundled();
};

} // namespace kring
