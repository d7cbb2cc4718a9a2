// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedcommands.h"

#include "trustoptions.h"

#include "reviewcommands.h"
#include "terminaltext.h"

#include "feed/feedbuilder.h"
#include "feed/feedverifier.h"
#include "trust/keydirectory.h"
#include "trust/sizelimits.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

using namespace kring;
using namespace kring::trust;

namespace {

// What the previous build wrote into `feedDirectory` and the next one goes on from, each file within its cap.
Status readPreviousFeed(const QString &feedDirectory, feed::FeedBuildInput &input)
{
    for (auto [name, target, cap] :
         {std::tuple{"snapshot.json", &input.previousSnapshot, maxSnapshotBytes},
          std::tuple{"directory.json", &input.previousDirectory, maxDirectoryBytes},
          std::tuple{"announcements.json", &input.previousAnnouncements, maxAnnouncementsBytes},
          std::tuple{"news.json", &input.previousNews, maxNewsBytes}}) {
        const QString path = feedDirectory + QLatin1Char('/') + QLatin1StringView(name);
        if (!QFile::exists(path))
            continue;
        auto bytes = readFile(path, cap);
        if (!bytes)
            return Error{bytes.error()};
        *target = bytes.value();
    }
    return Done{};
}

// A signed file ({"payload": .., "signatures": [..]}) rather than the team's directory.
bool isEnvelope(const QByteArray &bytes)
{
    return bool(parseEnvelope(bytes, QString(), maxDirectoryBytes));
}

} // namespace

int runBuild(const QStringList &arguments)
{
    CommandLine options(QStringLiteral("build"), arguments,
                        {"keys", "directory", "inbox", "news", "out", "expires-days", "now"});
    if (!usable(options, {"keys", "directory", "out"}))
        return exitUsage;
    const auto now = nowOption(options);
    const auto expiresDays = numberOption(options, "expires-days", defaultSnapshotDays, 1, 366);
    if (!now || !expiresDays)
        return options.usageError(
            QStringLiteral("--expires-days: expected 1 to 366; --now: an ISO 8601 date-time"));
    auto keys = KeyDirectory::open(options.value("keys"));
    if (!keys)
        return options.reject(keys.error());
    auto directory = readFile(options.value("directory"), maxDirectoryBytes);
    if (!directory)
        return options.reject(directory.error());

    const QString feedDirectory = options.value("out") + QStringLiteral("/feed");
    feed::FeedBuildInput input;
    input.rootChain = keys.value().rootChain();
    input.rootKeys = keys.value().rootKeys();
    input.feedKey = keys.value().feedKey();
    if (isEnvelope(directory.value()))
        input.signedDirectory = directory.value();
    else
        input.directoryJson = directory.value();
    input.revocations = keys.value().revocations();
    input.now = *now;
    input.expiresDays = *expiresDays;
    if (options.has("news")) {
        auto news = readFile(options.value("news"), maxNewsBytes);
        if (!news)
            return options.reject(news.error());
        input.signedNews = news.value();
    }
    if (const Status previous = readPreviousFeed(feedDirectory, input); !previous)
        return options.reject(previous.error());
    auto sequences = keys.value().publishedSequences();
    if (!sequences)
        return options.reject(sequences.error());
    input.publishedSequences = sequences.value();
    if (options.has("inbox") && !QDir(options.value("inbox")).exists())
        return options.reject(QStringLiteral("%1: no such inbox folder").arg(options.value("inbox")));
    if (options.has("inbox"))
        input.inbox = feed::readInbox(options.value("inbox"));

    auto output = feed::buildFeed(input);
    if (!output)
        return options.reject(output.error());
    for (const QString &line : std::as_const(output.value().dropped))
        printTerminalLine(stderr, QStringLiteral("dropped ") + line);
    if (const Status written = feed::writeFeed(feedDirectory, output.value()); !written)
        return options.reject(written.error());
    if (const Status kept = keys.value().writePublishedSequences(output.value().publishedSequences); !kept)
        return options.reject(kept.error());
    printChangeSummary(output.value().previousDirectoryPayload, output.value().directoryPayload);
    std::fprintf(
        stderr,
        "feed version %lld: directory version %lld, %lld groups, %lld announcements, expires in %d days\n",
        static_cast<long long>(output.value().version),
        static_cast<long long>(output.value().directoryVersion),
        static_cast<long long>(output.value().groups), static_cast<long long>(output.value().announcements),
        *expiresDays);
    if (output.value().newsVersion > 0)
        std::fprintf(stderr, "news version %lld: %lld items\n",
                     static_cast<long long>(output.value().newsVersion),
                     static_cast<long long>(output.value().newsItems));
    return 0;
}

