// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfolding.h"

namespace kring {

QString foldText(QStringView text)
{
    const QString decomposed = text.toString().toCaseFolded().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !folded.isEmpty())
                folded.append(QLatin1Char(' '));
            pendingSpace = false;
            folded.append(c);
        } else {
            pendingSpace = true;
        }
    }
    return folded;
}

} // namespace kring
