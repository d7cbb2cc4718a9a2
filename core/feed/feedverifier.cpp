// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedverifier.h"

#include "directory/directoryjson.h"
#include "trust/fields.h"
#include "trust/news.h"
#include "trust/sizelimits.h"
#include "json/strictjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

namespace kring::feed {

using namespace trust;

namespace {

constexpr auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

Result<QByteArray> readRequired(const FeedSource &source, const QString &path, qint64 maxBytes)
{
    auto read = source.read(path, maxBytes);
    if (!read)
        return Error{read.error()};
    if (!read.value())
        return Error{QCoreApplication::translate("Feed", "%1: missing from the feed").arg(path)};
    return std::move(*read.value());
}

// Size, then hash, as the snapshot says: nothing is parsed before both match.
Result<QByteArray> readListed(const FeedSource &source, const QString &path, qint64 maxBytes,
                              const FileMeta &listed)
{
    auto bytes = readRequired(source, path, maxBytes);
    if (!bytes)
        return bytes;
    if (bytes.value().size() != listed.size) {
        return Error{QCoreApplication::translate("Feed", "%1: %2 bytes, but the snapshot lists %3; refused")
                         .arg(path)
                         .arg(bytes.value().size())
                         .arg(listed.size)};
    }
    if (blake2b256(bytes.value()) != listed.blake2b) {
        return Error{QCoreApplication::translate("Feed", "%1: its hash differs from the snapshot's: the file "
                                                         "was changed; refused")
                         .arg(path)};
    }
    return bytes;
}

// The directory in `bytes` (an envelope) and the payload it was parsed from.
Result<std::pair<Directory, QByteArray>> verifyDirectory(const QByteArray &bytes, const RootMetadata &root,
                                                         const QString &path)
{
    auto envelope = parseEnvelope(bytes, path, maxDirectoryBytes);
    if (!envelope)
        return Error{envelope.error()};
    if (const Status signed_ = checkSignatures(envelope.value(), SignedType::Directory, root.root, path);
        !signed_)
        return Error{signed_.error()};
    if (const Status strict = json::checkStrictJson(envelope.value().payload, path); !strict)
        return Error{strict.error()};
    auto directory = DirectoryJson::parse(envelope.value().payload, path);
    if (!directory)
        return Error{directory.error()};
    return std::pair{std::move(directory).value(), std::move(envelope.value().payload)};
}

QString rootPath(int version)
{
    return QStringLiteral("root/%1.json").arg(version);
}

} // namespace

QByteArray announcementsFile(const QList<QByteArray> &envelopes)
{
    QJsonArray items;
    for (const QByteArray &envelope : envelopes)
        items.append(QString::fromLatin1(envelope.toBase64(base64url)));
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QString(announcementsFormat)},
                                     {QStringLiteral("announcements"), items}})
        .toJson(QJsonDocument::Compact);
}

Result<QList<QByteArray>> parseAnnouncementsFile(const QByteArray &bytes, const QString &sourceName)
{
    auto object = json::parseStrictObject(bytes, sourceName);
    if (!object)
        return Error{object.error()};
    Fields fields(object.value(), sourceName, {"format", "announcements"});
    fields.expectFormat(announcementsFormat);
    const QJsonArray items = fields.array("announcements");
    QList<QByteArray> envelopes;
    for (const QJsonValue &item : items) {
        const auto envelope = decodeBase64Strict(item.toString().toLatin1(), base64url);
        if (!item.isString() || !envelope) {
            fields.fail(QStringLiteral("announcements"),
                        QCoreApplication::translate("Feed", "expected announcements in base64url"));
            break;
        }
        envelopes.append(*envelope);
    }
    if (fields.failed())
        return Error{fields.error()};
    return envelopes;
}

