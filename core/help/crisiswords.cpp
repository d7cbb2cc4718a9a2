// SPDX-License-Identifier: GPL-3.0-or-later
#include "crisiswords.h"

#include "text/textfolding.h"

#include <QFile>

namespace kring {

namespace {

// The largest number of other words allowed between two words of an entry.
constexpr qsizetype maxGap = 1;

bool wordMatches(QStringView word, QStringView wanted, bool prefix)
{
    return prefix ? word.startsWith(wanted) : word == wanted;
}

} // namespace

CrisisWords CrisisWords::parse(QStringView text)
{
    CrisisWords words;
    for (QStringView line : text.split(u'\n')) {
        if (const qsizetype comment = line.indexOf(u'#'); comment >= 0)
            line = line.left(comment);
        // A '*' is punctuation to foldText: remember it per word before folding.
        Entry entry;
        for (QStringView raw : line.split(u' ', Qt::SkipEmptyParts)) {
            const bool prefix = raw.endsWith(u'*');
            const QString folded = foldText(prefix ? raw.chopped(1) : raw).trimmed();
            const QStringList parts = folded.split(u' ', Qt::SkipEmptyParts);
            for (qsizetype i = 0; i < parts.size(); ++i)
                entry.append({parts[i], prefix && i == parts.size() - 1});
        }
        if (!entry.isEmpty())
            words.m_entries.append(entry);
    }
    return words;
}

const CrisisWords &CrisisWords::bundled()
{
    static const CrisisWords words = [] {
        QFile file(QStringLiteral(":/kring/help/crisis-words.txt"));
        return file.open(QIODevice::ReadOnly) ? parse(QString::fromUtf8(file.readAll())) : CrisisWords();
    }();
    return words;
}

bool CrisisWords::matchesAt(const Entry &entry, const QStringList &words, qsizetype from)
{
    if (!wordMatches(words[from], entry.first().text, entry.first().prefix))
        return false;
    qsizetype at = from;
    for (qsizetype i = 1; i < entry.size(); ++i) {
        qsizetype next = -1;
        for (qsizetype j = at + 1; j < words.size() && j <= at + 1 + maxGap; ++j) {
            if (wordMatches(words[j], entry[i].text, entry[i].prefix)) {
                next = j;
                break;
            }
        }
        if (next < 0)
            return false;
        at = next;
    }
    return true;
}

bool CrisisWords::matches(QStringView query) const
{
    const QStringList words = foldText(query).split(u' ', Qt::SkipEmptyParts);
    for (const Entry &entry : m_entries) {
        for (qsizetype from = 0; from < words.size(); ++from) {
            if (matchesAt(entry, words, from))
                return true;
        }
    }
    return false;
}

} // namespace kring
