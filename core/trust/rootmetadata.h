// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "envelope.h"

#include <QDateTime>

namespace kring::trust {

inline constexpr QLatin1StringView rootFormat{"kring-root/1"};

// Which keys the network trusts: the offline root keys and the online feed keys, each with a threshold.
struct RootMetadata {
    int version = 1;
    QDateTime issued;
    QDateTime expires;
    Role root;
    Role feed;
    // The host of the network's https share links (https://<linkHost>/a#...), lower case; empty: only
    // kring:// links. Optional: roots without it verify as before.
    QString linkHost;
};

// Whether `host` may be a link host: a DNS name in lower case (letters, digits, '-' and '.'), at most 253
// characters, without a port.
[[nodiscard]] bool isValidLinkHost(const QString &host);

[[nodiscard]] QByteArray rootPayload(const RootMetadata &root);
[[nodiscard]] Result<RootMetadata> parseRootPayload(const QByteArray &payload, const QString &sourceName);

// The root an app ships with: it must carry a threshold of its own root keys.
[[nodiscard]] Result<RootMetadata> verifyPinnedRoot(const QByteArray &bytes, const QString &sourceName);

// Root version N+1 after `current` (version N): needs a threshold of N's root keys AND of its own, and must
// be exactly version N+1.
[[nodiscard]] Result<RootMetadata> verifyNextRoot(const RootMetadata &current, const QByteArray &bytes,
                                                  const QString &sourceName);

} // namespace kring::trust
