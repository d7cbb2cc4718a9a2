// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontroller.h"

#include "directory/directoryjson.h"
#include "privacy/calendartitle.h"
#include "session/appdata.h"
#include "store/databasekeys.h"
#include "store/settingsrepository.h"

#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace kring;

namespace {

constexpr qint64 maxDirectoryBytes = 64 * 1024 * 1024;
constexpr QLatin1StringView lockDelaySetting{"lock.delay"};
constexpr QLatin1StringView welcomeSetting{"welcome.seen"};
constexpr QLatin1StringView languageKey{"language"};

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

} // namespace

AppController::AppController(QString language, QObject *parent)
    : QObject(parent)
    , m_language(std::move(language))
    , m_contact(m_language)
    , m_finder(m_language)
    , m_places(m_language)
    , m_news(m_language)
    , m_meetingKit(m_language)
{
    connect(&m_currentGroup, &GroupDetails::followToggled, this, &AppController::setFollowed);
    connect(&m_syncTimer, &QTimer::timeout, this, &AppController::sync);
    connect(&m_syncSettings, &SyncSettings::syncRequested, this, &AppController::sync);
    connect(&m_syncSettings, &SyncSettings::scheduleChanged, this, &AppController::scheduleSyncs);
    if (auto *application = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        connect(application, &QGuiApplication::applicationStateChanged, this,
                [this](Qt::ApplicationState state) {
                    if (state == Qt::ApplicationActive && m_syncSettings.automatic())
                        sync();
                });
    }
    m_followedGroups.showOnly(QSet<QString>());
    m_places.loadBundled();
    // The news controller reads groups as the group page does and keeps what was seen in the settings.
    m_news.setLookup(
        [this](const QString &groupId) { return groupDirectory(groupId); },
        [this](const QString &town, const QString &country) { return m_places.regionOf(town, country); });
    connect(&m_places, &PlaceSuggestions::chosen, this, [this] { updateNewsRegions(false); });
    connect(&m_finder, &FinderModel::queryChanged, this, [this] { updateNewsRegions(false); });
    connect(this, &AppController::followedCountChanged, this, [this] { updateNewsRegions(true); });
    connect(&m_news, &NewsController::settingChanged, this, &AppController::storeSetting);
    connect(&m_lock, &AppLock::unlockRequested, this, &AppController::checkPin);
    connect(&m_lock, &AppLock::pinChangeRequested, this, &AppController::changePin);
    connect(this, &AppController::pinChanged, &m_lock, &AppLock::pinChangeFinished);
    connect(&m_lock, &AppLock::lockDelayChanged, this,
            [this] { storeSetting(lockDelaySetting, QString::number(m_lock.lockDelay())); });
    // The meeting kit reads groups as the group page does and keeps its choices in the settings.
    m_meetingKit.setLookup([this](const QString &groupId) { return groupDirectory(groupId); });
    connect(&m_meetingKit, &MeetingKit::settingChanged, this, &AppController::storeSetting);
    connect(this, &AppController::followedCountChanged, this, [this] { m_meetingKit.update(m_followed); });
}

void AppController::checkPin(const QString &pin)
{
    // At the start: the PIN opens the store.
    if (m_pinRequired) {
        if (m_loading) {
            m_lock.unlockFinished(tr("Kring is still opening. Try again in a moment."));
            return;
        }
        m_unlockPending = true;
        unlock(pin);
        return;
    }
    if (!m_makeVault) {
        m_lock.unlockFinished(tr("Kring's data is not open, so the PIN cannot be checked now."));
        return;
    }
    // Later: the PIN must unwrap the key the vault keeps (a second or so, off the GUI thread).
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcher<Status>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Status checked = watcher->result();
        m_lock.unlockFinished(checked ? QString() : checked.error());
    });
    watcher->setFuture(QtConcurrent::run([makeVault = m_makeVault, pin]() -> Status {
        const std::unique_ptr<SecretVault> vault = makeVault();
        const Result<DatabaseKey> key = DatabaseKeys::obtain(*vault, true, pin);
        return key ? Status(Done{}) : Status(Error{key.error()});
    }));
}

void AppController::readDiscretionSettings()
{
    const Result<QHash<QString, QString>> values = SettingsRepository(m_store->database()).withPrefix({});
    if (!values)
        return;
    bool whole = false;
    const int delay = values.value().value(QString(lockDelaySetting)).toInt(&whole);
    if (whole)
        m_lock.setLockDelay(delay);
    const auto choice = CalendarTitle::fromSetting(values.value().value(QString(CalendarTitle::setting)));
    m_calendarTitle = CalendarTitleChoice(int(choice));
    m_currentGroup.setCalendarChoice(choice);
    Q_EMIT calendarTitleChanged();
    m_meetingKit.restore(values.value());
    m_news.restore(values.value());
    m_welcomeSeen = values.value().value(QString(welcomeSetting)) == u"1" || m_store->isReadOnly();
    Q_EMIT welcomeSeenChanged();
}

