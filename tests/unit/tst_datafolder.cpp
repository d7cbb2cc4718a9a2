// SPDX-License-Identifier: GPL-3.0-or-later
// The data folder and the store's files are the user's alone: created 0700 and 0600 even without a umask to
// help, and an existing folder or store that others could read is closed to them at the next start.
#include "store/datafolder.h"
#include "store/keycheck.h"
#include "store/store.h"

#include "storetesting.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <functional>
#include <optional>

using namespace kring;

namespace {

void setMode(const QString &path, mode_t mode)
{
    QVERIFY2(::chmod(QFile::encodeName(path).constData(), mode) == 0, qPrintable(path));
}

// Runs `body` with umask 0: then the mode a file or folder is created with is all that protects it.
void withoutUmask(const std::function<void()> &body)
{
    const mode_t previous = ::umask(0);
    body();
    ::umask(previous);
}

// The store's files once it has been opened and written to: the database, its WAL and shared memory, and
// the key check.
QStringList storeFiles(const QString &dataDir)
{
    const QString database = Store::databasePath(dataDir);
    return {database, database + QStringLiteral("-wal"), database + QStringLiteral("-shm"),
            KeyCheck::path(dataDir)};
}

// The store open and written to, so that its WAL and shared memory files are there while it stays open.
std::optional<Store> openAndWrite(const QString &dataDir, const DatabaseKey &key)
{
    Result<Store> store = Store::open(dataDir, key);
    if (!store)
        return std::nullopt;
    if (!store.value().database().execute("CREATE TABLE IF NOT EXISTS t (v); INSERT INTO t VALUES (1);"))
        return std::nullopt;
    return std::move(store).value();
}

} // namespace

class DataFolderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newFolderAndStoreAreTheUsersAlone()
    {
        QTemporaryDir parent;
        const QString dataDir = parent.filePath(QStringLiteral("a/b/kring"));
        const DatabaseKey key = DatabaseKey::generate();
        withoutUmask([&] {
            QVERIFY(DataFolder::prepare(dataDir).ok());
            const std::optional<Store> store = openAndWrite(dataDir, key);
            QVERIFY(store);
            QCOMPARE(StoreTesting::modeOf(dataDir), mode_t(0700));
            for (const QString &file : storeFiles(dataDir)) {
                QVERIFY2(QFile::exists(file), qPrintable(file));
                QCOMPARE(StoreTesting::modeOf(file), mode_t(0600));
            }
        });
    }

    void existingFolderAndStoreAreClosedToOthers()
    {
        QTemporaryDir dir;
        const DatabaseKey key = DatabaseKey::generate();
        const std::optional<Store> earlier = openAndWrite(dir.path(), key);
        QVERIFY(earlier);
        const QString aside = Store::databasePath(dir.path()) + QStringLiteral(".damaged-20260101T000000Z");
        QVERIFY(QFile::copy(Store::databasePath(dir.path()), aside));
        const QStringList files = storeFiles(dir.path()) << aside;
        setMode(dir.path(), 0755);
        for (const QString &file : files)
            setMode(file, 0644);

        QVERIFY(DataFolder::prepare(dir.path()).ok());
        QCOMPARE(StoreTesting::modeOf(dir.path()), mode_t(0700));
        const std::optional<Store> later = openAndWrite(dir.path(), key);
        QVERIFY(later);
        for (const QString &file : files)
            QCOMPARE(StoreTesting::modeOf(file), mode_t(0600));
    }

    void storeAloneClosesItsFolderAndFiles()
    {
        QTemporaryDir dir;
        const DatabaseKey key = DatabaseKey::generate();
        QVERIFY(openAndWrite(dir.path(), key));
        setMode(dir.path(), 0750);
        setMode(Store::databasePath(dir.path()), 0640);
        QVERIFY(openAndWrite(dir.path(), key));
        QCOMPARE(StoreTesting::modeOf(dir.path()), mode_t(0700));
        QCOMPARE(StoreTesting::modeOf(Store::databasePath(dir.path())), mode_t(0600));
    }

    void otherFilesInTheFolderAreLeftAlone()
    {
        QTemporaryDir dir;
        const QString other = QDir(dir.path()).filePath(QStringLiteral("notes.txt"));
        QFile file(other);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        setMode(other, 0644);
        QVERIFY(DataFolder::prepare(dir.path()).ok());
        QCOMPARE(StoreTesting::modeOf(other), mode_t(0644));
    }

    void folderThatCannotBeMadeIsAnError()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("file"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const Status prepared = DataFolder::prepare(blocker + QStringLiteral("/kring"));
        QVERIFY(!prepared.ok());
        QVERIFY2(prepared.error().contains(QStringLiteral("cannot create its data folder")),
                 qPrintable(prepared.error()));
    }
};

QTEST_GUILESS_MAIN(DataFolderTest)
#include "tst_datafolder.moc"
