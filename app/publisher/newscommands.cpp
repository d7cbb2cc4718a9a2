// SPDX-License-Identifier: GPL-3.0-or-later
#include "newscommands.h"

#include "trustoptions.h"

#include "trust/keydirectory.h"
#include "trust/news.h"
#include "trust/sizelimits.h"

#include <QSaveFile>

#include <algorithm>
#include <cstdio>

using namespace kring;
using namespace kring::trust;

int runSignNews(const QStringList &arguments)
{
    CommandLine options(QStringLiteral("sign-news"), arguments, {"keys", "news", "published", "out", "now"});
    if (!usable(options, {"keys", "news", "out"}))
        return exitUsage;
    const auto now = nowOption(options);
    if (!now)
        return options.usageError(QStringLiteral("--now: expected an ISO 8601 date-time"));
    auto keys = openRootKeys(options.value("keys"));
    if (!keys)
        return options.reject(keys.error());
    auto input = readFile(options.value("news"), maxNewsBytes);
    if (!input)
        return options.reject(input.error());
    auto items = parseNewsInput(input.value(), options.value("news"));
    if (!items)
        return options.reject(items.error());
    qint64 publishedVersion = 0;
    if (options.has("published")) {
        auto published = readFile(options.value("published"), maxNewsBytes);
        if (!published)
            return options.reject(published.error());
        auto verified = verifyNews(published.value(), keys.value().root(), options.value("published"));
        if (!verified)
            return options.reject(verified.error());
        publishedVersion = verified.value().news.version;
    }
    News news;
    news.issued = *now;
    news.version = nextNewsVersion(*now, publishedVersion);
    news.items = items.value();
    auto signedNews = signNews(news, keys.value().rootKeys());
    if (!signedNews)
        return options.reject(signedNews.error());
    QSaveFile out(options.value("out"));
    if (!out.open(QIODevice::WriteOnly) || out.write(signedNews.value()) < 0 || !out.commit())
        return options.reject(
            QStringLiteral("%1: cannot write: %2").arg(options.value("out"), out.errorString()));
    const QDate today = newsToday(*now);
    const auto past = std::count_if(news.items.cbegin(), news.items.cend(),
                                    [&](const NewsItem &item) { return item.until < today; });
    std::fprintf(stderr,
                 "news version %lld, %lld items (%lld already past their until), signed by root "
                 "version %d\n",
                 static_cast<long long>(news.version), static_cast<long long>(news.items.size()),
                 static_cast<long long>(past), keys.value().root().version);
    return 0;
}
