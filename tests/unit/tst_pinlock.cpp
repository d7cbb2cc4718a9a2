// SPDX-License-Identifier: GPL-3.0-or-later
// The app PIN wraps the database key: the right PIN gives it back, a wrong one is refused with a message.
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
        const Result<QByteArray> wrapped = PinLock::wrap(key, QStringLiteral("2468"));
        QVERIFY(wrapped.ok());
        QVERIFY(PinLock::isWrapped(wrapped.value()));
        QVERIFY(!wrapped.value().contains(key.toBytes()));
        const Result<DatabaseKey> unwrapped = PinLock::unwrap(wrapped.value(), QStringLiteral("2468"));
        QVERIFY(unwrapped.ok());
        QVERIFY(unwrapped.value() == key);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<int>("flipByte"); // -1: none
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong PIN") << QStringLiteral("1357") << -1 << QStringLiteral("PIN is not right");
        QTest::newRow("tampered box") << QStringLiteral("2468") << 100 << QStringLiteral("PIN is not right");
        QTest::newRow("tampered limits") << QStringLiteral("2468") << 12 + 16 << QStringLiteral("damaged");
    }

    void refusals()
    {
        QFETCH(QString, pin);
        QFETCH(int, flipByte);
        QFETCH(QString, message);
        QByteArray wrapped = PinLock::wrap(DatabaseKey::generate(), QStringLiteral("2468")).value();
        if (flipByte >= 0)
            wrapped[flipByte] = char(wrapped[flipByte] ^ 0x40);
        const Result<DatabaseKey> unwrapped = PinLock::unwrap(wrapped, pin);
        QVERIFY(!unwrapped.ok());
        QVERIFY2(unwrapped.error().contains(message), qPrintable(unwrapped.error()));
    }

    void eachWrapHasItsOwnSaltAndNonce()
    {
        const DatabaseKey key = DatabaseKey::generate();
        QVERIFY(PinLock::wrap(key, QStringLiteral("1")).value() !=
                PinLock::wrap(key, QStringLiteral("1")).value());
    }

    void rawKeyIsNotWrapped() { QVERIFY(!PinLock::isWrapped(DatabaseKey::generate().toBytes())); }
};

QTEST_GUILESS_MAIN(PinLockTest)
#include "tst_pinlock.moc"
