// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontroller.h"

#include "trust/sizelimits.h"

#include "store/directoryrepository.h"

#include "feed/feedverifier.h"

#include "feed/feedannouncements.h"

#include "catalog/directorycatalog.h"
#include "directory/directoryjson.h"
#include "store/databasekeys.h"
#include "store/followrepository.h"
#include "store/storestartup.h"

#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

using namespace kring;

namespace {

constexpr qint64 maxDirectoryBytes = 64 * 1024 * 1024;

struct LoadedDirectory {
    std::shared_ptr<const Directory> directory;
    std::shared_ptr<const SearchIndex> index;
};

Result<LoadedDirectory> readDirectory(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            AppController::tr("The group directory %1 could not be read: %2").arg(name, file.errorString())};
    if (file.size() > maxDirectoryBytes)
        return Error{AppController::tr("The group directory %1 is larger than Kring accepts.").arg(name)};
    Result<Directory> parsed = DirectoryJson::parse(file.readAll(), name);
    if (!parsed)
        return Error{parsed.error()};
    auto directory = std::make_shared<const Directory>(std::move(parsed).value());
    return LoadedDirectory{directory, std::make_shared<const SearchIndex>(SearchIndex::build(
                                          directory, QDateTime::currentDateTimeUtc(), scheduledTimes))};
}

// What opening the store gives the GUI thread.
struct OpenedStore {
    bool pinRequired = false; // nothing else is set then
    std::shared_ptr<const DatabaseKey> key;
    std::shared_ptr<Store> store;
    std::shared_ptr<const SearchIndex> index;
    qint64 feedVersion = 0;
    QList<Announcement> announcements;
    QSet<QString> followed;
    QString notice;
    QString keyWarning;
    bool indexStale = false; // shown at once, built again in the background
};

struct TrustSetup {
    QString pinnedRootPath;  // empty: the bundled directory file is used as it is
    QString bundledFeedPath; // empty with a pinned root: only a verified feed is shown
};

// The signed bundled feed, verified under the pinned root.
Result<std::optional<feed::VerifiedFeed>> verifyBundledFeed(const TrustSetup &trust)
{
    if (trust.pinnedRootPath.isEmpty() || trust.bundledFeedPath.isEmpty())
        return std::optional<feed::VerifiedFeed>();
    QFile rootFile(trust.pinnedRootPath);
    if (!rootFile.open(QIODevice::ReadOnly) || rootFile.size() > trust::maxRootBytes)
        return Error{AppController::tr("The pinned trust root %1 cannot be read.").arg(trust.pinnedRootPath)};
    Result<feed::VerifiedFeed> verified =
        feed::verifyFeed(feed::DirectoryFeedSource(trust.bundledFeedPath), rootFile.readAll(),
                         trust::TrustState{}, QDateTime::currentDateTimeUtc());
    if (!verified)
        return Error{verified.error()};
    return std::optional<feed::VerifiedFeed>(std::move(verified).value());
}

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

