// SPDX-License-Identifier: GPL-3.0-or-later
// The database key in its vault: made once, never replaced behind the person's back, PIN changes that
// re-wrap the key without touching the database, PINs long enough for where the key is kept, and a PIN set
// with the old, quicker limits that still unlocks and is then wrapped with the current ones.
#include "fakesecretvault.h"
#include "store/databasekeys.h"
#include "store/followrepository.h"
#include "store/pinlock.h"
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

        QVERIFY(DatabaseKeys::setPin(vault, key, QStringLiteral("123456")).ok());
        QVERIFY(DatabaseKeys::needsPin(vault).value());
        const Result<DatabaseKey> withoutPin = DatabaseKeys::obtain(vault, true);
        QVERIFY(!withoutPin.ok());
        QVERIFY2(withoutPin.error().contains(QStringLiteral("PIN")), qPrintable(withoutPin.error()));
        QVERIFY(!DatabaseKeys::obtain(vault, true, QStringLiteral("000000")).ok());
        const DatabaseKey unlocked = DatabaseKeys::obtain(vault, true, QStringLiteral("123456")).value();
        QVERIFY(unlocked == key);

        QVERIFY(DatabaseKeys::setPin(vault, unlocked, QStringLiteral("567890")).ok());
        QVERIFY(!DatabaseKeys::obtain(vault, true, QStringLiteral("123456")).ok());
        QVERIFY(DatabaseKeys::obtain(vault, true, QStringLiteral("567890")).value() == key);

        QVERIFY(DatabaseKeys::removePin(vault, key).ok());
        QVERIFY(!DatabaseKeys::needsPin(vault).value());
        const DatabaseKey plain = DatabaseKeys::obtain(vault, true).value();
        QCOMPARE(StoreTesting::fileHash(Store::databasePath(dir.path())), databaseBefore);
        Result<Store> store = Store::open(dir.path(), plain);
        QVERIFY(store.ok());
        QCOMPARE(FollowRepository(store.value().database()).count().value(), 1);
    }

    void pinMustBeLongerWhereTheKeyCanBeCopied_data()
    {
        QTest::addColumn<SecretVault::Kind>("kind");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("key file, 4 digits") << SecretVault::Kind::KeyFile << QStringLiteral("1234") << false;
        QTest::newRow("key file, 5 digits") << SecretVault::Kind::KeyFile << QStringLiteral("12345") << false;
        QTest::newRow("key file, 6 digits") << SecretVault::Kind::KeyFile << QStringLiteral("123456") << true;
        QTest::newRow("desktop keyring, 4 digits")
            << SecretVault::Kind::Keyring << QStringLiteral("1234") << false;
        QTest::newRow("phone keystore, 3 digits")
            << SecretVault::Kind::HardwareKeystore << QStringLiteral("123") << false;
        QTest::newRow("phone keystore, 4 digits")
            << SecretVault::Kind::HardwareKeystore << QStringLiteral("1234") << true;
        QTest::newRow("phone keychain, 4 digits")
            << SecretVault::Kind::Keychain << QStringLiteral("1234") << true;
    }

    void pinMustBeLongerWhereTheKeyCanBeCopied()
    {
        QFETCH(SecretVault::Kind, kind);
        QFETCH(QString, pin);
        QFETCH(bool, accepted);
        FakeSecretVault vault;
        vault.pretendKind = kind;
        const DatabaseKey key = DatabaseKeys::obtain(vault, false).value();
        const QByteArray before = *vault.secret;

        const Status set = DatabaseKeys::setPin(vault, key, pin);
        QCOMPARE(set.ok(), accepted);
        QCOMPARE(DatabaseKeys::needsPin(vault).value(), accepted);
        if (!accepted) {
            const QString shortest = QString::number(DatabaseKeys::minimumPinLength(vault));
            QVERIFY2(set.error().contains(QStringLiteral("at least %1 digits").arg(shortest)),
                     qPrintable(set.error()));
            QCOMPARE(*vault.secret, before);
        }
    }

    void pinSetWithTheOldLimitsUnlocksAndIsWrappedAgain()
    {
        FakeSecretVault vault;
        vault.pretendKind = SecretVault::Kind::KeyFile;
        const DatabaseKey key = DatabaseKey::generate();
        // What an earlier Kring stored: a 4-digit PIN with libsodium's INTERACTIVE limits.
        vault.secret = PinLock::wrap(key, QStringLiteral("2468"), PinLock::interactiveLimits).value();

        QVERIFY(!DatabaseKeys::obtain(vault, true, QStringLiteral("1357")).ok());
        QCOMPARE(vault.stores, 0);
        QVERIFY(PinLock::limitsOf(*vault.secret) == PinLock::interactiveLimits);

        const Result<DatabaseKey> unlocked = DatabaseKeys::obtain(vault, true, QStringLiteral("2468"));
        QVERIFY2(unlocked.ok(), qPrintable(unlocked.ok() ? QString() : unlocked.error()));
        QVERIFY(unlocked.value() == key);
        QCOMPARE(vault.stores, 1);
        QVERIFY(PinLock::limitsOf(*vault.secret) == PinLock::currentLimits);

        // The same PIN opens it again, and nothing more is rewritten.
        QVERIFY(DatabaseKeys::obtain(vault, true, QStringLiteral("2468")).value() == key);
        QCOMPARE(vault.stores, 1);
    }
};

QTEST_GUILESS_MAIN(DatabaseKeysTest)
#include "tst_databasekeys.moc"
