// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpfeedsource.h"
#include "result.h"
#include "store/database.h"

#include <QDateTime>

#include <chrono>

// The person's sync settings and what the last syncs left behind, kept among the store's settings
// (key/value text in the encrypted store): how often to sync, the proxy, the feed URL, when the feed last
// verified, and the small feed files kept for conditional GETs.
namespace kring::sync {

// Off: no sync at start, on return to the foreground or on a timer; only when the person asks for one.
enum class SyncInterval { Off, Every15Minutes, Hourly };

// How long between automatic syncs; zero for Off.
[[nodiscard]] std::chrono::minutes intervalLength(SyncInterval interval);

struct SyncSettings {
    SyncInterval interval = SyncInterval::Every15Minutes;
    bool proxyEnabled = false;
    QString proxy;        // "host:port" as typed, checked by proxyAddress()
    QString feedUrl;      // as typed, checked by feedUrl(); empty: the built-in one
    QDateTime lastSynced; // when a fetched feed last verified (taken or the same again); invalid: never

    // The proxy to use: none unless enabled and valid.
    [[nodiscard]] Proxy activeProxy() const;
    friend bool operator==(const SyncSettings &, const SyncSettings &) = default;
};

[[nodiscard]] Result<SyncSettings> readSyncSettings(Database &database);
[[nodiscard]] Status saveInterval(Database &database, SyncInterval interval);
[[nodiscard]] Status saveProxy(Database &database, bool enabled, const QString &address);
[[nodiscard]] Status saveFeedUrl(Database &database, const QString &url);
[[nodiscard]] Status saveLastSynced(Database &database, const QDateTime &when);

// The kept feed files by path. An entry that cannot be read back is left out (its file is fetched whole).
[[nodiscard]] Result<QHash<QString, KeptFile>> readKeptFiles(Database &database);
// Writes the entries of `changed` as `kept` has them (removed when not there), in one transaction.
[[nodiscard]] Status saveKeptFiles(Database &database, const QHash<QString, KeptFile> &kept,
                                   const QSet<QString> &changed);

} // namespace kring::sync
