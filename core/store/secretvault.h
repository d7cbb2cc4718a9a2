// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace kring {

// Keeps the database key (raw, or wrapped by the app PIN) outside the database. platform/ implements it
// per platform: Android Keystore, iOS Keychain, Linux keyring, or a key file as the last resort.
class SecretVault
{
public:
    enum class Kind { HardwareKeystore, Keychain, Keyring, KeyFile, Memory };

    virtual ~SecretVault() = default;

    // The stored secret; nothing when none was stored yet.
    [[nodiscard]] virtual Result<std::optional<QByteArray>> load() = 0;
    // Stores `secret`, replacing what was there, so that a later load() returns it even after a crash.
    [[nodiscard]] virtual Status store(const QByteArray &secret) = 0;
    [[nodiscard]] virtual Status remove() = 0;

    [[nodiscard]] virtual Kind kind() const = 0;
    // True when the secret cannot leave this device: the phone's keystore or keychain keeps it out of copies
    // and backups of the person's files. A key file or a desktop keyring hands it to any program the person
    // runs, so a copy of it can be tried against elsewhere, without limit.
    [[nodiscard]] bool staysOnThisDevice() const
    {
        return kind() == Kind::HardwareKeystore || kind() == Kind::Keychain;
    }
    // True when the secret is protected by hardware the device has (a keystore or secure enclave).
    [[nodiscard]] virtual bool isHardwareBacked() const = 0;
    // For the person, when the key is protected less than they might expect (a key file); else empty.
    [[nodiscard]] virtual QString warning() const = 0;
};

} // namespace kring