Result<OpenedStore> openStoreAndDirectory(const QString &dataDir,
                                          const AppController::VaultFactory &makeVault,
                                          const QString &bundledPath, const TrustSetup &trust,
                                          const QString &pin)
{
    const Result<std::optional<feed::VerifiedFeed>> bundledFeed = verifyBundledFeed(trust);
    if (!bundledFeed)
        return Error{bundledFeed.error()};
    QByteArray bundled;
    if (bundledFeed.value()) {
        bundled = DirectoryJson::serialize(bundledFeed.value()->directory);
    } else if (!trust.pinnedRootPath.isEmpty()) {
        bundled = QByteArrayLiteral("{\"format\":\"kring-directory/1\",\"groups\":[]}");
    } else {
        QFile bundledFile(bundledPath);
        if (!bundledFile.open(QIODevice::ReadOnly))
            return Error{AppController::tr("The group directory %1 could not be read: %2")
                             .arg(QFileInfo(bundledPath).fileName(), bundledFile.errorString())};
        bundled = bundledFile.readAll();
    }

    const std::unique_ptr<SecretVault> vault = makeVault();
    const Result<bool> needsPin = DatabaseKeys::needsPin(*vault);
    if (!needsPin)
        return Error{needsPin.error()};
    if (needsPin.value() && pin.isEmpty()) {
        OpenedStore locked;
        locked.pinRequired = true;
        return locked;
    }
    const Result<DatabaseKey> key = DatabaseKeys::obtain(*vault, Store::exists(dataDir), pin);
    if (!key)
        return Error{key.error()};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::shared_ptr<const SearchIndex> storedIndex;
    Result<StartedStore> started =
        StoreStartup::start(dataDir, key.value(), bundled, [&](Database &database) {
            storedIndex = DirectoryCatalog::readStored(database, now);
        });
    if (!started)
        return Error{started.error()};
    StartedStore &opened = started.value();
    Database &database = opened.store->database();
    QList<Announcement> announcements;
    std::optional<Result<std::shared_ptr<const SearchIndex>>> index;
    if (const auto &verified = bundledFeed.value()) {
        // The first start, or a newer app with a newer bundled feed: store it with its trust state, together,
        // and index the directory already read.
        if (opened.snapshot.feedVersion < verified->snapshot.version) {
            const DirectorySnapshot snapshot{bundled, verified->snapshot.version, now};
            const TrustState state{verified->state.rootVersion, verified->state.snapshotVersion,
                                   verified->state.newestIssued};
            if (const Status stored =
                    DirectoryRepository(database).replace(snapshot, state, verified->state.toJson());
                !stored)
                return Error{stored.error()};
            opened.snapshot = SnapshotInfo{snapshot.feedVersion, snapshot.storedAt};
            index = DirectoryCatalog::rebuild(database,
                                              std::make_shared<const Directory>(verified->directory), now);
        }
        if (opened.snapshot.feedVersion == verified->snapshot.version) {
            for (const trust::SignedAnnouncement &announcement : verified->announcements)
                announcements.append(feed::scheduleAnnouncement(announcement));
        }
    }
    // A stale index (some meeting without a kept next date) is shown at once and built again in the
    // background.
    bool indexStale = false;
    if (!index && storedIndex) {
        index = storedIndex;
        indexStale = storedIndex->isStale(now);
    }
    if (!index) {
        const QString sourceName = opened.snapshot.feedVersion == 0
                                       ? QFileInfo(bundledPath).fileName()
                                       : AppController::tr("the stored directory");
        index = DirectoryCatalog::open(database, sourceName, now);
    }
    if (!*index)
        return Error{index->error()};
    const std::shared_ptr<const SearchIndex> searchIndex =
        withAnnouncements(database, index->value(), announcements);
    const Result<QList<FollowedGroup>> followedGroups = FollowRepository(database).all();
    if (!followedGroups)
        return Error{followedGroups.error()};
    QSet<QString> followed;
    for (const FollowedGroup &group : followedGroups.value())
        followed.insert(group.groupId);
    return OpenedStore{false,
                       std::make_shared<const DatabaseKey>(key.value()),
                       opened.store,
                       searchIndex,
                       opened.snapshot.feedVersion,
                       announcements,
                       followed,
                       opened.notice,
                       vault->warning(),
                       indexStale};
}

// Builds the search index again from the stored snapshot, on a connection of its own, and stores it.
Result<std::shared_ptr<const SearchIndex>> rebuildIndex(const QString &path, const DatabaseKey &key,
                                                        bool readOnly,
                                                        const QList<Announcement> &announcements)
{
    Result<Database> database =
        Database::open(path, key, readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite);
    if (!database)
        return Error{database.error()};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Result<std::shared_ptr<const SearchIndex>> index =
        DirectoryCatalog::open(database.value(), AppController::tr("the stored directory"), now);
    if (!index)
        return Error{index.error()};
    return withAnnouncements(database.value(), index.value(), announcements);
}

} // namespace

AppController::AppController(QString language, QObject *parent)
    : QObject(parent)
    , m_language(std::move(language))
    , m_finder(m_language)
    , m_places(m_language)
{
    connect(&m_currentGroup, &GroupDetails::followToggled, this, &AppController::setFollowed);
    m_followedGroups.showOnly(QSet<QString>());
    m_places.loadBundled();
}

void AppController::loadDirectory(const QString &path)
{
    startLoading();
    auto *watcher = new QFutureWatcher<Result<LoadedDirectory>>(this);
    connect(watcher, &QFutureWatcher<Result<LoadedDirectory>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Result<LoadedDirectory> result = watcher->result();
        if (result.ok())
            setIndex(result.value().index, result.value().directory);
        finishLoading(result.ok() ? QString() : result.error());
    });
    watcher->setFuture(QtConcurrent::run(readDirectory, path));
}

void AppController::setTrust(const QString &pinnedRootPath, const QString &bundledFeedPath)
{
    m_pinnedRootPath = pinnedRootPath;
    m_bundledFeedPath = bundledFeedPath;
}

void AppController::openStore(const QString &dataDir, VaultFactory makeVault, const QString &bundledPath)
{
    m_dataDir = dataDir;
    m_makeVault = std::move(makeVault);
    m_bundledPath = bundledPath;
    openStoreWithPin(QString());
}

void AppController::unlock(const QString &pin)
{
    if (m_pinRequired && !m_loading)
        openStoreWithPin(pin);
}

