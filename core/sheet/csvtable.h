// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace kring::Csv {

// A CSV file as spreadsheet programs write it (RFC 4180 and what Excel and LibreOffice do besides).
struct Table {
    QList<QStringList> rows; // row i is spreadsheet row i + 1; empty rows are kept as empty lists
    QChar delimiter;         // ';', ',' or '\t', as found in the first row
    QString encoding;        // "UTF-8" or "Windows-1252"
};

// Larger files are refused (a directory of a few thousand meetings is well under 10 MB).
inline constexpr qsizetype maxBytes = 64 * 1024 * 1024;

// UTF-8 with or without BOM, or Windows-1252 when the bytes are not valid UTF-8; comma, semicolon or tab
// (the most frequent of them in the first row); quoted fields with line breaks and doubled quotes. The error
// is in Dutch and names the row.
[[nodiscard]] Result<Table> read(const QByteArray &bytes);

// UTF-8 with BOM, semicolons, CRLF line ends: what Dutch and Belgian Excel and LibreOffice open as is.
[[nodiscard]] QByteArray write(const QList<QStringList> &rows);

// Windows-1252 bytes as text (the C1 range as Windows maps it; its five unused bytes as U+FFFD).
[[nodiscard]] QString fromWindows1252(const QByteArray &bytes);

} // namespace kring::Csv
