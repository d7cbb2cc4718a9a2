// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applock.h"
#include "contactcontroller.h"
#include "directory/directory.h"
#include "findermodel.h"
#include "follow/followedchanges.h"
#include "groupdetails.h"
#include "grouplistmodel.h"
#include "locator.h"
#include "meetingkit.h"
#include "newscontroller.h"
#include "placesuggestions.h"
#include "platform/notifier.h"
#include "privatenotescontroller.h"
#include "schedule/announcement.h"
#include "session/appdata.h"
#include "store/secretvault.h"
#include "store/store.h"
#include "syncsettings.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

// The app's state as QML sees it: the directory in use, the models over it, and what is loading or went
// wrong. main.cpp creates one and hands it to Main.qml as a required property.
class AppController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by main.cpp")
    Q_PROPERTY(GroupDetails *currentGroup READ currentGroup CONSTANT)
    Q_PROPERTY(FinderModel *finder READ finder CONSTANT)
    Q_PROPERTY(PlaceSuggestions *places READ places CONSTANT)
    Q_PROPERTY(Locator *locator READ locator CONSTANT)
    Q_PROPERTY(NewsController *news READ news CONSTANT)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(QString language READ language CONSTANT)
    Q_PROPERTY(QString storeNotice READ storeNotice NOTIFY storeNoticeChanged)
    Q_PROPERTY(QString keyWarning READ keyWarning NOTIFY storeNoticeChanged)
    Q_PROPERTY(QString feedNotice READ feedNotice NOTIFY storeNoticeChanged)
    Q_PROPERTY(int followedCount READ followedCount NOTIFY followedCountChanged)
    Q_PROPERTY(GroupListModel *followedGroups READ followedGroups CONSTANT)
    Q_PROPERTY(bool pinRequired READ pinRequired NOTIFY pinRequiredChanged)
    Q_PROPERTY(SyncSettings *syncSettings READ syncSettings CONSTANT)
    Q_PROPERTY(ContactController *contact READ contact CONSTANT)
    Q_PROPERTY(int changedGroupCount READ changedGroupCount NOTIFY followedChangesChanged)
    Q_PROPERTY(bool notificationsEnabled READ notificationsEnabled WRITE setNotificationsEnabled NOTIFY
                   notificationsEnabledChanged)
    Q_PROPERTY(QString linkMessage READ linkMessage NOTIFY linkMessageChanged)
    Q_PROPERTY(AppLock *lock READ lock CONSTANT)
    Q_PROPERTY(PrivateNotesController *notes READ notes CONSTANT)
    Q_PROPERTY(MeetingKit *meetingKit READ meetingKit CONSTANT)
    Q_PROPERTY(CalendarTitleChoice calendarTitle READ calendarTitle WRITE setCalendarTitle NOTIFY
                   calendarTitleChanged)
    Q_PROPERTY(bool welcomeSeen READ welcomeSeen NOTIFY welcomeSeenChanged)
    Q_PROPERTY(
        QString languageChoice READ languageChoice WRITE setLanguageChoice NOTIFY languageChoiceChanged)

