// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databasekey.h"
#include "result.h"

#include <QByteArray>
#include <QString>

#include <optional>

// The optional app PIN: the database key wrapped with a key derived from the PIN (Argon2id, random salt,
// stored limits) and XSalsa20-Poly1305 (crypto_secretbox). Setting, changing or removing the PIN re-wraps the
// key; the database itself is never re-encrypted. Deriving takes a moment: call it off the GUI thread.
namespace kring::PinLock {

// How much work and memory one Argon2id derivation takes; stored in each wrapped key.
struct Limits {
    quint64 operations;
    quint64 memoryBytes;
    bool operator==(const Limits &other) const = default;
};

// libsodium's INTERACTIVE limits, which Kring used before: a 4-digit PIN fell to guessing within minutes.
inline constexpr Limits interactiveLimits{2, 64 * 1024 * 1024};
// libsodium's MODERATE limits, what wrap() uses now (docs/performance.md has the measurement behind it).
inline constexpr Limits currentLimits{3, 256 * 1024 * 1024};

// True when `sealed` (what a SecretVault holds) is a PIN-wrapped key rather than the raw key.
[[nodiscard]] bool isWrapped(const QByteArray &sealed);
// The limits `wrapped` was made with; nothing when it is not a wrapped key.
[[nodiscard]] std::optional<Limits> limitsOf(const QByteArray &wrapped);

[[nodiscard]] Result<QByteArray> wrap(const DatabaseKey &key, const QString &pin,
                                      Limits limits = currentLimits);
// A wrong PIN is an error that says so.
[[nodiscard]] Result<DatabaseKey> unwrap(const QByteArray &wrapped, const QString &pin);

} // namespace kring::PinLock
