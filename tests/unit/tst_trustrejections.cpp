// SPDX-License-Identifier: GPL-3.0-or-later
// Every "must reject" of docs/trust.md, one row each: the feed is refused with a message that says what is
// wrong, and the stored trust state stays exactly as it was.
#include "trusttestnetwork.h"

#include "trust/sizelimits.h"
#include "json/strictjson.h"

#include <QTest>

using namespace kring;
using namespace kring::testing;

class TrustRejectionsTest : public QObject
{
    Q_OBJECT

private:
    static QDateTime now() { return utc(2026, 11, 20); }

    // Applies one broken thing to a good feed (version 5, issued now, 7 days) and a stored state.
    static void breakFeed(const QString &name, TestNetwork &network, QHash<QString, QByteArray> &files,
                          trust::TrustState &state, QDateTime &clock)
    {
        const auto flipPayloadByte = [](const QByteArray &bytes, trust::SignedType) {
            trust::Envelope envelope = trust::parseEnvelope(bytes, {}, 1 << 30).value();
            envelope.payload[envelope.payload.size() / 2] =
                char(envelope.payload[envelope.payload.size() / 2] ^ 1);
            return trust::serializeEnvelope(envelope);
        };
        const auto signedDirectory = [&](const QByteArray &payload, const QList<trust::KeyPair> &keys) {
            files.insert(QStringLiteral("directory.json"), trust::serializeEnvelope(trust::signEnvelope(
                                                               trust::SignedType::Directory, payload, keys)));
            network.relist(files);
        };
        const auto nextRoot = [&](int version, const QList<trust::KeyPair> &signers,
                                  const trust::KeyPair &newKey) {
            trust::RootMetadata next = network.root;
            next.version = version;
            next.root = trust::Role{1, {newKey.publicKey}};
            files.insert(QStringLiteral("root/2.json"), TestNetwork::signRoot(next, signers));
        };
        if (name == u"snapshot byte changed") {
            files[QStringLiteral("snapshot.json")] =
                flipPayloadByte(files.value(QStringLiteral("snapshot.json")), trust::SignedType::Snapshot);
        } else if (name == u"snapshot signed by an unknown key") {
            network.resignSnapshot(files, [](trust::Snapshot &) {}, {trust::generateKeyPair()});
        } else if (name == u"snapshot signed as another type") {
            network.resignSnapshot(
                files, [](trust::Snapshot &) {}, {}, trust::SignedType::Directory);
        } else if (name == u"directory byte changed") {
            QByteArray &directory = files[QStringLiteral("directory.json")];
            directory[directory.size() / 2] = directory[directory.size() / 2] == 'A' ? 'B' : 'A';
        } else if (name == u"directory size differs") {
            files[QStringLiteral("directory.json")].append(' ');
        } else if (name == u"directory changed and listed by a stolen feed key") {
            files[QStringLiteral("directory.json")] =
                flipPayloadByte(files.value(QStringLiteral("directory.json")), trust::SignedType::Directory);
            network.relist(files);
        } else if (name == u"directory signed by the feed key") {
            signedDirectory(readTestFile(QStringLiteral(KRING_TEST_DATA "/directory/valid/small.json")),
                            {network.feedKey});
        } else if (name == u"directory nested too deep") {
            signedDirectory(QByteArray(40, '[') + QByteArray(40, ']'), {network.rootKey});
        } else if (name == u"directory with a duplicate key") {
            signedDirectory(R"({"format":"kring-directory/1","groups":[],"groups":[]})", {network.rootKey});
        } else if (name == u"snapshot envelope with a duplicate key") {
            QByteArray &snapshot = files[QStringLiteral("snapshot.json")];
            snapshot.replace("{\"payload\":", "{\"payload\":\"e30=\",\"payload\":");
        } else if (name == u"snapshot over its size cap") {
            files[QStringLiteral("snapshot.json")] = QByteArray(trust::maxSnapshotBytes + 1, ' ');
        } else if (name == u"snapshot version lower than stored") {
            state.snapshotVersion = 6;
        } else if (name == u"snapshot expired") {
            clock = now().addDays(8);
        } else if (name == u"root expired") {
            clock = now().addDays(400);
        } else if (name == u"device clock set back") {
            state.newestIssued = now().addDays(10);
        } else if (name == u"root skips a version") {
            const trust::KeyPair newKey = trust::generateKeyPair();
            nextRoot(3, {network.rootKey, newKey}, newKey);
        } else if (name == u"root without the old threshold") {
            const trust::KeyPair newKey = trust::generateKeyPair();
            nextRoot(2, {newKey}, newKey);
        } else if (name == u"root without its own threshold") {
            nextRoot(2, {network.rootKey}, trust::generateKeyPair());
        } else if (name == u"root older than the trusted one") {
            state.rootVersion = 2;
        } else if (name == u"revocations older than stored") {
            state.revocationsVersion = 4;
        } else if (name == u"snapshot lists another root version") {
            network.resignSnapshot(files, [](trust::Snapshot &snapshot) { snapshot.rootVersion = 2; });
        }
    }

private Q_SLOTS:
    void refusesFeed_data()
    {
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(expected);
        };
        // 1. a byte changed in any signed file; a signature by an unknown key; a signature of the wrong type
        row("snapshot byte changed", "snapshot.json: the signature does not match: the file was changed");
        row("snapshot signed by an unknown key", "snapshot.json: signed by a key that is not trusted");
        row("snapshot signed as another type", "snapshot.json: signed as type directory, not as snapshot");
        row("directory changed and listed by a stolen feed key",
            "directory.json: the signature does not match: the file was changed");
        row("directory signed by the feed key", "directory.json: signed by a key that is not trusted");
        // 2. a snapshot older than the stored one
        row("snapshot version lower than stored",
            "snapshot.json: version 5 is older than version 6 already seen");
        row("revocations older than stored",
            "revocations.json: version 1 is older than version 4 already seen");
        // 3. an expired snapshot or root
        row("snapshot expired", "snapshot.json: expired on 2026-11-27T12:00:00Z");
        row("root expired", "root/1.json: root version 1 expired on 2027-11-01T12:00:00Z");
        // 4. size or hash differs from the snapshot; over a size cap; too deep; duplicate keys
        row("directory byte changed", "directory.json: its hash differs from the snapshot's");
        row("directory size differs", "directory.json: ");
        row("snapshot over its size cap", "snapshot.json: 1048577 bytes is over the limit of 1048576 bytes");
        row("directory nested too deep", "directory.json: JSON nested deeper than 32 levels");
        row("directory with a duplicate key", "directory.json: duplicate key \"groups\"");
        row("snapshot envelope with a duplicate key", "snapshot.json: duplicate key \"payload\"");
        // 5. a root N+1 without both thresholds; a root that skips a version
        row("root without the old threshold", "root/2.json: not signed by enough keys of root version 1");
        row("root without its own threshold", "root/2.json: not signed by enough of its own new root keys");
        row("root skips a version", "root/2.json: root version 3 does not follow version 1");
        row("root older than the trusted one", "the feed's newest root is version 1, older than version 2");
        row("snapshot lists another root version",
            "snapshot.json: lists root version 2, but the feed's newest");
        // 7. a device clock set back: trusted time is the newest verified issued time
        row("device clock set back", "snapshot.json: expired on 2026-11-27T12:00:00Z");
    }

    void refusesFeed()
    {
        QFETCH(QString, expected);
        TestNetwork network;
        QHash<QString, QByteArray> files = network.build(5, now());
        trust::TrustState state;
        state.snapshotVersion = 4;
        state.rootVersion = 1;
        state.newestIssued = now().addDays(-1);
        QDateTime clock = now().addSecs(60);
        breakFeed(QString::fromUtf8(QTest::currentDataTag()), network, files, state, clock);

        trust::MemoryTrustStateStore store;
        QVERIFY(store.save(state).ok());
        const auto result =
            feed::updateFeed(feed::MemoryFeedSource(files), network.pinnedRoot(), store, clock);
        QVERIFY2(!result.ok(), "the broken feed was accepted");
        QVERIFY2(result.error().contains(expected), qPrintable(result.error()));
        if (QLatin1StringView(QTest::currentDataTag()) == "directory size differs")
            QVERIFY2(result.error().contains(u"but the snapshot lists"), qPrintable(result.error()));
        QCOMPARE(store.load().value(), state);
    }

    void acceptsTheUnbrokenFeedAndStoresItsState()
    {
        TestNetwork network;
        const auto files = network.build(5, now());
        trust::MemoryTrustStateStore store;
        const auto result =
            feed::updateFeed(feed::MemoryFeedSource(files), network.pinnedRoot(), store, now().addSecs(60));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));
        QCOMPARE(result.value().directory.groups().size(), 2);
        QCOMPARE(store.load().value().snapshotVersion, 5);
        QCOMPARE(store.load().value().newestIssued, now());
    }

    void sameSnapshotVersionIsNothingToDo()
    {
        TestNetwork network;
        const auto files = network.build(5, now());
        trust::TrustState state;
        state.rootVersion = 1;
        state.snapshotVersion = 5;
        const auto result =
            feed::verifyFeed(feed::MemoryFeedSource(files), network.pinnedRoot(), state, now());
        QVERIFY(result.ok());
        QVERIFY(result.value().unchanged);
        QCOMPARE(result.value().state.snapshotVersion, state.snapshotVersion);
        QCOMPARE(result.value().state.sequences, state.sequences);
        QCOMPARE(result.value().state.checkedAt, now());
    }

    void refusesAnnouncement_data()
    {
        QTest::addColumn<QString>("expected");
        // 6. group not named, revoked certificate or key, replay or older sequence, issued after not_after
        QTest::newRow("group not in the certificate")
            << QStringLiteral("does not name group lvn-naasten-drank");
        QTest::newRow("revoked certificate") << QStringLiteral("was revoked by the network");
        QTest::newRow("revoked contact key") << QStringLiteral("was revoked by the network");
        QTest::newRow("replay with other content")
            << QStringLiteral("sequence number 3 is a replay or older");
        QTest::newRow("older sequence number") << QStringLiteral("sequence number 2 is a replay or older");
        QTest::newRow("issued after the certificate's not_after")
            << QStringLiteral("outside its certificate's validity");
        QTest::newRow("certificate by an unknown root")
            << QStringLiteral("cert: signed by a key that is not trusted");
        QTest::newRow("byte changed") << QStringLiteral("the signature does not match");
        QTest::newRow("signed as a certificate")
            << QStringLiteral("signed as type cert, not as announcement");
        QTest::newRow("over 2 KiB") << QStringLiteral("over the limit of 2048 bytes");
        QTest::newRow("expired") << QStringLiteral("the announcement expired on");
    }

    void refusesAnnouncement()
    {
        QFETCH(QString, expected);
        const QString name = QString::fromUtf8(QTest::currentDataTag());
        TestNetwork network;
        const QString group = QStringLiteral("ehv-rouw-partner");
        Contact contact = network.certify({group}, now().addDays(-30));
        const QDate date(2026, 12, 8);
        QByteArray announcement = TestNetwork::announce(contact, group, 3, now().addDays(-1), date);
        trust::TrustState state;
        state.snapshotVersion = 4;

        if (name == u"group not in the certificate") {
            announcement =
                TestNetwork::announce(contact, QStringLiteral("lvn-naasten-drank"), 3, now(), date);
        } else if (name == u"revoked certificate") {
            network.revocations.serials.insert(contact.serial);
            network.revocations.version = 2;
        } else if (name == u"revoked contact key") {
            network.revocations.keyIds.insert(trust::keyId(contact.key.publicKey));
            network.revocations.version = 2;
        } else if (name == u"replay with other content" || name == u"older sequence number") {
            const QByteArray earlier =
                TestNetwork::announce(contact, group, 3, now().addDays(-2), date.addDays(7));
            trust::TrustState seen;
            seen.record(
                trust::verifyAnnouncement(earlier, network.root, network.revocations, now(), {}).value(),
                now());
            state.sequences = seen.sequences;
            if (name == u"older sequence number")
                announcement = TestNetwork::announce(contact, group, 2, now().addDays(-1), date);
        } else if (name == u"issued after the certificate's not_after") {
            contact = network.certify({group}, now().addDays(-100), 90);
            announcement = TestNetwork::announce(contact, group, 3, now().addDays(-5), date);
        } else if (name == u"certificate by an unknown root") {
            TestNetwork other;
            contact = other.certify({group}, now().addDays(-30));
            announcement = TestNetwork::announce(contact, group, 3, now(), date);
        } else if (name == u"byte changed") {
            trust::Envelope envelope = trust::parseEnvelope(announcement, {}, 4096).value();
            envelope.payload.replace("2026-12-08", "2026-12-09");
            announcement = trust::serializeEnvelope(envelope);
        } else if (name == u"signed as a certificate") {
            trust::Envelope envelope = trust::parseEnvelope(announcement, {}, 4096).value();
            envelope.signatures =
                trust::signEnvelope(trust::SignedType::Certificate, envelope.payload, {contact.key})
                    .signatures;
            announcement = trust::serializeEnvelope(envelope);
        } else if (name == u"over 2 KiB") {
            announcement =
                announcement.left(announcement.size() - 1) + ",\"x\":\"" + QByteArray(1100, 'x') + "\"}";
        } else if (name == u"expired") {
            announcement = TestNetwork::announce(contact, group, 3, now().addDays(-20), QDate(2026, 11, 10));
        }

        QHash<QString, QByteArray> files = network.build(5, now());
        files.insert(QStringLiteral("announcements.json"), feed::announcementsFile({announcement}));
        files.insert(QStringLiteral("revocations.json"), network.revocationsEnvelope());
        network.relist(files);
        const auto result =
            feed::verifyFeed(feed::MemoryFeedSource(files), network.pinnedRoot(), state, now());
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));
        QVERIFY(result.value().announcements.isEmpty());
        QCOMPARE(result.value().droppedAnnouncements.size(), 1);
        QVERIFY2(result.value().droppedAnnouncements.first().contains(expected),
                 qPrintable(result.value().droppedAnnouncements.first()));
        QCOMPARE(result.value().state.sequences, state.sequences);
    }

    void acceptsAnnouncementsAgainInTheNextFeed()
    {
        TestNetwork network;
        const QString group = QStringLiteral("ehv-rouw-partner");
        const Contact contact = network.certify({group}, now().addDays(-30));
        const QList<QByteArray> announcements{
            TestNetwork::announce(contact, group, 1, now().addDays(-2), QDate(2026, 12, 1)),
            TestNetwork::announce(contact, group, 2, now().addDays(-1), QDate(2026, 12, 8))};
        trust::MemoryTrustStateStore store;
        for (qint64 version : {5, 6}) {
            const auto result =
                feed::updateFeed(feed::MemoryFeedSource(network.build(version, now(), announcements)),
                                 network.pinnedRoot(), store, now());
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));
            QCOMPARE(result.value().announcements.size(), 2);
            QVERIFY(result.value().droppedAnnouncements.isEmpty());
        }
        QCOMPARE(store.load().value().sequences.size(), 1);
        QCOMPARE(store.load().value().sequences.begin()->highest, 2);
    }

    void refusesExpiredCertificate()
    {
        TestNetwork network;
        const Contact contact =
            network.certify({QStringLiteral("ehv-rouw-partner")}, now().addDays(-100), 90);
        const auto result =
            trust::verifyCertificateAt(contact.certificate, network.root, now(), QStringLiteral("cert"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(u"the certificate expired on"), qPrintable(result.error()));
    }
};

QTEST_GUILESS_MAIN(TrustRejectionsTest)
#include "tst_trustrejections.moc"
