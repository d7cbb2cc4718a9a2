// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/secretvault.h"

#include <QString>

namespace kring {

// The key in the desktop keyring (Secret Service via libsecret: GNOME Keyring, KWallet), one entry per data
// folder.
class KeyringVault : public SecretVault
{
public:
    explicit KeyringVault(const QString &dataDir);

    // True when a Secret Service is reachable on the session bus and answers a lookup.
    [[nodiscard]] bool answers();

    [[nodiscard]] Result<std::optional<QByteArray>> load() override;
    [[nodiscard]] Status store(const QByteArray &secret) override;
    [[nodiscard]] Status remove() override;
    [[nodiscard]] Kind kind() const override { return Kind::Keyring; }
    [[nodiscard]] bool isHardwareBacked() const override { return false; }
    [[nodiscard]] QString warning() const override { return {}; }

private:
    QByteArray m_dataDir;
};

} // namespace kring
