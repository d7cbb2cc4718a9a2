// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rootmetadata.h"

#include <QDate>
#include <QSet>

namespace kring::trust {

inline constexpr QLatin1StringView newsFormat{"kring-news/1"};
inline constexpr QLatin1StringView newsInputFormat{"kring-news-input/1"};
inline constexpr qsizetype maxNewsTitleLength = 80;
inline constexpr qsizetype maxNewsTextLength = 600;
inline constexpr qsizetype maxNewsLinkLength = 300;
inline constexpr qsizetype maxNewsItems = 50;
inline constexpr qsizetype maxNewsRegions = 16;
// An item may be shown at most this long after the news file was signed: an old file served again cannot
// keep an item alive.
inline constexpr int maxNewsDaysAfterIssued = 366;
// An item without an `until` in the team's input is shown this long after its date.
inline constexpr int defaultNewsDays = 30;
// The region of an item for every reader.
inline constexpr QLatin1StringView everyoneRegion{"everyone"};

// One short message of the network: "Themavond over rouw op 12 maart".
struct NewsItem {
    QString title; // at most 80 characters, one line
    QString text;  // at most 600 characters, line breaks allowed
    QDate date;    // the date it is about or was written
    QDate until;   // shown up to and including this date
    QString link;  // optional: https only (newsLinkProblem)
    QStringList
        regions; // "everyone", "NL", "BE" or a region of the gazetteer ("Noord-Brabant", "Vlaanderen")
    bool operator==(const NewsItem &) const = default;
};

// The network's news file, signed offline by the root keys like the directory.
struct News {
    qint64 version = 0; // strictly increasing between files; never lower than one a phone has seen
    QDateTime issued;
    QList<NewsItem> items;
    bool operator==(const News &) const = default;
};

// News whose root signature and fields checked out.
struct SignedNews {
    News news;
    QByteArray envelope; // the exact bytes that verified
    QByteArray digest;   // BLAKE2b-256 of the payload
};

// The regions an item may name besides "everyone": the countries and the regions of the gazetteer.
[[nodiscard]] const QStringList &newsRegions();
// The region as written in newsRegions(), whatever its case; empty when it is none of them.
[[nodiscard]] QString newsRegion(const QString &text);
// Why a link may not be in a news item (only https, a host, no user name or port, at most 300
// characters); empty when it may.
[[nodiscard]] QString newsLinkProblem(const QString &link);
// The host a link opens, as shown before it is opened ("www.zelfhulp.nl").
[[nodiscard]] QString newsLinkHost(const QString &link);
// Why these news may not be signed or shown: the first problem, naming the item; empty when none.
[[nodiscard]] QString newsProblem(const News &news);

[[nodiscard]] QByteArray newsPayload(const News &news);
// Signs with the root keys (SignedType::News); refused when newsProblem() finds something or the file
// would be over its size cap.
[[nodiscard]] Result<QByteArray> signNews(const News &news, const QList<KeyPair> &rootKeys);
// Size cap, strict JSON, the root keys' signature as news, then every field (newsProblem).
[[nodiscard]] Result<SignedNews> verifyNews(const QByteArray &envelopeBytes, const RootMetadata &root,
                                            const QString &sourceName);

// The version for news signed at `issued` after the published `publishedVersion` (0: none): the signing time
// in seconds since 1970, so that it grows without being counted, and above the published one.
[[nodiscard]] qint64 nextNewsVersion(const QDateTime &issued, qint64 publishedVersion);

// The team's input for `kring-publisher sign-news`, a plain JSON file:
// {"format": "kring-news-input/1", "news": [{"title": "...", "text": "...", "date": "2026-03-12",
//   "until": "2026-03-13", "link": "https://...", "region": "everyone" or "Noord-Brabant" or [...]}]}
// `until` is optional (the date plus 30 days), `link` and `region` too ("everyone").
[[nodiscard]] Result<QList<NewsItem>> parseNewsInput(const QByteArray &bytes, const QString &sourceName);

// The date in the Netherlands and Belgium at `time`: an item's `until` ends at the end of that day there.
[[nodiscard]] QDate newsToday(const QDateTime &time);
// The items to show on a phone on `today`: not past `until`, for everyone or for one of `regions` (the
// person's chosen place and followed groups, decided on the phone: nothing is sent). Newest date first.
[[nodiscard]] QList<NewsItem> visibleNews(const News &news, const QSet<QString> &regions, const QDate &today);
// A short key for one item, to remember on the phone which items were seen.
[[nodiscard]] QString newsItemKey(const NewsItem &item);

} // namespace kring::trust
