// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kring::trust {

// Size caps, checked before a byte is parsed.
inline constexpr qint64 mebibyte = 1024 * 1024;
inline constexpr qint64 maxRootBytes = 1 * mebibyte;
inline constexpr qint64 maxSnapshotBytes = 1 * mebibyte;
inline constexpr qint64 maxRevocationsBytes = 4 * mebibyte;
inline constexpr qint64 maxAnnouncementsBytes = 16 * mebibyte;
inline constexpr qint64 maxDirectoryBytes = 96 * mebibyte;
inline constexpr qint64 maxAnnouncementBytes = 2 * 1024;
inline constexpr qint64 maxCertificateBytes = 4 * 1024;
// news.json (50 items of at most 600 characters, signed) and the team's input for it.
inline constexpr qint64 maxNewsBytes = 256 * 1024;

// The highest snapshot version, directory version and sequence number: 2^52, exact in a JSON number.
inline constexpr qint64 maxVersionNumber = qint64(1) << 52;

// "PATH: SIZE bytes is over the limit of MAX bytes; refused", for a file over its cap.
[[nodiscard]] QString tooLarge(const QString &path, qint64 size, qint64 maxBytes);

} // namespace kring::trust
