// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedbuilder.h"

#include "directory/contactlinks.h"
#include "directory/directoryjson.h"
#include "directoryversion.h"
#include "feedsource.h"
#include "feedverifier.h"
#include "strictjson.h"
#include "trust/sizelimits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <algorithm>

namespace kring::feed {

using namespace trust;

namespace {

qint64 sizeCapOf(const QString &path)
{
    if (path.startsWith(u"root/"))
        return maxRootBytes;
    if (path == u"directory.json")
        return maxDirectoryBytes;
    if (path == u"revocations.json")
        return maxRevocationsBytes;
    if (path == u"announcements.json")
        return maxAnnouncementsBytes;
    return maxSnapshotBytes;
}

// A file within the cap apps read it with: a feed that no app would take is not written.
Status checkSizeCap(const QString &path, qint64 size)
{
    if (size <= sizeCapOf(path))
        return Done{};
    return Error{QCoreApplication::translate("Feed",
                                             "%1 would be %2 bytes, over the %3 bytes apps accept (a signed "
                                             "file is about 4/3 of what it signs); nothing was written")
                     .arg(path)
                     .arg(size)
                     .arg(sizeCapOf(path))};
}

Status checkSizeCaps(const QList<std::pair<QString, QByteArray>> &files)
{
    for (const auto &[path, bytes] : files) {
        if (const Status fits = checkSizeCap(path, bytes.size()); !fits)
            return fits;
    }
    return Done{};
}

// The directory as this build signs it: the team's directory with its version, its envelope within the cap.
Result<PublishedDirectory> directoryToSign(const Directory &directory, const QByteArray &previousDirectory,
                                           const QList<RootMetadata> &roots)
{
    auto published = readPublishedDirectory(previousDirectory, roots);
    if (!published)
        return Error{published.error()};
    auto stamped = stampDirectory(directory, published.value());
    if (!stamped)
        return stamped;
    const qint64 base64Size = (stamped.value().payload.size() + 2) / 3 * 4;
    if (const Status fits = checkSizeCap(QStringLiteral("directory.json"), base64Size); !fits)
        return Error{fits.error()};
    return stamped;
}

// One above the previous snapshot's version (1 for the first build), at most 2^52.
Result<qint64> nextSnapshotVersion(const QByteArray &previousSnapshot, const RootMetadata &root)
{
    if (previousSnapshot.isEmpty())
        return qint64(1);
    auto previous = verifySnapshot(previousSnapshot, root, QStringLiteral("previous snapshot.json"));
    if (!previous)
        return Error{previous.error()};
    if (previous.value().version >= maxVersionNumber)
        return Error{QCoreApplication::translate("Feed",
                                                 "snapshot version %1 would be above %2, the highest apps "
                                                 "accept; nothing was written")
                         .arg(previous.value().version + 1)
                         .arg(maxVersionNumber)};
    return previous.value().version + 1;
}

QString olderThanPublished(const QString &name, const SignedAnnouncement &announcement, qint64 published)
{
    return QCoreApplication::translate("Feed", "%1: sequence number %2 is a replay or older than the newest "
                                               "published (%3) from this contact person; refused")
        .arg(name)
        .arg(announcement.payload.sequence)
        .arg(published);
}

// Why a withdrawal may not take back `withdrawn` (published or taken in this build); empty when it may.
QString withdrawalProblem(const QString &name, const SignedAnnouncement &withdrawal,
                          const SignedAnnouncement &withdrawn)
{
    if (withdrawn.contactKeyId != withdrawal.contactKeyId ||
        withdrawn.payload.group != withdrawal.payload.group)
        return QCoreApplication::translate("Feed", "%1: withdraws an announcement of another contact key or "
                                                   "group; a contact person may withdraw only their own; "
                                                   "refused")
            .arg(name);
    if (withdrawn.payload.kind == AnnouncementKind::Withdraw)
        return QCoreApplication::translate("Feed", "%1: a withdrawal cannot be withdrawn; refused").arg(name);
    if (withdrawal.payload.expires < withdrawn.payload.expires)
        return QCoreApplication::translate("Feed", "%1: expires on %2, before the announcement it withdraws "
                                                   "(%3); phones holding that one would not see it; refused")
            .arg(name, formatTime(withdrawal.payload.expires), formatTime(withdrawn.payload.expires));
    return QString();
}

} // namespace

QList<InboxItem> readInbox(const QString &directory)
{
    QList<InboxItem> items;
    const QDir dir(directory);
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        InboxItem item{info.fileName(), {}, {}};
        QFile file(info.filePath());
        if (info.size() > maxAnnouncementBytes)
            item.problem = tooLarge(info.fileName(), info.size(), maxAnnouncementBytes);
        else if (!file.open(QIODevice::ReadOnly))
            item.problem = QCoreApplication::translate("Feed", "cannot be read: %1").arg(file.errorString());
        else
            item.bytes = file.read(maxAnnouncementBytes + 1);
        if (item.problem.isEmpty() && item.bytes.size() > maxAnnouncementBytes)
            item.problem = tooLarge(info.fileName(), item.bytes.size(), maxAnnouncementBytes);
        items.append(item);
    }
    return items;
}