int runSignDirectory(const QStringList &arguments)
{
    CommandLine options(QStringLiteral("sign-directory"), arguments,
                        {"keys", "directory", "published", "out"});
    if (!usable(options, {"keys", "directory", "out"}))
        return exitUsage;
    auto keys = openRootKeys(options.value("keys"));
    if (!keys)
        return options.reject(keys.error());
    auto directory = readFile(options.value("directory"), maxDirectoryBytes);
    if (!directory)
        return options.reject(directory.error());
    feed::DirectorySigningInput input{
        keys.value().rootChain(), keys.value().rootKeys(), directory.value(), {}};
    if (options.has("published")) {
        auto published = readFile(options.value("published"), maxDirectoryBytes);
        if (!published)
            return options.reject(published.error());
        input.previousDirectory = published.value();
    }
    auto signedDirectory = feed::signDirectory(input);
    if (!signedDirectory)
        return options.reject(signedDirectory.error());
    QSaveFile out(options.value("out"));
    if (!out.open(QIODevice::WriteOnly) || out.write(signedDirectory.value().envelope) < 0 || !out.commit())
        return options.reject(
            QStringLiteral("%1: cannot write: %2").arg(options.value("out"), out.errorString()));
    std::fprintf(stderr, "directory version %lld, %lld groups, signed by root version %d\n",
                 static_cast<long long>(signedDirectory.value().version),
                 static_cast<long long>(signedDirectory.value().groups), keys.value().root().version);
    return 0;
}

int runVerify(const QStringList &arguments)
{
    CommandLine options(QStringLiteral("verify"), arguments, {"root", "feed", "state", "now"});
    if (!usable(options, {"root", "feed"}))
        return exitUsage;
    const auto now = nowOption(options);
    if (!now)
        return options.usageError(QStringLiteral("--now: expected an ISO 8601 date-time"));
    auto root = readFile(options.value("root"), maxRootBytes);
    if (!root)
        return options.reject(root.error());
    const feed::DirectoryFeedSource source(options.value("feed") + QStringLiteral("/feed"));
    MemoryTrustStateStore memory;
    JsonFileTrustStateStore file(options.value("state"));
    TrustStateStore &store = options.has("state") ? static_cast<TrustStateStore &>(file) : memory;
    auto verified = feed::updateFeed(source, root.value(), store, *now);
    if (!verified)
        return options.reject(verified.error());
    for (const QString &line : std::as_const(verified.value().droppedAnnouncements))
        printTerminalLine(stderr, QStringLiteral("refused ") + line);
    if (verified.value().unchanged)
        std::fprintf(stderr, "snapshot version %lld was already seen: nothing new\n",
                     static_cast<long long>(verified.value().snapshot.version));
    const QJsonObject summary{
        {QStringLiteral("version"), verified.value().snapshot.version},
        {QStringLiteral("groups"), verified.value().directory.groups().size()},
        {QStringLiteral("announcements"), verified.value().announcements.size()},
        {QStringLiteral("news"), verified.value().news ? verified.value().news->news.items.size() : 0}};
    if (!verified.value().newsProblem.isEmpty())
        printTerminalLine(stderr, QStringLiteral("refused ") + verified.value().newsProblem);
    printLine(QJsonDocument(summary).toJson(QJsonDocument::Compact));
    return 0;
}
