// SPDX-License-Identifier: GPL-3.0-or-later
// The contact person on a phone (contact::ContactDesk): a key made in the encrypted store, a certificate
// taken only when the network's root vouches for it and it fits this key and group, announcements signed so
// that any phone verifies them, and delivery to the network's inbox that survives a missing network.
#include "contact/contactdesk.h"
#include "feedtestservers.h"
#include "store/store.h"
#include "sync/inboxsender.h"
#include "trusttestnetwork.h"

#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace kring;
using namespace kring::testing;

namespace {

const QString group = QStringLiteral("ehv-rouw-partner");

// An inbox on loopback that answers every request with `status` and keeps what it received.
class FakeInbox : public QObject
{
public:
    explicit FakeInbox(int status)
        : m_status(status)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { receive(socket); });
        });
    }
    [[nodiscard]] QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/inbox/").arg(m_server.serverPort()));
    }
    QList<QByteArray> requests;

private:
    void receive(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end).toLower();
        const qsizetype at = head.indexOf("content-length:");
        const qsizetype length =
            at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        requests.append(buffer);
        socket->write("HTTP/1.1 " + QByteArray::number(m_status) +
                      " X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    int m_status;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

trust::AnnouncementPayload cancellation(const QDate &date)
{
    trust::AnnouncementPayload draft;
    draft.kind = AnnouncementKind::Cancel;
    draft.date = date;
    return draft;
}

} // namespace

class ContactDeskTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_key.emplace(DatabaseKey::generate());
        auto store = Store::open(m_dir->path(), *m_key);
        QVERIFY(store.ok());
        m_store.emplace(std::move(store).value());
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void enrolmentMakesAKeyForTheGroupThatSurvivesARestart()
    {
        contact::ContactDesk desk(m_store->database());
        const auto enrolment = desk.enrol(group, utc(2026, 11, 2));
        QVERIFY2(enrolment.ok(), qPrintable(enrolment.ok() ? QString() : enrolment.error()));
        const auto request = trust::parseRequestCode(enrolment.value().requestCode);
        QVERIFY(request.ok());
        QCOMPARE(request.value().group, group);
        QCOMPARE(trust::keyId(request.value().contactKey), enrolment.value().keyId);
        QCOMPARE(enrolment.value().status, contact::CertificateStatus::Missing);
        QVERIFY(!desk.enrol(QStringLiteral("other-group"), utc(2026, 11, 2)).ok());

        m_store.reset();
        auto reopened = Store::open(m_dir->path(), *m_key);
        QVERIFY(reopened.ok());
        m_store.emplace(std::move(reopened).value());
        const auto again = contact::ContactDesk(m_store->database()).enrolment(view(TestNetwork()));
        QVERIFY(again.ok() && again.value());
        QCOMPARE(again.value()->keyId, enrolment.value().keyId);
        QCOMPARE(again.value()->requestCode, enrolment.value().requestCode);
    }

    void onlyAFittingCertificateOfTheTrustedRootIsTaken()
    {
        TestNetwork network;
        contact::ContactDesk desk(m_store->database());
        const auto enrolment = desk.enrol(group, utc(2026, 11, 2));
        QVERIFY(enrolment.ok());
        const QByteArray publicKey =
            trust::parseRequestCode(enrolment.value().requestCode).value().contactKey;
        const contact::TrustView trust = view(network);

        TestNetwork otherNetwork;
        QVERIFY(
            !desk.importCertificate(code(otherNetwork, publicKey, {group}, utc(2026, 11, 1)), trust).ok());
        QVERIFY(!desk.importCertificate(
                         code(network, trust::generateKeyPair().publicKey, {group}, utc(2026, 11, 1)), trust)
                     .ok());
        QVERIFY(!desk.importCertificate(code(network, publicKey, {QStringLiteral("other")}, utc(2026, 11, 1)),
                                        trust)
                     .ok());
        const auto expired =
            desk.importCertificate(code(network, publicKey, {group}, utc(2026, 1, 1), 30), trust);
        QVERIFY(!expired.ok());
        QVERIFY(expired.error().contains(QStringLiteral("expired")));
        QVERIFY(!desk.importCertificate(QStringLiteral("KRING-CERT-nonsense"), trust).ok());
        QCOMPARE(desk.enrolment(trust).value()->status, contact::CertificateStatus::Missing);

        // Pasted from a chat, broken over lines.
        QString pasted = code(network, publicKey, {group}, utc(2026, 11, 1));
        pasted.insert(20, QStringLiteral("\n "));
        const auto taken = desk.importCertificate(pasted, trust);
        QVERIFY2(taken.ok(), qPrintable(taken.ok() ? QString() : taken.error()));
        QCOMPARE(taken.value().status, contact::CertificateStatus::Valid);
        QCOMPARE(taken.value().certificate->notAfter, utc(2026, 11, 1).addDays(90));
    }

    void announcementsVerifyOnAnyPhoneWithRisingSequenceNumbers()
    {
        TestNetwork network;
        contact::ContactDesk desk(m_store->database());
        certifyOnThisPhone(desk, network);
        const contact::TrustView trust = view(network);

        const auto first = desk.announce(cancellation(QDate(2026, 11, 10)), trust, utc(2026, 11, 3));
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error()));
        trust::AnnouncementPayload move;
        move.kind = AnnouncementKind::Move;
        move.date = QDate(2026, 11, 17);
        move.newDate = QDate(2026, 11, 18);
        move.newTime = QTime(19, 30);
        const auto second = desk.announce(move, trust, utc(2026, 11, 3));
        QVERIFY(second.ok());

        const auto verified = trust::verifyAnnouncement(second.value().envelope, network.root, {},
                                                        utc(2026, 11, 4), QStringLiteral("link"));
        QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : verified.error()));
        QCOMPARE(verified.value().payload.group, group);
        QCOMPARE(verified.value().payload.sequence, 2);
        QCOMPARE(verified.value().payload.newTime, QTime(19, 30));
        QCOMPARE(first.value().sequence, 1);

        const auto history = desk.history();
        QVERIFY(history.ok());
        QCOMPARE(history.value().size(), 2);
        QCOMPARE(history.value().first().kind, QStringLiteral("move"));
        QCOMPARE(history.value().first().movedTo, QDateTime(QDate(2026, 11, 18), QTime(19, 30)));
        QCOMPARE(history.value().last().delivery, DeliveryState::Waiting);
    }

    void noAnnouncementWithoutAValidCertificateOrForAPastDate()
    {
        TestNetwork network;
        contact::ContactDesk desk(m_store->database());
        QVERIFY(!desk.announce(cancellation(QDate(2026, 11, 10)), view(network), utc(2026, 11, 3)).ok());
        const QString serial = certifyOnThisPhone(desk, network);
        QVERIFY(!desk.announce(cancellation(QDate(2026, 10, 10)), view(network), utc(2026, 11, 3)).ok());

        network.revocations.serials.insert(serial);
        contact::TrustView revoked = view(network);
        revoked.revocations = network.revocations;
        QCOMPARE(desk.enrolment(revoked).value()->status, contact::CertificateStatus::Revoked);
        const auto refused = desk.announce(cancellation(QDate(2026, 11, 10)), revoked, utc(2026, 11, 3));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QStringLiteral("withdrawn")));

        contact::TrustView later = view(network);
        later.trustedTime = utc(2027, 3, 1);
        QCOMPARE(desk.enrolment(later).value()->status, contact::CertificateStatus::Expired);
        QVERIFY(!desk.announce(cancellation(QDate(2027, 3, 10)), later, utc(2027, 3, 1)).ok());
        QVERIFY(desk.history().value().isEmpty());
    }

    // After the network renews its root keys, a certificate of the old keys asks for a new one; it is not
    // called withdrawn, because nothing was.
    void aCertificateOfRenewedKeysAsksForANewOne()
    {
        TestNetwork network;
        contact::ContactDesk desk(m_store->database());
        certifyOnThisPhone(desk, network);
        network.rotate(utc(2026, 11, 2));
        const auto enrolment = desk.enrolment(view(network));
        QVERIFY(enrolment.ok() && enrolment.value());
        QCOMPARE(enrolment.value()->status, contact::CertificateStatus::Superseded);
        QVERIFY(!enrolment.value()->requestCode.isEmpty());
        const auto refused =
            desk.announce(cancellation(QDate(2026, 11, 10)), view(network), utc(2026, 11, 3));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(u"renewed its keys"), qPrintable(refused.error()));
        QVERIFY(!refused.error().contains(u"withdrawn"));
    }

    void aSentAnnouncementIsTakenBackOnceWithASignedWithdrawal()
    {
        TestNetwork network;
        contact::ContactDesk desk(m_store->database());
        certifyOnThisPhone(desk, network);
        const auto sent = desk.announce(cancellation(QDate(2026, 11, 10)), view(network), utc(2026, 11, 3));
        QVERIFY(sent.ok());
        const auto original = trust::verifyAnnouncement(sent.value().envelope, network.root, {},
                                                        utc(2026, 11, 4), QStringLiteral("original"));
        QVERIFY(original.ok());

        const auto withdrawal = desk.withdraw(sent.value().id, view(network), utc(2026, 11, 4));
        QVERIFY2(withdrawal.ok(), qPrintable(withdrawal.ok() ? QString() : withdrawal.error()));
        QCOMPARE(withdrawal.value().withdrawsId, sent.value().id);
        const auto verified = trust::verifyAnnouncement(withdrawal.value().envelope, network.root, {},
                                                        utc(2026, 11, 5), QStringLiteral("withdrawal"));
        QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : verified.error()));
        QCOMPARE(verified.value().payload.kind, AnnouncementKind::Withdraw);
        QCOMPARE(verified.value().payload.withdraws, original.value().digest);
        QVERIFY(verified.value().payload.sequence > original.value().payload.sequence);

        // Phones that accepted the original drop it once they take the withdrawal.
        trust::TrustState state;
        state.record(original.value(), utc(2026, 11, 4));
        state.record(verified.value(), utc(2026, 11, 5));
        QVERIFY(state.isWithdrawn(original.value()));

        const QList<OutboxItem> history = desk.history().value();
        QCOMPARE(history.size(), 2);
        QVERIFY(!contact::showsInSchedule(history.last(), history, utc(2026, 11, 5)));
        QVERIFY(!contact::showsInSchedule(history.first(), history, utc(2026, 11, 5)));
        QVERIFY(!desk.withdraw(sent.value().id, view(network), utc(2026, 11, 5)).ok());
        QVERIFY(!desk.withdraw(withdrawal.value().id, view(network), utc(2026, 11, 5)).ok());
        QVERIFY(!desk.withdraw(9999, view(network), utc(2026, 11, 5)).ok());
        const auto ended = desk.announce(cancellation(QDate(2026, 11, 17)), view(network), utc(2026, 11, 5));
        QVERIFY(!desk.withdraw(ended.value().id, view(network), utc(2026, 11, 20)).ok());
    }

    void deliveryHandsTheEnvelopeToTheInboxAndWaitsWhenItCannot()
    {
        TestNetwork network;
        contact::ContactDesk desk(m_store->database());
        certifyOnThisPhone(desk, network);
        const auto item = desk.announce(cancellation(QDate(2026, 11, 10)), view(network), utc(2026, 11, 3));
        QVERIFY(item.ok());

        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QUrl unreachable(QStringLiteral("http://127.0.0.1:%1/inbox/").arg(closed.serverPort()));
        closed.close();
        QCOMPARE(deliverOffThread(unreachable), 0);
        QCOMPARE(desk.history().value().first().delivery, DeliveryState::Waiting);
        QVERIFY(!desk.history().value().first().problem.isEmpty());

        FakeInbox busy(503);
        QCOMPARE(deliverOffThread(busy.url()), 0);
        QCOMPARE(desk.history().value().first().delivery, DeliveryState::Waiting);

        FakeInbox inbox(201);
        QCOMPARE(deliverOffThread(inbox.url()), 1);
        const OutboxItem delivered = desk.history().value().first();
        QCOMPARE(delivered.delivery, DeliveryState::Delivered);
        QCOMPARE(delivered.attempts, 3);
        QCOMPARE(inbox.requests.size(), 1);
        const QByteArray request = inbox.requests.first();
        QVERIFY(QRegularExpression(QStringLiteral("^PUT /inbox/[0-9a-f]{32}\\.json HTTP/1.1\r\n"))
                    .match(QString::fromLatin1(request))
                    .hasMatch());
        QVERIFY(request.endsWith(item.value().envelope));
        QVERIFY(request.contains("User-Agent: Kring\r\n"));
        QVERIFY(!request.toLower().contains("cookie"));
        QCOMPARE(deliverOffThread(inbox.url()), 0); // nothing waits any more
        QCOMPARE(inbox.requests.size(), 1);
    }

    void theInboxIsReachedThroughTheProxyOfTheFeed()
    {
        TestNetwork network;
        contact::ContactDesk desk(m_store->database());
        certifyOnThisPhone(desk, network);
        QVERIFY(desk.announce(cancellation(QDate(2026, 11, 10)), view(network), utc(2026, 11, 3)).ok());
        FakeInbox inbox(201);
        Socks5Server proxy(inbox.url().port());
        const QUrl byName(QStringLiteral("http://localhost:%1/inbox/").arg(inbox.url().port()));
        QCOMPARE(deliverOffThread(byName, sync::Proxy{QStringLiteral("127.0.0.1"), proxy.port()}), 1);
        QCOMPARE(inbox.requests.size(), 1);
        // The proxy was asked for the host by name: no DNS query of the phone's own.
        QCOMPARE(proxy.domainsAsked,
                 QList<QByteArray>{"localhost:" + QByteArray::number(inbox.url().port())});
    }

    void anInboxThatRefusesIsNotAskedAgain()
    {
        TestNetwork network;
        contact::ContactDesk desk(m_store->database());
        certifyOnThisPhone(desk, network);
        QVERIFY(desk.announce(cancellation(QDate(2026, 11, 10)), view(network), utc(2026, 11, 3)).ok());
        FakeInbox refusing(413);
        QCOMPARE(deliverOffThread(refusing.url()), 0);
        QCOMPARE(desk.history().value().first().delivery, DeliveryState::Refused);
        QCOMPARE(deliverOffThread(refusing.url()), 0);
        QCOMPARE(refusing.requests.size(), 1);
    }

    void theInboxIsBesideTheFeed()
    {
        QCOMPARE(sync::inboxUrl(QUrl(QStringLiteral("https://kring.example/feed/"))),
                 QUrl(QStringLiteral("https://kring.example/inbox/")));
        QCOMPARE(sync::inboxUrl(QUrl(QStringLiteral("https://example.org/netwerk/feed"))),
                 QUrl(QStringLiteral("https://example.org/netwerk/inbox/")));
    }

