// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "result.h"

#include <QDateTime>

namespace kring {

// What the trust engine has verified so far; it only ever moves forward (TRUST.md).
struct TrustState {
    qint64 rootVersion = 0;
    qint64 snapshotVersion = 0;
    QDateTime newestIssued; // newest verified issued time, UTC; invalid when nothing was verified yet

    bool operator==(const TrustState &) const = default;
};

// Storage of the trust state and of announcement sequence numbers per (contact key, group). Writes join the
// caller's transaction when one is open, so trust state is stored together with the data it vouches for.
class TrustStateRepository
{
public:
    explicit TrustStateRepository(Database &database)
        : m_database(database)
    {}

    [[nodiscard]] Result<TrustState> load();
    [[nodiscard]] Status save(const TrustState &state);

    // The highest sequence number accepted from `contactKeyId` for `groupId`; 0 when none.
    [[nodiscard]] Result<qint64> sequence(const QString &contactKeyId, const QString &groupId);
    [[nodiscard]] Status setSequence(const QString &contactKeyId, const QString &groupId, qint64 sequence);

private:
    Database &m_database;
};

} // namespace kring