void AppController::openStoreWithPin(const QString &pin)
{
    startLoading();
    auto *watcher = new QFutureWatcher<Result<OpenedStore>>(this);
    connect(watcher, &QFutureWatcher<Result<OpenedStore>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Result<OpenedStore> result = watcher->result();
        if (result.ok() && result.value().pinRequired) {
            m_pinRequired = true;
            Q_EMIT pinRequiredChanged();
            finishLoading(tr("Kring is locked with a PIN. Enter your PIN to open it."));
            return;
        }
        if (result.ok()) {
            const OpenedStore &opened = result.value();
            if (m_pinRequired) {
                m_pinRequired = false;
                Q_EMIT pinRequiredChanged();
            }
            m_key = opened.key;
            m_store = opened.store;
            m_feedVersion = opened.feedVersion;
            m_announcements = opened.announcements;
            m_currentGroup.setAnnouncements(m_announcements);
            m_storeNotice = opened.notice;
            m_keyWarning = opened.keyWarning;
            m_followed = opened.followed;
            m_followedCount = int(m_followed.size());
            m_followedGroups.showOnly(m_followed);
            setIndex(opened.index, nullptr);
            Q_EMIT storeNoticeChanged();
            Q_EMIT followedCountChanged();
            if (opened.indexStale)
                rebuildStaleIndex();
        }
        finishLoading(result.ok() ? QString() : result.error());
    });
    watcher->setFuture(QtConcurrent::run(openStoreAndDirectory, m_dataDir, m_makeVault, m_bundledPath,
                                         TrustSetup{m_pinnedRootPath, m_bundledFeedPath}, pin));
}

void AppController::rebuildStaleIndex()
{
    using Rebuilt = Result<std::shared_ptr<const SearchIndex>>;
    auto *watcher = new QFutureWatcher<Rebuilt>(this);
    connect(watcher, &QFutureWatcher<Rebuilt>::finished, this, [this, watcher, store = m_store] {
        watcher->deleteLater();
        const Rebuilt rebuilt = watcher->result();
        // Kept when it fails: the stale index still answers, only some next meetings are missing.
        if (rebuilt.ok() && m_store == store)
            setIndex(rebuilt.value(), nullptr);
    });
    watcher->setFuture(QtConcurrent::run(rebuildIndex, Store::databasePath(m_dataDir), *m_key,
                                         m_store->isReadOnly(), m_announcements));
}

void AppController::changePin(const QString &pin)
{
    if (!m_key || !m_makeVault) {
        Q_EMIT pinChanged(tr("Kring's data is not open, so its PIN cannot be changed now."));
        return;
    }
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcher<Status>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Status changed = watcher->result();
        Q_EMIT pinChanged(changed.ok() ? QString() : changed.error());
    });
    watcher->setFuture(QtConcurrent::run([makeVault = m_makeVault, key = m_key, pin]() -> Status {
        const std::unique_ptr<SecretVault> vault = makeVault();
        return pin.isEmpty() ? DatabaseKeys::removePin(*vault, *key)
                             : DatabaseKeys::setPin(*vault, *key, pin);
    }));
}

void AppController::startLoading()
{
    m_loading = true;
    Q_EMIT loadingChanged();
}

void AppController::finishLoading(const QString &errorMessage)
{
    m_errorMessage = errorMessage;
    m_loading = false;
    Q_EMIT errorMessageChanged();
    Q_EMIT loadingChanged();
    Q_EMIT directoryLoaded();
}

void AppController::setIndex(std::shared_ptr<const SearchIndex> index,
                             std::shared_ptr<const Directory> directory)
{
    m_index = std::move(index);
    m_directory = std::move(directory);
    m_followedGroups.setIndex(m_index, m_language);
    m_finder.setIndex(m_index);
    if (!m_currentGroup.groupId().isEmpty())
        openGroup(m_currentGroup.groupId());
}

void AppController::setFollowed(const QString &groupId, bool follow)
{
    if (!m_store || groupId.isEmpty())
        return;
    FollowRepository follows(m_store->database());
    const Status stored = follow ? follows.follow(groupId) : follows.unfollow(groupId);
    if (!stored) {
        m_storeNotice = stored.error();
        Q_EMIT storeNoticeChanged();
        return;
    }
    if (follow)
        m_followed.insert(groupId);
    else
        m_followed.remove(groupId);
    m_followedCount = int(m_followed.size());
    m_followedGroups.showOnly(m_followed);
    if (m_currentGroup.groupId() == groupId)
        m_currentGroup.setFollowed(follow);
    Q_EMIT followedCountChanged();
}

void AppController::openGroup(const QString &groupId)
{
    std::shared_ptr<const Directory> directory = m_directory;
    if (!directory && m_store && m_index) {
        // One small row: quick enough for the GUI thread.
        const Result<std::shared_ptr<const Directory>> stored =
            DirectoryCatalog::groupDirectory(m_store->database(), *m_index, groupId);
        if (stored) // else the group is no longer in the directory, and the page says so
            directory = stored.value();
    }
    m_currentGroup.show(directory, groupId, m_language);
    m_currentGroup.setFollowed(m_followed.contains(groupId));
}
