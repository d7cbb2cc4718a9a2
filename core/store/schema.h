// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "result.h"

namespace kring::Schema {

// The schema version this build writes (PRAGMA user_version). Version 0 is an empty, new database.
[[nodiscard]] int latestVersion();

// The version the database is at.
[[nodiscard]] Result<int> version(Database &database);

// Brings the database up to `targetVersion` (default: the latest), one transaction per step, so an
// interrupted migration leaves the database at the last completed step. Fails on a database newer than
// `targetVersion` without touching it.
[[nodiscard]] Status migrate(Database &database, int targetVersion = latestVersion());

} // namespace kring::Schema
