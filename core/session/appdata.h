// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "follow/followedchanges.h"
#include "result.h"
#include "schedule/announcement.h"
#include "search/searchindex.h"
#include "store/databasekey.h"
#include "store/secretvault.h"
#include "store/store.h"
#include "sync/httpfeedsource.h"
#include "trust/news.h"

#include <QSet>
#include <QUrl>

#include <memory>

// Kring's data as a start opens it: the key from the vault, the store (checked, set aside when damaged), the
// bundled feed offered to it, the verified directory and announcements it holds, and the followed groups.
// The app runs these off the GUI thread; it keeps only threads and signals.
namespace kring::AppData {

// Which root is pinned and where the bundled feed is.
struct TrustSetup {
    QByteArray pinnedRoot;   // empty: the bundled directory file is used as it is (no trust; tests)
    QString bundledFeedPath; // empty with a pinned root: only a verified feed is shown
};

// What a start gives the app.
struct OpenedData {
    bool pinRequired = false; // nothing else is set then
    std::shared_ptr<const DatabaseKey> key;
    std::shared_ptr<Store> store;
    std::shared_ptr<const SearchIndex> index;     // with the announcements applied
    std::shared_ptr<const SearchIndex> baseIndex; // the directory's own, without announcements
    qint64 feedVersion = 0;                       // the verified snapshot in use; 0: none
    QList<Announcement> announcements;
    QSet<QString> followed;
    QString notice;          // about the stored data (a damaged file set aside, read-only data)
    QString keyWarning;      // the key is kept less safely than the person may expect
    QString feedNotice;      // the directory shown is not checked lately, not checked, or not shown
    QString feedRefusal;     // why the bundled feed was not taken at this start
    bool indexStale = false; // shown at once; build it again with rebuildIndex()
    trust::News news;        // the network's news the store holds (verified)
    QDate newsToday;         // the trusted date to hide news past their `until`
    QString newsProblem;     // why the bundled feed's news were not taken
};

// Opens the data in `dataDir` with the key `vault` keeps (`pin` when it is PIN-wrapped; without it the result
// says pinRequired). The first time, the bundled directory file `bundledPath` (no trust) or nothing (with a
// pinned root: the bundled feed comes next) is imported.
[[nodiscard]] Result<OpenedData> open(const QString &dataDir, SecretVault &vault, const QString &bundledPath,
                                      const TrustSetup &trust, const QString &pin);

// What a sync did: the feed at `feedUrl` offered to the store (verified, and stored when newer), and what the
// app shows now.
struct Synced {
    bool stored = false; // a newer feed replaced the data: index, feedVersion and announcements are new
    std::shared_ptr<const SearchIndex> index;
    std::shared_ptr<const SearchIndex> baseIndex;
    qint64 feedVersion = 0;
    QList<Announcement> announcements;
    QString feedNotice;
    QString feedRefusal; // why the fetched feed was not taken (refused or unreachable)
    sync::FetchProblem problem = sync::FetchProblem::None; // a fetch that failed: its kind
    bool refused = false;                                  // fetched, but the checks refused it
    QDateTime lastSynced; // now, when the fetched feed verified (newer or the same); else invalid
    int notModified = 0;  // files answered 304 and taken from the kept copies
    qint64 bytesReceived = 0;
    // What the stored feed changed for the followed groups; already kept in the store as unseen.
    QList<FollowedChanges::Change> followedChanges;
    trust::News news;    // the network's news the store holds now
    QDate newsToday;     // the trusted date to hide news past their `until`
    QString newsProblem; // why the fetched news were not taken; the last good news stay
};

// Fetches the feed at `feedUrl` and offers it to the store at `databasePath`, on a connection of its own; a
// refused or unreachable feed is not an error (Synced::feedRefusal), only the store's failures are. Requests
// go through `proxy` when it is set; the small files kept from the last fetch are asked for conditionally.
// `baseIndex` is the index of the directory in use, without announcements: kept when only they changed.
[[nodiscard]] Result<Synced> sync(const QString &databasePath, const DatabaseKey &key,
                                  const QByteArray &pinnedRoot, const QUrl &feedUrl,
                                  std::shared_ptr<const SearchIndex> baseIndex,
                                  const sync::Proxy &proxy = {});

// The index of the directory in use, with and without its announcements.
struct Indexes {
    std::shared_ptr<const SearchIndex> index;
    std::shared_ptr<const SearchIndex> baseIndex;
};

// Builds the search index again from the stored snapshot, on a connection of its own, and stores it.
[[nodiscard]] Result<Indexes> rebuildIndex(const QString &path, const DatabaseKey &key, bool readOnly,
                                           const QList<Announcement> &announcements);

} // namespace kring::AppData
