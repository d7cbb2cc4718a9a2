// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/secretvault.h"

#include <QCoreApplication>

// A SecretVault in memory for tests; it can be told to fail like a locked keyring.
class FakeSecretVault : public kring::SecretVault
{
public:
    std::optional<QByteArray> secret;
    bool unavailable = false;
    int stores = 0;
    Kind pretendKind = Kind::Memory;

    kring::Result<std::optional<QByteArray>> load() override
    {
        if (unavailable)
            return kring::Error{QStringLiteral("the fake keyring is locked")};
        return secret;
    }
    kring::Status store(const QByteArray &bytes) override
    {
        if (unavailable)
            return kring::Error{QStringLiteral("the fake keyring is locked")};
        secret = bytes;
        ++stores;
        return kring::Done{};
    }
    kring::Status remove() override
    {
        secret.reset();
        return kring::Done{};
    }
    [[nodiscard]] Kind kind() const override { return pretendKind; }
    [[nodiscard]] bool isHardwareBacked() const override { return false; }
    [[nodiscard]] QString warning() const override { return {}; }
};
