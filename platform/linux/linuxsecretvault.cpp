// SPDX-License-Identifier: GPL-3.0-or-later
// Linux (desktop and Linux phones): the keyring when one answers, else a 0600 key file.
#include "keyfilevault.h"
#include "keyringvault.h"
#include "platformsecretvault.h"

namespace kring::Platform {

std::unique_ptr<SecretVault> secretVault(const QString &dataDir)
{
    auto keyFile = std::make_unique<KeyFileVault>(dataDir);
    // A key that is in a file stays there, so it is always found in the same place.
    // KRING_SECRET_VAULT=file keeps the key in the file even when a keyring is there (tests, broken
    // keyrings).
    if (keyFile->exists() || qgetenv("KRING_SECRET_VAULT") == "file")
        return keyFile;
    auto keyring = std::make_unique<KeyringVault>(dataDir);
    if (keyring->answers())
        return keyring;
    return keyFile;
}

} // namespace kring::Platform
