// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontroller.h"

#include "catalog/directorycatalog.h"
#include "directory/directoryjson.h"
#include "feed/feedannouncements.h"
#include "feed/storedfeed.h"
#include "store/databasekeys.h"
#include "store/followrepository.h"
#include "store/storestartup.h"

#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
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
    QString feedNotice;
    QString feedRefusal;
    bool indexStale = false; // shown at once, built again in the background
};

struct TrustSetup {
    QByteArray pinnedRoot;   // empty: the bundled directory file is used as it is
    QString bundledFeedPath; // empty with a pinned root: only a verified feed is shown
};

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
        return Error{AppController::tr("The group directory %1 could not be read: %2")
                         .arg(QFileInfo(bundledPath).fileName(), bundledFile.errorString())};
    return bundledFile.readAll();
}

QString staleFeedNotice(const feed::StoredData &data)
{
    if (!data.belongs)
        return AppController::tr("The stored group directory was checked with another key than the one this "
                                 "app trusts, so it is not shown.");
    if (data.feedVersion == 0)
        return AppController::tr("Kring has no checked group directory yet.");
    if (data.fresh)
        return QString();
    if (!data.checkedAt.isValid())
        return AppController::tr("Kring could not check the group directory, so it may be out of date.");
    return AppController::tr("Kring could not check the group directory, so it may be out of date. Last "
                             "checked: %1.")
        .arg(QLocale().toString(data.checkedAt.toLocalTime().date(), QLocale::LongFormat));
}

// The bundled feed is offered to the store (which keeps it only when it is newer than what it holds), then
// the verified data is read back as the store has it.
Status useVerifiedData(OpenedStore &opened, std::optional<Result<std::shared_ptr<const SearchIndex>>> &index,
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
        if (applied.value().stored)
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

Result<OpenedStore> openStoreAndDirectory(const QString &dataDir,
                                          const AppController::VaultFactory &makeVault,
                                          const QString &bundledPath, const TrustSetup &trust,
                                          const QString &pin)
{
    const Result<QByteArray> initial = initialDirectory(bundledPath, trust);
    if (!initial)
        return Error{initial.error()};
    const std::unique_ptr<SecretVault> vault = makeVault();
    const Result<std::optional<DatabaseKey>> key = unlockKey(*vault, dataDir, pin);
    if (!key)
        return Error{key.error()};
    OpenedStore opened;
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
    opened.keyWarning = vault->warning();
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
        index = DirectoryCatalog::open(database, AppController::tr("the stored directory"), now);
    if (!*index)
        return Error{index->error()};
    opened.index = withAnnouncements(database, index->value(), opened.announcements);
    Result<QSet<QString>> followed = followedGroups(database);
    if (!followed)
        return Error{followed.error()};
    opened.followed = std::move(followed).value();
    return opened;
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

void AppController::setTrust(const QByteArray &pinnedRoot, const QString &bundledFeedPath)
{
    m_pinnedRoot = pinnedRoot;
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
            m_feedNotice = opened.feedNotice;
            m_feedRefusal = opened.feedRefusal;
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
                                         TrustSetup{m_pinnedRoot, m_bundledFeedPath}, pin));
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