public:
    // How "Add to calendar" titles a group's meetings (kring::CalendarTitle::Choice).
    enum CalendarTitleChoice { TitleByTheme, TitleGroupName, TitleNeutral };
    Q_ENUM(CalendarTitleChoice)

    explicit AppController(QString language, QObject *parent = nullptr);

    // The app lock and quick-hide.
    [[nodiscard]] AppLock *lock() { return &m_lock; }
    // The private notes page and the notes export.
    [[nodiscard]] PrivateNotesController *notes() { return &m_notes; }
    // The Bijeenkomst tab: a group's texts, the speaking timer, help lines.
    [[nodiscard]] MeetingKit *meetingKit() { return &m_meetingKit; }
    [[nodiscard]] CalendarTitleChoice calendarTitle() const { return m_calendarTitle; }
    void setCalendarTitle(CalendarTitleChoice choice);
    // False until the person has read or skipped the first-start note; true without a store.
    [[nodiscard]] bool welcomeSeen() const { return m_welcomeSeen; }
    Q_INVOKABLE void markWelcomeSeen();
    // The language the person chose in Meer: "" (follow the phone), "nl" or "en"; used at the next start.
    [[nodiscard]] QString languageChoice() const { return m_languageChoice; }
    void setLanguageChoice(const QString &choice);
    // The file that keeps the language choice (read by main.cpp before anything else, so not in the store).
    void setLanguageFile(const QString &path);
    // The choice kept in `path`: "", "nl" or "en".
    [[nodiscard]] static QString readLanguageChoice(const QString &path);

    // Reads and validates the directory file at `path` (a file or a :/ resource) off the GUI thread.
    void loadDirectory(const QString &path);
    // Makes the SecretVault that keeps the store's key; called off the GUI thread (a keyring may take time).
    using VaultFactory = std::function<std::unique_ptr<kring::SecretVault>()>;
    // Opens the encrypted store in `dataDir` with the key kept by the vault `makeVault` gives, off the GUI
    // thread, and shows the directory it holds. The first time, the bundled directory at `bundledPath` is
    // imported into it.
    void openStore(const QString &dataDir, VaultFactory makeVault, const QString &bundledPath);
    // Pins the root metadata `pinnedRoot` (checked: trust::readPinnedRoot) and offers the signed feed at
    // `bundledFeedPath` (a folder with snapshot.json ...) to the store at every start; with no feed, nothing
    // but a verified feed is shown. Call before openStore(); without it the bundled directory file is used
    // as it is.
    void setTrust(const QByteArray &pinnedRoot, const QString &bundledFeedPath);
    // --feed-url (checked by sync::feedUrl): wins over the setting and the built-in URL (SyncSettings).
    // Each time the store has been opened, unless syncs are off, the feed is fetched and offered to it off
    // the GUI thread; syncFinished() follows.
    void setFeedUrl(const QUrl &feedUrl) { m_syncSettings.setCommandLineFeedUrl(feedUrl); }
    // Fetches the feed now, when a feed URL is set and the store is open.
    Q_INVOKABLE void sync();
    // True while a sync runs.
    [[nodiscard]] bool syncing() const { return m_syncing; }
    // The sync settings and status line; syncs follow its interval, proxy and feed URL.
    [[nodiscard]] SyncSettings *syncSettings() { return &m_syncSettings; }
    [[nodiscard]] const QTimer &syncTimer() const { return m_syncTimer; }
    // How many syncs have finished since the start.
    [[nodiscard]] int finishedSyncs() const { return m_finishedSyncs; }
    // Verified announcements of the feed in use.
    [[nodiscard]] int announcementCount() const { return int(m_announcements.size()); }
    // Opens the store again with the app PIN, once pinRequired is true.
    Q_INVOKABLE void unlock(const QString &pin);
    // Sets or changes the app PIN, or removes it when `pin` is empty, off the GUI thread: the database key is
    // wrapped again, the database is not touched. Ends with pinChanged.
    Q_INVOKABLE void changePin(const QString &pin);

    [[nodiscard]] GroupDetails *currentGroup() { return &m_currentGroup; }
    [[nodiscard]] FinderModel *finder() { return &m_finder; }
    [[nodiscard]] PlaceSuggestions *places() { return &m_places; }
    [[nodiscard]] Locator *locator() { return &m_locator; }
    // "Nieuws van het netwerk": the verified news for this person's regions.
    [[nodiscard]] NewsController *news() { return &m_news; }
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }
    [[nodiscard]] QString language() const { return m_language; }
    // The search index of the directory in use (its groups, meetings and what lists show of them); null until
    // one is loaded.
    [[nodiscard]] std::shared_ptr<const kring::SearchIndex> index() const { return m_index; }
    [[nodiscard]] std::shared_ptr<kring::Store> store() const { return m_store; }
    // Something about the stored data the person must know (a damaged file set aside, read-only data).
    [[nodiscard]] QString storeNotice() const { return m_storeNotice; }
    // Set when the key is kept less safely than the person may expect (a key file).
    [[nodiscard]] QString keyWarning() const { return m_keyWarning; }
    // Set when the directory shown could not be checked lately, is not checked at all, or is not shown.
    [[nodiscard]] QString feedNotice() const { return m_feedNotice; }
    // Why the bundled feed was not taken at this start (an older or refused feed); empty when it was.
    [[nodiscard]] QString feedRefusal() const { return m_feedRefusal; }
    [[nodiscard]] int followedCount() const { return m_followedCount; }
    [[nodiscard]] GroupListModel *followedGroups() { return &m_followedGroups; }
    // Follows or unfollows `groupId` in the store; the followed list and the group page follow.
    Q_INVOKABLE void setFollowed(const QString &groupId, bool follow);
    // True when the store is locked with an app PIN that has not been entered yet.
    [[nodiscard]] bool pinRequired() const { return m_pinRequired; }
    // The verified feed version of the directory in use; 0 for the bundled directory.
    [[nodiscard]] qint64 feedVersion() const { return m_feedVersion; }

    // A group to show as an example (screenshots): one not followed that meets in a place and online.
    [[nodiscard]] Q_INVOKABLE QString exampleGroupId() const;
    // Shows the group `groupId` in currentGroup; its unseen changes count as seen.
    Q_INVOKABLE void openGroup(const QString &groupId);
    // The directory holding group `groupId` (the whole one when it is in memory); null when it is not there.
    [[nodiscard]] std::shared_ptr<const kring::Directory> groupDirectory(const QString &groupId) const;
    // The contact person on this phone (the Contactpersoon page).
    [[nodiscard]] ContactController *contact() { return &m_contact; }

    // How many followed groups have changes the person has not seen (the badge on Mijn groepen).
    [[nodiscard]] int changedGroupCount() const;
    // Whether a sync that brings changes for followed groups shows a phone notification; off by default.
    [[nodiscard]] bool notificationsEnabled() const { return m_notificationsEnabled; }
    void setNotificationsEnabled(bool enabled);
    // Without a store (screenshots, QML tests): follows the directory's first three groups and shows
    // example changes for the first and third. Call once the directory has loaded.
    Q_INVOKABLE void showExampleChanges();
    // Replaces the platform's notifier (tests).
    void setNotifier(std::unique_ptr<Notifier> notifier) { m_notifier = std::move(notifier); }
    // Shows the unseen changes the store keeps; `found` are those a sync has just found (and kept), for
    // the notification.
    void showFollowedChanges(const QList<kring::FollowedChanges::Change> &found);
    // Opens a share link (given on the command line, by the system, or pasted): verified offline against
    // the stored trust state; a valid announcement is stored, shown at once and its group opened
    // (linkOpened); an invalid one changes nothing and linkMessage says why. Before the store is open, and
    // while a sync runs, the link waits for it.
    Q_INVOKABLE void openLink(const QString &link);
    // Why the last link was not taken, in the interface language; empty when it was.
    [[nodiscard]] QString linkMessage() const { return m_linkMessage; }
    // How many links were opened and taken since the start.
    [[nodiscard]] int linksTaken() const { return m_linksTaken; }

