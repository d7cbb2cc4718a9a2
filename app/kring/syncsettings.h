// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store.h"
#include "sync/syncsettings.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <memory>

// The sync part of the settings page and the sync status line, as QML sees them: how often to sync, the
// proxy, the feed URL (the command line's --feed-url wins over the setting, the setting over the built-in
// one), and when the directory was last updated or why the last sync did not work. Settings are kept in the
// store once attach() gave it one; before that (and in QML tests) only in memory. AppController owns one.
class SyncSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int interval READ interval WRITE setInterval NOTIFY settingsChanged)
    Q_PROPERTY(bool proxyEnabled READ proxyEnabled NOTIFY settingsChanged)
    Q_PROPERTY(QString proxyAddress READ proxyAddress NOTIFY settingsChanged)
    Q_PROPERTY(QString proxyError READ proxyError NOTIFY settingsChanged)
    Q_PROPERTY(QString feedUrl READ feedUrl NOTIFY settingsChanged)
    Q_PROPERTY(QString feedUrlError READ feedUrlError NOTIFY settingsChanged)
    Q_PROPERTY(bool feedUrlFromCommandLine READ feedUrlFromCommandLine NOTIFY settingsChanged)
    Q_PROPERTY(QString effectiveFeedUrl READ effectiveFeedUrlText NOTIFY settingsChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY statusChanged)
    Q_PROPERTY(bool canSync READ canSync NOTIFY statusChanged)
    Q_PROPERTY(QDateTime lastSynced READ lastSynced NOTIFY statusChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    Q_PROPERTY(QString problemText READ problemText NOTIFY statusChanged)

public:
    // The interval choices as QML sees them.
    enum Interval { Off = 0, Every15Minutes = 1, Hourly = 2 };
    Q_ENUM(Interval)

    explicit SyncSettings(QObject *parent = nullptr);

    // Reads the settings kept in `store` and keeps every change there from now on.
    void attach(std::shared_ptr<kring::Store> store);
    // --feed-url: used whatever the setting says.
    void setCommandLineFeedUrl(const QUrl &url);
    // The network's feed URL built in (KRING_FEED_URL); used when no setting is made.
    void setBuiltInFeedUrl(const QString &url);

    [[nodiscard]] int interval() const { return int(m_settings.interval); }
    void setInterval(int interval);
    [[nodiscard]] bool proxyEnabled() const { return m_settings.proxyEnabled; }
    [[nodiscard]] QString proxyAddress() const { return m_settings.proxy; }
    [[nodiscard]] QString proxyError() const { return m_proxyError; }
    // Switches the proxy on or off; an address that is not host:port is refused (proxyError says why) and
    // nothing changes. True when it was taken.
    Q_INVOKABLE bool setProxy(bool enabled, const QString &address);
    [[nodiscard]] QString feedUrl() const { return m_settings.feedUrl; }
    [[nodiscard]] QString feedUrlError() const { return m_feedUrlError; }
    // Sets the feed URL (empty: the built-in one); refused with feedUrlError when sync::feedUrl refuses it.
    Q_INVOKABLE bool setFeedUrl(const QString &url);
    [[nodiscard]] bool feedUrlFromCommandLine() const { return !m_commandLineUrl.isEmpty(); }

    // The URL syncs use; empty: no sync.
    [[nodiscard]] QUrl effectiveFeedUrl() const;
    [[nodiscard]] QString effectiveFeedUrlText() const { return effectiveFeedUrl().toString(); }
    [[nodiscard]] kring::sync::Proxy proxy() const { return m_settings.activeProxy(); }
    // Syncs at start, on return to the foreground and on the timer (false when the interval is Off).
    [[nodiscard]] bool automatic() const { return m_settings.interval != kring::sync::SyncInterval::Off; }
    [[nodiscard]] std::chrono::minutes intervalLength() const;

    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] bool canSync() const { return m_canSync && !effectiveFeedUrl().isEmpty(); }
    [[nodiscard]] QDateTime lastSynced() const { return m_settings.lastSynced; }
    // "Updated on 3 November 2026 at 14:05", "Updating…", or that no update was made yet.
    [[nodiscard]] QString statusText() const;
    // Why the last sync did not bring the directory up to date, in plain words; empty when it did.
    [[nodiscard]] QString problemText() const { return m_problem; }

    // The person asks for a sync now (the button, or pulling a list down).
    Q_INVOKABLE void syncNow() { Q_EMIT syncRequested(); }

    // AppController reports what its syncs do.
    void setCanSync(bool canSync);
    void syncStarted();
    // `lastSynced` valid: the fetched feed verified. Otherwise `problem` (or `refused`) says why not, with
    // `detail` (the technical reason) for a store failure.
    void syncFinished(const QDateTime &lastSynced, kring::sync::FetchProblem problem, bool refused,
                      const QString &detail);
    // The directory shown is not checked lately, not checked, or not shown (AppController::feedNotice).
    void setFeedNotice(const QString &notice);

Q_SIGNALS:
    void settingsChanged();
    void statusChanged();
    // The interval, the feed URL or the proxy changed: timers and the next sync follow.
    void scheduleChanged();
    void syncRequested();

private:
    [[nodiscard]] QString storeFailure(const kring::Status &saved);

    std::shared_ptr<kring::Store> m_store;
    kring::sync::SyncSettings m_settings;
    QUrl m_commandLineUrl;
    QString m_builtInUrl;
    QString m_proxyError;
    QString m_feedUrlError;
    bool m_busy = false;
    bool m_canSync = false;
    QString m_problem;
    QString m_fetchProblem;
    QString m_feedNotice;
};
