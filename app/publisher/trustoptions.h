// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"

#include "result.h"
#include "trust/keydirectory.h"

#include <QByteArray>
#include <QDateTime>

#include <initializer_list>
#include <optional>

// What the trust commands of kring-publisher (keys, announcements, the feed, news) read their options and
// files with.

inline constexpr int exitUsage = 2;

// Whether `line` has every one of `required` and no positional argument; prints the problem when not.
bool usable(CommandLine &line, std::initializer_list<const char *> required);
// --now as ISO 8601 (a date-time without offset is UTC), or the clock; nothing when it is not a time.
std::optional<QDateTime> nowOption(const CommandLine &line);
// The whole number of option `name`, `fallback` when it is not given; nothing when out of range.
std::optional<int> numberOption(const CommandLine &line, const char *name, int fallback, int minimum,
                                int maximum);
// The bytes of the file at `path`, refused when it is over `maxBytes`.
kring::Result<QByteArray> readFile(const QString &path, qint64 maxBytes);
// Writes `line` and a line feed to stdout.
void printLine(const QByteArray &line);
// The key folder at `path` for signing offline: refused when it cannot be opened or holds no root key.
kring::Result<kring::trust::KeyDirectory> openRootKeys(const QString &path);
