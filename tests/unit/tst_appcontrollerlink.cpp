// SPDX-License-Identifier: GPL-3.0-or-later
// AppController::openLink: a share link is verified offline against the stored trust state; a valid one is
// stored, shown at once (the group opens, its date shows the change) and survives a restart; an invalid one
// changes nothing and says why; a withdrawal by link takes the announcement back.
#include "appcontroller.h"
#include "fakesecretvault.h"
#include "linkreceiver.h"
#include "nextdatesmodel.h"
#include "trusttestnetwork.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kring;
using namespace kring::testing;

namespace {

const QString group = QStringLiteral("ehv-rouw-partner");
const QString linkHost = QStringLiteral("kring.example.nl");

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

QString statusOf(NextDatesModel *dates, const QDate &date)
{
    for (int row = 0; row < dates->rowCount(); ++row) {
        const QModelIndex index = dates->index(row);
        if (dates->data(index, NextDatesModel::StartRole).toDateTime().date() == date)
            return dates->data(index, NextDatesModel::StatusRole).toString();
    }
    return QString();
}

} // namespace

class AppControllerLinkTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_temporary = std::make_unique<QTemporaryDir>();
        QVERIFY(m_temporary->isValid());
        m_vault.secret = QByteArray(32, '\x5a');
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_network = std::make_unique<TestNetwork>(now.addDays(-5));
        // A root that names the network's link host.
        m_network->root.linkHost = linkHost;
        m_network->rootChain = {TestNetwork::signRoot(m_network->root, {m_network->rootKey})};
        m_contact = m_network->certify({group}, now.addDays(-5));
        m_feed = writeFeed(m_temporary->path(), QStringLiteral("feed"), m_network->build(1, now.addDays(-1)));
    }

    void validLinkIsStoredAndShownAtOnce()
    {
        auto controller = start();
        QCOMPARE(controller->announcementCount(), 0);
        controller->openGroup(group);
        NextDatesModel *dates = controller->currentGroup()->nextDates();
        QVERIFY(dates->rowCount() > 0);
        const QDate date = dates->data(dates->index(0), NextDatesModel::StartRole).toDateTime().date();
        QCOMPARE(statusOf(dates, date), QStringLiteral("scheduled"));

        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QByteArray cancel = TestNetwork::announce(m_contact, group, 1, now.addSecs(-60), date);
        QSignalSpy opened(controller.get(), &AppController::linkOpened);
        controller->openLink(trust::announcementLink(cancel, linkHost));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toString(), group);
        QVERIFY2(controller->linkMessage().isEmpty(), qPrintable(controller->linkMessage()));
        QCOMPARE(controller->announcementCount(), 1);
        QCOMPARE(controller->currentGroup()->groupId(), group);
        QCOMPARE(statusOf(dates, date), QStringLiteral("cancelled"));

        // Kept across a restart.
        controller.reset();
        controller = start();
        QCOMPARE(controller->announcementCount(), 1);

        // The contact person withdraws it by link: the date is as before.
        const auto signedCancel = trust::verifyAnnouncement(cancel, m_network->root, m_network->revocations,
                                                            now, QStringLiteral("cancel"));
        const QByteArray withdrawal =
            trust::signAnnouncement(trust::withdrawalPayload(signedCancel.value(), 2, now.addSecs(-30)),
                                    m_contact.certificate, m_contact.key)
                .value();
        controller->openLink(trust::announcementLink(withdrawal));
        QVERIFY2(controller->linkMessage().isEmpty(), qPrintable(controller->linkMessage()));
        QCOMPARE(controller->announcementCount(), 0);
        QCOMPARE(statusOf(controller->currentGroup()->nextDates(), date), QStringLiteral("scheduled"));
        // And the withdrawn one, shared again, is refused.
        controller->openLink(trust::announcementLink(cancel));
        QVERIFY2(controller->linkMessage().contains(u"withdrawn"), qPrintable(controller->linkMessage()));
        QCOMPARE(controller->announcementCount(), 0);
    }

    void invalidLinkChangesNothingAndSaysWhy_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not a link") << QStringLiteral("text") << QStringLiteral("not a Kring link");
        QTest::newRow("cut off") << QStringLiteral("cut") << QStringLiteral("incomplete or damaged");
        QTest::newRow("other host") << QStringLiteral("host") << QStringLiteral("website of the network");
        QTest::newRow("forged") << QStringLiteral("forged") << QStringLiteral("cannot confirm");
        QTest::newRow("expired") << QStringLiteral("expired") << QStringLiteral("out of date");
    }

    void invalidLinkChangesNothingAndSaysWhy()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        auto controller = start();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QByteArray cancel =
            TestNetwork::announce(m_contact, group, 1, now.addSecs(-60), now.addDays(14).date());
        QString link = trust::announcementLink(cancel);
        if (kind == u"text")
            link = QStringLiteral("https://example.org/");
        else if (kind == u"cut")
            link.chop(7);
        else if (kind == u"host")
            link = trust::announcementLink(cancel, QStringLiteral("kring.example.nl.evil.example"));
        else if (kind == u"forged") {
            // Signed by a contact key the network never certified, with a copied certificate.
            Contact impostor = m_contact;
            impostor.key = trust::generateKeyPair();
            link = trust::announcementLink(
                TestNetwork::announce(impostor, group, 1, now.addSecs(-60), now.addDays(14).date()));
        } else {
            link = trust::announcementLink(
                TestNetwork::announce(m_contact, group, 1, now.addDays(-4), now.addDays(-2).date()));
        }
        QSignalSpy opened(controller.get(), &AppController::linkOpened);
        QSignalSpy checked(controller.get(), &AppController::linkChecked);
        controller->openLink(link);
        QCOMPARE(checked.size(), 1);
        QCOMPARE(opened.size(), 0);
        QVERIFY2(controller->linkMessage().contains(reason), qPrintable(controller->linkMessage()));
        QCOMPARE(controller->announcementCount(), 0);
        controller.reset();
        QCOMPARE(start()->announcementCount(), 0);
    }

    // A link given before the store is open (as main.cpp does with `kring LINK`) waits for it.
    // A referrer shares a group: its link opens the group page, stores nothing, and an unknown group is
    // refused with a reason.
    void groupLinkOpensTheGroupPage()
    {
        auto controller = start();
        controller->openGroup(group);
        const QString link = controller->currentGroup()->shareLink();
        QVERIFY(link.startsWith(u"kring://g/"));
        QVERIFY(controller->currentGroup()->shareText().contains(link));
        controller->openGroup(QString());

        QSignalSpy opened(controller.get(), &AppController::linkOpened);
        controller->openLink(link);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(controller->currentGroup()->groupId(), group);
        QVERIFY(controller->linkMessage().isEmpty());
        QCOMPARE(controller->announcementCount(), 0);

        controller->openLink(QStringLiteral("kring://g/no-such-group"));
        QCOMPARE(opened.size(), 1);
        QVERIFY2(controller->linkMessage().contains(u"not in Kring"), qPrintable(controller->linkMessage()));
    }

    void linkBeforeTheStoreIsOpenWaits()
    {
        AppController controller(QStringLiteral("en"));
        controller.setTrust(m_network->pinnedRoot(), m_feed);
        QSignalSpy opened(&controller, &AppController::linkOpened);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        controller.openLink(trust::announcementLink(
            TestNetwork::announce(m_contact, group, 1, now.addSecs(-60), now.addDays(14).date())));
        openStore(controller);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(controller.announcementCount(), 1);
    }

    // `kring LINK` while Kring runs on the same data folder: the link goes to the running one.
    void secondLaunchHandsTheLinkToTheRunningKring()
    {
        const QString path = LinkReceiver::socketPath(m_temporary->path());
        QVERIFY(!path.isEmpty());
        QVERIFY(!LinkReceiver::isRunning(path));
        QVERIFY(!LinkReceiver::handOver(path, QStringLiteral("kring://a/abc")));
        // A socket file left by a Kring that ended abruptly is replaced.
        QFile stale(path);
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        LinkReceiver receiver;
        QVERIFY(receiver.listen(path));
        QVERIFY(LinkReceiver::isRunning(path));
        QSignalSpy received(&receiver, &LinkReceiver::linkReceived);
        QVERIFY(LinkReceiver::handOver(path, QStringLiteral(" kring://a/abc\n")));
        QVERIFY(received.wait(5000));
        QCOMPARE(received.first().first().toString(), QStringLiteral("kring://a/abc"));
        QVERIFY(!LinkReceiver::handOver(QString(), QStringLiteral("kring://a/abc")));
    }

private:
    void openStore(AppController &controller)
    {
        QSignalSpy loaded(&controller, &AppController::directoryLoaded);
        const QString data = m_temporary->filePath(QStringLiteral("data"));
        QDir().mkpath(data);
        controller.openStore(
            data,
            [this] {
                auto copy = std::make_unique<FakeSecretVault>();
                copy->secret = m_vault.secret;
                return std::unique_ptr<SecretVault>(std::move(copy));
            },
            QString());
        QVERIFY(loaded.wait(30000));
        QVERIFY2(controller.errorMessage().isEmpty(), qPrintable(controller.errorMessage()));
    }

    std::unique_ptr<AppController> start()
    {
        auto controller = std::make_unique<AppController>(QStringLiteral("en"));
        controller->setTrust(m_network->pinnedRoot(), m_feed);
        openStore(*controller);
        return controller;
    }

    std::unique_ptr<QTemporaryDir> m_temporary;
    FakeSecretVault m_vault;
    std::unique_ptr<TestNetwork> m_network;
    Contact m_contact;
    QString m_feed;
};

QTEST_MAIN(AppControllerLinkTest)
#include "tst_appcontrollerlink.moc"
