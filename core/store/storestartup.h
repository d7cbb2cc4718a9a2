// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directoryrepository.h"
#include "result.h"
#include "store.h"

#include <functional>
#include <memory>

namespace kring {

// The store as the app starts with it: open, migrated, holding a directory snapshot (not read yet: it is
// large).
struct StartedStore {
    std::shared_ptr<Store> store;
    SnapshotInfo snapshot;
    bool hasSnapshot = false; // always true once start() has succeeded
    // For the person, when something needs their attention (a damaged file set aside, read-only data).
    QString notice;
    // Where a damaged file was kept; empty when none was.
    QString setAsidePath;
};

namespace StoreStartup {

// Opens the store in `dataDir`. The first time, `bundledDirectory` (the directory shipped with the app) is
// imported. A damaged database is set aside, never deleted, and Kring starts again from the bundled
// directory, saying so in notice. Other failures (cannot unlock, disk full, read-only folder) leave every
// file as it was and return the message.
//
// Every start checks the whole file (quick_check) on a second connection; `whileChecking`, when given, runs
// meanwhile on the store's own connection for what only reads (the stored search index), and runs again when
// a damaged file was set aside. Nothing is written before the check has passed.
[[nodiscard]] Result<StartedStore> start(const QString &dataDir, const DatabaseKey &key,
                                         const QByteArray &bundledDirectory,
                                         const std::function<void(Database &)> &whileChecking = {});

} // namespace StoreStartup
} // namespace kring
