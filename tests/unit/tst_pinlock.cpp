// SPDX-License-Identifier: GPL-3.0-or-later
// The app PIN wraps the database key: the right PIN gives it back, a wrong one is refused with a message, a
// new PIN costs a guesser more than the old limits did, and a key wrapped with the old limits still unlocks.
#include "store/pinlock.h"

#include <QTest>

using namespace kring;

class PinLockTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rightPinGivesTheKeyBack()
    {
        const DatabaseKey key = DatabaseKey::generate();
        const Result<QByteArray> wrapped = PinLock::wrap(key, QStringLiteral("246813"));
        QVERIFY(wrapped.ok());
        QVERIFY(PinLock::isWrapped(wrapped.value()));
        QVERIFY(!wrapped.value().contains(key.toBytes()));
        const Result<DatabaseKey> unwrapped = PinLock::unwrap(wrapped.value(), QStringLiteral("246813"));
        QVERIFY(unwrapped.ok());
        QVERIFY(unwrapped.value() == key);
    }

    void newPinsAreWrappedWithModerateLimits()
    {
        const QByteArray wrapped = PinLock::wrap(DatabaseKey::generate(), QStringLiteral("246813")).value();
        const std::optional<PinLock::Limits> limits = PinLock::limitsOf(wrapped);
        QVERIFY(limits);
        QCOMPARE(limits->operations, quint64(3));
        QCOMPARE(limits->memoryBytes, quint64(256 * 1024 * 1024));
    }

    // A PIN set with an earlier Kring (libsodium's INTERACTIVE limits) must still open the data.
    void keyWrappedWithTheOldLimitsStillUnlocks()
    {
        const DatabaseKey key = DatabaseKey::generate();
        const QByteArray wrapped =
            PinLock::wrap(key, QStringLiteral("2468"), PinLock::interactiveLimits).value();
        QVERIFY(PinLock::limitsOf(wrapped) == PinLock::interactiveLimits);
        const Result<DatabaseKey> unwrapped = PinLock::unwrap(wrapped, QStringLiteral("2468"));
        QVERIFY(unwrapped.ok());
        QVERIFY(unwrapped.value() == key);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<int>("flipByte"); // -1: none
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong PIN") << QStringLiteral("135791") << -1 << QStringLiteral("PIN is not right");
        QTest::newRow("tampered box")
            << QStringLiteral("246813") << 100 << QStringLiteral("PIN is not right");
        QTest::newRow("tampered limits") << QStringLiteral("246813") << 12 + 16 << QStringLiteral("damaged");
    }

    void refusals()
    {
        QFETCH(QString, pin);
        QFETCH(int, flipByte);
        QFETCH(QString, message);
        // The quick old limits: what is refused does not depend on them.
        QByteArray wrapped =
            PinLock::wrap(DatabaseKey::generate(), QStringLiteral("246813"), PinLock::interactiveLimits)
                .value();
        if (flipByte >= 0)
            wrapped[flipByte] = char(wrapped[flipByte] ^ 0x40);
        const Result<DatabaseKey> unwrapped = PinLock::unwrap(wrapped, pin);
        QVERIFY(!unwrapped.ok());
        QVERIFY2(unwrapped.error().contains(message), qPrintable(unwrapped.error()));
    }

    void eachWrapHasItsOwnSaltAndNonce()
    {
        const DatabaseKey key = DatabaseKey::generate();
        QVERIFY(PinLock::wrap(key, QStringLiteral("1"), PinLock::interactiveLimits).value() !=
                PinLock::wrap(key, QStringLiteral("1"), PinLock::interactiveLimits).value());
    }

    void rawKeyIsNotWrapped()
    {
        QVERIFY(!PinLock::isWrapped(DatabaseKey::generate().toBytes()));
        QVERIFY(!PinLock::limitsOf(DatabaseKey::generate().toBytes()));
    }
};

QTEST_GUILESS_MAIN(PinLockTest)
#include "tst_pinlock.moc"