namespace {

// The newest root and the digests of every root version on the way to it.
struct RootChain {
    RootMetadata newest;
    QByteArray newestBytes;
    QMap<int, QByteArray> digests;
    bool rotated = false; // newer than the state's root: the feed's floors start again from it
};

// Where the chain continues: the newest stored root (so a rotated-away key cannot fork it), or the pinned
// root the first time.
Result<RootChain> chainStart(const QByteArray &pinnedRoot, const TrustState &state)
{
    const QString pinnedName = QCoreApplication::translate("Feed", "the pinned root");
    auto pinned = verifyPinnedRoot(pinnedRoot, pinnedName);
    if (!pinned)
        return Error{pinned.error()};
    if (!state.belongsTo(pinnedRoot)) {
        return Error{QCoreApplication::translate("Feed", "the stored data was verified under another root "
                                                         "than the one pinned now; refused")};
    }
    if (state.root.isEmpty())
        return RootChain{pinned.value(), pinnedRoot, {{pinned.value().version, rootDigest(pinnedRoot)}}};
    auto stored = verifyPinnedRoot(state.root, QCoreApplication::translate("Feed", "the stored root"));
    if (!stored)
        return Error{stored.error()};
    return RootChain{stored.value(), state.root, state.rootDigests};
}

Result<RootChain> verifyRootChain(const FeedSource &source, const QByteArray &pinnedRoot,
                                  const TrustState &state)
{
    auto chain = chainStart(pinnedRoot, state);
    if (!chain)
        return chain;
    RootChain &walked = chain.value();
    for (;;) {
        const QString path = rootPath(walked.newest.version + 1);
        auto next = source.read(path, maxRootBytes);
        if (!next)
            return Error{next.error()};
        if (!next.value())
            break;
        auto root = verifyNextRoot(walked.newest, *next.value(), path);
        if (!root)
            return Error{root.error()};
        walked.newest = root.value();
        walked.newestBytes = *next.value();
        walked.digests.insert(walked.newest.version, rootDigest(walked.newestBytes));
    }
    const int pinnedVersion = verifyPinnedRoot(pinnedRoot, QString()).value().version;
    if (walked.digests.value(pinnedVersion) != rootDigest(pinnedRoot)) {
        return Error{QCoreApplication::translate("Feed", "the feed's root chain does not reach the root this "
                                                         "app pins (version %1); refused")
                         .arg(pinnedVersion)};
    }
    if (walked.newest.version < state.rootVersion) {
        return Error{QCoreApplication::translate("Feed",
                                                 "the feed's newest root is version %1, older than version "
                                                 "%2 already trusted; refused")
                         .arg(walked.newest.version)
                         .arg(state.rootVersion)};
    }
    walked.rotated = state.rootVersion > 0 && walked.newest.version > state.rootVersion;
    return chain;
}

// After a root rotation the time floor starts again from the new root's own (root-signed) issued time, so
// a far-future snapshot signed with a compromised feed key stops counting.
QDateTime trustedTimeFor(const RootChain &chain, const TrustState &state, const QDateTime &deviceClock)
{
    if (chain.rotated)
        return std::max(deviceClock, chain.newest.issued);
    return state.trustedTime(deviceClock);
}

Status checkSnapshotOrder(const Snapshot &snapshot, const RootChain &chain, const TrustState &state,
                          const QDateTime &deviceClock, const QString &path)
{
    if (snapshot.issued > deviceClock.addSecs(clockToleranceSeconds)) {
        return Error{QCoreApplication::translate("Feed", "%1: issued on %2, after this device's clock (%3); "
                                                         "refused. Check the date and time of the device.")
                         .arg(path, formatTime(snapshot.issued), formatTime(deviceClock))};
    }
    if (chain.rotated)
        return Done{};
    if (snapshot.version < state.snapshotVersion) {
        return Error{QCoreApplication::translate("Feed",
                                                 "%1: version %2 is older than version %3 already seen; "
                                                 "refused (an old feed was served again)")
                         .arg(path)
                         .arg(snapshot.version)
                         .arg(state.snapshotVersion)};
    }
    if (state.snapshotVersion > 0 && snapshot.version - state.snapshotVersion > maxSnapshotVersionStep) {
        return Error{QCoreApplication::translate("Feed", "%1: version %2 jumps too far beyond version %3 "
                                                         "already seen; refused")
                         .arg(path)
                         .arg(snapshot.version)
                         .arg(state.snapshotVersion)};
    }
    return Done{};
}

Result<Snapshot> verifySnapshotFile(const FeedSource &source, const RootChain &chain, const TrustState &state,
                                    const QDateTime &deviceClock, const QDateTime &trustedTime)
{
    const QString path = QStringLiteral("snapshot.json");
    auto bytes = readRequired(source, path, maxSnapshotBytes);
    if (!bytes)
        return Error{bytes.error()};
    auto snapshot = verifySnapshot(bytes.value(), chain.newest, path);
    if (!snapshot)
        return snapshot;
    if (const Status order = checkSnapshotOrder(snapshot.value(), chain, state, deviceClock, path); !order)
        return Error{order.error()};
    if (trustedTime > snapshot.value().expires) {
        return Error{QCoreApplication::translate("Feed",
                                                 "%1: expired on %2; the feed is not fresh, so the last "
                                                 "checked directory stays in use")
                         .arg(path, formatTime(snapshot.value().expires))};
    }
    if (snapshot.value().rootVersion != chain.newest.version) {
        return Error{QCoreApplication::translate("Feed",
                                                 "%1: lists root version %2, but the feed's newest root "
                                                 "is version %3; refused")
                         .arg(path)
                         .arg(snapshot.value().rootVersion)
                         .arg(chain.newest.version)};
    }
    return snapshot;
}

Status checkListedRoot(const FeedSource &source, const RootChain &chain, const Snapshot &snapshot)
{
    if (fileMeta(chain.newestBytes) == snapshot.root)
        return Done{}; // the very root that verified: no need to fetch it again
    const QString path = rootPath(chain.newest.version);
    auto listed = source.read(path, maxRootBytes);
    if (!listed)
        return Error{listed.error()};
    const QByteArray &bytes = listed.value() ? *listed.value() : chain.newestBytes;
    if (fileMeta(bytes) != snapshot.root)
        return Error{
            QCoreApplication::translate("Feed", "%1: differs from the root the snapshot lists; refused")
                .arg(path)};
    return Done{};
}

Status notOlder(const QString &path, qint64 version, qint64 stored)
{
    if (version >= stored)
        return Done{};
    return Error{QCoreApplication::translate("Feed", "%1: version %2 is older than version %3 already seen; "
                                                     "refused")
                     .arg(path)
                     .arg(version)
                     .arg(stored)};
}

Status verifyDirectoryFile(const FeedSource &source, VerifiedFeed &feed, const TrustState &state)
{
    const QString directoryPath = QStringLiteral("directory.json");
    auto directoryBytes = readListed(source, directoryPath, maxDirectoryBytes, feed.snapshot.directory);
    if (!directoryBytes)
        return Error{directoryBytes.error()};
    auto directory = verifyDirectory(directoryBytes.value(), feed.root, directoryPath);
    if (!directory)
        return Error{directory.error()};
    feed.directory = std::move(directory.value().first);
    feed.directoryJson = std::move(directory.value().second);
    return notOlder(directoryPath, feed.directory.version, state.directoryVersion);
}

Status verifyRevocationsFile(const FeedSource &source, VerifiedFeed &feed, const TrustState &state)
{
    const QString revocationsPath = QStringLiteral("revocations.json");
    auto revocationsBytes =
        readListed(source, revocationsPath, maxRevocationsBytes, feed.snapshot.revocations);
    if (!revocationsBytes)
        return Error{revocationsBytes.error()};
    auto revocations = verifyRevocations(revocationsBytes.value(), feed.root, revocationsPath);
    if (!revocations)
        return Error{revocations.error()};
    feed.revocations = revocations.value();
    feed.state.revocations = revocationsBytes.value();
    return notOlder(revocationsPath, feed.revocations.version, state.revocationsVersion);
}

// The directory that verified before, listed again under the same root: nothing in it can have changed.
bool sameDirectoryAsStored(const VerifiedFeed &feed, const TrustState &state, const RootChain &chain)
{
    return !chain.rotated && state.directoryFile.size > 0 && feed.snapshot.directory == state.directoryFile &&
           state.rootVersion == chain.newest.version;
}

// The directory and the revocations, both root-signed, and neither older than what is stored.
Status verifyRootSignedFiles(const FeedSource &source, VerifiedFeed &feed, const TrustState &state)
{
    if (!feed.directoryUnchanged) {
        if (const Status directory = verifyDirectoryFile(source, feed, state); !directory)
            return directory;
    }
    return verifyRevocationsFile(source, feed, state);
}

// Each announcement on its own: a refused one is left out with its reason, the rest of the feed stands.
Status verifyAnnouncements(const FeedSource &source, VerifiedFeed &feed, const QDateTime &trustedTime)
{
    const QString path = QStringLiteral("announcements.json");
    auto bytes = readListed(source, path, maxAnnouncementsBytes, feed.snapshot.announcements);
    if (!bytes)
        return Error{bytes.error()};
    auto envelopes = parseAnnouncementsFile(bytes.value(), path);
    if (!envelopes)
        return Error{envelopes.error()};
    for (qsizetype i = 0; i < envelopes.value().size(); ++i) {
        const QString itemName =
            QCoreApplication::translate("Feed", "%1: announcement %2").arg(path).arg(i + 1);
        auto announcement =
            verifyAnnouncement(envelopes.value().at(i), feed.root, feed.revocations, trustedTime, itemName);
        if (announcement) {
            if (const Status admitted = feed.state.admit(announcement.value(), trustedTime, itemName);
                !admitted)
                announcement = Error{admitted.error()};
        }
        if (!announcement) {
            feed.droppedAnnouncements.append(announcement.error());
            continue;
        }
        feed.state.record(announcement.value(), trustedTime);
        feed.announcements.append(announcement.value());
    }
    // A withdrawal later in the file takes back one taken before it.
    feed.announcements.removeIf(
        [&](const SignedAnnouncement &announcement) { return feed.state.isWithdrawn(announcement); });
    return Done{};
}

// The root-signed news.json, read only when the snapshot lists one other than the one taken before. A
// problem leaves the last good news in place and is told in `newsProblem`; the rest of the feed stands.
void verifyNewsFile(const FeedSource &source, VerifiedFeed &feed, const TrustState &state)
{
    const FileMeta &listed = feed.snapshot.news;
    if (listed.size == 0 || listed == state.newsFile)
        return;
    const QString path = QStringLiteral("news.json");
    if (listed.size > maxNewsBytes) {
        feed.newsProblem = tooLarge(path, listed.size, maxNewsBytes);
        return;
    }
    auto bytes = readListed(source, path, maxNewsBytes, listed);
    if (!bytes) {
        feed.newsProblem = bytes.error();
        return;
    }
    auto news = verifyNews(bytes.value(), feed.root, path);
    if (!news) {
        feed.newsProblem = news.error();
        return;
    }
    const qint64 version = news.value().news.version;
    if (version < state.newsVersion) {
        feed.newsProblem =
            QCoreApplication::translate("Feed", "%1: version %2 is older than version %3 "
                                                "already seen; refused (old news served again)")
                .arg(path)
                .arg(version)
                .arg(state.newsVersion);
        return;
    }
    if (version == state.newsVersion && news.value().envelope != state.news) {
        auto stored = parseEnvelope(state.news, path, maxNewsBytes);
        if (!stored || blake2b256(stored.value().payload) != news.value().digest) {
            feed.newsProblem =
                QCoreApplication::translate("Feed", "%1: version %2 differs from the news already seen "
                                                    "with that version; refused")
                    .arg(path)
                    .arg(version);
            return;
        }
    }
    feed.state.newsVersion = version;
    feed.state.news = news.value().envelope;
    feed.state.newsFile = listed;
    feed.news = std::move(news).value();
}

void advanceState(VerifiedFeed &feed, const RootChain &chain, const QDateTime &deviceClock)
{
    TrustState &state = feed.state;
    state.rootVersion = chain.newest.version;
    state.root = chain.newestBytes;
    state.rootDigests = chain.digests;
    state.snapshotVersion = feed.snapshot.version;
    if (!feed.directoryUnchanged)
        state.directoryVersion = feed.directory.version;
    state.directoryFile = feed.snapshot.directory;
    state.revocationsVersion = feed.revocations.version;
    if (chain.rotated || !state.newestIssued.isValid() || feed.snapshot.issued > state.newestIssued)
        state.newestIssued = feed.snapshot.issued;
    state.snapshotExpires = feed.snapshot.expires;
    state.checkedAt = deviceClock;
}

} // namespace

