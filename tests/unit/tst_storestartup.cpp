// SPDX-License-Identifier: GPL-3.0-or-later
// How the app finds its store at start: the bundled directory the first time, the stored one later, and a
// damaged file kept aside (never deleted) with a fresh start from the bundled directory, also when the damage
// is in the first page, which SQLCipher reports as it reports a wrong key.
#include "store/directoryrepository.h"
#include "store/followrepository.h"
#include "store/keycheck.h"
#include "store/storestartup.h"
#include "storetesting.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kring;

namespace {

const QByteArray bundled = R"({"format":"kring-directory/1","groups":[]})";

const DatabaseKey &testKey()
{
    static const DatabaseKey key = DatabaseKey::generate();
    return key;
}

// Overwrites `bytes` at `offset` of the file at `path`.
void damage(const QString &path, qint64 offset, const QByteArray &bytes = "damage")
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(offset));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class StoreStartupTest : public QObject
{
    Q_OBJECT

    static QByteArray storedDirectory(const StartedStore &started)
    {
        const auto snapshot = DirectoryRepository(started.store->database()).current();
        return snapshot.ok() && snapshot.value() ? snapshot.value()->directoryJson : QByteArray();
    }

private Q_SLOTS:
    void firstStartImportsTheBundledDirectory()
    {
        QTemporaryDir dir;
        const Result<StartedStore> started = StoreStartup::start(dir.path(), testKey(), bundled);
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error()));
        QCOMPARE(storedDirectory(started.value()), bundled);
        QCOMPARE(started.value().snapshot.feedVersion, 0);
        QVERIFY(started.value().notice.isEmpty());
        QVERIFY(Store::exists(dir.path()));
    }

    void laterStartsReadTheStoredDirectory()
    {
        QTemporaryDir dir;
        {
            const Result<StartedStore> first = StoreStartup::start(dir.path(), testKey(), bundled);
            Database &database = first.value().store->database();
            QVERIFY(DirectoryRepository(database)
                        .replace({"fetched", 12, {}}, StoreTesting::trustedVersions(1, 12))
                        .ok());
            QVERIFY(FollowRepository(database).follow(QStringLiteral("g")).ok());
        }
        const Result<StartedStore> again = StoreStartup::start(dir.path(), testKey(), bundled);
        QVERIFY(again.ok());
        QCOMPARE(storedDirectory(again.value()), QByteArray("fetched"));
        QCOMPARE(again.value().snapshot.feedVersion, 12);
        QCOMPARE(FollowRepository(again.value().store->database()).count().value(), 1);
    }

    void damagedFileIsKeptAsideAndTheAppStartsAgain_data()
    {
        QTest::addColumn<double>("where"); // fraction of the file
        QTest::newRow("in the stored directory") << 0.5;
        // Among the tables and indexes of follows, notes and keys, which a start does not otherwise read.
        QTest::newRow("in a table the start does not read") << 0.1;
    }

    void damagedFileIsKeptAsideAndTheAppStartsAgain()
    {
        QFETCH(double, where);
        QTemporaryDir dir;
        const QString path = Store::databasePath(dir.path());
        {
            // Bytes that do not compress, so that the file is large enough to damage in several places.
            const Result<StartedStore> first = StoreStartup::start(
                dir.path(), testKey(), StoreTesting::incompressibleBytes(300 * 1024, 7) + bundled);
            QVERIFY(first.ok());
        }
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > 20 * 4096);
            file.seek(qint64(double(file.size()) * where) / 4096 * 4096 + 7);
            file.write("damage");
        }
        const QByteArray damagedBytes = StoreTesting::fileHash(path);

        // What reads beside the check sees the damaged store first, then the fresh one.
        QList<QString> readsBesideTheCheck;
        const Result<StartedStore> started =
            StoreStartup::start(dir.path(), testKey(), bundled,
                                [&](Database &database) { readsBesideTheCheck.append(database.path()); });
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error()));
        const StartedStore &result = started.value();
        QVERIFY(!result.setAsidePath.isEmpty());
        QCOMPARE(readsBesideTheCheck, QList<QString>({path, path}));
        QCOMPARE(StoreTesting::fileHash(result.setAsidePath), damagedBytes);
        QVERIFY2(result.notice.contains(QStringLiteral("damaged")) &&
                     result.notice.contains(QDir::toNativeSeparators(result.setAsidePath)),
                 qPrintable(result.notice));
        QCOMPARE(storedDirectory(result), bundled);
    }

    void damagedFirstPageIsKeptAsideNotTakenForAWrongKey_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<bool>("storeFromBeforeKeyChecks"); // its first start since then was a good one
        QTest::newRow("in the salt") << qint64(3) << false;
        QTest::newRow("in the page's contents") << qint64(200) << false;
        QTest::newRow("in the page's HMAC") << qint64(4096 - 20) << false;
        QTest::newRow("store from before key checks") << qint64(200) << true;
    }

    void damagedFirstPageIsKeptAsideNotTakenForAWrongKey()
    {
        QFETCH(qint64, offset);
        QFETCH(bool, storeFromBeforeKeyChecks);
        QTemporaryDir dir;
        const QString path = Store::databasePath(dir.path());
        {
            const Result<StartedStore> first = StoreStartup::start(dir.path(), testKey(), bundled);
            QVERIFY(FollowRepository(first.value().store->database()).follow(QStringLiteral("g")).ok());
        }
        if (storeFromBeforeKeyChecks) {
            QVERIFY(QFile::remove(KeyCheck::path(dir.path())));
            QVERIFY(StoreStartup::start(dir.path(), testKey(), bundled).ok());
        }
        damage(path, offset);
        const QByteArray damagedBytes = StoreTesting::fileHash(path);

        const Result<StartedStore> started = StoreStartup::start(dir.path(), testKey(), bundled);
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error()));
        const StartedStore &result = started.value();
        QVERIFY(!result.setAsidePath.isEmpty());
        QCOMPARE(StoreTesting::fileHash(result.setAsidePath), damagedBytes);
        QVERIFY2(result.notice.contains(QStringLiteral("damaged")), qPrintable(result.notice));
        QCOMPARE(storedDirectory(result), bundled);
        QCOMPARE(FollowRepository(result.store->database()).count().value(), 0);
    }

    void wrongKeyIsNotTakenForDamage_data()
    {
        QTest::addColumn<bool>("firstPageDamaged");
        QTest::newRow("intact file") << false;
        QTest::newRow("damaged first page") << true;
    }

    // Even with the first page damaged, a key that is not the store's own changes nothing: it may be the
    // person's keyring that changed, and the right key may come back.
    void wrongKeyIsNotTakenForDamage()
    {
        QFETCH(bool, firstPageDamaged);
        QTemporaryDir dir;
        QVERIFY(StoreStartup::start(dir.path(), testKey(), bundled).ok());
        const QString path = Store::databasePath(dir.path());
        if (firstPageDamaged)
            damage(path, 200);
        const QByteArray before = StoreTesting::fileHash(path);
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
        const QByteArray checkBefore = StoreTesting::fileHash(KeyCheck::path(dir.path()));

        const Result<StartedStore> started =
            StoreStartup::start(dir.path(), DatabaseKey::generate(), bundled);
        QVERIFY(!started.ok());
        QVERIFY2(started.error().contains(QStringLiteral("cannot unlock")), qPrintable(started.error()));
        QCOMPARE(StoreTesting::fileHash(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
        QCOMPARE(StoreTesting::fileHash(KeyCheck::path(dir.path())), checkBefore);
    }
};

QTEST_GUILESS_MAIN(StoreStartupTest)
#include "tst_storestartup.moc"
