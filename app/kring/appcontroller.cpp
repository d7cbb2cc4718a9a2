// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontroller.h"
#include "trust/certificate.h"

#include "meetingdevice.h"

#include "catalog/directorycatalog.h"
#include "directory/directoryjson.h"
#include "privacy/calendartitle.h"
#include "session/appdata.h"
#include "session/sharedlink.h"
#include "store/databasekeys.h"
#include "store/followedchangerepository.h"
#include "store/followrepository.h"
#include "store/settingsrepository.h"
#include "trust/rootmetadata.h"
#include "trust/sizelimits.h"

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
    , m_meetingKit(m_language)
    , m_news(m_language)
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
    connect(&m_places, &PlaceSuggestions::chosen, this, [this] { updateNewsRegions(false); });
    connect(&m_finder, &FinderModel::queryChanged, this, [this] { updateNewsRegions(false); });
    connect(this, &AppController::followedCountChanged, this, [this] { updateNewsRegions(true); });
    connect(&m_news, &NewsController::seenChanged, this, [this](const QStringList &keys) {
        storeSetting(QString(NewsController::seenSetting), keys.join(QLatin1Char(',')));
    });
    connect(&m_lock, &AppLock::unlockRequested, this, &AppController::checkPin);
    connect(&m_lock, &AppLock::pinChangeRequested, this, &AppController::changePin);
    connect(this, &AppController::pinChanged, &m_lock, &AppLock::pinChangeFinished);
    connect(&m_lock, &AppLock::lockDelayChanged, this,
            [this] { storeSetting(lockDelaySetting, QString::number(m_lock.lockDelay())); });
    // The meeting kit reads groups as the group page does, keeps its choices in the settings, and keeps the
    // screen on (and vibrates, when asked) through the platform.
    m_meetingKit.setLookup([this](const QString &groupId) { return groupDirectory(groupId); });
    connect(&m_meetingKit, &MeetingKit::settingChanged, this, &AppController::storeSetting);
    connect(this, &AppController::followedCountChanged, this, &AppController::updateMeetingKit);
    connect(m_meetingKit.timer(), &SpeakingTimer::stateChanged, this,
            [this] { Platform::keepScreenOn(m_meetingKit.timer()->running()); });
    connect(m_meetingKit.timer(), &SpeakingTimer::vibrationRequested, this, [] { Platform::vibrate(); });
}