Result<VerifiedFeed> verifyFeed(const FeedSource &source, const QByteArray &pinnedRoot,
                                const TrustState &state, const QDateTime &deviceClock,
                                DirectoryReading reading)
{
    auto chain = verifyRootChain(source, pinnedRoot, state);
    if (!chain)
        return Error{chain.error()};
    VerifiedFeed feed;
    feed.root = chain.value().newest;
    const QDateTime trustedTime = trustedTimeFor(chain.value(), state, deviceClock);
    if (trustedTime > feed.root.expires) {
        return Error{QCoreApplication::translate("Feed",
                                                 "%1: root version %2 expired on %3; the network has to "
                                                 "publish a new root")
                         .arg(rootPath(feed.root.version))
                         .arg(feed.root.version)
                         .arg(formatTime(feed.root.expires))};
    }
    auto snapshot = verifySnapshotFile(source, chain.value(), state, deviceClock, trustedTime);
    if (!snapshot)
        return Error{snapshot.error()};
    feed.snapshot = snapshot.value();
    feed.unchanged = !chain.value().rotated && feed.snapshot.version == state.snapshotVersion;
    if (const Status listed = checkListedRoot(source, chain.value(), feed.snapshot); !listed)
        return Error{listed.error()};
    feed.state = state;
    feed.directoryUnchanged =
        reading == DirectoryReading::SkipStoredDirectory && sameDirectoryAsStored(feed, state, chain.value());
    if (const Status files = verifyRootSignedFiles(source, feed, state); !files)
        return Error{files.error()};
    if (const Status announcements = verifyAnnouncements(source, feed, trustedTime); !announcements)
        return Error{announcements.error()};
    if (feed.unchanged)
        feed.state = state; // the same snapshot: its announcements were recorded when it was new
    verifyNewsFile(source, feed, state);
    advanceState(feed, chain.value(), deviceClock);
    return feed;
}

