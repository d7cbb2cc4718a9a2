// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncsettings.h"

#include <QLocale>

using namespace kring;

SyncSettings::SyncSettings(QObject *parent)
    : QObject(parent)
{}

void SyncSettings::attach(std::shared_ptr<Store> store)
{
    m_store = std::move(store);
    if (!m_store)
        return;
    const Result<sync::SyncSettings> read = sync::readSyncSettings(m_store->database());
    if (read)
        m_settings = read.value();
    Q_EMIT settingsChanged();
    Q_EMIT statusChanged();
    Q_EMIT scheduleChanged();
}

void SyncSettings::setCommandLineFeedUrl(const QUrl &url)
{
    m_commandLineUrl = url;
    Q_EMIT settingsChanged();
    Q_EMIT statusChanged();
}

void SyncSettings::setBuiltInFeedUrl(const QString &url)
{
    m_builtInUrl = url;
    Q_EMIT settingsChanged();
    Q_EMIT statusChanged();
}

QUrl SyncSettings::effectiveFeedUrl() const
{
    if (!m_commandLineUrl.isEmpty())
        return m_commandLineUrl;
    for (const QString &text : {m_settings.feedUrl, m_builtInUrl}) {
        if (text.isEmpty())
            continue;
        const Result<QUrl> url = sync::feedUrl(text);
        return url ? url.value() : QUrl();
    }
    return {};
}

std::chrono::minutes SyncSettings::intervalLength() const
{
    return sync::intervalLength(m_settings.interval);
}

QString SyncSettings::storeFailure(const Status &saved)
{
    return saved ? QString() : tr("Kring could not keep this setting: %1").arg(saved.error());
}

void SyncSettings::setInterval(int interval)
{
    if (interval < Off || interval > Hourly || interval == int(m_settings.interval))
        return;
    const auto chosen = sync::SyncInterval(interval);
    if (m_store) {
        if (const Status saved = sync::saveInterval(m_store->database(), chosen); !saved)
            return;
    }
    m_settings.interval = chosen;
    Q_EMIT settingsChanged();
    Q_EMIT scheduleChanged();
}

bool SyncSettings::setProxy(bool enabled, const QString &address)
{
    const Result<sync::Proxy> checked = sync::proxyAddress(address);
    if (enabled && !checked) {
        m_proxyError = checked.error();
        Q_EMIT settingsChanged();
        return false;
    }
    // Switched off, an address that is not one is not kept.
    const QString kept = checked ? address.trimmed() : m_settings.proxy;
    if (m_store) {
        m_proxyError = storeFailure(sync::saveProxy(m_store->database(), enabled, kept));
        if (!m_proxyError.isEmpty()) {
            Q_EMIT settingsChanged();
            return false;
        }
    }
    m_proxyError.clear();
    m_settings.proxyEnabled = enabled;
    m_settings.proxy = kept;
    Q_EMIT settingsChanged();
    Q_EMIT scheduleChanged();
    return true;
}

bool SyncSettings::setFeedUrl(const QString &url)
{
    const QString text = url.trimmed();
    if (!text.isEmpty()) {
        const Result<QUrl> checked = sync::feedUrl(text);
        if (!checked) {
            m_feedUrlError = checked.error();
            Q_EMIT settingsChanged();
            return false;
        }
    }
    if (m_store) {
        m_feedUrlError = storeFailure(sync::saveFeedUrl(m_store->database(), text));
        if (!m_feedUrlError.isEmpty()) {
            Q_EMIT settingsChanged();
            return false;
        }
    }
    m_feedUrlError.clear();
    m_settings.feedUrl = text;
    Q_EMIT settingsChanged();
    Q_EMIT statusChanged();
    Q_EMIT scheduleChanged();
    return true;
}

QString SyncSettings::statusText() const
{
    if (m_busy)
        return tr("Updating…");
    if (m_settings.lastSynced.isValid()) {
        const QDateTime local = m_settings.lastSynced.toLocalTime();
        const QLocale locale;
        return tr("Updated on %1 at %2")
            .arg(locale.toString(local.date(), QStringLiteral("d MMMM yyyy")),
                 locale.toString(local.time(), QLocale::ShortFormat));
    }
    if (effectiveFeedUrl().isEmpty())
        return tr("No address to update from is set.");
    return tr("Not updated yet.");
}

void SyncSettings::setCanSync(bool canSync)
{
    m_canSync = canSync;
    Q_EMIT statusChanged();
}

void SyncSettings::syncStarted()
{
    m_busy = true;
    Q_EMIT statusChanged();
}

void SyncSettings::syncFinished(const QDateTime &lastSynced, sync::FetchProblem problem, bool refused,
                                const QString &detail)
{
    m_busy = false;
    const QString kept = tr("The groups shown are those of the last update.");
    if (lastSynced.isValid()) {
        m_settings.lastSynced = lastSynced;
        m_fetchProblem.clear();
    } else if (refused) {
        m_fetchProblem =
            tr("What the server sent did not pass Kring's checks, so it was not used.") + u' ' + kept;
    } else if (problem == sync::FetchProblem::Proxy) {
        m_fetchProblem = tr("Kring could not reach the proxy at %1. Is Orbot (or your other proxy) on?")
                             .arg(proxy().text()) +
                         u' ' + kept;
    } else if (problem == sync::FetchProblem::Network) {
        m_fetchProblem = tr("Kring could not reach the network's server. Are you online?") + u' ' + kept;
    } else if (problem == sync::FetchProblem::Server) {
        m_fetchProblem = tr("The network's server did not answer as expected.") + u' ' + kept;
    } else {
        m_fetchProblem = detail;
    }
    m_problem = m_fetchProblem.isEmpty() ? m_feedNotice : m_fetchProblem;
    Q_EMIT statusChanged();
}

void SyncSettings::setFeedNotice(const QString &notice)
{
    m_feedNotice = notice;
    m_problem = m_fetchProblem.isEmpty() ? m_feedNotice : m_fetchProblem;
    Q_EMIT statusChanged();
}
