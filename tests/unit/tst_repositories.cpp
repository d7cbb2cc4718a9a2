// SPDX-License-Identifier: GPL-3.0-or-later
// The typed repositories keep what they are given, and a new directory snapshot replaces the old one
// together with the trust state, or not at all.
#include "store/contactkeyrepository.h"
#include "store/directoryrepository.h"
#include "store/followrepository.h"
#include "store/noterepository.h"
#include "store/settingsrepository.h"
#include "store/store.h"
#include "store/truststaterepository.h"
#include "storetesting.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace kring;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

class RepositoriesTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Store> m_store;

    Database &database() { return m_store->database(); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(Store::databasePath(m_dir.path()));
        Result<Store> store = Store::open(m_dir.path(), DatabaseKey::generate());
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error()));
        m_store.emplace(std::move(store).value());
    }

    void cleanup() { m_store.reset(); }

    void directorySnapshotIsEmptyAtFirst()
    {
        const Result<std::optional<DirectorySnapshot>> current = DirectoryRepository(database()).current();
        QVERIFY(current.ok());
        QVERIFY(!current.value().has_value());
    }

    void directorySnapshotKeepsTheExactBytes()
    {
        DirectoryRepository directory(database());
        // Bytes that a re-encoding would change: order, spacing, escapes and a NUL.
        const QByteArray feed("{ \"groups\" :[],\"format\":\"kring-directory/1\" ,\"x\":\"\\u00e9\"}\n\0",
                              58);
        const DirectorySnapshot snapshot{feed, 42, utc("2026-03-01T12:00:00Z")};
        const trust::TrustState trust = StoreTesting::trustedVersions(3, 42, utc("2026-02-28T09:30:00Z"));
        QVERIFY(directory.replace(snapshot, trust).ok());
        QCOMPARE(*directory.current().value(), snapshot);
        QCOMPARE(directory.currentFeedVersion().value(), 42);
        QCOMPARE(TrustStateRepository(database()).load().value(), trust);
    }

    void newSnapshotReplacesTheOldTogetherWithTrustState()
    {
        DirectoryRepository directory(database());
        QVERIFY(directory.replace({"old", 1, {}}, StoreTesting::trustedVersions(1, 1)).ok());
        QVERIFY(directory.replace({"new", 2, {}}, StoreTesting::trustedVersions(1, 2)).ok());
        QCOMPARE(directory.current().value()->directoryJson, QByteArray("new"));
        QCOMPARE(database().queryInt("SELECT count(*) FROM directory_snapshot;").value(), 1);
        QCOMPARE(TrustStateRepository(database()).load().value().snapshotVersion, 2);
    }

    // The snapshot is stored compressed; bytes that do not decompress are reported as damage, not as a
    // directory.
    void snapshotThatDoesNotDecompressIsReportedAsDamaged()
    {
        DirectoryRepository directory(database());
        QVERIFY(directory.replace({"{}", 1, {}}, StoreTesting::trustedVersions(1, 1)).ok());
        QVERIFY(database().execute("UPDATE directory_snapshot SET directory = X'00000010deadbeef';").ok());
        const auto current = directory.current();
        QVERIFY(!current.ok());
        QVERIFY2(current.error().contains(QStringLiteral("damaged")), qPrintable(current.error()));
    }

    void failedReplaceKeepsOldSnapshotAndTrustState()
    {
        DirectoryRepository directory(database());
        QVERIFY(directory.replace({"old", 1, {}}, StoreTesting::trustedVersions(1, 1)).ok());
        const qint64 pages = database().queryInt("PRAGMA page_count;").value();
        QVERIFY(database()
                    .execute(("PRAGMA max_page_count = " + QByteArray::number(pages + 2)).constData())
                    .ok());
        const Status failed = directory.replace({StoreTesting::incompressibleBytes(1 << 20, 3), 2, {}},
                                                StoreTesting::trustedVersions(1, 2));
        QVERIFY(!failed.ok());
        QCOMPARE(database().lastProblem(), StoreProblem::DiskFull);
        QCOMPARE(directory.current().value()->directoryJson, QByteArray("old"));
        QCOMPARE(TrustStateRepository(database()).load().value().snapshotVersion, 1);
    }

    // The whole trust state comes back as it was stored: roots, versions, times and sequence numbers.
    void trustStateReadsBackWhole()
    {
        trust::TrustState state = StoreTesting::trustedVersions(2, 7, utc("2026-02-28T09:30:00Z"));
        state.root = QByteArrayLiteral("{\"payload\":\"e30=\",\"signatures\":[]}");
        state.rootDigests = {{1, QByteArray(32, 'a')}, {2, QByteArray(32, 'b')}};
        state.directoryVersion = 5;
        state.revocationsVersion = 3;
        state.revocations = QByteArrayLiteral("revocations");
        state.checkedAt = utc("2026-03-01T08:00:00Z");
        state.snapshotExpires = utc("2026-03-07T09:30:00Z");
        state.sequences.insert(
            QStringLiteral("k1/g1"),
            trust::SequenceRecord{6, {{6, QByteArray(32, 'c'), utc("2026-04-01T00:00:00Z")}}});
        TrustStateRepository repository(database());
        QCOMPARE(repository.load().value(), trust::TrustState{});
        QVERIFY(repository.save(state).ok());
        QCOMPARE(TrustStateRepository(database()).load().value(), state);
    }

    void announcementsAreStoredWithTheSnapshot()
    {
        DirectoryRepository directory(database());
        QVERIFY(directory.replace({"one", 1, {}}, StoreTesting::trustedVersions(1, 1), {"a1", "a2"}).ok());
        QVERIFY(directory.addAnnouncement("linked", StoreTesting::trustedVersions(1, 1)).ok());
        QCOMPARE(directory.announcements().value(), (QList<QByteArray>{"a1", "a2", "linked"}));
        QVERIFY(directory.replace({"two", 2, {}}, StoreTesting::trustedVersions(1, 2), {"b1"}).ok());
        QCOMPARE(directory.announcements().value(), QList<QByteArray>{"b1"});
    }

    void followsKeepOrderAndLastSeen()
    {
        FollowRepository follows(database());
        const QDateTime t1 = utc("2026-01-01T10:00:00Z");
        const QDateTime t2 = t1.addSecs(60);
        QVERIFY(follows.follow(QStringLiteral("b"), t1).ok());
        QVERIFY(follows.follow(QStringLiteral("a"), t2).ok());
        QVERIFY(follows.follow(QStringLiteral("b"), t2.addSecs(60)).ok());
        QVERIFY(follows.markSeen(QStringLiteral("a"), t2.addSecs(120)).ok());
        const QList<FollowedGroup> all = follows.all().value();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0], (FollowedGroup{QStringLiteral("b"), t1, {}}));
        QCOMPARE(all[1], (FollowedGroup{QStringLiteral("a"), t2, t2.addSecs(120)}));
        QVERIFY(follows.unfollow(QStringLiteral("b")).ok());
        QCOMPARE(follows.count().value(), 1);
    }

    void notesAreKeptPerGroupAndClearedWhenEmpty()
    {
        NoteRepository notes(database());
        QVERIFY(notes.setNote(QStringLiteral("g"), QStringLiteral("Eerst bellen ☎")).ok());
        QVERIFY(notes.setNote(QStringLiteral("h"), QStringLiteral("Andere")).ok());
        QCOMPARE(notes.note(QStringLiteral("g")).value(), QStringLiteral("Eerst bellen ☎"));
        QVERIFY(notes.setNote(QStringLiteral("g"), QStringLiteral("Nieuw")).ok());
        QCOMPARE(notes.note(QStringLiteral("g")).value(), QStringLiteral("Nieuw"));
        QVERIFY(notes.setNote(QStringLiteral("g"), QString()).ok());
        QCOMPARE(notes.note(QStringLiteral("g")).value(), QString());
        QCOMPARE(notes.note(QStringLiteral("h")).value(), QStringLiteral("Andere"));
    }

    void contactKeysKeepBlobsAndAreNeverOverwritten()
    {
        ContactKeyRepository keys(database());
        const QByteArray secret("\x01\x00\x02 secret", 10);
        const QDateTime created = utc("2026-01-01T08:00:00Z");
        QVERIFY(keys.add({QStringLiteral("key-1"), secret, {}, created, QStringLiteral("group-a")}).ok());
        QVERIFY(!keys.add({QStringLiteral("key-1"), "other", {}, created, QStringLiteral("group-b")}).ok());
        QVERIFY(keys.setCertificate(QStringLiteral("key-1"), "certificate bytes").ok());
        const QList<ContactKey> all = keys.all().value();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0], (ContactKey{QStringLiteral("key-1"), secret, "certificate bytes", created,
                                     QStringLiteral("group-a")}));
        QVERIFY(keys.remove(QStringLiteral("key-1")).ok());
        QVERIFY(keys.all().value().isEmpty());
    }

    void settingsAreKeyValue()
    {
        SettingsRepository settings(database());
        QVERIFY(!settings.value(QStringLiteral("lang")).value().has_value());
        QVERIFY(settings.setValue(QStringLiteral("lang"), QStringLiteral("en")).ok());
        QVERIFY(settings.setValue(QStringLiteral("lang"), QStringLiteral("nl")).ok());
        QCOMPARE(settings.value(QStringLiteral("lang")).value(), std::optional(QStringLiteral("nl")));
        QVERIFY(settings.remove(QStringLiteral("lang")).ok());
        QVERIFY(!settings.value(QStringLiteral("lang")).value().has_value());
    }
};

QTEST_GUILESS_MAIN(RepositoriesTest)
#include "tst_repositories.moc"
