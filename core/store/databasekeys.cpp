// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasekeys.h"

#include "pinlock.h"

#include <QCoreApplication>

#include <sodium.h>

namespace kring::DatabaseKeys {
namespace {

Status storeRaw(SecretVault &vault, const DatabaseKey &key)
{
    QByteArray bytes = key.toBytes();
    const Status stored = vault.store(bytes);
    sodium_memzero(bytes.data(), size_t(bytes.size()));
    return stored;
}

} // namespace

Result<bool> needsPin(SecretVault &vault)
{
    const Result<std::optional<QByteArray>> sealed = vault.load();
    if (!sealed)
        return Error{sealed.error()};
    return sealed.value().has_value() && PinLock::isWrapped(*sealed.value());
}

Result<DatabaseKey> obtain(SecretVault &vault, bool storeExists, const QString &pin)
{
    Result<std::optional<QByteArray>> sealed = vault.load();
    if (!sealed)
        return Error{sealed.error()};
    if (!sealed.value()) {
        if (storeExists)
            return Error{QCoreApplication::translate(
                "DatabaseKeys",
                "The key to Kring's data is missing, so the data cannot be opened. The data is kept as it "
                "is; if the key comes back (for example when the keyring is unlocked), Kring opens it "
                "again.")};
        const DatabaseKey key = DatabaseKey::generate();
        if (const Status stored = storeRaw(vault, key); !stored)
            return Error{stored.error()};
        return key;
    }
    QByteArray &bytes = *sealed.value();
    if (PinLock::isWrapped(bytes)) {
        if (pin.isEmpty())
            return Error{QCoreApplication::translate("DatabaseKeys", "Enter your PIN to open Kring.")};
        return PinLock::unwrap(bytes, pin);
    }
    const std::optional<DatabaseKey> key = DatabaseKey::fromBytes(bytes);
    sodium_memzero(bytes.data(), size_t(bytes.size()));
    if (!key)
        return Error{QCoreApplication::translate("DatabaseKeys",
                                                 "The stored key to Kring's data is damaged, so the data "
                                                 "cannot be opened. Nothing was changed.")};
    return *key;
}

Status setPin(SecretVault &vault, const DatabaseKey &key, const QString &pin)
{
    const Result<QByteArray> wrapped = PinLock::wrap(key, pin);
    if (!wrapped)
        return Error{wrapped.error()};
    return vault.store(wrapped.value());
}

Status removePin(SecretVault &vault, const DatabaseKey &key)
{
    return storeRaw(vault, key);
}

} // namespace kring::DatabaseKeys
