// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rootmetadata.h"

#include <QSet>

namespace kring::trust {

inline constexpr QLatin1StringView revocationsFormat{"kring-revocations/1"};

// Root-signed and versioned: certificate serials and contact key ids no longer trusted.
struct Revocations {
    int version = 0;
    QDateTime issued;
    QSet<QString> serials;
    QSet<QString> keyIds;
};

[[nodiscard]] QByteArray revocationsPayload(const Revocations &revocations);
[[nodiscard]] Result<Revocations> verifyRevocations(const QByteArray &envelopeBytes, const RootMetadata &root,
                                                    const QString &sourceName);

} // namespace kring::trust
