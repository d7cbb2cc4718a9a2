// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

// Kring's data folder and the store's files in it are for the person who uses Kring only: the folder 0700,
// the files 0600, from the moment they exist. Access that group or others have to an existing folder or
// store file is taken away; nothing else about the files changes.
namespace kring::DataFolder {

// Creates `dataDir` (and missing parent folders) so that only the user can enter it, then restrictToOwner().
[[nodiscard]] Status prepare(const QString &dataDir);

// Takes group and others' access away from `dataDir` and from the store's files in it: the database, its
// journals, the key check and damaged copies set aside. What it cannot change stays as it is.
void restrictToOwner(const QString &dataDir);

// Creates the empty file `path` readable and writable by the user only, when no file is there yet.
void createPrivateFile(const QString &path);

} // namespace kring::DataFolder
