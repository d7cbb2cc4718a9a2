// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "databasekey.h"
#include "result.h"

#include <QDateTime>
#include <QString>

namespace kring {

// Everything Kring keeps on the device: one SQLCipher database in the data folder, at the latest schema.
// Repositories (DirectoryRepository, FollowRepository, ...) work on database().
class Store
{
public:
    [[nodiscard]] static QString databasePath(const QString &dataDir);
    [[nodiscard]] static bool exists(const QString &dataDir);

    // Opens (or creates) the store in `dataDir` and migrates it. A store written by a newer Kring opens
    // read-only, with notice() saying so. On failure `problem` says what kind of failure it was.
    [[nodiscard]] static Result<Store> open(const QString &dataDir, const DatabaseKey &key,
                                            StoreProblem *problem = nullptr);

    // Moves a damaged database (and its journal files) aside, renamed with the time: nothing is deleted.
    // Returns the new path of the database file.
    [[nodiscard]] static Result<QString> setAside(const QString &dataDir,
                                                  const QDateTime &now = QDateTime::currentDateTimeUtc());

    [[nodiscard]] Database &database() { return m_database; }
    [[nodiscard]] bool isReadOnly() const { return m_database.isReadOnly(); }
    // Why the store is read-only, for the person; empty when it is not.
    [[nodiscard]] QString notice() const { return m_notice; }

private:
    Store(Database database, QString notice);

    Database m_database;
    QString m_notice;
};

} // namespace kring
