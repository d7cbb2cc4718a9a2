// SPDX-License-Identifier: GPL-3.0-or-later
// The trust state survives a restart (JSON file) exactly, and trusted time never goes back.
#include "trusttestnetwork.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kring;
using namespace kring::testing;

class TrustStateTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileStoreRoundTrip()
    {
        TestNetwork network;
        const QString group = QStringLiteral("ehv-rouw-partner");
        const Contact contact = network.certify({group}, utc(2026, 11, 1));
        const auto announcement = trust::verifyAnnouncement(
            TestNetwork::announce(contact, group, 7, utc(2026, 11, 2), QDate(2026, 12, 8)), network.root, {},
            utc(2026, 11, 2), {});
        QVERIFY(announcement.ok());
        trust::TrustState state;
        state.rootVersion = 2;
        state.snapshotVersion = 41;
        state.revocationsVersion = 3;
        state.newestIssued = utc(2026, 11, 3);
        state.record(announcement.value(), utc(2026, 11, 3));

        QTemporaryDir dir;
        trust::JsonFileTrustStateStore store(dir.filePath(QStringLiteral("state.json")));
        QCOMPARE(store.load().value(), trust::TrustState{}); // no file yet: empty state
        QVERIFY(store.save(state).ok());
        QCOMPARE(trust::JsonFileTrustStateStore(dir.filePath(QStringLiteral("state.json"))).load().value(),
                 state);

        // Once expired, an accepted announcement is forgotten, but the highest sequence number stays.
        state.record(announcement.value(), utc(2027, 1, 1));
        QCOMPARE(state.sequences.begin()->accepted.size(), 0);
        QCOMPARE(state.sequences.begin()->highest, 7);
        QVERIFY(!state.checkSequence(announcement.value(), {}).ok());
    }

    // A state kept before root digests were (kring-trust-state/1) reads back; its chain starts at the pinned
    // root.
    void firstFormatStillReads()
    {
        const QByteArray json =
            "{\"format\":\"kring-trust-state/1\",\"root_version\":2,\"snapshot_version\":41,"
            "\"revocations_version\":3,\"newest_issued\":\"2026-11-03T12:00:00Z\","
            "\"sequences\":{}}";
        const auto state = trust::TrustState::fromJson(json, QStringLiteral("state"));
        QVERIFY2(state.ok(), qPrintable(state.ok() ? QString() : state.error()));
        QCOMPARE(state.value().rootVersion, 2);
        QCOMPARE(state.value().snapshotVersion, 41);
        QVERIFY(state.value().root.isEmpty());
        QVERIFY(state.value().belongsTo(TestNetwork().pinnedRoot()));
    }

    void trustedTimeNeverGoesBack()
    {
        trust::TrustState state;
        QCOMPARE(state.trustedTime(utc(2026, 1, 1)), utc(2026, 1, 1));
        state.newestIssued = utc(2026, 6, 1);
        QCOMPARE(state.trustedTime(utc(2026, 1, 1)), utc(2026, 6, 1));
        QCOMPARE(state.trustedTime(utc(2026, 7, 1)), utc(2026, 7, 1));
    }

    void damagedStateFileIsAnError_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("duplicate key")
            << QByteArray("{\"format\":\"kring-trust-state/1\",\"root_version\":1,\"root_version\":2}")
            << QStringLiteral("duplicate key");
        // found by fuzz_feed: a number far outside any integer type
        QTest::newRow("huge number") << QByteArray(
                                            "{\"format\":\"kring-trust-state/1\",\"root_version\":1e300,"
                                            "\"snapshot_version\":1,\"revocations_version\":1,"
                                            "\"sequences\":{}}")
                                     << QStringLiteral("root_version: expected a whole number");
        QTest::newRow("fraction") << QByteArray("{\"format\":\"kring-trust-state/1\",\"root_version\":1.5,"
                                                "\"snapshot_version\":1,\"revocations_version\":1,"
                                                "\"sequences\":{}}")
                                  << QStringLiteral("root_version: expected a whole number");
    }

    void damagedStateFileIsAnError()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();
        const auto state = trust::JsonFileTrustStateStore(path).load();
        QVERIFY(!state.ok());
        QVERIFY2(state.error().contains(expected), qPrintable(state.error()));
    }
};

QTEST_GUILESS_MAIN(TrustStateTest)
#include "tst_truststate.moc"
