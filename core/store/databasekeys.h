// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databasekey.h"
#include "result.h"
#include "secretvault.h"

// The database key's life in a SecretVault: made once, kept raw or wrapped by the app PIN.
namespace kring::DatabaseKeys {

// True when the vault holds a PIN-wrapped key, so obtain() needs the PIN.
[[nodiscard]] Result<bool> needsPin(SecretVault &vault);

// The key of the database. When the vault has none and `storeExists` is false, a new random key is made and
// stored first. When the store exists but its key is gone, that is an error: a new key would not open it,
// and the store is never replaced.
[[nodiscard]] Result<DatabaseKey> obtain(SecretVault &vault, bool storeExists, const QString &pin = {});

// Sets or changes the PIN: `key` (already unlocked) is wrapped again and replaces what the vault holds.
[[nodiscard]] Status setPin(SecretVault &vault, const DatabaseKey &key, const QString &pin);
// Removes the PIN: the vault holds the raw key again.
[[nodiscard]] Status removePin(SecretVault &vault, const DatabaseKey &key);

} // namespace kring::DatabaseKeys
