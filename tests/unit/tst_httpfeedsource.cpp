// SPDX-License-Identifier: GPL-3.0-or-later
// Fetching feed files: a file fetched before is asked for again with its validators, and only from the URL
// that gave them; a 304 answer gives the kept bytes, a 304 for a file not held a plain GET; validators longer
// than 64 printable characters are not kept; a SOCKS5 proxy carries every request, host name included.
#include "feedtestservers.h"
#include "trusttestnetwork.h"

#include "sync/httpfeedsource.h"
#include "trust/news.h"
#include "trust/sizelimits.h"

#include <QTest>

using namespace kring;
using namespace kring::testing;

namespace {

const QByteArray snapshotBody = QByteArrayLiteral("{\"signed\":\"snapshot v1\"}");
const QByteArray etag = QByteArrayLiteral("\"abc123\"");
const QByteArray lastModified = QByteArrayLiteral("Tue, 03 Nov 2026 10:00:00 GMT");

QUrl feedAt(quint16 port, const QString &host = QStringLiteral("127.0.0.1"))
{
    return QUrl(QStringLiteral("http://%1:%2/feed/").arg(host).arg(port));
}

QByteArray readOk(const sync::HttpFeedSource &source, const QString &path)
{
    const Result<std::optional<QByteArray>> read = source.read(path, trust::maxSnapshotBytes);
    if (!read) {
        qWarning("%s", qPrintable(read.error()));
        return {};
    }
    return read.value().value_or(QByteArray());
}

} // namespace

class HttpFeedSourceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstFetchKeepsTheValidators()
    {
        FeedHttpServer server;
        server.files.insert("/feed/snapshot.json", {snapshotBody, etag, lastModified});
        sync::HttpFeedSource source(feedAt(server.port()));
        QCOMPARE(readOk(source, QStringLiteral("snapshot.json")), snapshotBody);
        QCOMPARE(server.requests.size(), 1);
        QVERIFY(!server.requests[0].headers.contains("if-none-match"));
        const sync::KeptFile kept = source.kept().value(QStringLiteral("snapshot.json"));
        QCOMPARE(kept.url, feedAt(server.port()).resolved(QUrl(QStringLiteral("snapshot.json"))));
        QCOMPARE(kept.etag, etag);
        QCOMPARE(kept.lastModified, lastModified);
        QCOMPARE(kept.body, snapshotBody);
        QCOMPARE(source.changedKept(), QSet<QString>{QStringLiteral("snapshot.json")});
    }

    void secondFetchIsConditionalAndA304GivesTheKeptBytes()
    {
        FeedHttpServer server;
        server.files.insert("/feed/snapshot.json", {snapshotBody, etag, lastModified});
        sync::HttpFeedSource first(feedAt(server.port()));
        QCOMPARE(readOk(first, QStringLiteral("snapshot.json")), snapshotBody);

        sync::HttpFeedSource second(feedAt(server.port()));
        second.setKept(first.kept());
        QCOMPARE(readOk(second, QStringLiteral("snapshot.json")), snapshotBody);
        QCOMPARE(server.requests.size(), 2);
        QCOMPARE(server.requests[1].headers.value("if-none-match"), etag);
        QCOMPARE(server.requests[1].headers.value("if-modified-since"), lastModified);
        QCOMPARE(server.requests[1].status, 304);
        QCOMPARE(second.notModifiedCount(), 1);
        QCOMPARE(second.bytesReceived(), 0);
        QVERIFY(second.changedKept().isEmpty());
    }

    // news.json is fetched like the other feed files (same headers, kept for a conditional GET), and only
    // when the snapshot lists another one than the news the phone took.
    void newsAreFetchedOnlyWhenTheyChanged()
    {
        TestNetwork network;
        trust::News news;
        news.issued = utc(2026, 11, 2);
        news.version = trust::nextNewsVersion(news.issued, 0);
        trust::NewsItem item;
        item.title = QStringLiteral("Gezocht: nieuwe contactpersonen");
        item.text = QStringLiteral("Voor groepen die dit voorjaar beginnen.");
        item.date = QDate(2026, 11, 2);
        item.until = QDate(2026, 12, 2);
        item.regions = {QStringLiteral("everyone")};
        news.items = {item};
        network.signedNews = trust::signNews(news, {network.rootKey}).value();
        FeedHttpServer server;
        const auto serve = [&](const QHash<QString, QByteArray> &files) {
            for (auto it = files.cbegin(); it != files.cend(); ++it)
                server.files.insert(
                    "/feed/" + it.key().toUtf8(),
                    {it.value(), "\"" + trust::blake2b256(it.value()).toHex().left(16) + "\"", {}});
        };
        serve(network.build(1, utc(2026, 11, 2)));
        sync::HttpFeedSource first(feedAt(server.port()));
        const auto taken = feed::verifyFeed(first, network.pinnedRoot(), {}, utc(2026, 11, 2));
        QVERIFY2(taken.ok(), qPrintable(taken.ok() ? QString() : taken.error()));
        QVERIFY(taken.value().news);
        const auto newsRequest =
            std::find_if(server.requests.cbegin(), server.requests.cend(),
                         [](const SeenRequest &r) { return r.path == "/feed/news.json"; });
        QVERIFY(newsRequest != server.requests.cend());
        QCOMPARE(newsRequest->headers.value("user-agent"),
                 server.requests.first().headers.value("user-agent"));
        QVERIFY(!newsRequest->headers.contains("cookie"));
        QVERIFY(first.kept().contains(QStringLiteral("news.json")));

        // The next build lists the same news: not asked for again.
        serve(network.build(2, utc(2026, 11, 3)));
        server.requests.clear();
        sync::HttpFeedSource second(feedAt(server.port()));
        second.setKept(first.kept());
        const auto again =
            feed::verifyFeed(second, network.pinnedRoot(), taken.value().state, utc(2026, 11, 3));
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error()));
        QVERIFY(std::none_of(server.requests.cbegin(), server.requests.cend(),
                             [](const SeenRequest &r) { return r.path == "/feed/news.json"; }));
        QCOMPARE(again.value().state.news, taken.value().state.news);
    }

    void aChangedFileReplacesTheKeptOne()
    {
        FeedHttpServer server;
        server.files.insert("/feed/announcements.json", {QByteArrayLiteral("[1]"), etag, {}});
        sync::HttpFeedSource first(feedAt(server.port()));
        QCOMPARE(readOk(first, QStringLiteral("announcements.json")), QByteArrayLiteral("[1]"));

        server.files.insert("/feed/announcements.json", {QByteArrayLiteral("[1,2]"), "\"v2\"", {}});
        sync::HttpFeedSource second(feedAt(server.port()));
        second.setKept(first.kept());
        QCOMPARE(readOk(second, QStringLiteral("announcements.json")), QByteArrayLiteral("[1,2]"));
        QCOMPARE(server.requests[1].status, 200);
        QCOMPARE(second.kept().value(QStringLiteral("announcements.json")).etag, QByteArrayLiteral("\"v2\""));
        QCOMPARE(second.kept().value(QStringLiteral("announcements.json")).body, QByteArrayLiteral("[1,2]"));
        QCOMPARE(second.notModifiedCount(), 0);
    }

    void a304ForAFileNotHeldFallsBackToAPlainGet()
    {
        FeedHttpServer server;
        server.notModifiedForAnyValidator = true;
        server.files.insert("/feed/revocations.json", {QByteArrayLiteral("{\"r\":1}"), etag, {}});
        sync::HttpFeedSource source(feedAt(server.port()));
        // Validators kept without the bytes they stand for.
        const QUrl url = feedAt(server.port()).resolved(QUrl(QStringLiteral("revocations.json")));
        source.setKept({{QStringLiteral("revocations.json"), sync::KeptFile{url, etag, {}, {}}}});
        QCOMPARE(readOk(source, QStringLiteral("revocations.json")), QByteArrayLiteral("{\"r\":1}"));
        QCOMPARE(server.requests.size(), 2);
        QCOMPARE(server.requests[0].status, 304);
        QVERIFY(!server.requests[1].headers.contains("if-none-match"));
        QCOMPARE(server.requests[1].status, 200);
        QCOMPARE(source.notModifiedCount(), 0);
    }

    void validatorsGoOnlyToTheUrlThatGaveThem()
    {
        FeedHttpServer server;
        server.notModifiedForAnyValidator = true;
        server.files.insert("/feed/snapshot.json", {snapshotBody, etag, {}});
        sync::HttpFeedSource source(feedAt(server.port()));
        const QUrl elsewhere(QStringLiteral("https://feed.example.org/feed/snapshot.json"));
        source.setKept(
            {{QStringLiteral("snapshot.json"), sync::KeptFile{elsewhere, etag, {}, snapshotBody}}});
        QCOMPARE(readOk(source, QStringLiteral("snapshot.json")), snapshotBody);
        QCOMPARE(server.requests.size(), 1);
        QVERIFY(!server.requests[0].headers.contains("if-none-match"));
        QCOMPARE(server.requests[0].status, 200);
    }

    void onlyShortPrintableValidatorsAreKept_data()
    {
        QTest::addColumn<QByteArray>("served");
        QTest::addColumn<bool>("kept");
        QTest::newRow("quoted") << QByteArrayLiteral("\"5f2a-61c\"") << true;
        QTest::newRow("weak") << QByteArrayLiteral("W/\"5f2a\"") << true;
        QTest::newRow("64 characters") << QByteArray(64, 'a') << true;
        QTest::newRow("65 characters") << QByteArray(65, 'a') << false;
        QTest::newRow("a long identifier") << QByteArray(200, '7') << false;
    }

    void onlyShortPrintableValidatorsAreKept()
    {
        QFETCH(QByteArray, served);
        QFETCH(bool, kept);
        FeedHttpServer server;
        server.files.insert("/feed/snapshot.json", {snapshotBody, served, {}});
        sync::HttpFeedSource source(feedAt(server.port()));
        QCOMPARE(readOk(source, QStringLiteral("snapshot.json")), snapshotBody);
        QCOMPARE(source.kept().contains(QStringLiteral("snapshot.json")), kept);
    }

    void controlCharactersAreNotPrintable()
    {
        QVERIFY(sync::isShortValidator("\"abc\""));
        QVERIFY(!sync::isShortValidator(QByteArray("a\tb")));
        QVERIFY(!sync::isShortValidator(QByteArray("a\x7f")));
        QVERIFY(!sync::isShortValidator(QByteArray("caf\xc3\xa9")));
        QVERIFY(!sync::isShortValidator({}));
    }

    void onlyTheSmallFilesAreKept()
    {
        QVERIFY(sync::isKeptPath(QStringLiteral("snapshot.json")));
        QVERIFY(sync::isKeptPath(QStringLiteral("revocations.json")));
        QVERIFY(sync::isKeptPath(QStringLiteral("announcements.json")));
        QVERIFY(sync::isKeptPath(QStringLiteral("root/12.json")));
        QVERIFY(!sync::isKeptPath(QStringLiteral("directory.json")));
        QVERIFY(!sync::isKeptPath(QStringLiteral("root/../directory.json")));

        FeedHttpServer server;
        server.files.insert("/feed/directory.json", {QByteArrayLiteral("{}"), etag, lastModified});
        sync::HttpFeedSource source(feedAt(server.port()));
        QCOMPARE(readOk(source, QStringLiteral("directory.json")), QByteArrayLiteral("{}"));
        QVERIFY(source.kept().isEmpty());
    }

    void aMissingFileIsNotAnError()
    {
        FeedHttpServer server;
        sync::HttpFeedSource source(feedAt(server.port()));
        const Result<std::optional<QByteArray>> read = source.read(QStringLiteral("root/2.json"), 1024);
        QVERIFY(read.ok());
        QVERIFY(!read.value().has_value());
        QCOMPARE(source.problem(), sync::FetchProblem::None);
    }

    void aSocksProxyCarriesEveryRequestWithTheHostName()
    {
        FeedHttpServer server;
        server.files.insert("/feed/snapshot.json", {snapshotBody, etag, {}});
        Socks5Server proxy(server.port());
        sync::HttpFeedSource source(feedAt(server.port(), QStringLiteral("localhost")));
        source.setProxy(sync::Proxy{QStringLiteral("127.0.0.1"), proxy.port()});
        QCOMPARE(readOk(source, QStringLiteral("snapshot.json")), snapshotBody);
        QCOMPARE(readOk(source, QStringLiteral("snapshot.json")), snapshotBody);
        QCOMPARE(server.requests.size(), 2);
        // The name went to the proxy, to be resolved there; no connection by address.
        QVERIFY(!proxy.domainsAsked.isEmpty());
        for (const QByteArray &asked : proxy.domainsAsked)
            QCOMPARE(asked, "localhost:" + QByteArray::number(server.port()));
        QCOMPARE(proxy.addressesAsked, 0);
    }

    void anUnreachableProxyIsSaidSo()
    {
        FeedHttpServer server;
        server.files.insert("/feed/snapshot.json", {snapshotBody, {}, {}});
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            closedPort = probe.serverPort();
        }
        sync::HttpFeedSource source(feedAt(server.port(), QStringLiteral("localhost")));
        source.setProxy(sync::Proxy{QStringLiteral("127.0.0.1"), closedPort});
        const Result<std::optional<QByteArray>> read = source.read(QStringLiteral("snapshot.json"), 1024);
        QVERIFY(!read.ok());
        QCOMPARE(source.problem(), sync::FetchProblem::Proxy);
        QVERIFY(server.requests.isEmpty());
    }

    void anUnreachableServerIsANetworkProblem()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            closedPort = probe.serverPort();
        }
        sync::HttpFeedSource source(feedAt(closedPort));
        QVERIFY(!source.read(QStringLiteral("snapshot.json"), 1024).ok());
        QCOMPARE(source.problem(), sync::FetchProblem::Network);
    }

    void proxyAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("Orbot") << QStringLiteral("127.0.0.1:9050") << QStringLiteral("127.0.0.1") << 9050;
        QTest::newRow("a name") << QStringLiteral(" proxy.example.org:1080 ")
                                << QStringLiteral("proxy.example.org") << 1080;
        QTest::newRow("IPv6") << QStringLiteral("[::1]:9050") << QStringLiteral("::1") << 9050;
        QTest::newRow("no port") << QStringLiteral("127.0.0.1") << QString() << 0;
        QTest::newRow("port 0") << QStringLiteral("127.0.0.1:0") << QString() << 0;
        QTest::newRow("port too high") << QStringLiteral("127.0.0.1:70000") << QString() << 0;
        QTest::newRow("a URL") << QStringLiteral("socks5://127.0.0.1:9050") << QString() << 0;
        QTest::newRow("a user") << QStringLiteral("me@127.0.0.1:9050") << QString() << 0;
        QTest::newRow("a path") << QStringLiteral("127.0.0.1:9050/x") << QString() << 0;
        QTest::newRow("empty") << QString() << QString() << 0;
        QTest::newRow("spaces") << QStringLiteral("my proxy:9050") << QString() << 0;
    }

    void proxyAddresses()
    {
        QFETCH(QString, text);
        QFETCH(QString, host);
        QFETCH(int, port);
        const Result<sync::Proxy> proxy = sync::proxyAddress(text);
        QCOMPARE(proxy.ok(), !host.isEmpty());
        if (proxy.ok()) {
            QCOMPARE(proxy.value().host, host);
            QCOMPARE(int(proxy.value().port), port);
        } else {
            QVERIFY(proxy.error().contains(QStringLiteral("127.0.0.1:9050")));
        }
    }
};

QTEST_GUILESS_MAIN(HttpFeedSourceTest)
#include "tst_httpfeedsource.moc"
