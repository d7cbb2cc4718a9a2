// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/secretvault.h"

#include <QString>

namespace kring {

// The last resort on Linux: the key in a file in the data folder that only the user can read (0600),
// created with that mode from the start. Anyone who can read the user's files can read it; warning() says so.
class KeyFileVault : public SecretVault
{
public:
    explicit KeyFileVault(const QString &dataDir);

    [[nodiscard]] static QString keyFilePath(const QString &dataDir);
    [[nodiscard]] bool exists() const;

    [[nodiscard]] Result<std::optional<QByteArray>> load() override;
    [[nodiscard]] Status store(const QByteArray &secret) override;
    [[nodiscard]] Status remove() override;
    [[nodiscard]] Kind kind() const override { return Kind::KeyFile; }
    [[nodiscard]] bool isHardwareBacked() const override { return false; }
    [[nodiscard]] QString warning() const override;

private:
    QString m_path;
};

} // namespace kring
