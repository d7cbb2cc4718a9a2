// SPDX-License-Identifier: GPL-3.0-or-later
// An app pinned to root v1 follows the network's rotations and refuses a forged next root.
#include "trusttestnetwork.h"

#include <QTest>

using namespace kring;
using namespace kring::testing;

class RootRotationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsRotations()
    {
        TestNetwork network;
        const QByteArray pinned = network.pinnedRoot();
        trust::MemoryTrustStateStore store;
        const QHash<QString, QByteArray> firstFeed = network.build(1, utc(2026, 11, 2));
        QVERIFY(feed::updateFeed(feed::MemoryFeedSource(firstFeed), pinned, store, utc(2026, 11, 2)).ok());
        network.rotate(utc(2026, 11, 3));
        network.rotate(utc(2026, 11, 4));
        const auto result = feed::updateFeed(feed::MemoryFeedSource(network.build(2, utc(2026, 11, 5))),
                                             pinned, store, utc(2026, 11, 5));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));
        QCOMPARE(result.value().root.version, 3);
        QCOMPARE(result.value().root.root.keys, QList{network.rootKey.publicKey});
        QCOMPARE(store.load().value().rootVersion, 3);

        // An old mirror serving the feed as it was before the rotations is a rollback.
        const auto old = feed::updateFeed(feed::MemoryFeedSource(firstFeed), pinned, store, utc(2026, 11, 6));
        QVERIFY(!old.ok());
        QVERIFY2(old.error().contains(u"older than version 2 already seen"), qPrintable(old.error()));
        QCOMPARE(store.load().value().snapshotVersion, 2);
    }

    void refusesForgedRoot_data()
    {
        QTest::addColumn<QString>("expected");
        QTest::newRow("signed only by an attacker's key")
            << QStringLiteral("not signed by enough keys of root version 1");
        QTest::newRow("signed by the old key, attacker's keys inside")
            << QStringLiteral("not signed by enough of its own new root keys");
        QTest::newRow("old key replaced by a byte change") << QStringLiteral("the signature does not match");
    }

    void refusesForgedRoot()
    {
        QFETCH(QString, expected);
        const QString name = QString::fromUtf8(QTest::currentDataTag());
        TestNetwork network;
        QHash<QString, QByteArray> files = network.build(1, utc(2026, 11, 2));
        const trust::KeyPair attacker = trust::generateKeyPair();
        trust::RootMetadata forged = network.root;
        forged.version = 2;
        forged.root = trust::Role{1, {attacker.publicKey}};
        forged.feed = trust::Role{1, {attacker.publicKey}};
        QByteArray bytes;
        if (name == u"signed only by an attacker's key") {
            bytes = TestNetwork::signRoot(forged, {attacker});
        } else if (name == u"signed by the old key, attacker's keys inside") {
            forged.root = trust::Role{1, {trust::generateKeyPair().publicKey}};
            bytes = TestNetwork::signRoot(forged, {network.rootKey, attacker});
        } else {
            trust::RootMetadata genuine = network.root;
            genuine.version = 2;
            bytes = TestNetwork::signRoot(genuine, {network.rootKey});
            trust::Envelope envelope = trust::parseEnvelope(bytes, {}, 1 << 20).value();
            const QByteArray attackerKey = attacker.publicKey.toBase64();
            const QByteArray genuineKey = network.rootKey.publicKey.toBase64();
            envelope.payload.replace(envelope.payload.lastIndexOf(genuineKey), genuineKey.size(),
                                     attackerKey);
            bytes = trust::serializeEnvelope(envelope);
        }
        files.insert(QStringLiteral("root/2.json"), bytes);
        trust::MemoryTrustStateStore store;
        const auto result =
            feed::updateFeed(feed::MemoryFeedSource(files), network.pinnedRoot(), store, utc(2026, 11, 2));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(expected), qPrintable(result.error()));
        QVERIFY2(result.error().startsWith(u"root/2.json"), qPrintable(result.error()));
        QCOMPARE(store.load().value(), trust::TrustState{});
    }

    void thresholdRootNeedsEnoughSignatures_data()
    {
        QTest::addColumn<int>("signers");
        QTest::addColumn<QString>("expected"); // empty: accepted
        QTest::newRow("1 of 2-of-3") << 1 << QStringLiteral("signed by 1 trusted key(s), 2 needed");
        QTest::newRow("2 of 2-of-3") << 2 << QString();
        QTest::newRow("3 of 2-of-3") << 3 << QString();
    }

    void thresholdRootNeedsEnoughSignatures()
    {
        QFETCH(int, signers);
        QFETCH(QString, expected);
        TestNetwork network;
        const QList<trust::KeyPair> keys{trust::generateKeyPair(), trust::generateKeyPair(),
                                         trust::generateKeyPair()};
        trust::RootMetadata next = network.root;
        next.version = 2;
        next.root = trust::Role{2, {keys[0].publicKey, keys[1].publicKey, keys[2].publicKey}};
        QList<trust::KeyPair> signing{network.rootKey};
        signing.append(keys.mid(0, signers));
        const auto result = trust::verifyNextRoot(network.root, TestNetwork::signRoot(next, signing),
                                                  QStringLiteral("root/2.json"));
        if (expected.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));
            QCOMPARE(result.value().root.threshold, 2);
        } else {
            QVERIFY(!result.ok());
            QVERIFY2(result.error().contains(expected), qPrintable(result.error()));
        }
    }

    void checkedInRotationIsFollowed()
    {
        const QString testnet = QStringLiteral(KRING_TEST_DATA "/trust/testnet/");
        trust::MemoryTrustStateStore store;
        const QByteArray pinned = readTestFile(testnet + QStringLiteral("root-v1.json"));
        for (const char *feed : {"feed-v1", "feed-v2"}) {
            const auto result = feed::updateFeed(
                feed::DirectoryFeedSource(testnet + QLatin1StringView(feed) + QStringLiteral("/feed")),
                pinned, store, utc(2026, 11, 6));
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));
        }
        QCOMPARE(store.load().value().rootVersion, 2);
        QCOMPARE(store.load().value().snapshotVersion, 2);
        // Once v2 is trusted, the v1 feed is an old feed served again.
        const auto rollback =
            feed::updateFeed(feed::DirectoryFeedSource(testnet + QStringLiteral("feed-v1/feed")), pinned,
                             store, utc(2026, 11, 6));
        QVERIFY(!rollback.ok());
        QVERIFY2(rollback.error().contains(u"older than version 2 already seen"),
                 qPrintable(rollback.error()));
    }
};

QTEST_GUILESS_MAIN(RootRotationTest)
#include "tst_rootrotation.moc"
