// SPDX-License-Identifier: GPL-3.0-or-later
#include "storestartup.h"

#include <QCoreApplication>
#include <QDir>

namespace kring::StoreStartup {
namespace {

// Opens the store and reads its snapshot; `problem` says why when it fails.
Result<StartedStore> openAndRead(const QString &dataDir, const DatabaseKey &key, StoreProblem &problem)
{
    Result<Store> opened = Store::open(dataDir, key, &problem);
    if (!opened)
        return Error{opened.error()};
    StartedStore started;
    started.store = std::make_shared<Store>(std::move(opened).value());
    started.notice = started.store->notice();
    Database &database = started.store->database();
    // Damage anywhere (a note, a follow) is found now, while the bundled directory can still take over.
    const Result<QString> check = database.queryText("PRAGMA quick_check;");
    if (!check) {
        problem = database.lastProblem();
        return Error{check.error()};
    }
    if (check.value() != u"ok") {
        problem = StoreProblem::Damaged;
        return Error{Database::describe(StoreProblem::Damaged, database.path())};
    }
    const Result<std::optional<DirectorySnapshot>> snapshot = DirectoryRepository(database).current();
    if (!snapshot) {
        problem = database.lastProblem();
        return Error{snapshot.error()};
    }
    if (snapshot.value())
        started.snapshot = *snapshot.value();
    return started;
}

} // namespace

Result<StartedStore> start(const QString &dataDir, const DatabaseKey &key, const QByteArray &bundledDirectory)
{
    StoreProblem problem = StoreProblem::None;
    Result<StartedStore> started = openAndRead(dataDir, key, problem);
    QString setAsidePath;
    if (!started && problem == StoreProblem::Damaged) {
        Result<QString> aside = Store::setAside(dataDir);
        if (!aside)
            return Error{aside.error()};
        setAsidePath = aside.value();
        started = openAndRead(dataDir, key, problem);
    }
    if (!started)
        return started;
    StartedStore &result = started.value();
    if (!setAsidePath.isEmpty()) {
        result.setAsidePath = setAsidePath;
        result.notice = QCoreApplication::translate(
                            "StoreStartup",
                            "Kring's data file was damaged. It is kept, unchanged, as %1, and Kring started "
                            "again with the directory that comes with the app. The groups you followed and "
                            "your notes are in the damaged file; you decide whether to keep it or delete it.")
                            .arg(QDir::toNativeSeparators(setAsidePath));
    }
    if (result.snapshot.directoryJson.isEmpty()) {
        if (result.store->isReadOnly())
            return Error{result.notice};
        Database &database = result.store->database();
        const Result<TrustState> trust = TrustStateRepository(database).load();
        if (!trust)
            return Error{trust.error()};
        const DirectorySnapshot bundled{bundledDirectory, 0, QDateTime::currentDateTimeUtc()};
        if (const Status imported = DirectoryRepository(database).replace(bundled, trust.value()); !imported)
            return Error{imported.error()};
        result.snapshot = bundled;
    }
    return started;
}

} // namespace kring::StoreStartup
