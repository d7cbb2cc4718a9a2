// SPDX-License-Identifier: GPL-3.0-or-later
#include "appdata.h"

#include "catalog/directorycatalog.h"
#include "feed/feedannouncements.h"
#include "feed/storedfeed.h"
#include "follow/followedsync.h"
#include "store/databasekeys.h"
#include "store/followrepository.h"
#include "store/storestartup.h"
#include "sync/httpfeedsource.h"
#include "sync/syncsettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace kring::AppData {
namespace {

const QByteArray emptyDirectory = QByteArrayLiteral("{\"format\":\"kring-directory/1\",\"groups\":[]}");

// `index` with the verified announcements applied to the next meetings of the groups they are for.
std::shared_ptr<const SearchIndex> withAnnouncements(Database &database,
                                                     std::shared_ptr<const SearchIndex> index,
                                                     const QList<Announcement> &announcements)
{
    if (announcements.isEmpty())
        return index;
    auto announced = std::make_shared<SearchIndex>(*index);
    DirectoryCatalog::applyAnnouncements(*announced, announcements, [&](const QString &groupId) {
        const Result<std::shared_ptr<const Directory>> group =
            DirectoryCatalog::groupDirectory(database, *index, groupId);
        return group ? group.value() : nullptr;
    });
    return announced;
}

// What the store takes at its first start: the bundled directory file without trust, else nothing yet
// (the bundled feed, verified, comes next).
Result<QByteArray> initialDirectory(const QString &bundledPath, const TrustSetup &trust)
{
    if (!trust.pinnedRoot.isEmpty())
        return emptyDirectory;
    QFile bundledFile(bundledPath);
    if (!bundledFile.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("AppData", "The group directory %1 could not be read: %2")
                         .arg(QFileInfo(bundledPath).fileName(), bundledFile.errorString())};
    return bundledFile.readAll();
}

QString staleFeedNotice(const feed::StoredData &data)
{
    if (!data.belongs)
        return QCoreApplication::translate(
            "AppData", "The stored group directory was checked with another key than the one this "
                       "app trusts, so it is not shown.");
    if (data.feedVersion == 0)
        return QCoreApplication::translate("AppData", "Kring has no checked group directory yet.");
    if (data.fresh)
        return QString();
    if (!data.checkedAt.isValid())
        return QCoreApplication::translate(
            "AppData", "Kring could not check the group directory, so it may be out of date.");
    return QCoreApplication::translate(
               "AppData", "Kring could not check the group directory, so it may be out of date. Last "
                          "checked: %1.")
        .arg(QLocale().toString(data.checkedAt.toLocalTime().date(), QLocale::LongFormat));
}

// The bundled feed is offered to the store (which keeps it only when it is newer than what it holds), then
// the verified data is read back as the store has it.
Status useVerifiedData(OpenedData &opened, std::optional<Result<std::shared_ptr<const SearchIndex>>> &index,
                       const TrustSetup &trust, const QDateTime &now)
{
    Database &database = opened.store->database();
    feed::StoredFeed stored(database, trust.pinnedRoot);
    if (!trust.bundledFeedPath.isEmpty() && !opened.store->isReadOnly()) {
        const Result<feed::AppliedFeed> applied =
            stored.apply(feed::DirectoryFeedSource(trust.bundledFeedPath), now);
        if (!applied)
            return Error{applied.error()};
        opened.feedRefusal = applied.value().refusal;
        opened.newsProblem = applied.value().newsProblem;
        if (applied.value().index)
            index = applied.value().index;
    }
    const Result<feed::StoredData> data = stored.read(now);
    if (!data)
        return Error{data.error()};
    opened.feedNotice = staleFeedNotice(data.value());
    if (!data.value().belongs) {
        index = std::make_shared<const SearchIndex>(
            SearchIndex::build(std::make_shared<const Directory>(), now, scheduledTimes));
        return Done{};
    }
    opened.feedVersion = data.value().feedVersion;
    opened.news = data.value().news;
    opened.newsToday = data.value().newsToday;
    for (const trust::SignedAnnouncement &announcement : data.value().announcements)
        opened.announcements.append(feed::scheduleAnnouncement(announcement));
    return Done{};
}

// The database key from the vault; nothing when a PIN is needed and none was given.
Result<std::optional<DatabaseKey>> unlockKey(SecretVault &vault, const QString &dataDir, const QString &pin)
{
    const Result<bool> needsPin = DatabaseKeys::needsPin(vault);
    if (!needsPin)
        return Error{needsPin.error()};
    if (needsPin.value() && pin.isEmpty())
        return std::optional<DatabaseKey>();
    Result<DatabaseKey> key = DatabaseKeys::obtain(vault, Store::exists(dataDir), pin);
    if (!key)
        return Error{key.error()};
    return std::optional<DatabaseKey>(std::move(key).value());
}

Result<QSet<QString>> followedGroups(Database &database)
{
    const Result<QList<FollowedGroup>> followed = FollowRepository(database).all();
    if (!followed)
        return Error{followed.error()};
    QSet<QString> ids;
    for (const FollowedGroup &group : followed.value())
        ids.insert(group.groupId);
    return ids;
}

} // namespace

