// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directory/directory.h"
#include "result.h"

#include <QByteArray>
#include <QStringList>

namespace kring::DirectorySheet {

// The directory as a spreadsheet the network's staff keep: one row per meeting, the group's columns repeated
// on each of its rows, headers in Dutch (docs/spreadsheet.md). The schedule is in words (ScheduleWords) and
// read back with ScheduleParser; messages are Dutch, the staff's language, from this code's own text.

// The column headers, in the order export writes them.
[[nodiscard]] QStringList headers();

// The directory as CSV: UTF-8 with BOM, semicolons, CRLF (Csv::write).
[[nodiscard]] QByteArray write(const Directory &directory);

struct Import {
    Directory directory;
    int meetings = 0;
    QStringList warnings; // "rij 5, kolom rooster: ..." for what was kept as text or made up (an id)
};

// Reads a sheet (any encoding and delimiter Csv::read takes) into a directory. What the sheet does not hold
// (translations, directions, theme names, the network's name and version, and every column left out of the
// sheet) comes from `base`, matched by id. Any problem rejects the whole sheet: the error lists every problem
// found, one line each, "rij 14, kolom rooster: 'dinsdg' is geen weekdag (bedoel je dinsdag?)".
[[nodiscard]] Result<Import> read(const QByteArray &bytes, const Directory *base);

} // namespace kring::DirectorySheet
