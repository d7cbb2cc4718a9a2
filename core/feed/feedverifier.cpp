// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedverifier.h"

#include "directory/directoryjson.h"
#include "strictjson.h"
#include "trust/fields.h"
#include "trust/sizelimits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

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

Result<Directory> verifyDirectory(const QByteArray &bytes, const RootMetadata &root, const QString &path)
{
    auto envelope = parseEnvelope(bytes, path, maxDirectoryBytes);
    if (!envelope)
        return Error{envelope.error()};
    if (const Status signed_ = checkSignatures(envelope.value(), SignedType::Directory, root.root, path);
        !signed_)
        return Error{signed_.error()};
    if (const Status strict = checkStrictJson(envelope.value().payload, path); !strict)
        return Error{strict.error()};
    return DirectoryJson::parse(envelope.value().payload, path);
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
    auto object = parseStrictObject(bytes, sourceName);
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

Result<VerifiedFeed> verifyFeed(const FeedSource &source, const QByteArray &pinnedRoot,
                                const TrustState &state, const QDateTime &deviceClock)
{
    auto pinned = verifyPinnedRoot(pinnedRoot, QCoreApplication::translate("Feed", "the pinned root"));
    if (!pinned)
        return Error{pinned.error()};
    VerifiedFeed feed;
    const QDateTime trustedTime = state.trustedTime(deviceClock);

    feed.root = pinned.value();
    QByteArray rootBytes = pinnedRoot;
    for (;;) {
        const QString path = rootPath(feed.root.version + 1);
        auto next = source.read(path, maxRootBytes);
        if (!next)
            return Error{next.error()};
        if (!next.value())
            break;
        auto root = verifyNextRoot(feed.root, *next.value(), path);
        if (!root)
            return Error{root.error()};
        feed.root = root.value();
        rootBytes = *next.value();
    }
    if (feed.root.version < state.rootVersion) {
        return Error{QCoreApplication::translate("Feed",
                                                 "the feed's newest root is version %1, older than version "
                                                 "%2 already trusted; refused")
                         .arg(feed.root.version)
                         .arg(state.rootVersion)};
    }
    if (trustedTime > feed.root.expires) {
        return Error{QCoreApplication::translate("Feed",
                                                 "%1: root version %2 expired on %3; the network has to "
                                                 "publish a new root")
                         .arg(rootPath(feed.root.version))
                         .arg(feed.root.version)
                         .arg(formatTime(feed.root.expires))};
    }

    const QString snapshotPath = QStringLiteral("snapshot.json");
    auto snapshotBytes = readRequired(source, snapshotPath, maxSnapshotBytes);
    if (!snapshotBytes)
        return Error{snapshotBytes.error()};
    auto snapshot = verifySnapshot(snapshotBytes.value(), feed.root, snapshotPath);
    if (!snapshot)
        return Error{snapshot.error()};
    feed.snapshot = snapshot.value();
    if (feed.snapshot.version < state.snapshotVersion) {
        return Error{QCoreApplication::translate("Feed",
                                                 "%1: version %2 is older than version %3 already seen; "
                                                 "refused (an old feed was served again)")
                         .arg(snapshotPath)
                         .arg(feed.snapshot.version)
                         .arg(state.snapshotVersion)};
    }
    feed.unchanged = feed.snapshot.version == state.snapshotVersion;
    if (trustedTime > feed.snapshot.expires) {
        return Error{QCoreApplication::translate("Feed",
                                                 "%1: expired on %2; the feed is not fresh, so the last "
                                                 "checked directory stays in use")
                         .arg(snapshotPath, formatTime(feed.snapshot.expires))};
    }
    if (feed.snapshot.rootVersion != feed.root.version) {
        return Error{QCoreApplication::translate("Feed",
                                                 "%1: lists root version %2, but the feed's newest root "
                                                 "is version %3; refused")
                         .arg(snapshotPath)
                         .arg(feed.snapshot.rootVersion)
                         .arg(feed.root.version)};
    }

    auto listedRoot = source.read(rootPath(feed.root.version), maxRootBytes);
    if (!listedRoot)
        return Error{listedRoot.error()};
    if (listedRoot.value())
        rootBytes = *listedRoot.value();
    if (fileMeta(rootBytes) != feed.snapshot.root) {
        return Error{
            QCoreApplication::translate("Feed", "%1: differs from the root the snapshot lists; refused")
                .arg(rootPath(feed.root.version))};
    }

    const QString directoryPath = QStringLiteral("directory.json");
    auto directoryBytes = readListed(source, directoryPath, maxDirectoryBytes, feed.snapshot.directory);
    if (!directoryBytes)
        return Error{directoryBytes.error()};
    auto directory = verifyDirectory(directoryBytes.value(), feed.root, directoryPath);
    if (!directory)
        return Error{directory.error()};
    feed.directory = std::move(directory.value());

    const QString revocationsPath = QStringLiteral("revocations.json");
    auto revocationsBytes =
        readListed(source, revocationsPath, maxRevocationsBytes, feed.snapshot.revocations);
    if (!revocationsBytes)
        return Error{revocationsBytes.error()};
    auto revocations = verifyRevocations(revocationsBytes.value(), feed.root, revocationsPath);
    if (!revocations)
        return Error{revocations.error()};
    feed.revocations = revocations.value();
    if (feed.revocations.version < state.revocationsVersion) {
        return Error{QCoreApplication::translate("Feed",
                                                 "%1: version %2 is older than version %3 already seen; "
                                                 "refused")
                         .arg(revocationsPath)
                         .arg(feed.revocations.version)
                         .arg(state.revocationsVersion)};
    }

    const QString announcementsPath = QStringLiteral("announcements.json");
    auto announcementsBytes =
        readListed(source, announcementsPath, maxAnnouncementsBytes, feed.snapshot.announcements);
    if (!announcementsBytes)
        return Error{announcementsBytes.error()};
    auto envelopes = parseAnnouncementsFile(announcementsBytes.value(), announcementsPath);
    if (!envelopes)
        return Error{envelopes.error()};

    feed.state = state;
    feed.state.rootVersion = feed.root.version;
    feed.state.snapshotVersion = feed.snapshot.version;
    feed.state.revocationsVersion = feed.revocations.version;
    if (!feed.state.newestIssued.isValid() || feed.snapshot.issued > feed.state.newestIssued)
        feed.state.newestIssued = feed.snapshot.issued;
    for (qsizetype i = 0; i < envelopes.value().size(); ++i) {
        const QString itemName =
            QCoreApplication::translate("Feed", "%1: announcement %2").arg(announcementsPath).arg(i + 1);
        auto announcement =
            verifyAnnouncement(envelopes.value().at(i), feed.root, feed.revocations, trustedTime, itemName);
        if (announcement) {
            if (const Status sequence = feed.state.checkSequence(announcement.value(), itemName); !sequence)
                announcement = Error{sequence.error()};
        }
        if (!announcement) {
            feed.droppedAnnouncements.append(announcement.error());
            continue;
        }
        feed.state.record(announcement.value(), trustedTime);
        feed.announcements.append(announcement.value());
    }
    if (feed.unchanged)
        feed.state = state;
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

Result<SignedAnnouncement> verifyLinkedAnnouncement(const QString &link, const RootMetadata &root,
                                                    const Revocations &revocations, const TrustState &state,
                                                    const QDateTime &deviceClock)
{
    auto envelope = envelopeFromLink(link);
    if (!envelope)
        return Error{envelope.error()};
    const QString name = QCoreApplication::translate("Feed", "the shared announcement");
    auto announcement =
        verifyAnnouncement(envelope.value(), root, revocations, state.trustedTime(deviceClock), name);
    if (!announcement)
        return announcement;
    if (const Status sequence = state.checkSequence(announcement.value(), name); !sequence)
        return Error{sequence.error()};
    return announcement;
}

} // namespace kring::feed
