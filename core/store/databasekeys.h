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
// and the store is never replaced. A key wrapped with weaker limits than PinLock::currentLimits (the older
// INTERACTIVE ones) is wrapped again with the current limits once the PIN has unlocked it.
[[nodiscard]] Result<DatabaseKey> obtain(SecretVault &vault, bool storeExists, const QString &pin = {});

// The fewest digits a new PIN must have. Where the wrapped key can be copied (a key file, a desktop keyring),
// the copy can be guessed at elsewhere for as long as it takes: 6 digits. Where it stays on the device, every
// guess has to be made on the phone itself: 4 digits.
[[nodiscard]] int minimumPinLength(const SecretVault &vault);

// Sets or changes the PIN: `key` (already unlocked) is wrapped again and replaces what the vault holds. A PIN
// shorter than minimumPinLength() is refused.
[[nodiscard]] Status setPin(SecretVault &vault, const DatabaseKey &key, const QString &pin);
// Removes the PIN: the vault holds the raw key again.
[[nodiscard]] Status removePin(SecretVault &vault, const DatabaseKey &key);

} // namespace kring::DatabaseKeys
