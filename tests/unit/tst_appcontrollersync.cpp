// SPDX-License-Identifier: GPL-3.0-or-later
// The app's sync settings: the interval drives the sync timer and "off" means no sync until asked; the
// settings, the feed address and the time of the last update survive a restart; a second sync is
// conditional and a 304 keeps the data; an unreachable proxy is said in plain words and the data stays.
#include "appcontroller.h"
#include "fakesecretvault.h"
#include "feedtestservers.h"
#include "trusttestnetwork.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kring;
using namespace kring::testing;

namespace {

void serve(FeedHttpServer &server, const QHash<QString, QByteArray> &files)
{
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QByteArray etag =
            '"' + QCryptographicHash::hash(it.value(), QCryptographicHash::Sha256).toHex().left(16) + '"';
        server.files.insert("/feed/" + it.key().toUtf8(), ServedFile{it.value(), etag, {}});
    }
}

} // namespace

class AppControllerSyncTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_temporary;
    FakeSecretVault m_vault;
    std::unique_ptr<TestNetwork> m_network;

    std::unique_ptr<AppController> start(const QUrl &commandLineUrl, bool expectSync)
    {
        auto controller = std::make_unique<AppController>(QStringLiteral("en"));
        controller->setTrust(m_network->pinnedRoot(), QString());
        controller->setFeedUrl(commandLineUrl);
        QSignalSpy loaded(controller.get(), &AppController::directoryLoaded);
        QSignalSpy synced(controller.get(), &AppController::syncFinished);
        controller->openStore(
            m_temporary->path(),
            [this] {
                auto copy = std::make_unique<FakeSecretVault>();
                copy->secret = m_vault.secret;
                return std::unique_ptr<SecretVault>(std::move(copy));
            },
            QString());
        if (!loaded.wait(30000) || !controller->errorMessage().isEmpty())
            return nullptr;
        if (expectSync && synced.isEmpty() && !synced.wait(30000))
            return nullptr;
        return controller;
    }

    static bool syncNow(AppController &controller)
    {
        QSignalSpy synced(&controller, &AppController::syncFinished);
        controller.syncSettings()->syncNow();
        return synced.wait(30000);
    }

