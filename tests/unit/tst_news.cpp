// SPDX-License-Identifier: GPL-3.0-or-later
// Network news (docs/trust.md, "Network news"): signed offline by the root keys, bound to the feed by the
// snapshot, refused when tampered, signed by another key, older than what a phone has seen or out of its
// limits, and filtered on the phone by date and region. A refused news file never costs the rest of the feed
// nor the news shown before.
#include "trusttestnetwork.h"

#include "trust/news.h"
#include "trust/sizelimits.h"
#include "trust/truststate.h"
#include "json/strictjson.h"

#include <QJsonArray>
#include <QTest>

using namespace kring;
using namespace kring::testing;

namespace {

trust::NewsItem item(const QString &title, const QDate &date, const QStringList &regions = {"everyone"})
{
    trust::NewsItem news;
    news.title = title;
    news.text = QStringLiteral("Een avond met verhalen uit de groepen, daarna koffie en thee.");
    news.date = date;
    news.until = date.addDays(10);
    news.regions = regions;
    return news;
}

trust::News newsAt(const QDateTime &issued, QList<trust::NewsItem> items)
{
    trust::News news;
    news.issued = issued;
    news.version = trust::nextNewsVersion(issued, 0);
    news.items = std::move(items);
    return news;
}

} // namespace

class NewsTest : public QObject
{
    Q_OBJECT

private:
    static QDateTime now() { return utc(2026, 11, 20); }

    static trust::News example()
    {
        return newsAt(now(), {item(QStringLiteral("Themavond over rouw"), QDate(2026, 11, 25),
                                   {QStringLiteral("Noord-Brabant")}),
                              item(QStringLiteral("De nieuwe Zelfhulpkrant"), QDate(2026, 11, 18))});
    }