void AppController::storeSetting(const QString &key, const QString &value)
{
    if (!m_store || m_store->isReadOnly())
        return;
    if (const Status stored = SettingsRepository(m_store->database()).setValue(key, value); !stored) {
        m_storeNotice = stored.error();
        Q_EMIT storeNoticeChanged();
    }
}

void AppController::setCalendarTitle(CalendarTitleChoice choice)
{
    if (choice == m_calendarTitle)
        return;
    m_calendarTitle = choice;
    const auto core = CalendarTitle::Choice(int(choice));
    m_currentGroup.setCalendarChoice(core);
    storeSetting(QString(CalendarTitle::setting), CalendarTitle::toSetting(core));
    Q_EMIT calendarTitleChanged();
}

void AppController::markWelcomeSeen()
{
    if (m_welcomeSeen)
        return;
    m_welcomeSeen = true;
    storeSetting(QString(welcomeSetting), QStringLiteral("1"));
    Q_EMIT welcomeSeenChanged();
}

QString AppController::readLanguageChoice(const QString &path)
{
    const QString choice = QSettings(path, QSettings::IniFormat).value(QString(languageKey)).toString();
    return choice == u"nl" || choice == u"en" ? choice : QString();
}

void AppController::setLanguageFile(const QString &path)
{
    m_languageFile = path;
    m_languageChoice = readLanguageChoice(path);
    Q_EMIT languageChoiceChanged();
}

void AppController::setLanguageChoice(const QString &choice)
{
    const QString checked = choice == u"nl" || choice == u"en" ? choice : QString();
    if (checked == m_languageChoice)
        return;
    m_languageChoice = checked;
    if (!m_languageFile.isEmpty()) {
        QSettings settings(m_languageFile, QSettings::IniFormat);
        if (checked.isEmpty())
            settings.remove(QString(languageKey));
        else
            settings.setValue(QString(languageKey), checked);
    }
    Q_EMIT languageChoiceChanged();
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
    using Opened = Result<AppData::OpenedData>;
    auto *watcher = new QFutureWatcher<Opened>(this);
    connect(watcher, &QFutureWatcher<Opened>::finished, this, [this, watcher, pin] {
        watcher->deleteLater();
        const Opened result = watcher->result();
        if (result.ok() && result.value().pinRequired) {
            m_pinRequired = true;
            Q_EMIT pinRequiredChanged();
            m_lock.setPinSet(true);
            m_lock.lockNow();
            finishLoading(tr("Kring is locked with a PIN. Enter your PIN to open it."));
            return;
        }
        if (std::exchange(m_unlockPending, false))
            m_lock.unlockFinished(result.ok() ? QString() : result.error());
        if (result.ok())
            showOpenedStore(result.value(), pin);
        finishLoading(result.ok() ? QString() : result.error());
        if (m_store) {
            for (const QString &link : std::exchange(m_pendingLinks, {}))
                openLink(link);
        }
    });
    watcher->setFuture(
        QtConcurrent::run([dataDir = m_dataDir, makeVault = m_makeVault, bundledPath = m_bundledPath,
                           trust = AppData::TrustSetup{m_pinnedRoot, m_bundledFeedPath}, pin] {
            const std::unique_ptr<SecretVault> vault = makeVault();
            return AppData::open(dataDir, *vault, bundledPath, trust, pin);
        }));
}

// The store has opened (with `pin`, empty when it has none): everything it holds is shown, and a sync
// follows.
void AppController::showOpenedStore(const AppData::OpenedData &opened, const QString &pin)
{
    if (m_pinRequired) {
        m_pinRequired = false;
        Q_EMIT pinRequiredChanged();
    }
    m_key = opened.key;
    m_store = opened.store;
    m_lock.setPinSet(!pin.isEmpty());
    m_notes.setStore(m_store);
    readDiscretionSettings();
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
    m_baseIndex = opened.baseIndex;
    setIndex(opened.index, nullptr);
    m_news.setNews(opened.news, opened.newsToday);
    m_news.setProblem(opened.newsProblem);
    updateNewsRegions(true);
    Q_EMIT storeNoticeChanged();
    Q_EMIT followedCountChanged();
    const Result<std::optional<QString>> notifications =
        SettingsRepository(m_store->database()).value(QString(FollowedChanges::notificationsSetting));
    m_notificationsEnabled = notifications.ok() && notifications.value() == QStringLiteral("1");
    Q_EMIT notificationsEnabledChanged();
    showFollowedChanges({});
    if (opened.indexStale)
        rebuildStaleIndex();
    updateContact();
    m_syncSettings.attach(m_store);
    m_syncSettings.setFeedNotice(m_feedNotice);
    if (m_syncSettings.automatic())
        sync();
}