private Q_SLOTS:
    void init()
    {
        m_temporary = std::make_unique<QTemporaryDir>();
        QVERIFY(m_temporary->isValid());
        m_vault.secret = QByteArray(32, '\x5a');
        m_network = std::make_unique<TestNetwork>(QDateTime::currentDateTimeUtc().addDays(-2));
    }

    void theIntervalDrivesTheTimerAndOffWaitsToBeAsked()
    {
        FeedHttpServer server;
        serve(server, m_network->build(1, QDateTime::currentDateTimeUtc().addDays(-1)));
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/feed/").arg(server.port()));
        {
            const auto app = start(url, true);
            QVERIFY(app);
            QCOMPARE(app->feedVersion(), 1);
            SyncSettings *settings = app->syncSettings();
            QVERIFY(settings->lastSynced().isValid());
            QVERIFY2(settings->statusText().startsWith(u"Updated on "), qPrintable(settings->statusText()));
            QVERIFY(settings->problemText().isEmpty());
            QVERIFY(settings->canSync());
            QVERIFY(app->syncTimer().isActive());
            QCOMPARE(app->syncTimer().intervalAsDuration(), std::chrono::minutes(15));
            settings->setInterval(SyncSettings::Hourly);
            QCOMPARE(app->syncTimer().intervalAsDuration(), std::chrono::minutes(60));
            QVERIFY(app->syncTimer().isActive());
            settings->setInterval(SyncSettings::Off);
            QVERIFY(!app->syncTimer().isActive());
        }
        const qsizetype requestsBefore = server.requests.size();
        // Off after a restart: no sync at start, none on the timer; the last update is still known.
        const auto app = start(url, false);
        QVERIFY(app);
        QCOMPARE(app->syncSettings()->interval(), int(SyncSettings::Off));
        QVERIFY(!app->syncing());
        QVERIFY(!app->syncTimer().isActive());
        QCOMPARE(server.requests.size(), requestsBefore);
        QVERIFY(app->syncSettings()->lastSynced().isValid());

        // Asked for: a conditional GET, answered 304, and the data stays.
        QVERIFY(syncNow(*app));
        QVERIFY(server.requests.size() > requestsBefore);
        const SeenRequest snapshot =
            *std::find_if(server.requests.cbegin() + requestsBefore, server.requests.cend(),
                          [](const SeenRequest &request) { return request.path == "/feed/snapshot.json"; });
        QVERIFY(snapshot.headers.contains("if-none-match"));
        QCOMPARE(snapshot.status, 304);
        QCOMPARE(app->feedVersion(), 1);
        QVERIFY2(app->feedRefusal().isEmpty(), qPrintable(app->feedRefusal()));
        QVERIFY(app->syncSettings()->problemText().isEmpty());
    }

    void theFeedAddressSettingIsUsedAndTheCommandLineWins()
    {
        FeedHttpServer server;
        serve(server, m_network->build(1, QDateTime::currentDateTimeUtc().addDays(-1)));
        const QString url = QStringLiteral("http://127.0.0.1:%1/feed/").arg(server.port());
        {
            const auto app = start(QUrl(), false);
            QVERIFY(app);
            QVERIFY(!app->syncSettings()->canSync());
            QCOMPARE(app->feedVersion(), 0);
            QVERIFY(!app->syncSettings()->setFeedUrl(QStringLiteral("https://x.example/feed/?install=1")));
            QVERIFY(!app->syncSettings()->feedUrlError().isEmpty());
            QVERIFY(app->syncSettings()->setFeedUrl(url));
            QVERIFY(app->syncSettings()->canSync());
        }
        {
            // Kept: the next start syncs from it.
            const auto app = start(QUrl(), true);
            QVERIFY(app);
            QCOMPARE(app->syncSettings()->feedUrl(), url);
            QCOMPARE(app->feedVersion(), 1);
        }
        // --feed-url wins over the setting.
        const auto app = start(QUrl(QStringLiteral("http://127.0.0.1:1/feed/")), true);
        QVERIFY(app);
        QVERIFY(app->syncSettings()->feedUrlFromCommandLine());
        QCOMPARE(app->syncSettings()->effectiveFeedUrl(), QUrl(QStringLiteral("http://127.0.0.1:1/feed/")));
        QVERIFY(!app->syncSettings()->problemText().isEmpty());
    }

    void anUnreachableProxyIsSaidPlainlyAndTheDataStays()
    {
        FeedHttpServer server;
        serve(server, m_network->build(1, QDateTime::currentDateTimeUtc().addDays(-1)));
        const QUrl url(QStringLiteral("http://localhost:%1/feed/").arg(server.port()));
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            closedPort = probe.serverPort();
        }
        const QString proxy = QStringLiteral("127.0.0.1:%1").arg(closedPort);
        {
            const auto app = start(url, true);
            QVERIFY(app);
            QCOMPARE(app->feedVersion(), 1);
            QVERIFY(app->syncSettings()->setProxy(true, proxy));
        }
        const qsizetype requestsBefore = server.requests.size();
        const auto app = start(url, true);
        QVERIFY(app);
        QVERIFY(app->syncSettings()->proxyEnabled());
        QCOMPARE(app->syncSettings()->proxyAddress(), proxy);
        QCOMPARE(server.requests.size(), requestsBefore); // nothing went around the proxy
        const QString problem = app->syncSettings()->problemText();
        QVERIFY2(problem.contains(QStringLiteral("could not reach the proxy at ") + proxy),
                 qPrintable(problem));
        QCOMPARE(app->feedVersion(), 1);
        QVERIFY(app->syncSettings()->lastSynced().isValid());

        // Through a proxy that works, the update goes through again and the reason is gone.
        Socks5Server socks(server.port());
        QVERIFY(app->syncSettings()->setProxy(true, QStringLiteral("127.0.0.1:%1").arg(socks.port())));
        QVERIFY(syncNow(*app));
        QVERIFY(!socks.domainsAsked.isEmpty());
        QVERIFY2(app->syncSettings()->problemText().isEmpty(),
                 qPrintable(app->syncSettings()->problemText()));
    }
};

QTEST_MAIN(AppControllerSyncTest)
#include "tst_appcontrollersync.moc"