Result<VerifiedFeed> updateFeed(const FeedSource &source, const QByteArray &pinnedRoot,
                                TrustStateStore &store, const QDateTime &deviceClock)
{
    auto state = store.load();
    if (!state)
        return Error{state.error()};
    auto feed = verifyFeed(source, pinnedRoot, state.value(), deviceClock);
    if (!feed || feed.value().unchanged)
        return feed;
    if (const Status saved = store.save(feed.value().state); !saved)
        return Error{saved.error()};
    return feed;
}

LinkCheck checkLink(const QString &link, const RootMetadata &root, const Revocations &revocations,
                    const TrustState &state, const QDateTime &deviceClock)
{
    const auto refused = [](LinkProblem problem, const QString &detail) {
        return LinkCheck{std::nullopt, problem, detail};
    };
    auto content = readLink(link);
    if (!content) {
        static const QRegularExpression kringLink(QStringLiteral("^\\s*(kring://|https://[^/#]+/a#)"),
                                                  QRegularExpression::CaseInsensitiveOption);
        return refused(kringLink.match(link).hasMatch() ? LinkProblem::Damaged : LinkProblem::NotALink,
                       content.error());
    }
    if (!content.value().host.isEmpty() && content.value().host != root.linkHost) {
        return refused(LinkProblem::OtherHost,
                       root.linkHost.isEmpty()
                           ? QCoreApplication::translate("Feed", "the link is for %1, and root version %2 "
                                                                 "names no link host: only kring:// links")
                                 .arg(content.value().host)
                                 .arg(root.version)
                           : QCoreApplication::translate("Feed", "the link is for %1, not for %2, the link "
                                                                 "host of root version %3")
                                 .arg(content.value().host, root.linkHost)
                                 .arg(root.version));
    }
    const QString name = QCoreApplication::translate("Feed", "the shared announcement");
    if (auto envelope = parseEnvelope(content.value().envelope, name, maxAnnouncementBytes); !envelope)
        return refused(LinkProblem::Damaged, envelope.error());
    const QDateTime trustedTime = state.trustedTime(deviceClock);
    auto announcement = verifyAnnouncement(content.value().envelope, root, revocations, trustedTime, name);
    if (!announcement) {
        // Only the expiry depends on the time: what verifies at the epoch is out of date, not forged.
        const bool outOfDate = verifyAnnouncement(content.value().envelope, root, revocations,
                                                  QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc()), name)
                                   .ok();
        return refused(outOfDate ? LinkProblem::Expired : LinkProblem::NotConfirmed, announcement.error());
    }
    if (const Status admitted = state.admit(announcement.value(), trustedTime, name); !admitted) {
        const LinkProblem problem = state.isWithdrawn(announcement.value()) ? LinkProblem::Withdrawn
                                    : !state.checkSequence(announcement.value(), name) ? LinkProblem::Replaced
                                                                                       : LinkProblem::Expired;
        return refused(problem, admitted.error());
    }
    return LinkCheck{announcement.value(), LinkProblem::None, QString()};
}

