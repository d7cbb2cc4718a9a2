// SPDX-License-Identifier: GPL-3.0-or-later
#include "news.h"

#include "envelope.h"
#include "fields.h"
#include "sizelimits.h"
#include "text/signedtext.h"
#include "json/strictjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

namespace kring::trust {
namespace {

QString dateText(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QJsonObject itemJson(const NewsItem &item)
{
    QJsonObject object{{QStringLiteral("title"), item.title},
                       {QStringLiteral("text"), item.text},
                       {QStringLiteral("date"), dateText(item.date)},
                       {QStringLiteral("until"), dateText(item.until)},
                       {QStringLiteral("regions"), QJsonArray::fromStringList(item.regions)}};
    if (!item.link.isEmpty())
        object.insert(QStringLiteral("link"), item.link);
    return object;
}

QString itemProblem(const NewsItem &item, const News &news)
{
    if (item.title.isEmpty() || item.title.size() > maxNewsTitleLength)
        return QCoreApplication::translate("News", "title: expected a text of 1 to %1 characters")
            .arg(maxNewsTitleLength);
    if (const QString problem = signedTextProblem(item.title); !problem.isEmpty())
        return QStringLiteral("title: ") + problem;
    if (item.text.isEmpty() || item.text.size() > maxNewsTextLength)
        return QCoreApplication::translate("News", "text: expected a text of 1 to %1 characters")
            .arg(maxNewsTextLength);
    if (const QString problem = signedTextProblem(item.text, LineBreaks::Allowed); !problem.isEmpty())
        return QStringLiteral("text: ") + problem;
    if (!item.date.isValid())
        return QCoreApplication::translate("News", "date: expected a date YYYY-MM-DD");
    if (!item.until.isValid() || item.until < item.date)
        return QCoreApplication::translate("News", "until: expected a date YYYY-MM-DD, not before the date");
    if (news.issued.isValid() && item.until > newsToday(news.issued).addDays(maxNewsDaysAfterIssued)) {
        return QCoreApplication::translate("News",
                                           "until: %1 is more than %2 days after the news were signed")
            .arg(dateText(item.until))
            .arg(maxNewsDaysAfterIssued);
    }
    if (!item.link.isEmpty()) {
        if (const QString problem = newsLinkProblem(item.link); !problem.isEmpty())
            return QStringLiteral("link: ") + problem;
    }
    if (item.regions.isEmpty() || item.regions.size() > maxNewsRegions)
        return QCoreApplication::translate("News", "regions: expected 1 to %1 regions").arg(maxNewsRegions);
    for (const QString &region : item.regions) {
        if (region != everyoneRegion && newsRegion(region) != region)
            return QCoreApplication::translate(
                       "News", "regions: \"%1\" is not \"everyone\", NL, BE or a province or region of the "
                               "gazetteer")
                .arg(region);
    }
    return {};
}

QStringList readRegions(const QJsonValue &value, Fields &fields)
{
    QStringList regions;
    const QJsonArray array = value.isArray() ? value.toArray() : QJsonArray{value};
    for (const QJsonValue &entry : array) {
        const QString text = entry.toString().trimmed();
        const QString region = text.compare(everyoneRegion, Qt::CaseInsensitive) == 0 ||
                                       text.compare(u"iedereen", Qt::CaseInsensitive) == 0
                                   ? QString(everyoneRegion)
                                   : newsRegion(text);
        if (!entry.isString() || region.isEmpty()) {
            fields.fail(QStringLiteral("region"),
                        QCoreApplication::translate("News",
                                                    "\"%1\" is not \"everyone\", NL, BE or a province or "
                                                    "region (%2)")
                            .arg(text, newsRegions().join(QStringLiteral(", "))));
            return {};
        }
        if (!regions.contains(region))
            regions.append(region);
    }
    return regions;
}

} // namespace

const QStringList &newsRegions()
{
    // The countries, then the regions the gazetteer gives places (tst_news checks they are the same).
    static const QStringList regions{QStringLiteral("NL"),
                                     QStringLiteral("BE"),
                                     QStringLiteral("Drenthe"),
                                     QStringLiteral("Flevoland"),
                                     QStringLiteral("Friesland"),
                                     QStringLiteral("Gelderland"),
                                     QStringLiteral("Groningen"),
                                     QStringLiteral("Limburg"),
                                     QStringLiteral("Noord-Brabant"),
                                     QStringLiteral("Noord-Holland"),
                                     QStringLiteral("Overijssel"),
                                     QStringLiteral("Utrecht"),
                                     QStringLiteral("Zeeland"),
                                     QStringLiteral("Zuid-Holland"),
                                     QStringLiteral("Brussels Hoofdstedelijk Gewest"),
                                     QStringLiteral("Vlaanderen"),
                                     QStringLiteral("Wallonië")};
    return regions;
}

QString newsRegion(const QString &text)
{
    for (const QString &region : newsRegions()) {
        if (region.compare(text, Qt::CaseInsensitive) == 0)
            return region;
    }
    return {};
}

QString newsLinkProblem(const QString &link)
{
    if (link.size() > maxNewsLinkLength)
        return QCoreApplication::translate("News", "a link may have at most %1 characters")
            .arg(maxNewsLinkLength);
    static const QRegularExpression visibleAscii(QStringLiteral("^[!-~]+$"));
    if (!visibleAscii.match(link).hasMatch())
        return QCoreApplication::translate(
            "News", "a link is written in plain letters, digits and signs, without spaces");
    const QUrl url(link, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"https")
        return QCoreApplication::translate("News", "only https:// links are allowed");
    static const QRegularExpression hostName(
        QStringLiteral("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$"));
    if (!url.userInfo().isEmpty() || url.port() != -1 ||
        !link.startsWith(QStringLiteral("https://") + url.host()) || !hostName.match(url.host()).hasMatch())
        return QCoreApplication::translate(
            "News", "a link needs a plain host name in lower case, without a user name or port");
    return {};
}

QString newsLinkHost(const QString &link)
{
    return QUrl(link, QUrl::StrictMode).host();
}

QString newsProblem(const News &news)
{
    if (news.version < 1 || news.version > maxVersionNumber)
        return QCoreApplication::translate("News", "version: expected a whole number from 1 to %1")
            .arg(maxVersionNumber);
    if (!news.issued.isValid())
        return QCoreApplication::translate("News", "issued: expected a time");
    if (news.items.size() > maxNewsItems)
        return QCoreApplication::translate("News", "at most %1 news items").arg(maxNewsItems);
    for (qsizetype i = 0; i < news.items.size(); ++i) {
        if (const QString problem = itemProblem(news.items.at(i), news); !problem.isEmpty())
            return QCoreApplication::translate("News", "item %1 (%2): %3")
                .arg(i + 1)
                .arg(news.items.at(i).title.left(maxNewsTitleLength), problem);
    }
    return {};
}

QByteArray newsPayload(const News &news)
{
    QJsonArray items;
    for (const NewsItem &item : news.items)
        items.append(itemJson(item));
    const QJsonObject object{{QStringLiteral("format"), QString(newsFormat)},
                             {QStringLiteral("version"), news.version},
                             {QStringLiteral("issued"), formatTime(news.issued)},
                             {QStringLiteral("items"), items}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<QByteArray> signNews(const News &news, const QList<KeyPair> &rootKeys)
{
    if (const QString problem = newsProblem(news); !problem.isEmpty())
        return Error{problem};
    QByteArray envelope = serializeEnvelope(signEnvelope(SignedType::News, newsPayload(news), rootKeys));
    if (envelope.size() > maxNewsBytes) {
        return Error{QCoreApplication::translate("News", "the signed news would be %1 bytes, over the %2 "
                                                         "bytes apps accept; leave items out")
                         .arg(envelope.size())
                         .arg(maxNewsBytes)};
    }
    return envelope;
}

Result<SignedNews> verifyNews(const QByteArray &envelopeBytes, const RootMetadata &root,
                              const QString &sourceName)
{
    auto envelope = parseEnvelope(envelopeBytes, sourceName, maxNewsBytes);
    if (!envelope)
        return Error{envelope.error()};
    if (const Status signed_ = checkSignatures(envelope.value(), SignedType::News, root.root, sourceName);
        !signed_)
        return Error{signed_.error()};
    auto object = json::parseStrictObject(envelope.value().payload, sourceName);
    if (!object)
        return Error{object.error()};
    Fields fields(object.value(), sourceName, {"format", "version", "issued", "items"});
    fields.expectFormat(newsFormat);
    SignedNews signedNews;
    News &news = signedNews.news;
    news.version = fields.integer("version", 1, maxVersionNumber);
    news.issued = fields.time("issued");
    const QJsonArray items = fields.array("items");
    if (items.size() > maxNewsItems)
        fields.fail(QStringLiteral("items"),
                    QCoreApplication::translate("News", "at most %1 news items").arg(maxNewsItems));
    for (qsizetype i = 0; i < items.size() && !fields.failed(); ++i) {
        Fields item(items.at(i).toObject(), sourceName + QStringLiteral(": items[%1]").arg(i),
                    {"title", "text", "date", "until", "link", "regions"});
        if (!items.at(i).isObject())
            item.fail(QStringLiteral("items"), QCoreApplication::translate("News", "expected an object"));
        NewsItem parsed;
        parsed.title = item.string("title", maxNewsTitleLength);
        parsed.text = item.string("text", maxNewsTextLength, LineBreaks::Allowed);
        parsed.date = item.date("date");
        parsed.until = item.date("until");
        if (item.has("link"))
            parsed.link = item.string("link", maxNewsLinkLength);
        parsed.regions = item.strings("regions", maxNewsRegions);
        fields.adopt(item);
        news.items.append(parsed);
    }
    if (fields.failed())
        return Error{fields.error()};
    if (const QString problem = newsProblem(news); !problem.isEmpty())
        return Error{sourceName + QStringLiteral(": ") + problem};
    signedNews.envelope = envelopeBytes;
    signedNews.digest = blake2b256(envelope.value().payload);
    return signedNews;
}

qint64 nextNewsVersion(const QDateTime &issued, qint64 publishedVersion)
{
    return std::max(issued.toSecsSinceEpoch(), publishedVersion + 1);
}

Result<QList<NewsItem>> parseNewsInput(const QByteArray &bytes, const QString &sourceName)
{
    if (bytes.size() > maxNewsBytes)
        return Error{
            QCoreApplication::translate("News", "%1: over %2 bytes").arg(sourceName).arg(maxNewsBytes)};
    auto object = json::parseStrictObject(bytes, sourceName);
    if (!object)
        return Error{object.error()};
    Fields fields(object.value(), sourceName, {"format", "news"});
    fields.expectFormat(newsInputFormat);
    const QJsonArray entries = fields.array("news");
    QList<NewsItem> items;
    for (qsizetype i = 0; i < entries.size() && !fields.failed(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        Fields item(entry, sourceName + QStringLiteral(": news[%1]").arg(i + 1),
                    {"title", "text", "date", "until", "link", "region"});
        if (!entries.at(i).isObject())
            item.fail(QStringLiteral("news"), QCoreApplication::translate("News", "expected an object"));
        NewsItem parsed;
        parsed.title = item.string("title", maxNewsTitleLength);
        parsed.text = item.string("text", maxNewsTextLength, LineBreaks::Allowed);
        parsed.date = item.date("date");
        parsed.until = item.has("until") ? item.date("until") : parsed.date.addDays(defaultNewsDays);
        if (item.has("link")) {
            parsed.link = item.string("link", maxNewsLinkLength);
            if (const QString problem = newsLinkProblem(parsed.link); !item.failed() && !problem.isEmpty())
                item.fail(QStringLiteral("link"), problem);
        }
        parsed.regions = entry.contains(u"region") ? readRegions(entry.value(u"region"), item)
                                                   : QStringList{QString(everyoneRegion)};
        if (!item.failed() && parsed.until < parsed.date)
            item.fail(
                QStringLiteral("until"),
                QCoreApplication::translate("News", "is before the date %1").arg(dateText(parsed.date)));
        fields.adopt(item);
        items.append(parsed);
    }
    if (!fields.failed() && items.size() > maxNewsItems)
        fields.fail(QStringLiteral("news"),
                    QCoreApplication::translate("News", "at most %1 news items").arg(maxNewsItems));
    if (fields.failed())
        return Error{fields.error()};
    return items;
}

QDate newsToday(const QDateTime &time)
{
    return time.toTimeZone(QTimeZone("Europe/Amsterdam")).date();
}

QList<NewsItem> visibleNews(const News &news, const QSet<QString> &regions, const QDate &today)
{
    QList<NewsItem> shown;
    for (const NewsItem &item : news.items) {
        if (!today.isValid() || today > item.until)
            continue;
        const bool forPerson = std::any_of(item.regions.cbegin(), item.regions.cend(), [&](const QString &r) {
            return r == everyoneRegion || regions.contains(r);
        });
        if (forPerson)
            shown.append(item);
    }
    std::stable_sort(shown.begin(), shown.end(),
                     [](const NewsItem &a, const NewsItem &b) { return a.date > b.date; });
    return shown;
}

QString newsItemKey(const NewsItem &item)
{
    const QByteArray text = (dateText(item.date) + u'\n' + item.title + u'\n' + item.text).toUtf8();
    return QString::fromLatin1(blake2b256(text).left(12).toHex());
}

} // namespace kring::trust
