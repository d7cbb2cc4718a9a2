// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedsource.h"
#include "feedverifier.h"
#include "search/searchindex.h"
#include "store/database.h"
#include "trust/announcement.h"

#include <memory>

namespace kring::feed {

// The verified data the store holds, as the app may show it.
struct StoredData {
    bool belongs = true; // false: verified under another root than the pinned one, so not to be shown
    qint64 feedVersion = 0;
    // Those that still verify, have not expired and were not withdrawn; withdrawals themselves are not here.
    QList<trust::SignedAnnouncement> announcements;
    bool fresh = false;  // the snapshot in use has not expired
    QDateTime checkedAt; // when a feed last verified; invalid when never
    // The network's news taken last (root-signed, verified again under the stored root); all items, also
    // those past their `until` (trust::visibleNews picks what to show). Empty when none.
    trust::News news;
    QDate newsToday; // trust::newsToday of the trusted time: items past it are not shown
};

// What offering a feed to the store did.
struct AppliedFeed {
    bool stored = false;           // it was newer and replaced the stored data
    bool directoryChanged = false; // with a new directory (else only announcements and versions were new)
    QString refusal;               // why it was refused; nothing stored changed then
    QStringList droppedAnnouncements;
    bool newsChanged = false; // new news were stored
    QString newsProblem;      // why a news.json was not taken; the last good news stay
    // The index of the new directory (without announcements) when directoryChanged; null otherwise: the
    // directory's index is the one the caller has.
    std::shared_ptr<const SearchIndex> index;
};

// The one way verified data gets into the store, for the bundled feed, a fetched feed and a shared link:
// every verification runs against the trust state read back from the store, and what verified is stored
// with the new trust state in one transaction.
class StoredFeed
{
public:
    StoredFeed(Database &database, QByteArray pinnedRoot)
        : m_database(database)
        , m_pinnedRoot(std::move(pinnedRoot))
    {}

    [[nodiscard]] Result<StoredData> read(const QDateTime &deviceClock) const;
    // Verifies the feed in `source`; a newer one replaces directory, announcements and trust state and its
    // catalog is built. A refused feed is not an error: AppliedFeed::refusal says why. Errors are the
    // store's.
    [[nodiscard]] Result<AppliedFeed> apply(const FeedSource &source, const QDateTime &deviceClock);
    // Verifies an announcement from a share link against the stored root, revocations and sequence
    // numbers, and keeps it with the stored announcements.
    [[nodiscard]] Result<trust::SignedAnnouncement> addLinked(const QString &link,
                                                              const QDateTime &deviceClock);
    // The same for a person: a refused link is not an error (LinkCheck::problem says why, linkProblemText
    // in plain words); errors are the store's.
    [[nodiscard]] Result<LinkCheck> openLink(const QString &link, const QDateTime &deviceClock);

private:
    [[nodiscard]] Result<std::shared_ptr<const SearchIndex>>
    storeDirectory(VerifiedFeed &feed, const QList<QByteArray> &announcements, const QDateTime &deviceClock);
    [[nodiscard]] Result<std::shared_ptr<const SearchIndex>>
    storeAnnouncements(const VerifiedFeed &feed, const QList<QByteArray> &announcements);

    Database &m_database;
    QByteArray m_pinnedRoot;
};

} // namespace kring::feed