Q_SIGNALS:
    void loadingChanged();
    void errorMessageChanged();
    void storeNoticeChanged();
    void followedCountChanged();
    void pinRequiredChanged();
    void followedChangesChanged();
    void notificationsEnabledChanged();
    // A PIN change has finished: `errorMessage` is empty when it worked.
    void pinChanged(const QString &errorMessage);
    // Emitted when a load has finished, whether it succeeded or not.
    void directoryLoaded();
    // A certificate link was opened: the Contactpersoon page says whether it was taken.
    void certificateLinkOpened();
    // A sync has finished, whether the feed was taken, refused or unreachable (feedRefusal() says why).
    void syncFinished();
    void linkMessageChanged();
    void calendarTitleChanged();
    void welcomeSeenChanged();
    void languageChoiceChanged();
    // A link's announcement was taken: currentGroup shows `groupId` with it.
    void linkOpened(const QString &groupId);
    // A link was checked, whether it was taken or not (linkMessage says why not).
    void linkChecked();

private:
    // `directory` is the whole directory when it is in memory (loadDirectory()); null when groups are read
    // from the store one at a time.
    void setIndex(std::shared_ptr<const kring::SearchIndex> index,
                  std::shared_ptr<const kring::Directory> directory);
    void startLoading();
    void openStoreWithPin(const QString &pin);
    void showOpenedStore(const kring::AppData::OpenedData &opened, const QString &pin);
    void rebuildStaleIndex();
    void finishLoading(const QString &errorMessage);
    void scheduleSyncs();
    void updateContact();
    void showGroup(const QString &groupId);
    void readDiscretionSettings();
    void storeSetting(const QString &key, const QString &value);
    void checkPin(const QString &pin);
    // The first follow on this phone: the group page says, once, that only this phone knows.
    void explainFollowingOnce();
    // The regions news are shown for: the chosen place's and the followed groups' (decided on the phone).
    // `followedChanged`: the followed groups changed, so their regions are looked up again.
    void updateNewsRegions(bool followedChanged);

    QString m_language;
    std::shared_ptr<const kring::SearchIndex> m_index;
    std::shared_ptr<const kring::SearchIndex> m_baseIndex; // m_index without the announcements
    std::shared_ptr<const kring::Directory> m_directory;
    GroupDetails m_currentGroup;
    ContactController m_contact;
    FinderModel m_finder;
    PlaceSuggestions m_places;
    Locator m_locator;
    NewsController m_news;
    bool m_loading = false;
    QString m_errorMessage;
    std::shared_ptr<kring::Store> m_store;
    QByteArray m_pinnedRoot;
    QString m_bundledFeedPath;
    SyncSettings m_syncSettings;
    bool m_syncing = false;
    QTimer m_syncTimer;
    int m_finishedSyncs = 0;
    QList<kring::Announcement> m_announcements;
    QString m_storeNotice;
    QString m_keyWarning;
    QString m_feedNotice;
    QString m_feedRefusal;
    int m_followedCount = 0;
    QSet<QString> m_followed;
    GroupListModel m_followedGroups;
    qint64 m_feedVersion = 0;
    QString m_dataDir;
    VaultFactory m_makeVault;
    QString m_bundledPath;
    std::shared_ptr<const kring::DatabaseKey> m_key;
    bool m_pinRequired = false;
    QList<kring::FollowedChanges::Change> m_followedChanges; // unseen
    bool m_notificationsEnabled = false;
    std::unique_ptr<Notifier> m_notifier = Notifier::platform();
    QStringList m_pendingLinks;
    QString m_linkMessage;
    int m_linksTaken = 0;
    AppLock m_lock;
    PrivateNotesController m_notes;
    MeetingKit m_meetingKit;
    bool m_unlockPending = false;
    CalendarTitleChoice m_calendarTitle = TitleByTheme;
    bool m_welcomeSeen = true;
    QString m_languageChoice;
    QString m_languageFile;
    bool m_followingExplained = false;
};
