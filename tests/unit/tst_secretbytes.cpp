// SPDX-License-Identifier: GPL-3.0-or-later
// Secret bytes are wiped when their holder lets go of them, but never while another holder still reads them;
// a key pair's seed is such bytes and still reads and assigns as a QByteArray.
#include "secretbytes.h"
#include "store/databasekey.h"
#include "trust/crypto.h"

#include <QTest>

#include <type_traits>

using namespace kring;

namespace {

bool allZero(const char *bytes, qsizetype size)
{
    return std::all_of(bytes, bytes + size, [](char c) { return c == 0; });
}

} // namespace

class SecretBytesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wipeClearsBytesNobodyElseHolds()
    {
        SecretBytes secret(QByteArray(32, '\x5a'));
        const char *bytes = secret.constData();
        QVERIFY(secret.wipe());
        QCOMPARE(secret.constData(), bytes);
        QCOMPARE(secret.size(), 32);
        QVERIFY(allZero(bytes, 32));
    }

    void wipeClearsWhatWasCutOffToo()
    {
        SecretBytes secret(QByteArray(64, '\x5a'));
        const char *bytes = secret.constData();
        secret.truncate(8);
        QVERIFY(secret.wipe());
        QVERIFY(allZero(bytes, 64));
    }

    void sharedBytesAreLeftToTheirOtherHolder()
    {
        const QByteArray other(32, '\x5a');
        {
            SecretBytes secret(other);
            QVERIFY(!secret.wipe());
            secret = QByteArray(16, '\x01'); // letting go by assignment does not wipe them either
        }
        QCOMPARE(other, QByteArray(32, '\x5a'));
        const SecretBytes literal = QByteArray::fromRawData("not ours", 8);
        QCOMPARE(literal, QByteArray("not ours"));
    }

    void keyPairSeedIsSecretAndStillAQByteArray()
    {
        static_assert(std::is_same_v<decltype(trust::KeyPair::seed), SecretBytes>);
        trust::KeyPair key = trust::generateKeyPair();
        const QByteArray &seed = key.seed;
        QCOMPARE(seed.size(), trust::seedSize);
        const QByteArray copy = key.seed;
        key.seed = QByteArray(trust::seedSize, '\x01');
        QCOMPARE(trust::keyPairFromSeed(copy).value().publicKey, key.publicKey);
        QCOMPARE(key.seed, QByteArray(trust::seedSize, '\x01'));
        const trust::KeyPair fromParts{key.publicKey, copy};
        QCOMPARE(fromParts.seed, copy);
    }

    void keyPragmaIsSecretBytesNobodyElseHolds()
    {
        const DatabaseKey key = DatabaseKey::generate();
        SecretBytes pragma = key.keyPragma();
        QVERIFY(pragma.startsWith("PRAGMA key = \"x'"));
        QVERIFY(pragma.endsWith("'\";"));
        QCOMPARE(pragma.size(), 16 + 64 + 3);
        QCOMPARE(QByteArray::fromHex(pragma.mid(16, 64)), QByteArray(key.toBytes()));
        QVERIFY(pragma.isDetached());
        QVERIFY(key.toBytes().isDetached());
    }
};

QTEST_GUILESS_MAIN(SecretBytesTest)
#include "tst_secretbytes.moc"
