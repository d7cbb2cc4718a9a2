// SPDX-License-Identifier: GPL-3.0-or-later
#include "storestartup.h"

#include <QCoreApplication>
#include <QDir>

#include <future>

namespace kring::StoreStartup {
namespace {

// quick_check on a connection of its own; `problem` says why when it fails.
Status checkWhole(const QString &path, const DatabaseKey &key, StoreProblem &problem)
{
    Result<Database> opened = Database::open(path, key, Database::Mode::ReadOnly, &problem);
    if (!opened)
        return Error{opened.error()};
    Database &database = opened.value();
    const Result<QString> check = database.queryText("PRAGMA quick_check;");
    if (!check) {
        problem = database.lastProblem();
        return Error{check.error()};
    }
    if (check.value() != u"ok") {
        problem = StoreProblem::Damaged;
        return Error{Database::describe(StoreProblem::Damaged, database.path())};
    }
    return Done{};
}

// Opens the store, checks it and reads its snapshot; `problem` says why when it fails.
Result<StartedStore> openAndRead(const QString &dataDir, const DatabaseKey &key,
                                 const std::function<void(Database &)> &whileChecking, StoreProblem &problem)
{
    Result<Store> opened = Store::open(dataDir, key, &problem);
    if (!opened)
        return Error{opened.error()};
    StartedStore started;
    started.store = std::make_shared<Store>(std::move(opened).value());
    started.notice = started.store->notice();
    Database &database = started.store->database();
    // Damage anywhere (a note, a follow) is found now, while the bundled directory can still take over. The
    // check reads every page, so it runs beside the first reads rather than before them.
    StoreProblem checkProblem = StoreProblem::None;
    auto check = std::async(std::launch::async, [path = database.path(), &key, &checkProblem] {
        return checkWhole(path, key, checkProblem);
    });
    if (whileChecking)
        whileChecking(database);
    if (const Status checked = check.get(); !checked) {
        problem = checkProblem;
        return Error{checked.error()};
    }
    const Result<std::optional<SnapshotInfo>> snapshot = DirectoryRepository(database).currentInfo();
    if (!snapshot) {
        problem = database.lastProblem();
        return Error{snapshot.error()};
    }
    if (!snapshot.value())
        return started;
    started.snapshot = *snapshot.value();
    started.hasSnapshot = true;
    return started;
}

} // namespace

Result<StartedStore> start(const QString &dataDir, const DatabaseKey &key, const QByteArray &bundledDirectory,
                           const std::function<void(Database &)> &whileChecking)
{
    StoreProblem problem = StoreProblem::None;
    Result<StartedStore> started = openAndRead(dataDir, key, whileChecking, problem);
    QString setAsidePath;
    if (!started && problem == StoreProblem::Damaged) {
        Result<QString> aside = Store::setAside(dataDir);
        if (!aside)
            return Error{aside.error()};
        setAsidePath = aside.value();
        started = openAndRead(dataDir, key, whileChecking, problem);
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
    if (!result.hasSnapshot) {
        if (result.store->isReadOnly())
            return Error{result.notice};
        Database &database = result.store->database();
        const Result<trust::TrustState> trust = TrustStateRepository(database).load();
        if (!trust)
            return Error{trust.error()};
        const DirectorySnapshot bundled{bundledDirectory, 0, QDateTime::currentDateTimeUtc()};
        if (const Status imported = DirectoryRepository(database).replace(bundled, trust.value()); !imported)
            return Error{imported.error()};
        result.snapshot = SnapshotInfo{bundled.feedVersion, bundled.storedAt};
        result.hasSnapshot = true;
    }
    return started;
}

} // namespace kring::StoreStartup
