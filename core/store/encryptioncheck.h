// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

namespace kring {

// Proves that the SQLite linked into this process is SQLCipher and really encrypts, before anything is
// stored. A second SQLite in the process can make `PRAGMA key` succeed while pages are written in plaintext.
namespace EncryptionCheck {

// The SQLCipher version the linked library reports; empty when the library is plain SQLite.
[[nodiscard]] QString cipherVersion();

// Creates a keyed database in `scratchDirectory`, writes to it, and checks that the file does not begin with
// the plain SQLite header. The scratch file is removed afterwards.
[[nodiscard]] Status verify(const QString &scratchDirectory);

} // namespace EncryptionCheck
} // namespace kring
