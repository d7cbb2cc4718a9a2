// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewcommands.h"

#include "commandline.h"
#include "inputfiles.h"
#include "terminaltext.h"

#include "directory/directorydiff.h"
#include "directory/directoryjson.h"
#include "feed/feedstatus.h"
#include "trust/news.h"
#include "trust/rootmetadata.h"
#include "trust/sizelimits.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace kring;

namespace {

// Exit status of `status` when something needs the team soon (docs/command-line.md).
constexpr int exitAttention = 3;

void printJson(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// A line about the published news (nothing when there are none): how many items apps still show. Not a reason
// for exit status 3: items past their until are hidden by the apps.
void printNewsStatus(const QString &keyDirectory, const QString &webRoot, const QDateTime &now)
{
    QFile rootFile(keyDirectory + QStringLiteral("/root.json"));
    QFile newsFile(webRoot + QStringLiteral("/feed/news.json"));
    if (!newsFile.exists() || newsFile.size() > trust::maxNewsBytes ||
        rootFile.size() > trust::maxRootBytes || !rootFile.open(QIODevice::ReadOnly) ||
        !newsFile.open(QIODevice::ReadOnly))
        return;
    const auto root = trust::verifyPinnedRoot(rootFile.readAll(), rootFile.fileName());
    const auto news = root ? trust::verifyNews(newsFile.readAll(), root.value(), newsFile.fileName())
                           : Result<trust::SignedNews>(Error{root.error()});
    if (!news) {
        printTerminalLine(stderr, QStringLiteral("warning: ") + news.error());
        return;
    }
    const QDate today = trust::newsToday(now);
    const auto &items = news.value().news.items;
    const auto past = std::count_if(items.cbegin(), items.cend(),
                                    [&](const trust::NewsItem &item) { return item.until < today; });
    printTerminalLine(stderr,
                      QStringLiteral("news version %1: %2 items, %3 past their until (apps hide them)")
                          .arg(news.value().news.version)
                          .arg(items.size())
                          .arg(past));
}

} // namespace

int runDiff(const QStringList &arguments)
{
    CommandLine line(QStringLiteral("diff"), arguments, {});
    if (!line.ok())
        return line.usageError();
    if (line.positional().size() != 2)
        return line.usageError(QStringLiteral("expected OLD_DIRECTORY NEW_DIRECTORY"));
    const auto before = readDirectoryFile(line, line.positional().at(0));
    if (!before)
        return 1;
    const auto after = readDirectoryFile(line, line.positional().at(1));
    if (!after)
        return 1;
    const QList<DirectoryDiff::Change> changes = DirectoryDiff::compare(*before, *after);
    for (const DirectoryDiff::Change &change : changes)
        printJson(DirectoryDiff::jsonLine(change));
    std::fprintf(stderr, "%lld changes\n", static_cast<long long>(changes.size()));
    return 0;
}

void printChangeSummary(const QByteArray &before, const QByteArray &after)
{
    if (before.isEmpty())
        return;
    auto old = DirectoryJson::parse(before, QStringLiteral("published directory.json"));
    auto now = DirectoryJson::parse(after, QStringLiteral("directory"));
    if (!old || !now) {
        printTerminalLine(stderr, QStringLiteral("changes: cannot compare with the published directory: ") +
                                      (old ? now.error() : old.error()));
        return;
    }
    const QList<DirectoryDiff::Change> changes = DirectoryDiff::compare(old.value(), now.value());
    std::fprintf(stderr, "changes since the published directory (version %lld): %lld\n",
                 static_cast<long long>(old.value().version), static_cast<long long>(changes.size()));
    for (const DirectoryDiff::Change &change : changes)
        printTerminalLine(stderr, DirectoryDiff::describe(change));
}

int runStatus(const QStringList &arguments)
{
    CommandLine line(QStringLiteral("status"), arguments, {"now"});
    if (!line.ok())
        return line.usageError();
    if (line.positional().size() != 2)
        return line.usageError(QStringLiteral("expected KEYDIR WEBROOT"));
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (line.has("now")) {
        now = QDateTime::fromString(line.value("now"), Qt::ISODate);
        if (now.isValid() && now.timeSpec() == Qt::LocalTime)
            now = QDateTime(now.date(), now.time(), QTimeZone::utc());
        if (!now.isValid())
            return line.usageError(QStringLiteral("--now: an ISO 8601 date-time"));
    }
    auto status = feed::feedStatus(line.positional().at(0), line.positional().at(1), now);
    if (!status)
        return line.reject(status.error());
    const feed::FeedStatus &result = status.value();
    QJsonObject report;
    report.insert(QStringLiteral("snapshot_version"), result.snapshotVersion);
    report.insert(QStringLiteral("snapshot_expires"),
                  result.snapshotVersion ? QJsonValue(isoTime(result.snapshotExpires)) : QJsonValue());
    QJsonArray certificates;
    for (const trust::Certificate &certificate : result.expiringCertificates)
        certificates.append(
            QJsonObject{{QStringLiteral("serial"), certificate.serial},
                        {QStringLiteral("groups"), QJsonArray::fromStringList(certificate.groups)},
                        {QStringLiteral("not_after"), isoTime(certificate.notAfter)}});
    report.insert(QStringLiteral("certificates_expiring"), certificates);
    printJson(QJsonDocument(report).toJson(QJsonDocument::Compact));

    if (result.snapshotVersion == 0)
        printTerminalLine(
            stderr,
            QStringLiteral("warning: no feed in %1/feed yet; run build").arg(line.positional().at(1)));
    else if (result.snapshotExpires <= now)
        printTerminalLine(stderr,
                          QStringLiteral("warning: the feed expired at %1; apps refuse it until you run "
                                         "build")
                              .arg(isoTime(result.snapshotExpires)));
    else if (result.snapshotExpiresSoon)
        printTerminalLine(stderr,
                          QStringLiteral("warning: the feed expires at %1 (within %2 days); run build")
                              .arg(isoTime(result.snapshotExpires))
                              .arg(feed::FeedStatus::snapshotWarningDays));
    else
        printTerminalLine(stderr, QStringLiteral("feed version %1 expires at %2")
                                      .arg(result.snapshotVersion)
                                      .arg(isoTime(result.snapshotExpires)));
    printNewsStatus(line.positional().at(0), line.positional().at(1), now);
    for (const trust::Certificate &certificate : result.expiringCertificates)
        printTerminalLine(stderr,
                          QStringLiteral("certificate %1 for group %2 expires at %3; certify a new one")
                              .arg(certificate.serial, certificate.groups.join(QStringLiteral(", ")),
                                   isoTime(certificate.notAfter)));
    return result.needsAttention() ? exitAttention : 0;
}
