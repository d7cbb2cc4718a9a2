// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databasekey.h"

#include <QString>

// Tells a wrong key from a damaged database. SQLCipher reports both the same way ("not a database") when the
// first page cannot be read, so the store keeps a small check beside the database: a keyed BLAKE2b of a fixed
// label under the database key. It matches only that key and tells nothing about it.
namespace kring::KeyCheck {

enum class Verdict {
    Fits,       // the key is the one the check was written with
    DoesNotFit, // a different key
    Unknown,    // no readable check (a store from before checks were kept)
};

[[nodiscard]] QString path(const QString &dataDir);

[[nodiscard]] Verdict check(const QString &dataDir, const DatabaseKey &key);

// Writes the check for `key`, replacing the one there; call it only when `key` has just opened the database.
// False when it could not be written (a read-only folder): the store works without it.
bool write(const QString &dataDir, const DatabaseKey &key);

} // namespace kring::KeyCheck
