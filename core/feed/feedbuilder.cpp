// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedbuilder.h"

#include "directory/contactlinks.h"
#include "directory/directoryjson.h"
#include "directoryversion.h"
#include "feedsource.h"
#include "feedverifier.h"
#include "trust/news.h"
#include "trust/sizelimits.h"
#include "json/strictjson.h"

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
    if (path == u"news.json")
        return maxNewsBytes;
    return maxSnapshotBytes;
}

// The news to publish: the newly signed ones (signed by the newest root, not older than those published),
// else those published before while they still verify under the newest root; none when neither.
Result<std::optional<SignedNews>> newsToPublish(const FeedBuildInput &input, const RootMetadata &newest)
{
    std::optional<SignedNews> published;
    if (!input.previousNews.isEmpty()) {
        if (auto previous = verifyNews(input.previousNews, newest, QStringLiteral("news.json")))
            published = previous.value();
    }
    if (input.signedNews.isEmpty())
        return published;
    auto news = verifyNews(input.signedNews, newest, QCoreApplication::translate("Feed", "the signed news"));
    if (!news)
        return Error{news.error()};
    if (published && news.value().news.version < published->news.version) {
        return Error{QCoreApplication::translate("Feed", "the signed news are version %1, older than the "
                                                         "published news (version %2); apps would refuse "
                                                         "them. Sign them again with --published")
                         .arg(news.value().news.version)
                         .arg(published->news.version)};
    }
    if (published && news.value().news.version == published->news.version &&
        news.value().digest != published->digest) {
        return Error{QCoreApplication::translate("Feed",
                                                 "the signed news carry version %1 like the published "
                                                 "news, but differ from them; sign them again with "
                                                 "--published")
                         .arg(news.value().news.version)};
    }
    return std::optional<SignedNews>(news.value());
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

namespace {

// Every root version of `rootChain`, each verified from the pinned first one; the newest last.
Result<QList<RootMetadata>> verifiedRoots(const QList<QByteArray> &rootChain)
{
    if (rootChain.isEmpty())
        return Error{QCoreApplication::translate("Feed", "no root metadata to publish")};
    auto root = verifyPinnedRoot(rootChain.first(), QStringLiteral("root/1.json"));
    QList<RootMetadata> roots; // every version: earlier builds were signed with the root keys of their time
    for (qsizetype i = 1; root && i < rootChain.size(); ++i) {
        roots.append(root.value());
        root = verifyNextRoot(root.value(), rootChain.at(i), QStringLiteral("root/%1.json").arg(i + 1));
    }
    if (!root)
        return Error{root.error()};
    roots.append(root.value());
    return roots;
}

// A contact the app could not call or mail is refused before anyone sees it.
Status checkContactLinks(const Directory &directory)
{
    const QStringList problems = ContactLinks::problems(directory);
    if (problems.isEmpty())
        return Done{};
    return Error{problems.size() == 1 ? problems.first()
                                      : QCoreApplication::translate("Feed", "%1 (and %2 more such problems)")
                                            .arg(problems.first())
                                            .arg(problems.size() - 1)};
}

Status checkRootKeys(const QList<KeyPair> &keys, const RootMetadata &root)
{
    for (const KeyPair &key : keys) {
        if (!root.root.keys.contains(key.publicKey))
            return Error{
                QCoreApplication::translate("Feed", "a root key given is not a key of root version %1")
                    .arg(root.version)};
    }
    return Done{};
}

Result<SignedDirectory> signVerifiedDirectory(const DirectorySigningInput &input,
                                              const QList<RootMetadata> &roots)
{
    if (input.rootKeys.isEmpty())
        return Error{QCoreApplication::translate("Feed",
                                                 "no root key to sign the directory with: sign it where the "
                                                 "root keys are kept (kring-publisher sign-directory) and "
                                                 "build with the signed file")};
    if (const Status keys = checkRootKeys(input.rootKeys, roots.last()); !keys)
        return Error{keys.error()};
    if (const Status strict = json::checkStrictJson(input.directoryJson, QStringLiteral("directory"));
        !strict)
        return Error{strict.error()};
    auto directory = DirectoryJson::parse(input.directoryJson, QStringLiteral("directory"));
    if (!directory)
        return Error{directory.error()};
    if (const Status contacts = checkContactLinks(directory.value()); !contacts)
        return Error{contacts.error()};
    auto stamped = directoryToSign(directory.value(), input.previousDirectory, roots);
    if (!stamped)
        return Error{stamped.error()};
    return SignedDirectory{
        serializeEnvelope(signEnvelope(SignedType::Directory, stamped.value().payload, input.rootKeys)),
        stamped.value().payload, stamped.value().version, directory.value().groups().size()};
}

// A directory signed offline, taken as it is when the newest root's keys signed it and it does not go back
// on the published one: a lower version, or the published version with other contents (signed against an
// older feed), is refused.
Result<SignedDirectory> checkPresignedDirectory(const QByteArray &envelopeBytes,
                                                const QByteArray &previousDirectory,
                                                const QList<RootMetadata> &roots)
{
    const QString name = QStringLiteral("signed directory");
    auto envelope = parseEnvelope(envelopeBytes, name, maxDirectoryBytes);
    if (!envelope)
        return Error{envelope.error()};
    if (const Status signedBy =
            checkSignatures(envelope.value(), SignedType::Directory, roots.last().root, name);
        !signedBy)
        return Error{signedBy.error()};
    auto directory = DirectoryJson::parse(envelope.value().payload, name);
    if (!directory)
        return Error{directory.error()};
    if (const Status contacts = checkContactLinks(directory.value()); !contacts)
        return Error{contacts.error()};
    auto published = readPublishedDirectory(previousDirectory, roots);
    if (!published)
        return Error{published.error()};
    const qint64 version = directory.value().version;
    const qint64 publishedVersion = published.value().version;
    if (version < publishedVersion || version < 1)
        return Error{QCoreApplication::translate("Feed",
                                                 "%1: version %2 is older than the published directory "
                                                 "(version %3); apps never go back: sign it again with "
                                                 "--published and the published directory.json")
                         .arg(name)
                         .arg(version)
                         .arg(publishedVersion)};
    if (version == publishedVersion && envelope.value().payload != published.value().payload)
        return Error{QCoreApplication::translate("Feed",
                                                 "%1: version %2 is already published with other contents; "
                                                 "sign it again with --published and the published "
                                                 "directory.json")
                         .arg(name)
                         .arg(version)};
    return SignedDirectory{envelopeBytes, envelope.value().payload, version,
                           directory.value().groups().size()};
}

} // namespace

Result<SignedDirectory> signDirectory(const DirectorySigningInput &input)
{
    auto roots = verifiedRoots(input.rootChain);
    if (!roots)
        return Error{roots.error()};
    return signVerifiedDirectory(input, roots.value());
}

namespace {

// The root keys must be those of the newest root version, the feed key one of its feed keys.
Status checkSigningKeys(const FeedBuildInput &input, const RootMetadata &newest)
{
    if (const Status keys = checkRootKeys(input.rootKeys, newest); !keys)
        return keys;
    if (!newest.feed.keys.contains(input.feedKey.publicKey))
        return Error{QCoreApplication::translate("Feed", "the feed key is not a feed key of root version %1")
                         .arg(newest.version)};
    return Done{};
}

// The team's directory signed here with the root keys, or the one signed offline.
Result<SignedDirectory> directoryToPublish(const FeedBuildInput &input, const QList<RootMetadata> &roots)
{
    if (!input.signedDirectory.isEmpty())
        return checkPresignedDirectory(input.signedDirectory, input.previousDirectory, roots);
    return signVerifiedDirectory(
        {input.rootChain, input.rootKeys, input.directoryJson, input.previousDirectory}, roots);
}

// An announcement with the name it is reported under.
struct NamedEnvelope {
    QString name;
    QByteArray bytes;
};

// The announcements of the previous build, in their order.
Result<QList<NamedEnvelope>> publishedAnnouncements(const QByteArray &previousAnnouncements)
{
    QList<NamedEnvelope> published;
    if (previousAnnouncements.isEmpty())
        return published;
    auto previous = parseAnnouncementsFile(previousAnnouncements, QStringLiteral("announcements.json"));
    if (!previous)
        return Error{previous.error()};
    for (qsizetype i = 0; i < previous.value().size(); ++i)
        published.append(
            {QStringLiteral("announcements.json: announcement %1").arg(i + 1), previous.value()[i]});
    return published;
}

struct InboxAnnouncement {
    QString name;
    SignedAnnouncement announcement;
};

// The inbox's announcements that verify, in sequence order; the others are reported in `dropped`.
QList<InboxAnnouncement> verifiedInbox(const FeedBuildInput &input, const RootMetadata &newest,
                                       const Revocations &revocations, QStringList &dropped)
{
    QList<InboxAnnouncement> inbox;
    for (const InboxItem &item : input.inbox) {
        if (!item.problem.isEmpty()) {
            dropped.append(QStringLiteral("%1: %2").arg(item.name, item.problem));
            continue;
        }
        auto announcement = verifyAnnouncement(item.bytes, newest, revocations, input.now, item.name);
        if (!announcement) {
            dropped.append(announcement.error());
            continue;
        }
        inbox.append({item.name, announcement.value()});
    }
    std::stable_sort(inbox.begin(), inbox.end(), [](const InboxAnnouncement &a, const InboxAnnouncement &b) {
        return a.announcement.payload.sequence < b.announcement.payload.sequence;
    });
    return inbox;
}

// Takes announcements one by one as an app would: no duplicates, nothing its contact person withdrew, no
// sequence number at or below one taken or published before. A withdrawal takes the announcement it withdraws
// out. Only refusals of the inbox are reported: published ones that no longer hold are removed without a
// word.
class AnnouncementSelection
{
public:
    AnnouncementSelection(const FeedBuildInput &input, FeedBuildOutput &output)
        : m_input(input)
        , m_output(output)
    {}

    void take(const QString &name, const SignedAnnouncement &announcement, bool fromInbox);
    [[nodiscard]] const QList<SignedAnnouncement> &kept() const { return m_kept; }

private:
    void drop(bool fromInbox, const QString &problem)
    {
        if (fromInbox)
            m_output.dropped.append(problem);
    }

    const FeedBuildInput &m_input;
    FeedBuildOutput &m_output;
    TrustState m_state;
    QSet<QByteArray> m_digests;
    QList<SignedAnnouncement> m_kept;
};

void AnnouncementSelection::take(const QString &name, const SignedAnnouncement &announcement, bool fromInbox)
{
    if (m_digests.contains(announcement.digest))
        return; // already published
    if (m_state.isWithdrawn(announcement)) {
        drop(fromInbox,
             QCoreApplication::translate("Feed", "%1: withdrawn by its contact person; refused").arg(name));
        return;
    }
    const auto withdrawn =
        announcement.payload.kind == AnnouncementKind::Withdraw
            ? std::find_if(m_kept.begin(), m_kept.end(),
                           [&](const auto &item) { return item.digest == announcement.payload.withdraws; })
            : m_kept.end();
    if (withdrawn != m_kept.end()) {
        if (const QString problem = withdrawalProblem(name, announcement, *withdrawn); !problem.isEmpty()) {
            drop(fromInbox, problem);
            return;
        }
    }
    if (const qint64 published = m_input.publishedSequences.highest(announcement);
        fromInbox && announcement.payload.sequence <= published) {
        drop(fromInbox, olderThanPublished(name, announcement, published));
        return;
    }
    // Published ones were accepted while their certificate was valid; a new one must be taken now.
    const Status admitted = fromInbox ? m_state.admit(announcement, m_input.now, name)
                                      : m_state.checkSequence(announcement, name);
    if (!admitted) {
        drop(fromInbox, admitted.error());
        return;
    }
    if (withdrawn != m_kept.end()) {
        // Taken back: no longer published; the withdrawal stays until it expires.
        m_digests.remove(withdrawn->digest);
        m_kept.erase(withdrawn);
    }
    m_state.record(announcement, m_input.now);
    m_output.publishedSequences.record(announcement);
    m_digests.insert(announcement.digest);
    m_kept.append(announcement);
}

// Announcements already published first (in their order), then the inbox in sequence order, so that a
// contact person's announcements are taken oldest first. Records their sequence numbers and what was dropped
// in `output`.
Result<QList<SignedAnnouncement>> announcementsToPublish(const FeedBuildInput &input,
                                                         const RootMetadata &newest,
                                                         const Revocations &revocations,
                                                         FeedBuildOutput &output)
{
    const auto published = publishedAnnouncements(input.previousAnnouncements);
    if (!published)
        return Error{published.error()};
    const QList<InboxAnnouncement> inbox = verifiedInbox(input, newest, revocations, output.dropped);
    AnnouncementSelection selection(input, output);
    for (const NamedEnvelope &envelope : published.value()) {
        // Expired or revoked since the last build: removed without a word.
        auto announcement = verifyAnnouncement(envelope.bytes, newest, revocations, input.now, envelope.name);
        if (announcement)
            selection.take(envelope.name, announcement.value(), false);
    }
    for (const InboxAnnouncement &item : inbox)
        selection.take(item.name, item.announcement, true);
    return selection.kept();
}

// The files a build publishes, signed by the feed key in the snapshot.
struct FeedFiles {
    QByteArray directory;
    QByteArray announcements;
    std::optional<SignedNews> news;
};

QByteArray signedSnapshot(const FeedBuildInput &input, const RootMetadata &newest, qint64 version,
                          const FeedFiles &files)
{
    Snapshot snapshot;
    snapshot.version = version;
    snapshot.issued = input.now.toUTC();
    snapshot.expires = snapshot.issued.addDays(input.expiresDays);
    snapshot.rootVersion = newest.version;
    snapshot.root = fileMeta(input.rootChain.last());
    snapshot.directory = fileMeta(files.directory);
    snapshot.revocations = fileMeta(input.revocations);
    snapshot.announcements = fileMeta(files.announcements);
    if (files.news)
        snapshot.news = fileMeta(files.news->envelope);
    return serializeEnvelope(signEnvelope(SignedType::Snapshot, snapshotPayload(snapshot), {input.feedKey}));
}

// The feed's files in `output`, the snapshot last; refused when one is over its size cap.
Status addFeedFiles(const FeedBuildInput &input, const RootMetadata &newest, FeedFiles files,
                    FeedBuildOutput &output)
{
    const QByteArray snapshot = signedSnapshot(input, newest, output.version, files);
    for (qsizetype i = 0; i < input.rootChain.size(); ++i)
        output.files.append({QStringLiteral("root/%1.json").arg(i + 1), input.rootChain[i]});
    output.files.append({QStringLiteral("directory.json"), std::move(files.directory)});
    output.files.append({QStringLiteral("revocations.json"), input.revocations});
    output.files.append({QStringLiteral("announcements.json"), files.announcements});
    if (files.news) {
        output.files.append({QStringLiteral("news.json"), files.news->envelope});
        output.newsVersion = files.news->news.version;
        output.newsItems = files.news->news.items.size();
    }
    output.files.append({QStringLiteral("snapshot.json"), snapshot});
    return checkSizeCaps(output.files);
}

} // namespace

Result<FeedBuildOutput> buildFeed(const FeedBuildInput &input)
{
    auto roots = verifiedRoots(input.rootChain);
    if (!roots)
        return Error{roots.error()};
    const RootMetadata &newest = roots.value().last();
    if (const Status keys = checkSigningKeys(input, newest); !keys)
        return Error{keys.error()};
    const auto signedDirectory = directoryToPublish(input, roots.value());
    if (!signedDirectory)
        return Error{signedDirectory.error()};
    const auto revocations = verifyRevocations(input.revocations, newest, QStringLiteral("revocations.json"));
    if (!revocations)
        return Error{revocations.error()};
    const auto news = newsToPublish(input, newest);
    if (!news)
        return Error{news.error()};
    const auto version = nextSnapshotVersion(input.previousSnapshot, newest);
    if (!version)
        return Error{version.error()};

    FeedBuildOutput output;
    output.version = version.value();
    output.publishedSequences = input.publishedSequences;
    const auto kept = announcementsToPublish(input, newest, revocations.value(), output);
    if (!kept)
        return Error{kept.error()};
    QList<QByteArray> envelopes;
    for (const SignedAnnouncement &announcement : kept.value())
        envelopes.append(announcement.envelope);
    if (const Status files = addFeedFiles(
            input, newest, {signedDirectory.value().envelope, announcementsFile(envelopes), news.value()},
            output);
        !files)
        return Error{files.error()};

    output.directoryVersion = signedDirectory.value().version;
    if (auto published = readPublishedDirectory(input.previousDirectory, roots.value()); published)
        output.previousDirectoryPayload = published.value().payload;
    output.directoryPayload = signedDirectory.value().payload;
    output.groups = signedDirectory.value().groups;
    output.announcements = kept.value().size();
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