    // A feed carrying `news` signed by the network's root, verified against `state`.
    static Result<feed::VerifiedFeed> verifyWith(TestNetwork &network, const QByteArray &signedNews,
                                                 const trust::TrustState &state, qint64 version = 1)
    {
        network.signedNews = signedNews;
        const auto files = network.build(version, now());
        return feed::verifyFeed(feed::MemoryFeedSource(files), network.pinnedRoot(), state, now());
    }

private Q_SLOTS:
    void signedNewsVerifyAsSigned()
    {
        TestNetwork network;
        const trust::News news = example();
        const auto envelope = trust::signNews(news, {network.rootKey});
        QVERIFY2(envelope.ok(), qPrintable(envelope.ok() ? QString() : envelope.error()));
        const auto verified = trust::verifyNews(envelope.value(), network.root, QStringLiteral("news.json"));
        QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : verified.error()));
        QCOMPARE(verified.value().news, news);
        QCOMPARE(verified.value().news.items.first().regions, QStringList{QStringLiteral("Noord-Brabant")});
    }

    void limitsAreRefusedWhenSigning_data()
    {
        QTest::addColumn<QString>("breakage");
        QTest::addColumn<QString>("message");
        QTest::newRow("title of 81 characters") << "title"
                                                << "title: expected a text of 1 to 80";
        QTest::newRow("text of 601 characters") << "text"
                                                << "text: expected a text of 1 to 600";
        QTest::newRow("a line break in the title") << "title line"
                                                   << "title:";
        QTest::newRow("a text direction control") << "bidi"
                                                  << "U+202E";
        QTest::newRow("a http link") << "http"
                                     << "only https:// links";
        QTest::newRow("a link with a user name") << "user"
                                                 << "plain host name";
        QTest::newRow("a link with a port") << "port"
                                            << "plain host name";
        QTest::newRow("a link to a look-alike host") << "idn"
                                                     << "plain letters";
        QTest::newRow("until before the date") << "until"
                                               << "until:";
        QTest::newRow("until more than 366 days on") << "long"
                                                     << "more than 366 days";
        QTest::newRow("an unknown region") << "region"
                                           << "\"Atlantis\" is not";
        QTest::newRow("51 items") << "many"
                                  << "at most 50";
    }

    void limitsAreRefusedWhenSigning()
    {
        QFETCH(QString, breakage);
        QFETCH(QString, message);
        TestNetwork network;
        trust::News news = example();
        trust::NewsItem &first = news.items.first();
        if (breakage == u"title")
            first.title = QString(81, u'a');
        else if (breakage == u"text")
            first.text = QString(601, u'a');
        else if (breakage == u"title line")
            first.title = QStringLiteral("Themavond\nover rouw");
        else if (breakage == u"bidi")
            first.text = QStringLiteral("Adres: Kerkstraat \u202E21");
        else if (breakage == u"http")
            first.link = QStringLiteral("http://www.example.org/");
        else if (breakage == u"user")
            first.link = QStringLiteral("https://network@evil.example/");
        else if (breakage == u"port")
            first.link = QStringLiteral("https://www.example.org:8443/");
        else if (breakage == u"idn")
            first.link = QStringLiteral("https://www.ехample.org/");
        else if (breakage == u"until")
            first.until = first.date.addDays(-1);
        else if (breakage == u"long")
            first.until = QDate(2027, 11, 22);
        else if (breakage == u"region")
            first.regions = {QStringLiteral("Atlantis")};
        else if (breakage == u"many")
            news.items = QList<trust::NewsItem>(51, first);
        const auto signedNews = trust::signNews(news, {network.rootKey});
        QVERIFY(!signedNews.ok());
        QVERIFY2(signedNews.error().contains(message), qPrintable(signedNews.error()));
    }

    // The limits fit the size cap: 50 items of the longest title, text and link, in three-byte characters,
    // still sign and verify.
    void theLargestNewsFitTheCap()
    {
        TestNetwork network;
        trust::NewsItem longest = item(QString(80, QChar(0x20AC)), QDate(2026, 11, 20));
        longest.text = QString(600, QChar(0x20AC));
        longest.link = QStringLiteral("https://www.example.org/") + QString(276, u'a');
        const auto signedNews =
            trust::signNews(newsAt(now(), QList<trust::NewsItem>(50, longest)), {network.rootKey});
        QVERIFY2(signedNews.ok(), qPrintable(signedNews.ok() ? QString() : signedNews.error()));
        QVERIFY(signedNews.value().size() <= trust::maxNewsBytes);
        QVERIFY(trust::verifyNews(signedNews.value(), network.root, QStringLiteral("news.json")).ok());
    }

    void aGoodLinkShowsItsHost()
    {
        const QString link = QStringLiteral("https://www.zelfhulp.example/krant?nummer=12");
        QCOMPARE(trust::newsLinkProblem(link), QString());
        QCOMPARE(trust::newsLinkHost(link), QStringLiteral("www.zelfhulp.example"));
    }

    // What a stolen feed key, a changed byte or another type of signature can do to news: nothing.
    void forgedNewsAreRefused_data()
    {
        QTest::addColumn<QString>("forgery");
        QTest::addColumn<QString>("message");
        QTest::newRow("signed by the feed key") << "feed key"
                                                << "news.json";
        QTest::newRow("signed by an unknown key") << "unknown key"
                                                  << "news.json";
        QTest::newRow("a root signature as a directory") << "other type"
                                                         << "news.json";
        QTest::newRow("a byte changed") << "byte"
                                        << "news.json";
    }

    void forgedNewsAreRefused()
    {
        QFETCH(QString, forgery);
        QFETCH(QString, message);
        TestNetwork network;
        const QByteArray payload = trust::newsPayload(example());
        QByteArray bytes;
        if (forgery == u"feed key")
            bytes = trust::serializeEnvelope(
                trust::signEnvelope(trust::SignedType::News, payload, {network.feedKey}));
        else if (forgery == u"unknown key")
            bytes = trust::serializeEnvelope(
                trust::signEnvelope(trust::SignedType::News, payload, {trust::generateKeyPair()}));
        else if (forgery == u"other type")
            bytes = trust::serializeEnvelope(
                trust::signEnvelope(trust::SignedType::Directory, payload, {network.rootKey}));
        else {
            trust::Envelope envelope =
                trust::signEnvelope(trust::SignedType::News, payload, {network.rootKey});
            envelope.payload.replace("Themavond", "Themaavond");
            bytes = trust::serializeEnvelope(envelope);
        }
        const auto verified = trust::verifyNews(bytes, network.root, QStringLiteral("news.json"));
        QVERIFY(!verified.ok());
        QVERIFY2(verified.error().contains(message), qPrintable(verified.error()));

        // Listed in a snapshot signed with the (stolen) feed key: the rest of the feed stands, the news
        // shown before stay.
        trust::TrustState state;
        state.newsVersion = 5;
        state.news = trust::signNews(newsAt(now().addDays(-30),
                                            {item(QStringLiteral("Oud nieuws"), QDate(2026, 10, 20))}),
                                     {network.rootKey})
                         .value();
        auto files = network.build(1, now());
        files.insert(QStringLiteral("news.json"), bytes);
        network.relist(files);
        const auto feed = feed::verifyFeed(feed::MemoryFeedSource(files), network.pinnedRoot(), state, now());
        QVERIFY2(feed.ok(), qPrintable(feed.ok() ? QString() : feed.error()));
        QVERIFY(!feed.value().news);
        QVERIFY2(feed.value().newsProblem.contains(message), qPrintable(feed.value().newsProblem));
        QCOMPARE(feed.value().state.news, state.news);
        QCOMPARE(feed.value().state.newsVersion, qint64(5));
        QVERIFY(!feed.value().directory.groups().isEmpty());
    }

    void aFeedCarriesItsNews()
    {
        TestNetwork network;
        const QByteArray signedNews = trust::signNews(example(), {network.rootKey}).value();
        const auto feed = verifyWith(network, signedNews, {});
        QVERIFY2(feed.ok(), qPrintable(feed.ok() ? QString() : feed.error()));
        QVERIFY(feed.value().news);
        QCOMPARE(feed.value().news->news, example());
        QCOMPARE(feed.value().state.news, signedNews);
        QCOMPARE(feed.value().state.newsVersion, example().version);
        QVERIFY(feed.value().newsProblem.isEmpty());

        // The state keeps them across a restart (its JSON).
        const auto reread = trust::TrustState::fromJson(feed.value().state.toJson(), QStringLiteral("state"));
        QVERIFY2(reread.ok(), qPrintable(reread.ok() ? QString() : reread.error()));
        QCOMPARE(reread.value(), feed.value().state);

        // The same news.json again is not read again: nothing new.
        const auto again = verifyWith(network, signedNews, feed.value().state, 2);
        QVERIFY(again.ok());
        QVERIFY(!again.value().news);
        QVERIFY(again.value().newsProblem.isEmpty());
        QCOMPARE(again.value().state.news, signedNews);
    }

    // An old news file served again (a replay by whoever holds the feed key) is refused.
    void olderNewsAreRefused()
    {
        TestNetwork network;
        const QByteArray older =
            trust::signNews(newsAt(now().addDays(-10), {item("Oud", QDate(2026, 11, 5))}), {network.rootKey})
                .value();
        const QByteArray newer = trust::signNews(example(), {network.rootKey}).value();
        const auto first = verifyWith(network, newer, {});
        QVERIFY(first.ok());
        const auto replay = verifyWith(network, older, first.value().state, 2);
        QVERIFY2(replay.ok(), qPrintable(replay.ok() ? QString() : replay.error()));
        QVERIFY(!replay.value().news);
        QVERIFY2(replay.value().newsProblem.contains(QStringLiteral("older than version")),
                 qPrintable(replay.value().newsProblem));
        QCOMPARE(replay.value().state.news, newer);
    }

    void otherNewsWithTheSameVersionAreRefused()
    {
        TestNetwork network;
        trust::News news = example();
        const auto first = verifyWith(network, trust::signNews(news, {network.rootKey}).value(), {});
        QVERIFY(first.ok());
        news.items.first().title = QStringLiteral("Themavond gaat niet door");
        const auto other =
            verifyWith(network, trust::signNews(news, {network.rootKey}).value(), first.value().state, 2);
        QVERIFY(other.ok());
        QVERIFY2(other.value().newsProblem.contains(QStringLiteral("differs")),
                 qPrintable(other.value().newsProblem));
        QCOMPARE(other.value().state.news, first.value().state.news);
    }

    void aChangedNewsFileFailsItsHash()
    {
        TestNetwork network;
        network.signedNews = trust::signNews(example(), {network.rootKey}).value();
        auto files = network.build(1, now());
        QByteArray &news = files[QStringLiteral("news.json")];
        news[news.size() / 2] = news[news.size() / 2] == 'A' ? 'B' : 'A';
        const auto feed = feed::verifyFeed(feed::MemoryFeedSource(files), network.pinnedRoot(), {}, now());
        QVERIFY(feed.ok());
        QVERIFY(!feed.value().news);
        QVERIFY2(feed.value().newsProblem.contains(QStringLiteral("news.json")),
                 qPrintable(feed.value().newsProblem));
        QVERIFY(feed.value().state.news.isEmpty());
    }

    // The publisher refuses signed news older than the published, and keeps publishing those when none are
    // given.
    void theBuildKeepsNewsGoingForward()
    {
        TestNetwork network;
        network.signedNews = trust::signNews(example(), {network.rootKey}).value();
        const auto files = network.build(1, now());
        feed::FeedBuildInput input;
        input.rootChain = network.rootChain;
        input.rootKeys = {network.rootKey};
        input.feedKey = network.feedKey;
        input.directoryJson = network.directoryJson();
        input.revocations = network.revocationsEnvelope();
        input.now = now();
        input.previousSnapshot = files.value(QStringLiteral("snapshot.json"));
        input.previousDirectory = files.value(QStringLiteral("directory.json"));
        input.previousNews = files.value(QStringLiteral("news.json"));
        const auto kept = feed::buildFeed(input);
        QVERIFY(kept.ok());
        QCOMPARE(kept.value().newsVersion, example().version);

        input.signedNews =
            trust::signNews(newsAt(now().addDays(-1), {item("Oud", QDate(2026, 11, 5))}), {network.rootKey})
                .value();
        const auto older = feed::buildFeed(input);
        QVERIFY(!older.ok());
        QVERIFY2(older.error().contains(QStringLiteral("--published")), qPrintable(older.error()));
        QCOMPARE(trust::nextNewsVersion(now().addDays(-1), example().version), example().version + 1);
    }

    // Shown on a phone: nothing past its until (at the trusted time, so a clock set back does not bring it
    // back), only for everyone and the person's regions, newest first.
    void thePhoneShowsCurrentNewsForItsRegions()
    {
        const trust::News news = example();
        const QDate today = trust::newsToday(now());
        QCOMPARE(trust::visibleNews(news, {}, today).size(), 1);
        const auto brabant =
            trust::visibleNews(news, {QStringLiteral("NL"), QStringLiteral("Noord-Brabant")}, today);
        QCOMPARE(brabant.size(), 2);
        QCOMPARE(brabant.first().title, QStringLiteral("Themavond over rouw"));
        QCOMPARE(trust::visibleNews(news, {QStringLiteral("Limburg")}, today).size(), 1);
        // The Zelfhulpkrant is shown until 28 November, the themed evening until 5 December.
        QCOMPARE(trust::visibleNews(news, {QStringLiteral("Noord-Brabant")}, QDate(2026, 11, 28)).size(), 2);
        QCOMPARE(trust::visibleNews(news, {QStringLiteral("Noord-Brabant")}, QDate(2026, 11, 29)).size(), 1);
        QCOMPARE(trust::visibleNews(news, {QStringLiteral("Noord-Brabant")}, QDate(2026, 12, 6)).size(), 0);

        trust::TrustState state;
        state.newestIssued = utc(2026, 12, 10);
        const QDateTime clockSetBack = utc(2026, 11, 20);
        QCOMPARE(trust::visibleNews(news, {QStringLiteral("Noord-Brabant")},
                                    trust::newsToday(state.trustedTime(clockSetBack)))
                     .size(),
                 0);
        // The end of the until day is the end of that day in the Netherlands and Belgium.
        QCOMPARE(trust::newsToday(utc(2026, 11, 28, 23)), QDate(2026, 11, 29));
    }

    void theTeamsInputIsSimple()
    {
        const QByteArray input =
            "{\"format\": \"kring-news-input/1\", \"news\": [ {\"title\": \"Gezocht: contactpersonen\", "
            "\"text\": \"Wil je mensen verwelkomen?\", \"date\": \"2026-11-20\"}, {\"title\": \"Themavond\", "
            "\"text\": \"Over rouw.\", \"date\": \"2026-11-25\", \"until\": \"2026-11-26\", \"region\": "
            "[\"noord-brabant\", \"Limburg\"], \"link\": \"https://www.example.org/avond\"}, {\"title\": "
            "\"Zelfhulpkrant\", \"text\": \"Nummer 12.\", \"date\": \"2026-11-18\", \"region\": "
            "\"iedereen\"}]}";
        const auto items = trust::parseNewsInput(input, QStringLiteral("news-input.json"));
        QVERIFY2(items.ok(), qPrintable(items.ok() ? QString() : items.error()));
        QCOMPARE(items.value().size(), 3);
        QCOMPARE(items.value().at(0).until, QDate(2026, 12, 20));
        QCOMPARE(items.value().at(0).regions, QStringList{QStringLiteral("everyone")});
        QCOMPARE(items.value().at(1).regions,
                 (QStringList{QStringLiteral("Noord-Brabant"), QStringLiteral("Limburg")}));
        QCOMPARE(items.value().at(2).regions, QStringList{QStringLiteral("everyone")});
    }

    void badInputSaysWhereAndWhy_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown key")
            << QByteArray("{\"format\": \"kring-news-input/1\", \"news\": [{\"title\": \"a\", \"text\": "
                          "\"b\", \"date\": \"2026-11-20\", \"titel\": \"c\"}]}")
            << "news[1]: titel: unknown key";
        QTest::newRow("key twice")
            << QByteArray("{\"format\": \"kring-news-input/1\", \"news\": [{\"title\": \"a\", \"title\": "
                          "\"a\", \"text\": \"b\", \"date\": \"2026-11-20\"}]}")
            << "duplicate key \"title\"";
        QTest::newRow("unknown region")
            << QByteArray("{\"format\": \"kring-news-input/1\", \"news\": [{\"title\": \"a\", \"text\": "
                          "\"b\", \"date\": \"2026-11-20\", \"region\": \"Brabant\"}]}")
            << "\"Brabant\" is not";
        QTest::newRow("http link")
            << QByteArray("{\"format\": \"kring-news-input/1\", \"news\": [{\"title\": \"a\", \"text\": "
                          "\"b\", \"date\": \"2026-11-20\", \"link\": \"http://example.org\"}]}")
            << "only https://";
        QTest::newRow("no date")
            << QByteArray(
                   "{\"format\": \"kring-news-input/1\", \"news\": [{\"title\": \"a\", \"text\": \"b\"}]}")
            << "date: missing";
    }

    void badInputSaysWhereAndWhy()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, message);
        const auto items = trust::parseNewsInput(input, QStringLiteral("news-input.json"));
        QVERIFY(!items.ok());
        QVERIFY2(items.error().contains(message), qPrintable(items.error()));
    }

    // The regions news may name are those the gazetteer gives places, so a person's place always matches.
    void theRegionsAreTheGazetteers()
    {
        QFile places(QStringLiteral(KRING_SOURCE_DIR "/assets/gazetteer/places.tsv"));
        QVERIFY(places.open(QIODevice::ReadOnly));
        QSet<QString> regions{QStringLiteral("NL"), QStringLiteral("BE")};
        while (!places.atEnd()) {
            const QStringList fields = QString::fromUtf8(places.readLine()).split(u'\t');
            if (fields.size() > 4 && !fields.first().startsWith(u'#') && fields.first() != u"id")
                regions.insert(fields.at(4));
        }
        const QStringList list = trust::newsRegions();
        QCOMPARE(QSet<QString>(list.cbegin(), list.cend()), regions);
    }
};

QTEST_GUILESS_MAIN(NewsTest)
#include "tst_news.moc"
