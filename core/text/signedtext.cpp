// SPDX-License-Identifier: GPL-3.0-or-later
#include "signedtext.h"

#include <QCoreApplication>

namespace kring {
namespace {

QString codePoint(char16_t c)
{
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

QString problemWith(char16_t c)
{
    if (c == u'\n')
        return QCoreApplication::translate("SignedText", "a line break is not allowed here");
    if (isControlCharacter(c))
        return QCoreApplication::translate("SignedText", "contains the control character %1")
            .arg(codePoint(c));
    return QCoreApplication::translate("SignedText", "contains the text direction control %1")
        .arg(codePoint(c));
}

} // namespace

QString signedTextProblem(QStringView text, LineBreaks lineBreaks)
{
    for (const QChar character : text) {
        const char16_t c = character.unicode();
        if (c >= 0x20 && c < 0x7F) // printable ASCII, nearly all of a directory
            continue;
        if (c == u'\n' && lineBreaks == LineBreaks::Allowed)
            continue;
        if (isControlCharacter(c) || isBidiControl(c))
            return problemWith(c);
    }
    return {};
}

} // namespace kring
