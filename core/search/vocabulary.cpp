// SPDX-License-Identifier: GPL-3.0-or-later
#include "vocabulary.h"

#include "text/textfolding.h"

#include <QCryptographicHash>
#include <QFile>

namespace kring {

Vocabulary Vocabulary::parse(const QByteArray &tsv)
{
    Vocabulary vocabulary;
    vocabulary.checksum = QCryptographicHash::hash(tsv, QCryptographicHash::Sha256).first(8);
    for (const QByteArray &rawLine : tsv.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> columns = line.split('\t');
        if (columns.size() < 3)
            continue;
        QStringList words;
        for (const QByteArray &word : columns[2].split(',')) {
            const QString folded = foldText(QString::fromUtf8(word)).trimmed();
            if (!folded.isEmpty())
                words.append(folded);
        }
        const QString id = QString::fromUtf8(columns[0].trimmed());
        if (id == u"@stop") {
            for (const QString &word : std::as_const(words))
                vocabulary.stopWords.insert(word);
        } else if (id == u"@relatives") {
            for (const QString &word : std::as_const(words))
                vocabulary.relativeWords.insert(word);
        } else if (!id.isEmpty()) {
            vocabulary.themes.append(Entry{id, QString::fromUtf8(columns[1].trimmed()), words});
        }
    }
    return vocabulary;
}

const Vocabulary &Vocabulary::bundled()
{
    static const Vocabulary vocabulary = [] {
        QFile file(QStringLiteral(":/kring/search/vocabulary.tsv"));
        return file.open(QIODevice::ReadOnly) ? parse(file.readAll()) : Vocabulary{};
    }();
    return vocabulary;
}

} // namespace kring
