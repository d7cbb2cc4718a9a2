// SPDX-License-Identifier: GPL-3.0-or-later
// Migrations by user_version: every earlier schema version opens at the latest with its data kept, and a
// database from a newer Kring opens read-only, unchanged.
#include "store/contactkeyrepository.h"
#include "store/directoryrepository.h"
#include "store/followrepository.h"
#include "store/schema.h"
#include "store/settingsrepository.h"
#include "store/store.h"
#include "store/truststaterepository.h"
#include "storetesting.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kring;

namespace {

const DatabaseKey &testKey()
{
    static const DatabaseKey key = DatabaseKey::generate();
    return key;
}

// Writes a database at `version` with the steps of that version, holding data a person would have saved.
void writeAtVersion(const QString &dataDir, int version)
{
    Result<Database> database = Database::open(Store::databasePath(dataDir), testKey());
    QVERIFY(database.ok());
    QVERIFY(Schema::migrate(database.value(), version).ok());
    QCOMPARE(Schema::version(database.value()).value(), version);
    if (version >= 1) {
        QVERIFY(database.value()
                    .execute("INSERT INTO follows (group_id, followed_at) VALUES "
                             "('ehv-rouw-partner', '2026-01-02T10:00:00.000Z');"
                             "INSERT INTO notes (group_id, body, updated_at) VALUES "
                             "('ehv-rouw-partner', 'Vraag naar Anja', '2026-01-02T10:00:00.000Z');"
                             "INSERT INTO directory_snapshot (id, feed_version, stored_at, directory) VALUES "
                             "(1, 7, '2026-01-02T10:00:00.000Z', X'7b7d');")
                    .ok());
    }
    const QString trustState = QStringLiteral("{\"format\":\"kring-trust-state/1\",\"root_version\":1,"
                                              "\"snapshot_version\":7,\"revocations_version\":1,"
                                              "\"sequences\":{}}");
    if (version >= 2 && version < 4) {
        // The trust state as versions 2 and 3 kept it: a JSON text among the settings.
        QVERIFY(SettingsRepository(database.value())
                    .setValue(QStringLiteral("trust.verified_state"), trustState)
                    .ok());
    }
    if (version >= 4) {
        Result<Statement> insert = database.value().prepare("INSERT INTO trust (id, state) VALUES (1, ?);");
        QVERIFY(insert.ok());
        QVERIFY(insert.value().bindBlob(1, trustState.toUtf8()).run().ok());
    }
    if (version >= 1) {
        QVERIFY(database.value()
                    .execute("INSERT INTO contact_keys (id, secret_key, created_at) VALUES "
                             "('key-1', X'01', '2026-01-02T10:00:00.000Z');")
                    .ok());
    }
}

} // namespace

class SchemaTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int version = 0; version < Schema::latestVersion(); ++version)
            QTest::addRow("v%d", version) << version;
    }

    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        writeAtVersion(dir.path(), from);
        Result<Store> store = Store::open(dir.path(), testKey());
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error()));
        QVERIFY(!store.value().isReadOnly());
        Database &database = store.value().database();
        QCOMPARE(Schema::version(database).value(), Schema::latestVersion());

        FollowRepository follows(database);
        QVERIFY(follows.follow(QStringLiteral("new-group")).ok());
        QVERIFY(follows.markSeen(QStringLiteral("new-group")).ok());
        QVERIFY(SettingsRepository(database).setValue(QStringLiteral("lang"), QStringLiteral("nl")).ok());
        const QList<FollowedGroup> followed = follows.all().value();
        if (from >= 1) {
            QCOMPARE(followed.size(), 2);
            QCOMPARE(followed.first().groupId, QStringLiteral("ehv-rouw-partner"));
            QVERIFY(!followed.first().lastSeen.isValid());
            QCOMPARE(database.queryText("SELECT body FROM notes;").value(),
                     QStringLiteral("Vraag naar Anja"));
            QCOMPARE(database.queryInt("SELECT feed_version FROM directory_snapshot;").value(), 7);
            // Stored before snapshots were compressed: read back as it was written.
            QCOMPARE(DirectoryRepository(database).current().value()->directoryJson, QByteArray("{}"));
        } else {
            QCOMPARE(followed.size(), 1);
        }
        QVERIFY(followed.last().lastSeen.isValid());
        // The trust state is read back whatever version kept it.
        const Result<trust::TrustState> trust = TrustStateRepository(database).load();
        QVERIFY2(trust.ok(), qPrintable(trust.ok() ? QString() : trust.error()));
        QCOMPARE(trust.value().snapshotVersion, from >= 2 ? 7 : 0);
        // A contact key made before keys knew their group stays, with no group.
        const QList<ContactKey> keys = ContactKeyRepository(database).all().value();
        QCOMPARE(keys.size(), from >= 1 ? 1 : 0);
        if (from >= 1)
            QCOMPARE(keys.first().group, QString());
    }

    void eachStepIsItsOwnTransaction()
    {
        // A step that fails leaves the database at the last step that completed.
        QTemporaryDir dir;
        writeAtVersion(dir.path(), 1);
        {
            Result<Database> database = Database::open(Store::databasePath(dir.path()), testKey());
            // Make step 2 fail halfway: its table already exists.
            QVERIFY(database.value().execute("CREATE TABLE settings (x);").ok());
            const Status migrated = Schema::migrate(database.value());
            QVERIFY(!migrated.ok());
            QCOMPARE(Schema::version(database.value()).value(), 1);
            QVERIFY2(!database.value().prepare("SELECT last_seen FROM follows;").ok(),
                     "the column of step 2 was rolled back with the rest of the step");
        }
    }

    void newerSchemaOpensReadOnlyAndUnchanged()
    {
        QTemporaryDir dir;
        writeAtVersion(dir.path(), Schema::latestVersion());
        {
            Result<Database> database = Database::open(Store::databasePath(dir.path()), testKey());
            const QByteArray newer =
                "PRAGMA user_version = " + QByteArray::number(Schema::latestVersion() + 1);
            QVERIFY(database.value().execute(newer.constData()).ok());
        }
        const QString path = Store::databasePath(dir.path());
        const QByteArray before = StoreTesting::fileHash(path);
        StoreProblem problem = StoreProblem::None;
        Result<Store> store = Store::open(dir.path(), testKey(), &problem);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error()));
        QCOMPARE(problem, StoreProblem::NewerSchema);
        QVERIFY(store.value().isReadOnly());
        QVERIFY2(store.value().notice().contains(QStringLiteral("newer version of Kring")),
                 qPrintable(store.value().notice()));
        Database &database = store.value().database();
        QCOMPARE(FollowRepository(database).all().value().size(), 1);
        const Status write = FollowRepository(database).follow(QStringLiteral("another"));
        QVERIFY(!write.ok());
        QCOMPARE(database.lastProblem(), StoreProblem::ReadOnlyFolder);
        QVERIFY2(write.error().contains(QStringLiteral("read-only")), qPrintable(write.error()));
        QCOMPARE(Schema::version(database).value(), Schema::latestVersion() + 1);
        QCOMPARE(StoreTesting::fileHash(path), before);
    }
};

QTEST_GUILESS_MAIN(SchemaTest)
#include "tst_schema.moc"
