// SPDX-License-Identifier: GPL-3.0-or-later
#include "storedfeed.h"

#include "catalog/directorycatalog.h"
#include "feedverifier.h"
#include "store/directoryrepository.h"
#include "store/truststaterepository.h"

#include <QCoreApplication>
#include <QSet>

#include <utility>

namespace kring::feed {

using namespace trust;

namespace {

// The root and revocations a trust state vouches for; nothing when no feed has verified yet.
struct TrustedKeys {
    RootMetadata root;
    Revocations revocations;
};

std::optional<TrustedKeys> trustedKeys(const TrustState &state)
{
    if (state.root.isEmpty())
        return std::nullopt;
    auto root = verifyPinnedRoot(state.root, QString());
    if (!root)
        return std::nullopt;
    auto revocations = verifyRevocations(state.revocations, root.value(), QString());
    if (!revocations)
        return std::nullopt;
    return TrustedKeys{root.value(), revocations.value()};
}

// Stored announcements that still verify under `keys` at `trustedTime` and were accepted in `state`.
QList<SignedAnnouncement> stillValid(const QList<QByteArray> &envelopes, const TrustState &state,
                                     const QDateTime &trustedTime)
{
    QList<SignedAnnouncement> valid;
    const std::optional<TrustedKeys> keys = trustedKeys(state);
    if (!keys)
        return valid;
    for (const QByteArray &envelope : envelopes) {
        auto announcement =
            verifyAnnouncement(envelope, keys->root, keys->revocations, trustedTime, QString());
        if (announcement && state.isAccepted(announcement.value()))
            valid.append(announcement.value());
    }
    return valid;
}

// The feed's announcements, then those kept from before (shared links) that the feed does not carry.
QList<QByteArray> announcementsToStore(const VerifiedFeed &feed, const QList<QByteArray> &stored,
                                       const QDateTime &trustedTime)
{
    QList<QByteArray> envelopes;
    QSet<QByteArray> digests;
    for (const SignedAnnouncement &announcement : feed.announcements) {
        envelopes.append(announcement.envelope);
        digests.insert(announcement.digest);
    }
    for (const SignedAnnouncement &kept : stillValid(stored, feed.state, trustedTime)) {
        if (!digests.contains(kept.digest))
            envelopes.append(kept.envelope);
    }
    return envelopes;
}

} // namespace

Result<StoredData> StoredFeed::read(const QDateTime &deviceClock) const
{
    const Result<TrustState> state = TrustStateRepository(m_database).load();
    if (!state)
        return Error{state.error()};
    DirectoryRepository snapshots(m_database);
    const Result<std::optional<SnapshotInfo>> info = snapshots.currentInfo();
    if (!info)
        return Error{info.error()};
    StoredData data;
    data.belongs = state.value().belongsTo(m_pinnedRoot);
    data.feedVersion = info.value() ? info.value()->feedVersion : 0;
    data.fresh = state.value().isFresh(deviceClock);
    data.checkedAt = state.value().checkedAt;
    data.newsToday = newsToday(state.value().trustedTime(deviceClock));
    if (!data.belongs)
        return data;
    if (!state.value().news.isEmpty()) {
        if (const std::optional<TrustedKeys> keys = trustedKeys(state.value())) {
            if (auto news = verifyNews(state.value().news, keys->root, QString()))
                data.news = news.value().news;
        }
    }
    const Result<QList<QByteArray>> envelopes = snapshots.announcements();
    if (!envelopes)
        return Error{envelopes.error()};
    data.announcements = stillValid(envelopes.value(), state.value(), state.value().trustedTime(deviceClock));
    data.announcements.removeIf([](const SignedAnnouncement &announcement) {
        return announcement.payload.kind == AnnouncementKind::Withdraw;
    });
    return data;
}

Result<AppliedFeed> StoredFeed::apply(const FeedSource &source, const QDateTime &deviceClock)
{
    TrustStateRepository trustStore(m_database);
    Result<TrustState> state = trustStore.load();
    if (!state)
        return Error{state.error()};
    // Data verified under another root is not shown; the first feed that verifies under this one replaces it.
    if (!state.value().belongsTo(m_pinnedRoot))
        state = TrustState{};
    Result<VerifiedFeed> verified =
        verifyFeed(source, m_pinnedRoot, state.value(), deviceClock, DirectoryReading::SkipStoredDirectory);
    AppliedFeed applied;
    if (!verified) {
        applied.refusal = verified.error();
        return applied;
    }
    VerifiedFeed &feed = verified.value();
    applied.droppedAnnouncements = feed.droppedAnnouncements;
    applied.newsProblem = feed.newsProblem;
    if (feed.unchanged) {
        // The same snapshot again (the bundled feed at every start): written only when it completes the
        // state (one kept before root digests were), not for the time of the check alone.
        TrustState completed = feed.state;
        completed.checkedAt = state.value().checkedAt;
        if (completed != state.value()) {
            if (const Status saved = trustStore.save(feed.state); !saved)
                return Error{saved.error()};
        }
        return applied;
    }
    DirectoryRepository snapshots(m_database);
    const Result<QList<QByteArray>> stored = snapshots.announcements();
    if (!stored)
        return Error{stored.error()};
    const QList<QByteArray> announcements =
        announcementsToStore(feed, stored.value(), feed.state.trustedTime(deviceClock));
    auto index = feed.directoryUnchanged ? storeAnnouncements(feed, announcements)
                                         : storeDirectory(feed, announcements, deviceClock);
    if (!index)
        return Error{index.error()};
    applied.stored = true;
    applied.newsChanged = feed.news.has_value();
    applied.directoryChanged = !feed.directoryUnchanged;
    applied.index = index.value();
    return applied;
}

Result<std::shared_ptr<const SearchIndex>> StoredFeed::storeDirectory(VerifiedFeed &feed,
                                                                      const QList<QByteArray> &announcements,
                                                                      const QDateTime &deviceClock)
{
    {
        // The bytes that verified are stored, not the directory written again; they are freed before the
        // catalog is built.
        const DirectorySnapshot snapshot{std::exchange(feed.directoryJson, {}), feed.snapshot.version,
                                         deviceClock};
        if (const Status replaced =
                DirectoryRepository(m_database).replace(snapshot, feed.state, announcements);
            !replaced)
            return Error{replaced.error()};
    }
    return DirectoryCatalog::rebuild(m_database, std::make_shared<const Directory>(std::move(feed.directory)),
                                     deviceClock);
}

// Only announcements and versions are new: the stored directory and its catalog stay as they are, and so does
// the caller's index (none is returned).
Result<std::shared_ptr<const SearchIndex>>
StoredFeed::storeAnnouncements(const VerifiedFeed &feed, const QList<QByteArray> &announcements)
{
    if (const Status updated = DirectoryRepository(m_database)
                                   .updateAnnouncements(feed.snapshot.version, feed.state, announcements);
        !updated)
        return Error{updated.error()};
    return std::shared_ptr<const SearchIndex>();
}

Result<SignedAnnouncement> StoredFeed::addLinked(const QString &link, const QDateTime &deviceClock)
{
    Result<LinkCheck> opened = openLink(link, deviceClock);
    if (!opened)
        return Error{opened.error()};
    if (!opened.value().announcement)
        return Error{opened.value().detail};
    return *opened.value().announcement;
}

Result<LinkCheck> StoredFeed::openLink(const QString &link, const QDateTime &deviceClock)
{
    Result<TrustState> state = TrustStateRepository(m_database).load();
    if (!state)
        return Error{state.error()};
    const std::optional<TrustedKeys> keys =
        state.value().belongsTo(m_pinnedRoot) ? trustedKeys(state.value()) : std::nullopt;
    if (!keys)
        return LinkCheck{std::nullopt, LinkProblem::NotChecked,
                         QCoreApplication::translate("Feed",
                                                     "Kring has no checked directory yet, so it cannot "
                                                     "check this announcement.")};
    LinkCheck check = checkLink(link, keys->root, keys->revocations, state.value(), deviceClock);
    if (!check.announcement || state.value().isAccepted(*check.announcement))
        return check;
    state.value().record(*check.announcement, state.value().trustedTime(deviceClock));
    if (const Status stored =
            DirectoryRepository(m_database).addAnnouncement(check.announcement->envelope, state.value());
        !stored)
        return Error{stored.error()};
    return check;
}

} // namespace kring::feed
