// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databasekey.h"
#include "result.h"

#include <QByteArray>
#include <QString>

// The optional app PIN: the database key wrapped with a key derived from the PIN (Argon2id, random salt,
// stored limits) and XSalsa20-Poly1305 (crypto_secretbox). Setting, changing or removing the PIN re-wraps the
// key; the database itself is never re-encrypted. Deriving takes a moment: call it off the GUI thread.
namespace kring::PinLock {

// True when `sealed` (what a SecretVault holds) is a PIN-wrapped key rather than the raw key.
[[nodiscard]] bool isWrapped(const QByteArray &sealed);

[[nodiscard]] Result<QByteArray> wrap(const DatabaseKey &key, const QString &pin);
// A wrong PIN is an error that says so.
[[nodiscard]] Result<DatabaseKey> unwrap(const QByteArray &wrapped, const QString &pin);

} // namespace kring::PinLock
