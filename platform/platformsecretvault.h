// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/secretvault.h"

#include <QString>

#include <memory>

namespace kring::Platform {

// The best SecretVault this device offers for the store in `dataDir`. Each platform folder implements it;
// platform/CMakeLists.txt picks the one that is built.
[[nodiscard]] std::unique_ptr<SecretVault> secretVault(const QString &dataDir);

} // namespace kring::Platform
