// SPDX-License-Identifier: GPL-3.0-or-later
#include "followedsync.h"

#include "catalog/directorycatalog.h"
#include "feed/feedannouncements.h"
#include "store/followedchangerepository.h"
#include "store/followrepository.h"
#include "store/truststaterepository.h"

namespace kring::FollowedSync {
namespace {

// The followed groups' own directories as `index` places them: a group it does not hold is absent, one
// that cannot be read is null (neither compared nor gone).
QHash<QString, std::shared_ptr<const Directory>>
followedDirectories(Database &database, const SearchIndex *index, const QSet<QString> &followed)
{
    QHash<QString, std::shared_ptr<const Directory>> groups;
    if (!index)
        return groups;
    for (const QString &groupId : followed) {
        if (index->groupPosition(groupId) < 0)
            continue;
        const Result<std::shared_ptr<const Directory>> group =
            DirectoryCatalog::groupDirectory(database, *index, groupId);
        groups.insert(groupId, group ? group.value() : nullptr);
    }
    return groups;
}

Result<QList<FollowedChanges::KnownAnnouncement>> storedAnnouncements(const feed::StoredFeed &stored,
                                                                      const QDateTime &now)
{
    const Result<feed::StoredData> data = stored.read(now);
    if (!data)
        return Error{data.error()};
    QList<FollowedChanges::KnownAnnouncement> known;
    for (const trust::SignedAnnouncement &announcement : data.value().announcements)
        known.append({feed::scheduleAnnouncement(announcement), announcement.payload.expires});
    return known;
}

} // namespace

Result<Before> read(Database &database, const feed::StoredFeed &stored, const SearchIndex *index,
                    const QDateTime &now)
{
    const Result<QList<FollowedGroup>> follows = FollowRepository(database).all();
    if (!follows)
        return Error{follows.error()};
    Before before;
    for (const FollowedGroup &group : follows.value())
        before.followed.insert(group.groupId);
    if (before.followed.isEmpty())
        return before;
    Result<QList<FollowedChanges::KnownAnnouncement>> announcements = storedAnnouncements(stored, now);
    if (!announcements)
        return Error{announcements.error()};
    before.data.announcements = std::move(announcements).value();
    before.data.groups = followedDirectories(database, index, before.followed);
    return before;
}

Result<QList<FollowedChanges::Change>> record(Database &database, const feed::StoredFeed &stored,
                                              const Before &before, const feed::AppliedFeed &applied,
                                              const QDateTime &now)
{
    if (!applied.stored || before.followed.isEmpty())
        return QList<FollowedChanges::Change>();
    FollowedChanges::FollowedData after;
    Result<QList<FollowedChanges::KnownAnnouncement>> announcements = storedAnnouncements(stored, now);
    if (!announcements)
        return Error{announcements.error()};
    after.announcements = std::move(announcements).value();
    after.groups = applied.index ? followedDirectories(database, applied.index.get(), before.followed)
                                 : before.data.groups;
    // Expiry counts by the time the store trusts, by which the announcements read back were checked.
    const Result<trust::TrustState> state = TrustStateRepository(database).load();
    if (!state)
        return Error{state.error()};
    const QList<FollowedChanges::Change> changes =
        FollowedChanges::compare(before.data, after, before.followed, state.value().trustedTime(now));
    if (const Status kept = FollowedChangeRepository(database).add(changes, now); !kept)
        return Error{kept.error()};
    return changes;
}

} // namespace kring::FollowedSync