Result<SignedAnnouncement> verifyLinkedAnnouncement(const QString &link, const RootMetadata &root,
                                                    const Revocations &revocations, const TrustState &state,
                                                    const QDateTime &deviceClock)
{
    LinkCheck check = checkLink(link, root, revocations, state, deviceClock);
    if (!check.announcement)
        return Error{check.detail};
    return *std::move(check.announcement);
}

QString linkProblemText(LinkProblem problem)
{
    switch (problem) {
    case LinkProblem::None:
        break;
    case LinkProblem::NotALink:
        return QCoreApplication::translate("Link", "This is not a Kring link.");
    case LinkProblem::Damaged:
        return QCoreApplication::translate("Link", "This link is incomplete or damaged. Ask for the link "
                                                   "again.");
    case LinkProblem::OtherHost:
        return QCoreApplication::translate("Link", "This link does not come from the website of the network, "
                                                   "so Kring does not open it.");
    case LinkProblem::NotChecked:
        return QCoreApplication::translate("Link",
                                           "Kring has not been able to check the group directory yet, "
                                           "so it cannot check this link. Try again later.");
    case LinkProblem::NotConfirmed:
        return QCoreApplication::translate("Link", "Kring cannot confirm that this announcement comes from a "
                                                   "contact person of the group, so it is not shown.");
    case LinkProblem::Expired:
        return QCoreApplication::translate("Link", "This announcement is out of date, so it is not shown.");
    case LinkProblem::Replaced:
        return QCoreApplication::translate("Link", "The contact person has made a newer announcement since; "
                                                   "this one no longer applies.");
    case LinkProblem::Withdrawn:
        return QCoreApplication::translate("Link", "The contact person has withdrawn this announcement.");
    }
    return QString();
}

} // namespace kring::feed
