// SPDX-License-Identifier: GPL-3.0-or-later
// Attacks by holders of one old or limited key, a wrong clock or a far-future file (rules 8-11 of
// docs/trust.md): each is refused, and the network can recover from them.
#include "trusttestnetwork.h"

#include <QTest>

using namespace kring;
using namespace kring::testing;

namespace {

QString errorOf(const Result<feed::VerifiedFeed> &result)
{
    return result.ok() ? QString() : result.error();
}

// A feed as built by the network at `now`, verified into `store` at `now`; fails the test when refused.
#define ACCEPT(store, files, pinned, now)                                                                    \
    do {                                                                                                     \
        const auto accepted = feed::updateFeed(feed::MemoryFeedSource(files), pinned, store, now);           \
        QVERIFY2(accepted.ok(), qPrintable(errorOf(accepted)));                                              \
    } while (false)

// Root version `version` of a chain forked by someone who holds `oldKey` (signed by it and the forger's key).
QByteArray forkedRoot(const trust::RootMetadata &base, int version, const QList<trust::KeyPair> &signers,
                      const trust::KeyPair &forger)
{
    trust::RootMetadata forged = base;
    forged.version = version;
    forged.root = trust::Role{1, {forger.publicKey}};
    forged.feed = trust::Role{1, {forger.publicKey}};
    return TestNetwork::signRoot(forged, signers);
}

} // namespace

class TrustHardeningTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Rule 8: after a rotation, whoever keeps the rotated-away root key cannot fork the chain.
    void rotatedAwayRootKeyCannotForkTheChain()
    {
        TestNetwork network;
        const QByteArray pinned = network.pinnedRoot();
        const trust::KeyPair oldRootKey = network.rootKey;
        const trust::RootMetadata rootV1 = network.root;
        trust::MemoryTrustStateStore store;
        network.rotate(utc(2026, 11, 3));
        ACCEPT(store, network.build(1, utc(2026, 11, 4)), pinned, utc(2026, 11, 4));
        QCOMPARE(store.load().value().rootVersion, 2);

        // The forger's own v2', v3' and feed, all signed along a chain that starts at the old key.
        const trust::KeyPair forger = trust::generateKeyPair();
        TestNetwork fork = network;
        fork.rootChain = {network.rootChain.first(), forkedRoot(rootV1, 2, {oldRootKey, forger}, forger)};
        trust::RootMetadata v2fork = rootV1;
        v2fork.version = 2;
        v2fork.root = trust::Role{1, {forger.publicKey}};
        fork.rootChain.append(forkedRoot(v2fork, 3, {forger}, forger));
        fork.root = rootV1;
        fork.root.version = 3;
        fork.root.root = trust::Role{1, {forger.publicKey}};
        fork.root.feed = trust::Role{1, {forger.publicKey}};
        fork.rootKey = forger;
        fork.feedKey = forger;
        const auto forked = feed::updateFeed(feed::MemoryFeedSource(fork.build(5, utc(2026, 11, 5))), pinned,
                                             store, utc(2026, 11, 5));
        QVERIFY(!forked.ok());
        QVERIFY2(forked.error().contains(u"not signed by enough keys of root version 2"),
                 qPrintable(forked.error()));
        QCOMPARE(store.load().value().snapshotVersion, 1);
    }

    // The stored root is the chain's start, so a feed that lost the older root files still verifies...
    void chainContinuesFromTheStoredRoot()
    {
        TestNetwork network;
        const QByteArray pinned = network.pinnedRoot();
        trust::MemoryTrustStateStore store;
        network.rotate(utc(2026, 11, 3));
        ACCEPT(store, network.build(1, utc(2026, 11, 4)), pinned, utc(2026, 11, 4));
        network.rotate(utc(2026, 11, 5));
        QHash<QString, QByteArray> files = network.build(2, utc(2026, 11, 6));
        files.remove(QStringLiteral("root/1.json"));
        files.remove(QStringLiteral("root/2.json"));
        ACCEPT(store, files, pinned, utc(2026, 11, 6));
        QCOMPARE(store.load().value().rootVersion, 3);
        QCOMPARE(store.load().value().root, network.rootChain.last());
    }

    // ...and a state kept under one network's root is not used under another's.
    void stateOfAnotherRootIsRefused()
    {
        TestNetwork network;
        trust::MemoryTrustStateStore store;
        ACCEPT(store, network.build(1, utc(2026, 11, 2)), network.pinnedRoot(), utc(2026, 11, 2));
        TestNetwork other;
        QVERIFY(!store.load().value().belongsTo(other.pinnedRoot()));
        QVERIFY(store.load().value().belongsTo(network.pinnedRoot()));
        const auto refused = feed::updateFeed(feed::MemoryFeedSource(other.build(2, utc(2026, 11, 3))),
                                              other.pinnedRoot(), store, utc(2026, 11, 3));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(u"another root"), qPrintable(refused.error()));
    }

    // Rule 9: an expired certificate cannot sign a back-dated announcement that lives on.
    void announcementsOfExpiredCertificates_data()
    {
        QTest::addColumn<int>("issuedDay");  // days after the certificate's start
        QTest::addColumn<int>("expiresDay"); // 0: the default expiry
        QTest::addColumn<int>("firstSeenDay");
        QTest::addColumn<QString>("expected"); // empty: accepted
        // The certificate is valid from day 0 to day 90.
        QTest::newRow("issued and seen while valid") << 10 << 0 << 11 << QString();
        QTest::newRow("back-dated, seen two months after expiry")
            << 89 << 170 << 150 << QStringLiteral("outside its certificate's validity");
        QTest::newRow("back-dated, valid until 2099")
            << 89 << 27000 << 150 << QStringLiteral("later than an announcement may be");
        QTest::newRow("90 days beyond the certificate") << 80 << 180 << 81 << QString();
        QTest::newRow("91 days beyond the certificate")
            << 80 << 181 << 81 << QStringLiteral("later than an announcement may be");
        QTest::newRow("more than a year after issue, long certificate")
            << 10 << 10 + 366 << 11 << QStringLiteral("later than an announcement may be");
    }

    void announcementsOfExpiredCertificates()
    {
        QFETCH(int, issuedDay);
        QFETCH(int, expiresDay);
        QFETCH(int, firstSeenDay);
        QFETCH(QString, expected);
        const QDateTime start = utc(2026, 11, 1);
        TestNetwork network(start.addDays(-1));
        network.root.expires = start.addDays(800);
        network.rootChain = {TestNetwork::signRoot(network.root, {network.rootKey})};
        const bool longCertificate = QString::fromUtf8(QTest::currentDataTag()).contains(u"long");
        const Contact contact =
            network.certify({QStringLiteral("ehv-rouw-partner")}, start, longCertificate ? 700 : 90);
        trust::AnnouncementPayload payload;
        payload.kind = AnnouncementKind::Note;
        payload.group = QStringLiteral("ehv-rouw-partner");
        payload.issued = start.addDays(issuedDay);
        payload.note = QStringLiteral("Koffie staat klaar");
        payload.until = start.addDays(issuedDay + 5).date();
        payload.expires = expiresDay == 0 ? trust::defaultExpiry(payload) : start.addDays(expiresDay);
        const QByteArray envelope =
            trust::signAnnouncement(payload, contact.certificate, contact.key).value();

        const QDateTime seen = start.addDays(firstSeenDay);
        // The publisher drops what an app would refuse...
        const QHash<QString, QByteArray> built = network.build(1, seen, {envelope});
        const auto published =
            feed::parseAnnouncementsFile(built.value(QStringLiteral("announcements.json")), QString());
        QCOMPARE(published.value().size(), expected.isEmpty() ? 1 : 0);
        // ...and an app refuses it in a feed signed all the same.
        QHash<QString, QByteArray> files = built;
        network.publishAsIs(files, {envelope});
        trust::MemoryTrustStateStore store;
        const auto verified =
            feed::updateFeed(feed::MemoryFeedSource(files), network.pinnedRoot(), store, seen);
        QVERIFY2(verified.ok(), qPrintable(errorOf(verified)));
        const QStringList dropped = verified.value().droppedAnnouncements;
        if (expected.isEmpty()) {
            QVERIFY2(dropped.isEmpty(), qPrintable(dropped.join(u'\n')));
            QCOMPARE(verified.value().announcements.size(), 1);
        } else {
            QCOMPARE(verified.value().announcements.size(), 0);
            QVERIFY2(dropped.value(0).contains(expected), qPrintable(dropped.join(u'\n')));
        }
        // A link is checked the same way.
        const auto linked = feed::verifyLinkedAnnouncement(trust::announcementLink(envelope), network.root,
                                                           network.revocations, trust::TrustState{}, seen);
        QCOMPARE(linked.ok(), expected.isEmpty());
    }

    // One accepted while its certificate was valid stays accepted after the certificate ends.
    void acceptedAnnouncementOutlivesItsCertificate()
    {
        TestNetwork network(utc(2026, 10, 1));
        const Contact contact = network.certify({QStringLiteral("ehv-rouw-partner")}, utc(2026, 10, 1), 30);
        const QByteArray cancel = TestNetwork::announce(contact, QStringLiteral("ehv-rouw-partner"), 1,
                                                        utc(2026, 10, 20), QDate(2026, 11, 24));
        trust::MemoryTrustStateStore store;
        ACCEPT(store, network.build(1, utc(2026, 10, 21), {cancel}), network.pinnedRoot(), utc(2026, 10, 21));
        QHash<QString, QByteArray> files = network.build(2, utc(2026, 11, 5));
        network.publishAsIs(files, {cancel});
        const auto later =
            feed::updateFeed(feed::MemoryFeedSource(files), network.pinnedRoot(), store, utc(2026, 11, 5));
        QVERIFY2(later.ok(), qPrintable(errorOf(later)));
        QCOMPARE(later.value().announcements.size(), 1);
        // A phone that first sees it now does not take it.
        trust::MemoryTrustStateStore fresh;
        const auto first =
            feed::updateFeed(feed::MemoryFeedSource(files), network.pinnedRoot(), fresh, utc(2026, 11, 5));
        QVERIFY2(first.ok(), qPrintable(errorOf(first)));
        QCOMPARE(first.value().announcements.size(), 0);
    }

    // Rule 10: one snapshot signed with the feed key cannot freeze clients.
    void farFutureSnapshotsAreRefused_data()
    {
        QTest::addColumn<QDateTime>("issued");
        QTest::addColumn<qint64>("version");
        QTest::addColumn<QString>("expected");
        QTest::newRow("issued in 2999") << QDateTime(QDate(2999, 1, 1), QTime(0, 0), QTimeZone::utc())
                                        << qint64(2) << QStringLiteral("after this device's clock");
        QTest::newRow("issued ten minutes ahead")
            << utc(2026, 11, 5).addSecs(600) << qint64(2) << QStringLiteral("after this device's clock");
        QTest::newRow("issued four minutes ahead") << utc(2026, 11, 5).addSecs(240) << qint64(2) << QString();
        QTest::newRow("version 2^52")
            << utc(2026, 11, 5) << (qint64(1) << 52) << QStringLiteral("jumps too far");
        QTest::newRow("a million versions on") << utc(2026, 11, 5) << qint64(1'000'001) << QString();
    }

    void farFutureSnapshotsAreRefused()
    {
        QFETCH(QDateTime, issued);
        QFETCH(qint64, version);
        QFETCH(QString, expected);
        TestNetwork network;
        trust::MemoryTrustStateStore store;
        ACCEPT(store, network.build(1, utc(2026, 11, 2)), network.pinnedRoot(), utc(2026, 11, 2));
        QHash<QString, QByteArray> files = network.build(2, utc(2026, 11, 5));
        network.resignSnapshot(files, [&](trust::Snapshot &snapshot) {
            snapshot.issued = issued;
            snapshot.expires = issued.addDays(7);
            snapshot.version = version;
        });
        const auto result =
            feed::updateFeed(feed::MemoryFeedSource(files), network.pinnedRoot(), store, utc(2026, 11, 5));
        if (expected.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(errorOf(result)));
            QCOMPARE(store.load().value().snapshotVersion, version);
            return;
        }
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(expected), qPrintable(result.error()));
        QCOMPARE(store.load().value().snapshotVersion, 1);
    }

    // A client frozen by a compromised feed key (a far-future time and version stored before these checks)
    // recovers when the network rotates the root with a new feed key.
    void rootRotationRecoversFromACompromisedFeedKey()
    {
        TestNetwork network;
        trust::MemoryTrustStateStore store;
        ACCEPT(store, network.build(1, utc(2026, 11, 2)), network.pinnedRoot(), utc(2026, 11, 2));
        trust::TrustState frozen = store.load().value();
        frozen.newestIssued = QDateTime(QDate(2999, 1, 1), QTime(0, 0), QTimeZone::utc());
        frozen.snapshotVersion = qint64(1) << 52;
        QVERIFY(store.save(frozen).ok());
        const auto stillFrozen = feed::updateFeed(feed::MemoryFeedSource(network.build(2, utc(2026, 11, 6))),
                                                  network.pinnedRoot(), store, utc(2026, 11, 6));
        QVERIFY(!stillFrozen.ok());

        const trust::KeyPair compromised = network.feedKey;
        network.feedKey = trust::generateKeyPair();
        network.root.feed = trust::Role{1, {network.feedKey.publicKey}};
        network.rotate(utc(2026, 11, 7));
        const auto recovered = feed::updateFeed(feed::MemoryFeedSource(network.build(3, utc(2026, 11, 7))),
                                                network.pinnedRoot(), store, utc(2026, 11, 7));
        QVERIFY2(recovered.ok(), qPrintable(errorOf(recovered)));
        QCOMPARE(store.load().value().snapshotVersion, 3);
        QCOMPARE(store.load().value().newestIssued, utc(2026, 11, 7));
        // The compromised key's snapshots no longer verify.
        QHash<QString, QByteArray> files = network.build(4, utc(2026, 11, 8));
        network.resignSnapshot(files, [](trust::Snapshot &) {}, {compromised});
        const auto forged =
            feed::updateFeed(feed::MemoryFeedSource(files), network.pinnedRoot(), store, utc(2026, 11, 8));
        QVERIFY(!forged.ok());
        QCOMPARE(store.load().value().snapshotVersion, 3);
    }

    // Rule 11: the directory's signed version may not go back.
    void directoryVersionMayNotGoBack()
    {
        TestNetwork network;
        trust::MemoryTrustStateStore store;
        network.directoryVersion = 5;
        ACCEPT(store, network.build(1, utc(2026, 11, 2)), network.pinnedRoot(), utc(2026, 11, 2));
        QCOMPARE(store.load().value().directoryVersion, 5);
        network.directoryVersion = 4; // an older root-signed directory, in a new snapshot
        const auto older = feed::updateFeed(feed::MemoryFeedSource(network.build(2, utc(2026, 11, 3))),
                                            network.pinnedRoot(), store, utc(2026, 11, 3));
        QVERIFY(!older.ok());
        QVERIFY2(older.error().contains(u"directory.json: version 4 is older than version 5"),
                 qPrintable(older.error()));
        network.directoryVersion = 6;
        ACCEPT(store, network.build(3, utc(2026, 11, 4)), network.pinnedRoot(), utc(2026, 11, 4));
        QCOMPARE(store.load().value().directoryVersion, 6);
    }

    // The state written is the state read: every field survives a restart.
    void trustStateSurvivesItsJson()
    {
        TestNetwork network;
        const Contact contact = network.certify({QStringLiteral("ehv-rouw-partner")}, utc(2026, 11, 1));
        const QByteArray cancel = TestNetwork::announce(contact, QStringLiteral("ehv-rouw-partner"), 3,
                                                        utc(2026, 11, 2), QDate(2026, 11, 24));
        trust::MemoryTrustStateStore store;
        ACCEPT(store, network.build(1, utc(2026, 11, 2), {cancel}), network.pinnedRoot(), utc(2026, 11, 2));
        const trust::TrustState state = store.load().value();
        QVERIFY(!state.root.isEmpty());
        QVERIFY(!state.revocations.isEmpty());
        QCOMPARE(state.sequences.size(), 1);
        const auto read = trust::TrustState::fromJson(state.toJson(), QStringLiteral("state"));
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error()));
        QCOMPARE(read.value(), state);
    }
};

QTEST_GUILESS_MAIN(TrustHardeningTest)
#include "tst_trusthardening.moc"
