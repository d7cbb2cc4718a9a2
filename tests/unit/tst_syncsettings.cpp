// SPDX-License-Identifier: GPL-3.0-or-later
// The sync settings and the kept feed files live in the encrypted store and read back as they were saved;
// a kept file that does not read back is left out, so its file is fetched whole.
#include "store/settingsrepository.h"
#include "store/store.h"
#include "sync/syncsettings.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <optional>

using namespace kring;

class SyncSettingsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Store> m_store;
    std::optional<DatabaseKey> m_key;

    Database &database() { return m_store->database(); }

    void reopen()
    {
        m_store.reset();
        Result<Store> store = Store::open(m_dir.path(), *m_key);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error()));
        m_store.emplace(std::move(store).value());
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(Store::databasePath(m_dir.path()));
        m_key.emplace(DatabaseKey::generate());
        reopen();
    }

    void cleanup() { m_store.reset(); }

    void defaultsAreEvery15MinutesWithoutProxy()
    {
        const Result<sync::SyncSettings> settings = sync::readSyncSettings(database());
        QVERIFY(settings.ok());
        QCOMPARE(settings.value().interval, sync::SyncInterval::Every15Minutes);
        QVERIFY(!settings.value().proxyEnabled);
        QVERIFY(settings.value().feedUrl.isEmpty());
        QVERIFY(!settings.value().lastSynced.isValid());
        QVERIFY(!settings.value().activeProxy().isSet());
    }

    void settingsSurviveARestart()
    {
        const QDateTime synced(QDate(2026, 11, 3), QTime(14, 5, 30), QTimeZone::utc());
        QVERIFY(sync::saveInterval(database(), sync::SyncInterval::Hourly).ok());
        QVERIFY(sync::saveProxy(database(), true, QStringLiteral(" 127.0.0.1:9050 ")).ok());
        QVERIFY(sync::saveFeedUrl(database(), QStringLiteral("https://feed.example.org/feed/")).ok());
        QVERIFY(sync::saveLastSynced(database(), synced).ok());
        reopen();
        const Result<sync::SyncSettings> settings = sync::readSyncSettings(database());
        QVERIFY(settings.ok());
        QCOMPARE(settings.value().interval, sync::SyncInterval::Hourly);
        QVERIFY(settings.value().proxyEnabled);
        QCOMPARE(settings.value().proxy, QStringLiteral("127.0.0.1:9050"));
        QCOMPARE(settings.value().activeProxy(), (sync::Proxy{QStringLiteral("127.0.0.1"), 9050}));
        QCOMPARE(settings.value().feedUrl, QStringLiteral("https://feed.example.org/feed/"));
        QCOMPARE(settings.value().lastSynced, synced);

        QVERIFY(sync::saveInterval(database(), sync::SyncInterval::Off).ok());
        QVERIFY(sync::saveProxy(database(), false, QStringLiteral("127.0.0.1:9050")).ok());
        QVERIFY(sync::saveFeedUrl(database(), QString()).ok());
        reopen();
        QCOMPARE(sync::readSyncSettings(database()).value().interval, sync::SyncInterval::Off);
        QVERIFY(!sync::readSyncSettings(database()).value().activeProxy().isSet());
        QVERIFY(sync::readSyncSettings(database()).value().feedUrl.isEmpty());
    }

    void intervalsInMinutes()
    {
        QCOMPARE(sync::intervalLength(sync::SyncInterval::Off).count(), 0);
        QCOMPARE(sync::intervalLength(sync::SyncInterval::Every15Minutes).count(), 15);
        QCOMPARE(sync::intervalLength(sync::SyncInterval::Hourly).count(), 60);
    }

    void anInvalidProxyIsNotUsed()
    {
        QVERIFY(sync::saveProxy(database(), true, QStringLiteral("not a proxy")).ok());
        QVERIFY(!sync::readSyncSettings(database()).value().activeProxy().isSet());
    }

    void keptFilesReadBackAsSaved()
    {
        const QUrl url(QStringLiteral("https://feed.example.org/feed/snapshot.json"));
        // Bytes of every value, as a feed file may hold.
        QByteArray body;
        for (int i = 0; i < 256; ++i)
            body.append(char(i));
        QHash<QString, sync::KeptFile> kept{
            {QStringLiteral("snapshot.json"), {url, "\"e1\"", "Tue, 03 Nov 2026 10:00:00 GMT", body}},
            {QStringLiteral("root/2.json"),
             {url.resolved(QUrl(QStringLiteral("root/2.json"))), "\"r2\"", {}, "{}"}}};
        QVERIFY(sync::saveKeptFiles(database(), kept,
                                    {QStringLiteral("snapshot.json"), QStringLiteral("root/2.json")})
                    .ok());
        reopen();
        QCOMPARE(sync::readKeptFiles(database()).value(), kept);

        // A file dropped (its server gave no validators any more) is removed.
        kept.remove(QStringLiteral("root/2.json"));
        QVERIFY(sync::saveKeptFiles(database(), kept, {QStringLiteral("root/2.json")}).ok());
        QCOMPARE(sync::readKeptFiles(database()).value(), kept);
    }

    void aKeptFileThatDoesNotReadBackIsLeftOut()
    {
        SettingsRepository settings(database());
        QVERIFY(
            settings.setValue(QStringLiteral("sync.kept/snapshot.json"), QStringLiteral("{not json")).ok());
        QVERIFY(settings
                    .setValue(
                        QStringLiteral("sync.kept/revocations.json"),
                        QStringLiteral("{\"url\":\"https://a.example/feed/revocations.json\",\"etag\":\"%1\","
                                       "\"last_modified\":\"\",\"body\":\"e30=\"}")
                            .arg(QString(65, u'x')))
                    .ok());
        QVERIFY(
            settings
                .setValue(QStringLiteral("sync.kept/directory.json"),
                          QStringLiteral("{\"url\":\"https://a.example/feed/directory.json\",\"etag\":\"x\","
                                         "\"last_modified\":\"\",\"body\":\"e30=\"}"))
                .ok());
        const Result<QHash<QString, sync::KeptFile>> kept = sync::readKeptFiles(database());
        QVERIFY(kept.ok());
        QVERIFY(kept.value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(SyncSettingsTest)
#include "tst_syncsettings.moc"
