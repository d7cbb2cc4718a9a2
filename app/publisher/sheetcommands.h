// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// parse-schedule, export-sheet, import-sheet (docs/spreadsheet.md)
int runParseSchedule(const QStringList &arguments);
int runExportSheet(const QStringList &arguments);
int runImportSheet(const QStringList &arguments);
