// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/secretvault.h"

#include <QString>

namespace kring {

// The database key wrapped by a Keystore key (KeyVault.java); the wrapped bytes live in the app's data
// folder, useless without this device's Keystore.
class AndroidSecretVault : public SecretVault
{
public:
    explicit AndroidSecretVault(const QString &dataDir);

    [[nodiscard]] Result<std::optional<QByteArray>> load() override;
    [[nodiscard]] Status store(const QByteArray &secret) override;
    [[nodiscard]] Status remove() override;
    [[nodiscard]] Kind kind() const override { return Kind::HardwareKeystore; }
    [[nodiscard]] bool isHardwareBacked() const override;
    [[nodiscard]] QString warning() const override { return {}; }

private:
    QString m_path;
};

} // namespace kring