Result<FeedBuildOutput> buildFeed(const FeedBuildInput &input)
{
    if (input.rootChain.isEmpty())
        return Error{QCoreApplication::translate("Feed", "no root metadata to publish")};
    auto root = verifyPinnedRoot(input.rootChain.first(), QStringLiteral("root/1.json"));
    QList<RootMetadata> roots; // every version: earlier builds were signed with the root keys of their time
    for (qsizetype i = 1; root && i < input.rootChain.size(); ++i) {
        roots.append(root.value());
        root = verifyNextRoot(root.value(), input.rootChain.at(i), QStringLiteral("root/%1.json").arg(i + 1));
    }
    if (!root)
        return Error{root.error()};
    roots.append(root.value());
    for (const KeyPair &key : input.rootKeys) {
        if (!root.value().root.keys.contains(key.publicKey))
            return Error{
                QCoreApplication::translate("Feed", "a root key given is not a key of root version %1")
                    .arg(root.value().version)};
    }
    if (!root.value().feed.keys.contains(input.feedKey.publicKey))
        return Error{QCoreApplication::translate("Feed", "the feed key is not a feed key of root version %1")
                         .arg(root.value().version)};

    if (const Status strict = checkStrictJson(input.directoryJson, QStringLiteral("directory")); !strict)
        return Error{strict.error()};
    auto directory = DirectoryJson::parse(input.directoryJson, QStringLiteral("directory"));
    if (!directory)
        return Error{directory.error()};
    // A contact the app could not call or mail is refused here, before anyone sees it.
    if (const QStringList problems = ContactLinks::problems(directory.value()); !problems.isEmpty())
        return Error{problems.size() == 1
                         ? problems.first()
                         : QCoreApplication::translate("Feed", "%1 (and %2 more such problems)")
                               .arg(problems.first())
                               .arg(problems.size() - 1)};
    auto signedDirectory = directoryToSign(directory.value(), input.previousDirectory, roots);
    if (!signedDirectory)
        return Error{signedDirectory.error()};
    auto revocations = verifyRevocations(input.revocations, root.value(), QStringLiteral("revocations.json"));
    if (!revocations)
        return Error{revocations.error()};

    const auto version = nextSnapshotVersion(input.previousSnapshot, root.value());
    if (!version)
        return Error{version.error()};
    FeedBuildOutput output;
    output.version = version.value();
    output.publishedSequences = input.publishedSequences;

    // Announcements already published first (in their order), then the inbox in sequence order, so that
    // a contact person's announcements are taken oldest first.
    TrustState state;
    QList<SignedAnnouncement> kept;
    QList<std::pair<QString, QByteArray>> candidates;
    if (!input.previousAnnouncements.isEmpty()) {
        auto previous =
            parseAnnouncementsFile(input.previousAnnouncements, QStringLiteral("announcements.json"));
        if (!previous)
            return Error{previous.error()};
        for (qsizetype i = 0; i < previous.value().size(); ++i)
            candidates.append(
                {QStringLiteral("announcements.json: announcement %1").arg(i + 1), previous.value()[i]});
    }
    const qsizetype published = candidates.size();
    QList<std::tuple<qint64, QString, QByteArray, SignedAnnouncement>> inbox;
    for (const InboxItem &item : input.inbox) {
        if (!item.problem.isEmpty()) {
            output.dropped.append(QStringLiteral("%1: %2").arg(item.name, item.problem));
            continue;
        }
        auto announcement =
            verifyAnnouncement(item.bytes, root.value(), revocations.value(), input.now, item.name);
        if (!announcement) {
            output.dropped.append(announcement.error());
            continue;
        }
        inbox.append({announcement.value().payload.sequence, item.name, item.bytes, announcement.value()});
    }
    std::stable_sort(inbox.begin(), inbox.end(),
                     [](const auto &a, const auto &b) { return std::get<0>(a) < std::get<0>(b); });

    QSet<QByteArray> digests;
    const auto take = [&](const QString &name, const SignedAnnouncement &announcement, bool fromInbox) {
        if (digests.contains(announcement.digest))
            return; // already published
        if (state.isWithdrawn(announcement)) {
            if (fromInbox)
                output.dropped.append(
                    QCoreApplication::translate("Feed", "%1: withdrawn by its contact person; refused")
                        .arg(name));
            return;
        }
        const auto withdrawn = announcement.payload.kind == AnnouncementKind::Withdraw
                                   ? std::find_if(kept.begin(), kept.end(),
                                                  [&](const auto &item) {
                                                      return item.digest == announcement.payload.withdraws;
                                                  })
                                   : kept.end();
        if (withdrawn != kept.end()) {
            if (const QString problem = withdrawalProblem(name, announcement, *withdrawn);
                !problem.isEmpty()) {
                if (fromInbox)
                    output.dropped.append(problem);
                return;
            }
        }
        if (const qint64 published = input.publishedSequences.highest(announcement);
            fromInbox && announcement.payload.sequence <= published) {
            output.dropped.append(olderThanPublished(name, announcement, published));
            return;
        }
        // Published ones were accepted while their certificate was valid; a new one must be taken now.
        const Status admitted =
            fromInbox ? state.admit(announcement, input.now, name) : state.checkSequence(announcement, name);
        if (!admitted) {
            if (fromInbox)
                output.dropped.append(admitted.error());
            return;
        }
        if (withdrawn != kept.end()) {
            // Taken back: no longer published; the withdrawal stays until it expires.
            digests.remove(withdrawn->digest);
            kept.erase(withdrawn);
        }
        state.record(announcement, input.now);
        output.publishedSequences.record(announcement);
        digests.insert(announcement.digest);
        kept.append(announcement);
    };
    for (qsizetype i = 0; i < published; ++i) {
        // Expired or revoked since the last build: removed without a word.
        auto announcement = verifyAnnouncement(candidates[i].second, root.value(), revocations.value(),
                                               input.now, candidates[i].first);
        if (announcement)
            take(candidates[i].first, announcement.value(), false);
    }
    for (const auto &[sequence, name, bytes, announcement] : std::as_const(inbox))
        take(name, announcement, true);

    QByteArray directoryEnvelope = serializeEnvelope(
        signEnvelope(SignedType::Directory, signedDirectory.value().payload, input.rootKeys));
    QList<QByteArray> envelopes;
    for (const SignedAnnouncement &announcement : std::as_const(kept))
        envelopes.append(announcement.envelope);
    const QByteArray announcements = announcementsFile(envelopes);

    Snapshot snapshot;
    snapshot.version = output.version;
    snapshot.issued = input.now.toUTC();
    snapshot.expires = snapshot.issued.addDays(input.expiresDays);
    snapshot.rootVersion = root.value().version;
    snapshot.root = fileMeta(input.rootChain.last());
    snapshot.directory = fileMeta(directoryEnvelope);
    snapshot.revocations = fileMeta(input.revocations);
    snapshot.announcements = fileMeta(announcements);
    const QByteArray snapshotBytes =
        serializeEnvelope(signEnvelope(SignedType::Snapshot, snapshotPayload(snapshot), {input.feedKey}));

    for (qsizetype i = 0; i < input.rootChain.size(); ++i)
        output.files.append({QStringLiteral("root/%1.json").arg(i + 1), input.rootChain[i]});
    output.files.append({QStringLiteral("directory.json"), std::move(directoryEnvelope)});
    output.files.append({QStringLiteral("revocations.json"), input.revocations});
    output.files.append({QStringLiteral("announcements.json"), announcements});
    output.files.append({QStringLiteral("snapshot.json"), snapshotBytes});
    if (const Status sizes = checkSizeCaps(output.files); !sizes)
        return Error{sizes.error()};
    output.directoryVersion = signedDirectory.value().version;
    if (auto published = readPublishedDirectory(input.previousDirectory, roots); published)
        output.previousDirectoryPayload = published.value().payload;
    output.directoryPayload = signedDirectory.value().payload;
    output.groups = directory.value().groups().size();
    output.announcements = kept.size();
    return output;
}

Status writeFeed(const QString &feedDirectory, const FeedBuildOutput &output)
{
    for (const auto &[path, bytes] : output.files) {
        const QString target = feedDirectory + QLatin1Char('/') + path;
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return Error{QCoreApplication::translate("Feed", "%1: cannot create the folder").arg(target)};
        QSaveFile file(target);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            return Error{
                QCoreApplication::translate("Feed", "%1: cannot write: %2").arg(target, file.errorString())};
        }
    }
    return Done{};
}

} // namespace kring::feed