void AppController::updateMeetingKit()
{
    QStringList followed(m_followed.cbegin(), m_followed.cend());
    followed.sort();
    m_meetingKit.update(followed);
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
    m_welcomeSeen = values.value().value(QString(welcomeSetting)) == u"1" || m_store->isReadOnly();
    const QString seenNews = values.value().value(QString(NewsController::seenSetting));
    m_news.setSeen(seenNews.split(QLatin1Char(','), Qt::SkipEmptyParts));
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
        if (result.ok()) {
            const AppData::OpenedData &opened = result.value();
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
    updateMeetingKit();
}

QString AppController::exampleGroupId() const
{
    if (!m_index)
        return {};
    QString first;
    for (qsizetype position = 0; position < m_index->groupCount(); ++position) {
        const GroupCard card = m_index->card(position);
        if (m_followed.contains(card.id))
            continue;
        if (card.meetsOnline && !card.town.isEmpty())
            return card.id;
        if (first.isEmpty())
            first = card.id;
    }
    return first;
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
    if (follow)
        explainFollowingOnce();
    if (!follow && FollowedChangeRepository(m_store->database()).clear(groupId).ok())
        showFollowedChanges({});
    m_followedCount = int(m_followed.size());
    m_followedGroups.showOnly(m_followed);
    if (m_currentGroup.groupId() == groupId)
        m_currentGroup.setFollowed(follow);
    Q_EMIT followedCountChanged();
}

std::shared_ptr<const Directory> AppController::groupDirectory(const QString &groupId) const
{
    if (m_directory || !m_store || !m_index)
        return m_directory;
    // One small row: quick enough for the GUI thread.
    const Result<std::shared_ptr<const Directory>> stored =
        DirectoryCatalog::groupDirectory(m_store->database(), *m_index, groupId);
    return stored ? stored.value() : nullptr; // null: the group is no longer in the directory
}

void AppController::openGroup(const QString &groupId)
{
    showGroup(groupId);
    const auto ofGroup = [&](const FollowedChanges::Change &change) { return change.groupId == groupId; };
    if (std::none_of(m_followedChanges.cbegin(), m_followedChanges.cend(), ofGroup))
        return;
    if (m_store) {
        if (m_store->isReadOnly())
            return;
        static_cast<void>(FollowRepository(m_store->database()).markSeen(groupId));
        if (!FollowedChangeRepository(m_store->database()).clear(groupId))
            return;
    }
    m_followedChanges.removeIf(ofGroup);
    m_followedGroups.setChanges(m_followedChanges);
    Q_EMIT followedChangesChanged();
}

void AppController::showExampleChanges()
{
    if (m_store || !m_index || m_index->groupCount() < 4)
        return;
    // Not the group the first search result opens (a look at a group's page clears its changes).
    const QString firstResult = m_finder.rowCount() > 0
                                    ? m_finder.data(m_finder.index(0, 0), FinderModel::GroupIdRole).toString()
                                    : QString();
    QList<GroupCard> groups;
    for (qsizetype position = 0; position < m_index->groupCount() && groups.size() < 3; ++position) {
        if (m_index->card(position).id != firstResult)
            groups.append(m_index->card(position));
    }
    m_followed.clear();
    m_followedChanges.clear();
    for (const GroupCard &group : std::as_const(groups))
        m_followed.insert(group.id);
    Announcement cancel;
    cancel.kind = AnnouncementKind::Cancel;
    cancel.groupId = groups[0].id;
    cancel.date = m_index->builtFor().date().addDays(7);
    m_followedChanges.append({FollowedChanges::Kind::Announced, groups[0].id, groups[0].name, cancel});
    m_followedChanges.append(
        {FollowedChanges::Kind::TimesChanged, groups[2].id, groups[2].name, std::nullopt});
    m_followedCount = int(m_followed.size());
    m_followedGroups.showOnly(m_followed);
    m_followedGroups.setChanges(m_followedChanges);
    Q_EMIT followedCountChanged();
    Q_EMIT followedChangesChanged();
}

int AppController::changedGroupCount() const
{
    QSet<QString> groups;
    for (const FollowedChanges::Change &change : m_followedChanges) {
        if (m_followed.contains(change.groupId))
            groups.insert(change.groupId);
    }
    return int(groups.size());
}

void AppController::setNotificationsEnabled(bool enabled)
{
    if (enabled == m_notificationsEnabled)
        return;
    if (m_store) {
        const Status stored = SettingsRepository(m_store->database())
                                  .setValue(QString(FollowedChanges::notificationsSetting),
                                            enabled ? QStringLiteral("1") : QStringLiteral("0"));
        if (!stored) {
            m_storeNotice = stored.error();
            Q_EMIT storeNoticeChanged();
            Q_EMIT notificationsEnabledChanged(); // the switch goes back
            return;
        }
    }
    m_notificationsEnabled = enabled;
    Q_EMIT notificationsEnabledChanged();
}

void AppController::showFollowedChanges(const QList<FollowedChanges::Change> &found)
{
    if (m_store) {
        const Result<QList<FollowedChanges::Change>> unseen =
            FollowedChangeRepository(m_store->database()).all();
        if (unseen)
            m_followedChanges = unseen.value();
    }
    m_followedGroups.setChanges(m_followedChanges);
    Q_EMIT followedChangesChanged();
    const QString text = FollowedChanges::notificationText(found, m_notificationsEnabled);
    if (!text.isEmpty() && m_notifier)
        m_notifier->notify(text);
}

void AppController::explainFollowingOnce()
{
    static constexpr QLatin1StringView explainedSetting("following_explained");
    if (m_followingExplained)
        return;
    m_followingExplained = true;
    if (m_store) {
        SettingsRepository settings(m_store->database());
        const auto explained = settings.value(QString(explainedSetting));
        if (explained && explained.value())
            return;
        static_cast<void>(settings.setValue(QString(explainedSetting), QStringLiteral("1")));
    }
    m_currentGroup.setFollowingExplained(true);
}

void AppController::showGroup(const QString &groupId)
{
    m_currentGroup.show(groupDirectory(groupId), groupId, m_language);
    m_currentGroup.setFollowed(m_followed.contains(groupId));
}

void AppController::updateContact()
{
    m_contact.setContext({m_store, Store::databasePath(m_dataDir), m_key, m_pinnedRoot,
                          m_syncSettings.effectiveFeedUrl(),
                          [this](const QString &groupId) { return groupDirectory(groupId); }, m_announcements,
                          m_syncSettings.proxy()});
}

void AppController::openLink(const QString &link)
{
    // While the store opens, or a sync writes the trust state on its own connection (a link's record written
    // in between would be lost), the link waits.
    if (!m_store || m_syncing) {
        if (m_pendingLinks.size() < 8) // a handful of links; more would be abuse
            m_pendingLinks.append(link);
        return;
    }
    // A certificate for the contact person on this phone: the Contactpersoon page takes it.
    if (link.trimmed().startsWith(trust::certificateLinkPrefix)) {
        m_contact.importCertificate(link);
        Q_EMIT certificateLinkOpened();
        return;
    }
    const auto refuse = [this](const QString &message) {
        m_linkMessage = message;
        Q_EMIT linkMessageChanged();
        Q_EMIT linkChecked();
    };
    // A group shared by a referrer: only opens its page, nothing is stored.
    if (const QString shared = link.trimmed(); shared.startsWith(groupLinkPrefix)) {
        const QString groupId = QUrl::fromPercentEncoding(shared.mid(groupLinkPrefix.size()).toUtf8());
        if (!m_index || m_index->groupPosition(groupId) < 0) {
            refuse(tr("This group is not in Kring's directory (any more). Search for it by name or place."));
            return;
        }
        ++m_linksTaken;
        m_linkMessage.clear();
        Q_EMIT linkMessageChanged();
        openGroup(groupId);
        Q_EMIT linkOpened(groupId);
        Q_EMIT linkChecked();
        return;
    }
    if (m_pinnedRoot.isEmpty() || m_store->isReadOnly()) {
        refuse(tr("Kring cannot take announcements from links now, because its data cannot be changed."));
        return;
    }
    // One small announcement and one row: quick enough for the GUI thread.
    const Result<AppData::OpenedLink> opened = AppData::openLink(
        m_store->database(), m_pinnedRoot, link, m_baseIndex, QDateTime::currentDateTimeUtc());
    if (!opened) {
        refuse(opened.error());
        return;
    }
    if (!opened.value().reason.isEmpty()) {
        refuse(opened.value().reason);
        return;
    }
    ++m_linksTaken;
    m_announcements = opened.value().announcements;
    m_currentGroup.setAnnouncements(m_announcements);
    if (opened.value().index)
        setIndex(opened.value().index, m_directory);
    m_linkMessage.clear();
    Q_EMIT linkMessageChanged();
    openGroup(opened.value().groupId);
    Q_EMIT linkOpened(opened.value().groupId);
    Q_EMIT linkChecked();
}

void AppController::updateNewsRegions(bool followedChanged)
{
    auto add = [](QSet<QString> &regions, const QString &region, const QString &country) {
        for (const QString &name : {region, country}) {
            if (!name.isEmpty())
                regions.insert(name);
        }
    };
    // The followed groups' regions are looked up only when they change (not at every word typed).
    if (followedChanged) {
        m_followedNewsRegions.clear();
        for (const QString &groupId : std::as_const(m_followed)) {
            const std::shared_ptr<const Directory> directory = groupDirectory(groupId);
            const Group *group = directory ? directory->group(groupId) : nullptr;
            if (!group)
                continue;
            for (const Meeting &meeting : group->meetings) {
                if (const Venue *venue = directory->venue(meeting.venueId))
                    add(m_followedNewsRegions, m_places.regionOf(venue->town, venue->country),
                        venue->country);
            }
        }
    }
    QSet<QString> regions = m_followedNewsRegions;
    if (m_finder.hasPlace())
        add(regions, m_places.chosenRegion(), m_places.chosenCountry());
    m_news.setRegions(regions);
}

void AppController::showBundledNews(const QByteArray &pinnedRoot, const QString &bundledFeedPath,
                                    const QDateTime &now)
{
    const Result<trust::RootMetadata> root = trust::verifyPinnedRoot(pinnedRoot, QString());
    QFile file(bundledFeedPath + QStringLiteral("/news.json"));
    if (!root || file.size() > trust::maxNewsBytes || !file.open(QIODevice::ReadOnly))
        return;
    const Result<trust::SignedNews> news = trust::verifyNews(file.readAll(), root.value(), file.fileName());
    if (news)
        m_news.setNews(news.value().news, trust::newsToday(now));
}
