// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "trust/certificate.h"

#include <QDateTime>
#include <QList>

namespace kring::feed {

// When the published feed and the certificates handed out need the team: `kring-publisher status`.
struct FeedStatus {
    static constexpr int snapshotWarningDays = 2;     // apps refuse an expired snapshot: build before then
    static constexpr int certificateWarningDays = 14; // a contact person needs a new certificate in time

    qint64 snapshotVersion = 0;       // 0: no feed built into the web root yet
    QDateTime snapshotExpires;        // UTC
    bool snapshotExpiresSoon = false; // within snapshotWarningDays, or already expired
    // Certificates handed out that run out within certificateWarningDays and are not revoked, soonest
    // first.
    QList<trust::Certificate> expiringCertificates;

    [[nodiscard]] bool needsAttention() const
    {
        return snapshotVersion == 0 || snapshotExpiresSoon || !expiringCertificates.isEmpty();
    }
};

// Reads KEYDIR (root, revocations, issued certificates) and WEBROOT/feed/snapshot.json (checked against
// the root) at `now`. An error when the key folder or a published snapshot cannot be read or verified.
[[nodiscard]] Result<FeedStatus> feedStatus(const QString &keyDirectory, const QString &webRoot,
                                            const QDateTime &now);

} // namespace kring::feed
