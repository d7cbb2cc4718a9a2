// SPDX-License-Identifier: GPL-3.0-or-later
// The app's trust across restarts: the trust state is read back from the store at every start, so a feed
// rolled back or replayed after a restart is refused; a bundled feed that no longer verifies leaves the
// stored directory in use; data verified under another root is not shown.
#include "appcontroller.h"
#include "fakesecretvault.h"
#include "feed/storedfeed.h"
#include "store/store.h"
#include "trusttestnetwork.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kring;
using namespace kring::testing;

namespace {

const QString group = QStringLiteral("ehv-rouw-partner");

// Writes `files` as a feed folder (snapshot.json, root/1.json ...) under `parent`/`name`.
QString writeFeed(const QString &parent, const QString &name, const QHash<QString, QByteArray> &files)
{
    const QDir folder(parent + QLatin1Char('/') + name);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString path = folder.filePath(it.key());
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size())
            return QString();
    }
    return folder.path();
}

// One start of the app with `pinnedRoot` and the bundled feed in `feedPath` (empty: none).
struct Started {
    QString error;
    qint64 feedVersion = 0;
    qsizetype groups = 0;
    int announcements = 0;
    QString feedNotice;
    QString feedRefusal;
};

Started start(const QString &dataDir, const FakeSecretVault &vault, const QByteArray &pinnedRoot,
              const QString &feedPath)
{
    AppController controller(QStringLiteral("nl"));
    controller.setTrust(pinnedRoot, feedPath);
    QSignalSpy loaded(&controller, &AppController::directoryLoaded);
    controller.openStore(
        dataDir,
        [&vault] {
            auto copy = std::make_unique<FakeSecretVault>();
            copy->secret = vault.secret;
            return std::unique_ptr<SecretVault>(std::move(copy));
        },
        QString());
    if (!loaded.wait(30000))
        return Started{QStringLiteral("no answer")};
    return Started{controller.errorMessage(),
                   controller.feedVersion(),
                   controller.index() ? controller.index()->groupCount() : -1,
                   controller.announcementCount(),
                   controller.feedNotice(),
                   controller.feedRefusal()};
}

} // namespace

class AppControllerTrustTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_temporary = std::make_unique<QTemporaryDir>();
        QVERIFY(m_temporary->isValid());
        // The key as a keyring would keep it, made up front so that every start finds it.
        m_vault.secret = QByteArray(32, '\x5a');
    }

    void restartThenRolledBackOrReplayedFeedIsRefused()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        TestNetwork network(now.addDays(-10));
        const Contact contact = network.certify({group}, now.addDays(-10));
        const QDate date = now.addDays(20).date();
        const QByteArray newer = TestNetwork::announce(contact, group, 2, now.addDays(-3), date);
        const QByteArray older = TestNetwork::announce(contact, group, 1, now.addDays(-3), date.addDays(7));
        const QString v1 =
            writeFeed(m_temporary->path(), QStringLiteral("v1"), network.build(1, now.addDays(-4)));
        const QString v2 =
            writeFeed(m_temporary->path(), QStringLiteral("v2"), network.build(2, now.addDays(-2), {newer}));
        const QString v3 =
            writeFeed(m_temporary->path(), QStringLiteral("v3"), network.build(3, now.addDays(-1), {older}));
        const QString data = dataDir();

        Started first = start(data, m_vault, network.pinnedRoot(), v2);
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QCOMPARE(first.feedVersion, 2);
        QCOMPARE(first.announcements, 1);
        QVERIFY2(first.feedNotice.isEmpty(), qPrintable(first.feedNotice));

        const Started rolledBack = start(data, m_vault, network.pinnedRoot(), v1);
        QVERIFY2(rolledBack.error.isEmpty(), qPrintable(rolledBack.error));
        QCOMPARE(rolledBack.feedVersion, 2);
        QVERIFY2(rolledBack.feedRefusal.contains(u"older than version 2"),
                 qPrintable(rolledBack.feedRefusal));
        QCOMPARE(rolledBack.announcements, 1);

        // The older sequence number is known from the stored state, so it is not taken.
        const Started replayed = start(data, m_vault, network.pinnedRoot(), v3);
        QVERIFY2(replayed.error.isEmpty(), qPrintable(replayed.error));
        QCOMPARE(replayed.feedVersion, 3);
        QCOMPARE(replayed.announcements, 1);
    }

    // The bundled root expired (or the clock runs ahead): the stored directory stays in use, marked.
    void expiredBundledRootLeavesTheStoredDirectoryInUse()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        TestNetwork network(now.addDays(-400)); // its root expired 35 days ago
        const QString feed =
            writeFeed(m_temporary->path(), QStringLiteral("feed"), network.build(1, now.addDays(-60)));
        const QString data = dataDir();
        QVERIFY(start(data, m_vault, network.pinnedRoot(), QString()).error.isEmpty());
        {
            // Checked 60 days ago, while the root was valid.
            Result<Store> store = Store::open(data, DatabaseKey::fromBytes(*m_vault.secret).value());
            QVERIFY(store.ok());
            feed::StoredFeed stored(store.value().database(), network.pinnedRoot());
            const auto applied = stored.apply(feed::DirectoryFeedSource(feed), now.addDays(-60));
            QVERIFY(applied.ok() && applied.value().stored);
        }
        const Started later = start(data, m_vault, network.pinnedRoot(), feed);
        QVERIFY2(later.error.isEmpty(), qPrintable(later.error));
        QCOMPARE(later.feedVersion, 1);
        QVERIFY(later.groups > 0);
        QVERIFY2(later.feedRefusal.contains(u"expired"), qPrintable(later.feedRefusal));
        QVERIFY2(later.feedNotice.contains(u"Last checked"), qPrintable(later.feedNotice));
    }

    // Another network's root: what the store holds is not shown, until a feed verifies under that root.
    void dataOfAnotherRootIsNotShown()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        TestNetwork demo(now.addDays(-5));
        TestNetwork other(now.addDays(-5));
        const QString demoFeed =
            writeFeed(m_temporary->path(), QStringLiteral("demo"), demo.build(1, now.addDays(-1)));
        const QString otherFeed =
            writeFeed(m_temporary->path(), QStringLiteral("other"), other.build(1, now.addDays(-1)));
        const QString data = dataDir();

        const Started shown = start(data, m_vault, demo.pinnedRoot(), demoFeed);
        QVERIFY2(shown.error.isEmpty(), qPrintable(shown.error));
        QVERIFY(shown.groups > 0);

        const Started hidden = start(data, m_vault, other.pinnedRoot(), QString());
        QVERIFY2(hidden.error.isEmpty(), qPrintable(hidden.error));
        QCOMPARE(hidden.groups, 0);
        QCOMPARE(hidden.feedVersion, 0);
        QVERIFY2(hidden.feedNotice.contains(u"another key"), qPrintable(hidden.feedNotice));

        const Started replaced = start(data, m_vault, other.pinnedRoot(), otherFeed);
        QVERIFY2(replaced.error.isEmpty(), qPrintable(replaced.error));
        QVERIFY(replaced.groups > 0);
        QCOMPARE(replaced.feedVersion, 1);
        QVERIFY2(replaced.feedNotice.isEmpty(), qPrintable(replaced.feedNotice));
    }

private:
    // The data folder, as main.cpp makes it before the store is opened.
    QString dataDir() const
    {
        const QString path = m_temporary->filePath(QStringLiteral("data"));
        QDir().mkpath(path);
        return path;
    }

    std::unique_ptr<QTemporaryDir> m_temporary;
    FakeSecretVault m_vault;
};

QTEST_MAIN(AppControllerTrustTest)
#include "tst_appcontrollertrust.moc"
