// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdio>

// At most this many characters of one line carrying text from a file (after escaping).
inline constexpr qsizetype maxTerminalLineLength = 2000;

// `text` as one line that is safe on a terminal, whoever wrote it (an inbox item, a feed, a directory): line
// breaks, control characters (C0, DEL, C1), text direction and other invisible format characters are shown
// as escapes (\n, \x1b, \u202e), and a line longer than maxTerminalLineLength is cut.
[[nodiscard]] QString terminalLine(QStringView text);

// Writes terminalLine(text) and a line feed to `stream`. Every line with text from a file goes through it.
void printTerminalLine(FILE *stream, const QString &text);
