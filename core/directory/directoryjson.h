// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directory.h"
#include "result.h"

#include <QByteArray>

namespace kring::DirectoryJson {

inline constexpr QLatin1StringView formatName{"kring-directory/1"};
// The highest "version": 2^52, exact in a JSON number.
inline constexpr qint64 maxVersion = qint64(1) << 52;

// Parses and validates a `kring-directory/1` document (docs/directory-format.md). On failure the message
// names `sourceName`, the JSON path and the problem, one line per problem (at most 20).
[[nodiscard]] Result<Directory> parse(const QByteArray &json, const QString &sourceName);

// Writes `directory` as a `kring-directory/1` document that parse() reads back equal.
[[nodiscard]] QByteArray serialize(const Directory &directory);

// What serialize() writes of the directory holding only `group` of `directory`, with the themes and venues it
// refers to (in the order it refers to them) and the directory's network and date, without a version: what
// the catalog keeps per group. It writes them without building that directory.
[[nodiscard]] QByteArray serializeGroup(const Directory &directory, const Group &group);

// The "target_groups" names of TargetGroup bits, in the order the format lists them.
[[nodiscard]] QStringList targetGroupNames(quint8 targetGroups);

} // namespace kring::DirectoryJson