private:
    static contact::TrustView view(const TestNetwork &network)
    {
        return {network.root, {}, utc(2026, 11, 3)};
    }

    static QString code(const TestNetwork &network, const QByteArray &publicKey, const QStringList &groups,
                        const QDateTime &notBefore, int days = 90)
    {
        const trust::Certificate certificate{QString::fromLatin1(trust::randomBytes(8).toHex()), groups,
                                             publicKey, notBefore, notBefore.addDays(days)};
        return trust::certificateCode(trust::serializeEnvelope(trust::signEnvelope(
            trust::SignedType::Certificate, trust::certificatePayload(certificate), {network.rootKey})));
    }

    // Enrols and imports a certificate valid from 1 November 2026 for 90 days; returns its serial.
    static QString certifyOnThisPhone(contact::ContactDesk &desk, const TestNetwork &network)
    {
        const auto enrolment = desk.enrol(group, utc(2026, 11, 2));
        const QByteArray publicKey =
            trust::parseRequestCode(enrolment.value().requestCode).value().contactKey;
        const auto taken =
            desk.importCertificate(code(network, publicKey, {group}, utc(2026, 11, 1)), view(network));
        return taken.ok() ? taken.value().certificate->serial : QString();
    }

    // The fake inbox answers on this thread's event loop, so the blocking sender runs on another.
    int deliverOffThread(const QUrl &inbox, const sync::Proxy &proxy = {})
    {
        int delivered = -1;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            auto database = Database::open(Store::databasePath(m_dir->path()), *m_key);
            if (!database)
                return;
            sync::InboxSender sender(inbox, 5000);
            sender.setProxy(proxy);
            const auto result = contact::deliverWaiting(database.value(), sender, utc(2026, 11, 3));
            delivered = result.ok() ? result.value() : -1;
        }));
        thread->start();
        if (!QTest::qWaitFor([&] { return thread->isFinished(); }, 20000))
            return -2;
        return delivered;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<DatabaseKey> m_key;
    std::optional<Store> m_store;
};

QTEST_GUILESS_MAIN(ContactDeskTest)
#include "tst_contactdesk.moc"
