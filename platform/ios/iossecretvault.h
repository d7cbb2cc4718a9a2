// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/secretvault.h"

#include <QByteArray>
#include <QString>

namespace kring {

// The database key as a Keychain item that is readable only while the device is unlocked and never leaves
// this device (no iCloud Keychain, not in backups restored elsewhere).
class IosSecretVault : public SecretVault
{
public:
    explicit IosSecretVault(const QString &dataDir);

    [[nodiscard]] Result<std::optional<QByteArray>> load() override;
    [[nodiscard]] Status store(const QByteArray &secret) override;
    [[nodiscard]] Status remove() override;
    [[nodiscard]] Kind kind() const override { return Kind::Keychain; }
    [[nodiscard]] bool isHardwareBacked() const override { return true; }
    [[nodiscard]] QString warning() const override { return {}; }

private:
    QByteArray m_account;
};

} // namespace kring
