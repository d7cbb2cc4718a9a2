// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rootmetadata.h"

namespace kring::trust {

inline constexpr QLatin1StringView snapshotFormat{"kring-snapshot/1"};
inline constexpr int defaultSnapshotDays = 7;

// Size and BLAKE2b-256 of one feed file.
struct FileMeta {
    qint64 size = 0;
    QByteArray blake2b;
    bool operator==(const FileMeta &) const = default;
};

[[nodiscard]] FileMeta fileMeta(const QByteArray &bytes);

// Feed-signed: which files make up this version of the feed, and until when it is fresh.
struct Snapshot {
    qint64 version = 0;
    QDateTime issued;
    QDateTime expires;
    int rootVersion = 1;
    FileMeta root;
    FileMeta directory;
    FileMeta revocations;
    FileMeta announcements;
    FileMeta news; // optional: size 0 when the feed has no news.json
};

[[nodiscard]] QByteArray snapshotPayload(const Snapshot &snapshot);
[[nodiscard]] Result<Snapshot> verifySnapshot(const QByteArray &envelopeBytes, const RootMetadata &root,
                                              const QString &sourceName);

} // namespace kring::trust
