// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminaltext.h"

#include "text/signedtext.h"

#include <algorithm>

namespace {

bool isShownAsEscape(QChar c)
{
    switch (c.category()) {
    case QChar::Other_Control:
    case QChar::Other_Format: // the text direction controls among them
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Surrogate: // one half of a pair, without the other
        return true;
    default:
        return kring::isControlCharacter(c.unicode()) || kring::isBidiControl(c.unicode());
    }
}

QString escapeOf(char16_t c)
{
    switch (c) {
    case u'\n':
        return QStringLiteral("\\n");
    case u'\r':
        return QStringLiteral("\\r");
    case u'\t':
        return QStringLiteral("\\t");
    default:
        if (c < 0x80)
            return QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        return QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
    }
}

} // namespace

QString terminalLine(QStringView text)
{
    QString line;
    line.reserve(std::min(text.size(), maxTerminalLineLength) + 16);
    for (qsizetype i = 0; i < text.size() && line.size() <= maxTerminalLineLength; ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            line.append(c).append(text[++i]);
        } else if (isShownAsEscape(c)) {
            line.append(escapeOf(c.unicode()));
        } else {
            line.append(c);
        }
    }
    if (line.size() > maxTerminalLineLength) {
        line.truncate(maxTerminalLineLength);
        if (line.back().isHighSurrogate())
            line.chop(1);
        line.append(QStringLiteral("..."));
    }
    return line;
}

void printTerminalLine(FILE *stream, const QString &text)
{
    const QByteArray line = terminalLine(text).toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stream);
}
