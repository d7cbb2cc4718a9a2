// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedbuilder.h"

#include "directory/directoryjson.h"
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
    for (qsizetype i = 1; root && i < input.rootChain.size(); ++i)
        root = verifyNextRoot(root.value(), input.rootChain.at(i), QStringLiteral("root/%1.json").arg(i + 1));
    if (!root)
        return Error{root.error()};
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
    auto revocations = verifyRevocations(input.revocations, root.value(), QStringLiteral("revocations.json"));
    if (!revocations)
        return Error{revocations.error()};

    FeedBuildOutput output;
    output.version = 1;
    if (!input.previousSnapshot.isEmpty()) {
        auto previous =
            verifySnapshot(input.previousSnapshot, root.value(), QStringLiteral("previous snapshot.json"));
        if (!previous)
            return Error{previous.error()};
        output.version = previous.value().version + 1;
    }

    // Announcements already published first (in their order), then the inbox in sequence order, so that
    // a contact person's announcements are taken oldest first.
    TrustState state;
    QList<QByteArray> kept;
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
    const auto take = [&](const QString &name, const QByteArray &bytes,
                          const SignedAnnouncement &announcement, bool fromInbox) {
        if (digests.contains(announcement.digest))
            return; // already published
        // Published ones were accepted while their certificate was valid; a new one must be taken now.
        const Status admitted =
            fromInbox ? state.admit(announcement, input.now, name) : state.checkSequence(announcement, name);
        if (!admitted) {
            if (fromInbox)
                output.dropped.append(admitted.error());
            return;
        }
        state.record(announcement, input.now);
        digests.insert(announcement.digest);
        kept.append(bytes);
    };
    for (qsizetype i = 0; i < published; ++i) {
        // Expired or revoked since the last build: removed without a word.
        auto announcement = verifyAnnouncement(candidates[i].second, root.value(), revocations.value(),
                                               input.now, candidates[i].first);
        if (announcement)
            take(candidates[i].first, candidates[i].second, announcement.value(), false);
    }
    for (const auto &[sequence, name, bytes, announcement] : std::as_const(inbox))
        take(name, bytes, announcement, true);

    QByteArray directoryEnvelope =
        serializeEnvelope(signEnvelope(SignedType::Directory, input.directoryJson, input.rootKeys));
    const QByteArray announcements = announcementsFile(kept);

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
