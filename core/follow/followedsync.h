// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feed/storedfeed.h"
#include "followedchanges.h"
#include "search/searchindex.h"
#include "store/database.h"

#include <QDateTime>
#include <QSet>

// Around one offer of a feed to the store: the followed groups as they were before, and afterwards what the
// stored feed changed for them, kept in the store as unseen. Only the followed groups are read (by id, from
// the catalog), never the whole directory.
namespace kring::FollowedSync {

struct Before {
    QSet<QString> followed; // empty: nothing is read and nothing compared
    FollowedChanges::FollowedData data;
};

// Reads the followed groups and their announcements as the store holds them now; `index` is the index of
// the directory in use (it says where each group is kept).
[[nodiscard]] Result<Before> read(Database &database, const feed::StoredFeed &stored,
                                  const SearchIndex *index, const QDateTime &now);

// After `applied`: what changed for the followed groups since `before`, kept as unseen changes. Nothing when
// the feed was not stored. An announcements-only update keeps the directory, so only the announcements are
// compared then.
[[nodiscard]] Result<QList<FollowedChanges::Change>>
record(Database &database, const feed::StoredFeed &stored, const Before &before,
       const feed::AppliedFeed &applied, const QDateTime &now);

} // namespace kring::FollowedSync