void AppController::scheduleSyncs()
{
    const bool canSync = !m_pinnedRoot.isEmpty() && m_store && !m_store->isReadOnly();
    m_syncSettings.setCanSync(canSync);
    if (m_store)
        updateContact(); // the inbox is beside the feed
    if (canSync && m_syncSettings.automatic() && !m_syncSettings.effectiveFeedUrl().isEmpty())
        m_syncTimer.start(m_syncSettings.intervalLength());
    else
        m_syncTimer.stop();
}

void AppController::sync()
{
    const QUrl feedUrl = m_syncSettings.effectiveFeedUrl();
    if (feedUrl.isEmpty() || m_pinnedRoot.isEmpty() || !m_store || m_store->isReadOnly() || m_syncing)
        return;
    m_syncing = true;
    m_syncSettings.syncStarted();
    using Synced = Result<AppData::Synced>;
    auto *watcher = new QFutureWatcher<Synced>(this);
    connect(watcher, &QFutureWatcher<Synced>::finished, this, [this, watcher, store = m_store] {
        watcher->deleteLater();
        m_syncing = false;
        ++m_finishedSyncs;
        const Synced synced = watcher->result();
        if (m_store != store)
            return;
        if (!synced) {
            m_feedRefusal = synced.error();
            m_syncSettings.syncFinished({}, sync::FetchProblem::None, false, synced.error());
        } else {
            m_syncSettings.syncFinished(synced.value().lastSynced, synced.value().problem,
                                        synced.value().refused, synced.value().feedRefusal);
            m_syncSettings.setFeedNotice(synced.value().feedNotice);
            m_feedRefusal = synced.value().feedRefusal;
            m_feedNotice = synced.value().feedNotice;
            if (synced.value().stored) {
                m_feedVersion = synced.value().feedVersion;
                m_announcements = synced.value().announcements;
                m_currentGroup.setAnnouncements(m_announcements);
                m_baseIndex = synced.value().baseIndex;
                setIndex(synced.value().index, nullptr);
            }
            showFollowedChanges(synced.value().followedChanges);
            m_news.setNews(synced.value().news, synced.value().newsToday);
            m_news.setProblem(synced.value().newsProblem);
        }
        updateContact();
        m_contact.deliver();
        Q_EMIT storeNoticeChanged();
        Q_EMIT syncFinished();
        for (const QString &link : std::exchange(m_pendingLinks, {}))
            openLink(link);
    });
    watcher->setFuture(QtConcurrent::run(AppData::sync, Store::databasePath(m_dataDir), *m_key, m_pinnedRoot,
                                         feedUrl, m_baseIndex, m_syncSettings.proxy()));
}

void AppController::rebuildStaleIndex()
{
    using Rebuilt = Result<AppData::Indexes>;
    auto *watcher = new QFutureWatcher<Rebuilt>(this);
    connect(watcher, &QFutureWatcher<Rebuilt>::finished, this,
            [this, watcher, store = m_store, feedVersion = m_feedVersion] {
                watcher->deleteLater();
                const Rebuilt rebuilt = watcher->result();
                // Kept when it fails: the stale index still answers. Dropped when a sync brought a newer
                // directory.
                if (rebuilt.ok() && m_store == store && m_feedVersion == feedVersion) {
                    m_baseIndex = rebuilt.value().baseIndex;
                    setIndex(rebuilt.value().index, nullptr);
                }
            });
    watcher->setFuture(QtConcurrent::run(AppData::rebuildIndex, Store::databasePath(m_dataDir), *m_key,
                                         m_store->isReadOnly(), m_announcements));
}

void AppController::changePin(const QString &pin)
{
    if (!m_key || !m_makeVault) {
        Q_EMIT pinChanged(tr("Kring's data is not open, so its PIN cannot be changed now."));
        return;
    }
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcher<Status>::finished, this, [this, watcher, removed = pin.isEmpty()] {
        watcher->deleteLater();
        const Status changed = watcher->result();
        if (changed && !removed)
            m_lock.setPinSet(true);
        else if (changed)
            m_lock.setPinSet(false);
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
    // Who to ask when nothing fits: every group's own directory carries the network.
    const auto network = m_directory                            ? m_directory
                         : m_index && m_index->groupCount() > 0 ? groupDirectory(m_index->card(0).id)
                                                                : nullptr;
    if (network)
        m_finder.setNetwork(network->networkName, network->networkPhone, network->networkEmail);
    if (!m_currentGroup.groupId().isEmpty())
        showGroup(m_currentGroup.groupId());
    m_meetingKit.update(m_followed);
}

void AppController::updateContact()
{
    m_contact.setContext({m_store, Store::databasePath(m_dataDir), m_key, m_pinnedRoot,
                          m_syncSettings.effectiveFeedUrl(),
                          [this](const QString &groupId) { return groupDirectory(groupId); }, m_announcements,
                          m_syncSettings.proxy()});
}

void AppController::updateNewsRegions(bool followedChanged)
{
    if (followedChanged)
        m_news.setFollowed(m_followed);
    if (m_finder.hasPlace())
        m_news.setPlace(m_places.chosenRegion(), m_places.chosenCountry());
    else
        m_news.setPlace({}, {});
}
