// SPDX-License-Identifier: GPL-3.0-or-later
// feed::StoredFeed, the one way verified data gets into the store: a newer feed replaces the data with its
// trust state; one whose directory is the stored one is not read again and only its announcements change;
// a refused one changes nothing; a shared link is kept beside the feed's announcements.
#include "directory/directoryjson.h"
#include "feed/storedfeed.h"
#include "store/directoryrepository.h"
#include "store/store.h"
#include "store/truststaterepository.h"
#include "trust/envelope.h"
#include "trust/news.h"
#include "trusttestnetwork.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kring;
using namespace kring::testing;

namespace {

const QString group = QStringLiteral("ehv-rouw-partner");

// Remembers which files were read.
class RecordingSource : public feed::FeedSource
{
public:
    explicit RecordingSource(QHash<QString, QByteArray> files)
        : m_source(std::move(files))
    {}
    [[nodiscard]] Result<std::optional<QByteArray>> read(const QString &path, qint64 maxBytes) const override
    {
        paths.append(path);
        return m_source.read(path, maxBytes);
    }
    mutable QStringList paths;

private:
    feed::MemoryFeedSource m_source;
};

} // namespace

class StoredFeedTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto store = Store::open(m_dir->path(), DatabaseKey::generate());
        QVERIFY(store.ok());
        m_store.emplace(std::move(store).value());
    }

    // News are stored with the feed that brought them and read back verified; a news file that is refused
    // (here signed by the feed key) leaves them in place and says why, and the rest of the feed is stored.
    void newsAreKeptAndARefusedNewsFileLeavesThem()
    {
        TestNetwork network;
        feed::StoredFeed stored(m_store->database(), network.pinnedRoot());
        trust::News news;
        news.issued = utc(2026, 11, 2);
        news.version = trust::nextNewsVersion(news.issued, 0);
        trust::NewsItem item;
        item.title = QStringLiteral("De nieuwe Zelfhulpkrant is uit");
        item.text = QStringLiteral("Met drie nieuwe groepen.");
        item.date = QDate(2026, 11, 2);
        item.until = QDate(2026, 11, 30);
        item.regions = {QStringLiteral("everyone")};
        news.items = {item};
        network.signedNews = trust::signNews(news, {network.rootKey}).value();
        const auto first =
            stored.apply(feed::MemoryFeedSource(network.build(1, utc(2026, 11, 2))), utc(2026, 11, 2));
        QVERIFY(first.ok() && first.value().stored && first.value().newsChanged);
        QCOMPARE(stored.read(utc(2026, 11, 2)).value().news, news);

        news.version += 1;
        news.items.first().title = QStringLiteral("Nep-nieuws van de server");
        network.signedNews.clear();
        auto files = network.build(2, utc(2026, 11, 3));
        files.insert(QStringLiteral("news.json"),
                     trust::serializeEnvelope(trust::signEnvelope(
                         trust::SignedType::News, trust::newsPayload(news), {network.feedKey})));
        network.relist(files);
        const auto second = stored.apply(feed::MemoryFeedSource(files), utc(2026, 11, 3));
        QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error()));
        QVERIFY(second.value().stored);
        QVERIFY(!second.value().newsChanged);
        QVERIFY2(second.value().newsProblem.contains(QStringLiteral("news.json")),
                 qPrintable(second.value().newsProblem));
        const auto data = stored.read(utc(2026, 11, 3));
        QCOMPARE(data.value().feedVersion, 2);
        QCOMPARE(data.value().news.items.first().title, QStringLiteral("De nieuwe Zelfhulpkrant is uit"));
        QCOMPARE(data.value().newsToday, QDate(2026, 11, 3));
    }

    void announcementsOnlyUpdateLeavesTheDirectoryUnread()
    {
        TestNetwork network;
        const Contact contact = network.certify({group}, utc(2026, 11, 1));
        feed::StoredFeed stored(m_store->database(), network.pinnedRoot());
        const auto first =
            stored.apply(feed::MemoryFeedSource(network.build(1, utc(2026, 11, 2))), utc(2026, 11, 2));
        QVERIFY(first.ok() && first.value().stored && first.value().directoryChanged);
        const QByteArray before = DirectoryRepository(m_store->database()).current().value()->directoryJson;

        const QByteArray cancel =
            TestNetwork::announce(contact, group, 1, utc(2026, 11, 3), QDate(2026, 11, 24));
        const RecordingSource update(network.build(2, utc(2026, 11, 3), {cancel}));
        const auto second = stored.apply(update, utc(2026, 11, 3));
        QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error()));
        QVERIFY(second.value().stored);
        QVERIFY(!second.value().directoryChanged);
        QVERIFY(!second.value().index); // the caller keeps the index it has
        QVERIFY2(!update.paths.contains(QStringLiteral("directory.json")),
                 qPrintable(update.paths.join(u' ')));
        QCOMPARE(DirectoryRepository(m_store->database()).current().value()->directoryJson, before);
        QCOMPARE(DirectoryRepository(m_store->database()).currentFeedVersion().value(), 2);
        const auto data = stored.read(utc(2026, 11, 3));
        QCOMPARE(data.value().announcements.size(), 1);
        QCOMPARE(data.value().feedVersion, 2);

        // A changed directory is read, verified and stored again.
        network.directoryVersion = 7;
        const RecordingSource changed(network.build(3, utc(2026, 11, 4), {cancel}));
        const auto third = stored.apply(changed, utc(2026, 11, 4));
        QVERIFY(third.ok() && third.value().stored && third.value().directoryChanged);
        QVERIFY(changed.paths.contains(QStringLiteral("directory.json")));
        QCOMPARE(TrustStateRepository(m_store->database()).load().value().directoryVersion, 7);
    }

    // The snapshot stored is the directory payload exactly as its signatures cover it (not the parsed
    // directory written again), and it is what the directory writer makes of the parsed directory.
    void storedDirectoryIsTheVerifiedPayload()
    {
        TestNetwork network;
        const QHash<QString, QByteArray> files = network.build(1, utc(2026, 11, 2));
        const auto envelope = trust::parseEnvelope(files.value(QStringLiteral("directory.json")),
                                                   QStringLiteral("directory.json"), 1 << 26);
        QVERIFY(envelope.ok());
        const QByteArray payload = envelope.value().payload;
        QVERIFY(!payload.isEmpty());
        feed::StoredFeed stored(m_store->database(), network.pinnedRoot());
        const auto applied = stored.apply(feed::MemoryFeedSource(files), utc(2026, 11, 2));
        QVERIFY(applied.ok() && applied.value().stored && applied.value().directoryChanged);
        const QByteArray kept = DirectoryRepository(m_store->database()).current().value()->directoryJson;
        QCOMPARE(kept, payload);
        const auto parsed = DirectoryJson::parse(payload, QStringLiteral("test"));
        QVERIFY(parsed.ok());
        QCOMPARE(kept, DirectoryJson::serialize(parsed.value()));
    }

    void refusedFeedChangesNothing()
    {
        TestNetwork network;
        feed::StoredFeed stored(m_store->database(), network.pinnedRoot());
        QVERIFY(
            stored.apply(feed::MemoryFeedSource(network.build(2, utc(2026, 11, 2))), utc(2026, 11, 2)).ok());
        const auto state = TrustStateRepository(m_store->database()).load().value();
        const auto older =
            stored.apply(feed::MemoryFeedSource(network.build(1, utc(2026, 11, 3))), utc(2026, 11, 3));
        QVERIFY(older.ok());
        QVERIFY(!older.value().stored);
        QVERIFY2(older.value().refusal.contains(u"older than version 2"), qPrintable(older.value().refusal));
        QCOMPARE(TrustStateRepository(m_store->database()).load().value(), state);
    }

    void sharedLinkIsKeptAndCannotBeReplayed()
    {
        TestNetwork network;
        const Contact contact = network.certify({group}, utc(2026, 11, 1));
        feed::StoredFeed stored(m_store->database(), network.pinnedRoot());
        QVERIFY(
            stored.apply(feed::MemoryFeedSource(network.build(1, utc(2026, 11, 2))), utc(2026, 11, 2)).ok());
        const QByteArray newer =
            TestNetwork::announce(contact, group, 2, utc(2026, 11, 3), QDate(2026, 11, 24));
        const QByteArray older =
            TestNetwork::announce(contact, group, 1, utc(2026, 11, 3), QDate(2026, 12, 1));
        QVERIFY(stored.addLinked(trust::announcementLink(newer), utc(2026, 11, 3)).ok());
        QCOMPARE(stored.read(utc(2026, 11, 3)).value().announcements.size(), 1);
        const auto replay = stored.addLinked(trust::announcementLink(older), utc(2026, 11, 3));
        QVERIFY(!replay.ok());
        QVERIFY2(replay.error().contains(u"replay or older"), qPrintable(replay.error()));
        // The next feed, without the linked one, keeps it while it verifies.
        QVERIFY(
            stored.apply(feed::MemoryFeedSource(network.build(2, utc(2026, 11, 4))), utc(2026, 11, 4)).ok());
        QCOMPARE(stored.read(utc(2026, 11, 4)).value().announcements.size(), 1);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Store> m_store;
};

QTEST_GUILESS_MAIN(StoredFeedTest)
#include "tst_storedfeed.moc"
