// SPDX-License-Identifier: GPL-3.0-or-later
// Share links (docs/trust.md, "Share links"): the link host is signed root metadata; a https link is taken
// only for the link host of the newest trusted root, a kring:// link always; refusals come in plain words.
#include "trust/keydirectory.h"
#include "trusttestnetwork.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kring;
using namespace kring::testing;

namespace {

const QString group = QStringLiteral("ehv-rouw-partner");

} // namespace

class SharedLinkTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linkHostIsSignedRootMetadata()
    {
        TestNetwork network;
        trust::RootMetadata root = network.root;
        root.linkHost = QStringLiteral("kring.example.nl");
        const QByteArray signedRoot = TestNetwork::signRoot(root, {network.rootKey});
        const auto verified = trust::verifyPinnedRoot(signedRoot, QStringLiteral("root.json"));
        QVERIFY2(verified.ok(), verified.ok() ? "" : qPrintable(verified.error()));
        QCOMPARE(verified.value().linkHost, QStringLiteral("kring.example.nl"));
        // A root without it (every root so far) still verifies, without a link host.
        const auto old = trust::verifyPinnedRoot(network.pinnedRoot(), QStringLiteral("root.json"));
        QVERIFY(old.ok());
        QVERIFY(old.value().linkHost.isEmpty());
        QVERIFY(!trust::rootPayload(network.root).contains("link_host"));
    }

    void linkHostMustBeAHostName_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("valid");
        QTest::newRow("host") << QStringLiteral("kring.example.nl") << true;
        QTest::newRow("one label") << QStringLiteral("localhost") << true;
        QTest::newRow("upper case") << QStringLiteral("Kring.example.nl") << false;
        QTest::newRow("port") << QStringLiteral("kring.example.nl:443") << false;
        QTest::newRow("path") << QStringLiteral("kring.example.nl/a") << false;
        QTest::newRow("empty label") << QStringLiteral("kring..nl") << false;
        QTest::newRow("hyphen first") << QStringLiteral("-kring.nl") << false;
        QTest::newRow("unicode") << QStringLiteral("kríng.nl") << false;
    }

    void linkHostMustBeAHostName()
    {
        QFETCH(QString, host);
        QFETCH(bool, valid);
        QCOMPARE(trust::isValidLinkHost(host), valid);
        // A root carrying an invalid one does not verify.
        TestNetwork network;
        trust::RootMetadata root = network.root;
        root.linkHost = host;
        QCOMPARE(
            trust::verifyPinnedRoot(TestNetwork::signRoot(root, {network.rootKey}), QStringLiteral("r")).ok(),
            valid);
    }

    void keyFolderSetsAndKeepsTheLinkHost()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keys"));
        QVERIFY(!trust::KeyDirectory::create(path, utc(2026, 11, 1), QStringLiteral("Bad Host")).ok());
        auto keys = trust::KeyDirectory::create(path, utc(2026, 11, 1), QStringLiteral("kring.example.nl"));
        QVERIFY2(keys.ok(), keys.ok() ? "" : qPrintable(keys.error()));
        QCOMPARE(keys.value().root().linkHost, QStringLiteral("kring.example.nl"));
        QVERIFY(keys.value().rotateRoot(utc(2026, 12, 1)).ok());
        QCOMPARE(trust::KeyDirectory::open(path).value().root().linkHost, QStringLiteral("kring.example.nl"));
        QVERIFY(keys.value().rotateRoot(utc(2026, 12, 2), QStringLiteral("links.example.be")).ok());
        QCOMPARE(trust::KeyDirectory::open(path).value().root().linkHost, QStringLiteral("links.example.be"));
    }

    void httpsLinkOnlyForTheNewestRootsLinkHost_data()
    {
        QTest::addColumn<QString>("rootHost"); // of the newest trusted root
        QTest::addColumn<QString>("linkHost"); // empty: kring://
        QTest::addColumn<bool>("taken");
        const QString host = QStringLiteral("kring.example.nl");
        QTest::newRow("kring://, root without host") << QString() << QString() << true;
        QTest::newRow("kring://, root with host") << host << QString() << true;
        QTest::newRow("https, root without host") << QString() << host << false;
        QTest::newRow("https, the root's host") << host << host << true;
        QTest::newRow("https, upper case") << host << QStringLiteral("KRING.example.NL") << true;
        QTest::newRow("https, look-alike") << host << QStringLiteral("kring.example.nl.example.com") << false;
        QTest::newRow("https, with port") << host << QStringLiteral("kring.example.nl:8443") << false;
        QTest::newRow("https, other") << host << QStringLiteral("example.org") << false;
    }

    void httpsLinkOnlyForTheNewestRootsLinkHost()
    {
        QFETCH(QString, rootHost);
        QFETCH(QString, linkHost);
        QFETCH(bool, taken);
        TestNetwork network;
        network.root.linkHost = rootHost;
        const Contact contact = network.certify({group}, utc(2026, 11, 1));
        const QByteArray cancel =
            TestNetwork::announce(contact, group, 1, utc(2026, 11, 2), QDate(2026, 11, 24));
        const auto check = feed::checkLink(trust::announcementLink(cancel, linkHost), network.root,
                                           network.revocations, trust::TrustState{}, utc(2026, 11, 3));
        QCOMPARE(bool(check.announcement), taken);
        QCOMPARE(check.problem, taken ? feed::LinkProblem::None : feed::LinkProblem::OtherHost);
        if (!taken)
            QVERIFY2(check.detail.contains(u"link host"), qPrintable(check.detail));
    }

    void refusalsInPlainWords_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("problem");
        QTest::newRow("text") << QStringLiteral("text") << int(feed::LinkProblem::NotALink);
        QTest::newRow("cut off") << QStringLiteral("cut") << int(feed::LinkProblem::Damaged);
        QTest::newRow("not base64") << QStringLiteral("garbled") << int(feed::LinkProblem::Damaged);
        QTest::newRow("revoked") << QStringLiteral("revoked") << int(feed::LinkProblem::NotConfirmed);
        QTest::newRow("other root") << QStringLiteral("other root") << int(feed::LinkProblem::NotConfirmed);
        QTest::newRow("expired") << QStringLiteral("expired") << int(feed::LinkProblem::Expired);
        QTest::newRow("replaced") << QStringLiteral("replaced") << int(feed::LinkProblem::Replaced);
    }

    void refusalsInPlainWords()
    {
        QFETCH(QString, kind);
        QFETCH(int, problem);
        TestNetwork network;
        const Contact contact = network.certify({group}, utc(2026, 11, 1));
        QByteArray envelope = TestNetwork::announce(contact, group, 1, utc(2026, 11, 2), QDate(2026, 11, 24));
        QString link = trust::announcementLink(envelope);
        trust::TrustState state;
        QDateTime when = utc(2026, 11, 3);
        if (kind == u"text")
            link = QStringLiteral("see you on tuesday");
        else if (kind == u"cut")
            link = link.left(60);
        else if (kind == u"garbled")
            link = QStringLiteral("kring://a/abc+/def");
        else if (kind == u"revoked")
            network.revocations.serials.insert(contact.serial);
        else if (kind == u"other root") {
            TestNetwork other;
            link = trust::announcementLink(TestNetwork::announce(
                other.certify({group}, utc(2026, 11, 1)), group, 1, utc(2026, 11, 2), QDate(2026, 11, 24)));
        } else if (kind == u"expired")
            when = utc(2026, 11, 26);
        else
            state.record(trust::verifyAnnouncement(
                             TestNetwork::announce(contact, group, 2, utc(2026, 11, 2), QDate(2026, 12, 1)),
                             network.root, network.revocations, when, QString())
                             .value(),
                         when);
        const auto check = feed::checkLink(link, network.root, network.revocations, state, when);
        QVERIFY(!check.announcement);
        QCOMPARE(int(check.problem), problem);
        QVERIFY(!check.detail.isEmpty());
        const QString words = feed::linkProblemText(check.problem);
        QVERIFY(!words.isEmpty());
        QVERIFY2(!words.contains(u"refused") && !words.contains(u"sequence"), qPrintable(words));
    }
};

QTEST_GUILESS_MAIN(SharedLinkTest)
#include "tst_sharedlink.moc"
