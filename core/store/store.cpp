// SPDX-License-Identifier: GPL-3.0-or-later
#include "store.h"

#include "datafolder.h"
#include "keycheck.h"
#include "schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace kring {
namespace {

// SQLCipher cannot read the first page with a wrong key, nor when that page is damaged. When the key check
// knows the key, it is damage.
bool isDamageRatherThanWrongKey(StoreProblem problem, const QString &dataDir, const DatabaseKey &key)
{
    return problem == StoreProblem::CannotUnlock && KeyCheck::check(dataDir, key) == KeyCheck::Verdict::Fits;
}

} // namespace

Store::Store(Database database, QString notice)
    : m_database(std::move(database))
    , m_notice(std::move(notice))
{}

QString Store::databasePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("kring.db"));
}

bool Store::exists(const QString &dataDir)
{
    return QFileInfo::exists(databasePath(dataDir));
}

Result<Store> Store::open(const QString &dataDir, const DatabaseKey &key, StoreProblem *problem)
{
    StoreProblem ignored = StoreProblem::None;
    StoreProblem &reported = problem ? *problem : ignored;
    const QString path = databasePath(dataDir);
    DataFolder::restrictToOwner(dataDir);
    Result<Database> database = Database::open(path, key, Database::Mode::ReadWrite, &reported);
    if (!database) {
        if (!isDamageRatherThanWrongKey(reported, dataDir, key))
            return Error{database.error()};
        reported = StoreProblem::Damaged;
        return Error{Database::describe(reported, path)};
    }
    const Result<int> version = Schema::version(database.value());
    if (!version) {
        reported = database.value().lastProblem();
        return Error{version.error()};
    }
    if (version.value() > Schema::latestVersion()) {
        // A newer Kring's data is never changed by an older one: reopen without write access.
        {
            const Database closing(std::move(database).value());
        }
        Result<Database> readOnly = Database::open(path, key, Database::Mode::ReadOnly, &reported);
        if (!readOnly)
            return Error{readOnly.error()};
        reported = StoreProblem::NewerSchema;
        return Store(std::move(readOnly).value(), Database::describe(StoreProblem::NewerSchema, path));
    }
    if (const Status migrated = Schema::migrate(database.value()); !migrated) {
        reported = database.value().lastProblem() == StoreProblem::None ? StoreProblem::Other
                                                                        : database.value().lastProblem();
        return Error{migrated.error()};
    }
    // The key has just opened the database: the check tells damage from a wrong key from now on.
    if (KeyCheck::check(dataDir, key) != KeyCheck::Verdict::Fits)
        KeyCheck::write(dataDir, key);
    reported = StoreProblem::None;
    return Store(std::move(database).value(), QString());
}

Result<QString> Store::setAside(const QString &dataDir, const QDateTime &now)
{
    const QString path = databasePath(dataDir);
    const QString aside =
        path + QStringLiteral(".damaged-") + now.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    if (QFileInfo::exists(aside) || !QFile::rename(path, aside))
        return Error{QCoreApplication::translate("Store",
                                                 "Kring could not move its damaged data file %1 aside. Check "
                                                 "that the folder is writable.")
                         .arg(QDir::toNativeSeparators(path))};
    // The journal files belong to the damaged file; they are moved with it, never left to mix with a new one.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(path + suffix))
            QFile::rename(path + suffix, aside + suffix);
    }
    return aside;
}

} // namespace kring
