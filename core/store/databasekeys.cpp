// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasekeys.h"

#include "pinlock.h"

#include <QCoreApplication>

namespace kring::DatabaseKeys {
namespace {

constexpr int shortestPinOnTheDevice = 4;
constexpr int shortestPinThatCanBeCopied = 6;

Result<DatabaseKey> makeFirstKey(SecretVault &vault, bool storeExists)
{
    if (storeExists)
        return Error{QCoreApplication::translate(
            "DatabaseKeys",
            "The key to Kring's data is missing, so the data cannot be opened. The data is kept as it "
            "is; if the key comes back (for example when the keyring is unlocked), Kring opens it "
            "again.")};
    const DatabaseKey key = DatabaseKey::generate();
    if (const Status stored = vault.store(key.toBytes()); !stored)
        return Error{stored.error()};
    return key;
}

// True when `wrapped` asks a guesser for less work or memory than a PIN set now would.
bool hasWeakerLimits(const QByteArray &wrapped)
{
    const std::optional<PinLock::Limits> limits = PinLock::limitsOf(wrapped);
    return limits && (limits->operations < PinLock::currentLimits.operations ||
                      limits->memoryBytes < PinLock::currentLimits.memoryBytes);
}

Result<DatabaseKey> unlockWithPin(SecretVault &vault, const QByteArray &wrapped, const QString &pin)
{
    if (pin.isEmpty())
        return Error{QCoreApplication::translate("DatabaseKeys", "Enter your PIN to open Kring.")};
    Result<DatabaseKey> key = PinLock::unwrap(wrapped, pin);
    if (key && hasWeakerLimits(wrapped)) {
        // Best effort: should this fail, the key stays wrapped as it was and unlocks the same way.
        if (const Result<QByteArray> stronger = PinLock::wrap(key.value(), pin))
            (void)vault.store(stronger.value());
    }
    return key;
}

} // namespace

Result<bool> needsPin(SecretVault &vault)
{
    Result<std::optional<QByteArray>> loaded = vault.load();
    if (!loaded)
        return Error{loaded.error()};
    if (!loaded.value())
        return false;
    const SecretBytes sealed = std::move(*loaded.value());
    return PinLock::isWrapped(sealed);
}

Result<DatabaseKey> obtain(SecretVault &vault, bool storeExists, const QString &pin)
{
    Result<std::optional<QByteArray>> loaded = vault.load();
    if (!loaded)
        return Error{loaded.error()};
    if (!loaded.value())
        return makeFirstKey(vault, storeExists);
    const SecretBytes sealed = std::move(*loaded.value());
    if (PinLock::isWrapped(sealed))
        return unlockWithPin(vault, sealed, pin);
    const std::optional<DatabaseKey> key = DatabaseKey::fromBytes(sealed);
    if (!key)
        return Error{QCoreApplication::translate("DatabaseKeys",
                                                 "The stored key to Kring's data is damaged, so the data "
                                                 "cannot be opened. Nothing was changed.")};
    return *key;
}

int minimumPinLength(const SecretVault &vault)
{
    return vault.staysOnThisDevice() ? shortestPinOnTheDevice : shortestPinThatCanBeCopied;
}

Status setPin(SecretVault &vault, const DatabaseKey &key, const QString &pin)
{
    const int shortest = minimumPinLength(vault);
    if (pin.size() < shortest)
        return Error{QCoreApplication::translate("DatabaseKeys", "Choose a PIN of at least %n digits.",
                                                 nullptr, shortest)};
    const Result<QByteArray> wrapped = PinLock::wrap(key, pin);
    if (!wrapped)
        return Error{wrapped.error()};
    return vault.store(wrapped.value());
}

Status removePin(SecretVault &vault, const DatabaseKey &key)
{
    return vault.store(key.toBytes());
}

} // namespace kring::DatabaseKeys