Result<OpenedData> open(const QString &dataDir, SecretVault &vault, const QString &bundledPath,
                        const TrustSetup &trust, const QString &pin)
{
    const Result<QByteArray> initial = initialDirectory(bundledPath, trust);
    if (!initial)
        return Error{initial.error()};
    const Result<std::optional<DatabaseKey>> key = unlockKey(vault, dataDir, pin);
    if (!key)
        return Error{key.error()};
    OpenedData opened;
    if (!key.value()) {
        opened.pinRequired = true;
        return opened;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::shared_ptr<const SearchIndex> storedIndex;
    Result<StartedStore> started =
        StoreStartup::start(dataDir, *key.value(), initial.value(), [&](Database &database) {
            storedIndex = DirectoryCatalog::readStored(database, now);
        });
    if (!started)
        return Error{started.error()};
    opened.store = started.value().store;
    opened.notice = started.value().notice;
    opened.keyWarning = vault.warning();
    opened.key = std::make_shared<const DatabaseKey>(*key.value());
    Database &database = opened.store->database();
    std::optional<Result<std::shared_ptr<const SearchIndex>>> index;
    if (!trust.pinnedRoot.isEmpty()) {
        if (const Status used = useVerifiedData(opened, index, trust, now); !used)
            return Error{used.error()};
    }
    // A stale index (some meeting without a kept next date) is shown at once and built again in the
    // background.
    if (!index && storedIndex) {
        index = storedIndex;
        opened.indexStale = storedIndex->isStale(now);
    }
    if (!index)
        index = DirectoryCatalog::open(database,
                                       QCoreApplication::translate("AppData", "the stored directory"), now);
    if (!*index)
        return Error{index->error()};
    opened.baseIndex = index->value();
    opened.index = withAnnouncements(database, opened.baseIndex, opened.announcements);
    Result<QSet<QString>> followed = followedGroups(database);
    if (!followed)
        return Error{followed.error()};
    opened.followed = std::move(followed).value();
    return opened;
}

Result<Indexes> rebuildIndex(const QString &path, const DatabaseKey &key, bool readOnly,
                             const QList<Announcement> &announcements)
{
    Result<Database> database =
        Database::open(path, key, readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite);
    if (!database)
        return Error{database.error()};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Result<std::shared_ptr<const SearchIndex>> index = DirectoryCatalog::open(
        database.value(), QCoreApplication::translate("AppData", "the stored directory"), now);
    if (!index)
        return Error{index.error()};
    return Indexes{withAnnouncements(database.value(), index.value(), announcements), index.value()};
}

Result<Synced> sync(const QString &databasePath, const DatabaseKey &key, const QByteArray &pinnedRoot,
                    const QUrl &feedUrl, std::shared_ptr<const SearchIndex> baseIndex,
                    const sync::Proxy &proxy)
{
    Result<Database> database = Database::open(databasePath, key);
    if (!database)
        return Error{database.error()};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    feed::StoredFeed stored(database.value(), pinnedRoot);
    const Result<FollowedSync::Before> followed =
        FollowedSync::read(database.value(), stored, baseIndex.get(), now);
    if (!followed)
        return Error{followed.error()};
    sync::HttpFeedSource source(feedUrl);
    source.setProxy(proxy);
    Result<QHash<QString, sync::KeptFile>> kept = sync::readKeptFiles(database.value());
    if (!kept)
        return Error{kept.error()};
    source.setKept(std::move(kept).value());
    const Result<feed::AppliedFeed> applied = stored.apply(source, now);
    if (!applied)
        return Error{applied.error()};
    // What the server sent is kept for the next conditional GET only once it verified.
    if (applied.value().refusal.isEmpty()) {
        if (const Status saved = sync::saveKeptFiles(database.value(), source.kept(), source.changedKept());
            !saved)
            return Error{saved.error()};
        if (const Status saved = sync::saveLastSynced(database.value(), now); !saved)
            return Error{saved.error()};
    }
    Result<QList<FollowedChanges::Change>> changes =
        FollowedSync::record(database.value(), stored, followed.value(), applied.value(), now);
    if (!changes)
        return Error{changes.error()};
    const Result<feed::StoredData> data = stored.read(now);
    if (!data)
        return Error{data.error()};
    Synced synced;
    synced.followedChanges = std::move(changes).value();
    synced.stored = applied.value().stored;
    synced.feedRefusal = applied.value().refusal;
    synced.problem = synced.feedRefusal.isEmpty() ? sync::FetchProblem::None : source.problem();
    synced.refused = !synced.feedRefusal.isEmpty() && synced.problem == sync::FetchProblem::None;
    synced.lastSynced = synced.feedRefusal.isEmpty() ? now : QDateTime();
    synced.notModified = source.notModifiedCount();
    synced.feedNotice = staleFeedNotice(data.value());
    synced.feedVersion = data.value().feedVersion;
    synced.bytesReceived = source.bytesReceived();
    synced.news = data.value().news;
    synced.newsToday = data.value().newsToday;
    synced.newsProblem = applied.value().newsProblem;
    for (const trust::SignedAnnouncement &announcement : data.value().announcements)
        synced.announcements.append(feed::scheduleAnnouncement(announcement));
    if (synced.stored) {
        synced.baseIndex = applied.value().index ? applied.value().index : std::move(baseIndex);
        synced.index = withAnnouncements(database.value(), synced.baseIndex, synced.announcements);
    }
    return synced;
}

} // namespace kring::AppData
