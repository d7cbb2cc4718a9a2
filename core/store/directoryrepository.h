// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "result.h"
#include "truststaterepository.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace kring {

// The verified directory as it came from the feed: the exact bytes, so they can be verified again.
struct DirectorySnapshot {
    QByteArray directoryJson;
    qint64 feedVersion = 0; // 0: the directory bundled with the app
    QDateTime storedAt;     // UTC

    bool operator==(const DirectorySnapshot &) const = default;
};

// Which snapshot is in use, without its bytes.
struct SnapshotInfo {
    qint64 feedVersion = 0;
    QDateTime storedAt; // UTC

    bool operator==(const SnapshotInfo &) const = default;
};

// The one directory snapshot in use. A new one replaces the old in a single transaction together with the
// trust state, so after any interruption the store holds either the old snapshot or the new one, whole. The
// catalog derived from the old one (CatalogRepository) goes in the same transaction.
class DirectoryRepository
{
public:
    explicit DirectoryRepository(Database &database)
        : m_database(database)
    {}

    // The snapshot in use; nothing before the first import.
    [[nodiscard]] Result<std::optional<DirectorySnapshot>> current();
    [[nodiscard]] Result<std::optional<SnapshotInfo>> currentInfo();
    [[nodiscard]] Result<qint64> currentFeedVersion();
    // Replaces the snapshot, the announcements that verified with it (envelopes) and the trust state, in one
    // transaction; the catalog of the old snapshot is dropped with it.
    [[nodiscard]] Status replace(const DirectorySnapshot &snapshot, const trust::TrustState &trust,
                                 const QList<QByteArray> &announcements = {});
    // A new feed version whose directory is the one stored: its announcements and trust state replace the old
    // ones in one transaction; the snapshot's bytes and the catalog stay.
    [[nodiscard]] Status updateAnnouncements(qint64 feedVersion, const trust::TrustState &trust,
                                             const QList<QByteArray> &announcements);
    // Adds an announcement (from a shared link) to those stored, with the trust state that recorded it.
    [[nodiscard]] Status addAnnouncement(const QByteArray &envelope, const trust::TrustState &trust);
    // The announcement envelopes stored with the snapshot in use, in feed order.
    [[nodiscard]] Result<QList<QByteArray>> announcements();

private:
    Database &m_database;
};

} // namespace kring
