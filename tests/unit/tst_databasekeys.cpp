// SPDX-License-Identifier: GPL-3.0-or-later
// The database key in its vault: made once, never replaced behind the person's back, and PIN changes that
// re-wrap the key without touching the database.
#include "fakesecretvault.h"
#include "store/databasekeys.h"
#include "store/followrepository.h"
#include "store/store.h"
#include "storetesting.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kring;

class DatabaseKeysTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstStartMakesAndStoresOneKey()
    {
        FakeSecretVault vault;
        const Result<DatabaseKey> first = DatabaseKeys::obtain(vault, false);
        QVERIFY(first.ok());
        QCOMPARE(vault.stores, 1);
        const Result<DatabaseKey> again = DatabaseKeys::obtain(vault, true);
        QVERIFY(again.ok());
        QVERIFY(again.value() == first.value());
        QCOMPARE(vault.stores, 1);
    }

    void missingKeyForAnExistingStoreIsAnErrorNotANewKey()
    {
        FakeSecretVault vault;
        const Result<DatabaseKey> key = DatabaseKeys::obtain(vault, true);
        QVERIFY(!key.ok());
        QVERIFY2(key.error().contains(QStringLiteral("missing")), qPrintable(key.error()));
        QCOMPARE(vault.stores, 0);
    }

    void unavailableVaultIsAnError()
    {
        FakeSecretVault vault;
        vault.unavailable = true;
        QVERIFY(!DatabaseKeys::obtain(vault, false).ok());
    }

    void pinIsSetChangedAndRemovedWithoutTouchingTheDatabase()
    {
        QTemporaryDir dir;
        FakeSecretVault vault;
        const DatabaseKey key = DatabaseKeys::obtain(vault, false).value();
        {
            Result<Store> store = Store::open(dir.path(), key);
            QVERIFY(FollowRepository(store.value().database()).follow(QStringLiteral("g")).ok());
        }
        const QByteArray databaseBefore = StoreTesting::fileHash(Store::databasePath(dir.path()));

        QVERIFY(DatabaseKeys::setPin(vault, key, QStringLiteral("1234")).ok());
        QVERIFY(DatabaseKeys::needsPin(vault).value());
        const Result<DatabaseKey> withoutPin = DatabaseKeys::obtain(vault, true);
        QVERIFY(!withoutPin.ok());
        QVERIFY2(withoutPin.error().contains(QStringLiteral("PIN")), qPrintable(withoutPin.error()));
        QVERIFY(!DatabaseKeys::obtain(vault, true, QStringLiteral("0000")).ok());
        const DatabaseKey unlocked = DatabaseKeys::obtain(vault, true, QStringLiteral("1234")).value();
        QVERIFY(unlocked == key);

        QVERIFY(DatabaseKeys::setPin(vault, unlocked, QStringLiteral("5678")).ok());
        QVERIFY(!DatabaseKeys::obtain(vault, true, QStringLiteral("1234")).ok());
        QVERIFY(DatabaseKeys::obtain(vault, true, QStringLiteral("5678")).value() == key);

        QVERIFY(DatabaseKeys::removePin(vault, key).ok());
        QVERIFY(!DatabaseKeys::needsPin(vault).value());
        const DatabaseKey plain = DatabaseKeys::obtain(vault, true).value();
        QCOMPARE(StoreTesting::fileHash(Store::databasePath(dir.path())), databaseBefore);
        Result<Store> store = Store::open(dir.path(), plain);
        QVERIFY(store.ok());
        QCOMPARE(FollowRepository(store.value().database()).count().value(), 1);
    }
};

QTEST_GUILESS_MAIN(DatabaseKeysTest)
#include "tst_databasekeys.moc"
