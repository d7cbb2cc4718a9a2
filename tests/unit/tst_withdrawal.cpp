// SPDX-License-Identifier: GPL-3.0-or-later
// Withdrawals (docs/trust.md, "Withdrawing an announcement"): a contact person takes back an earlier
// announcement with a signed withdrawal. A phone that holds the withdrawn one drops it, one that sees the
// withdrawal first never shows it, the publisher stops publishing it; nobody else can withdraw it.
#include "feed/storedfeed.h"
#include "store/store.h"
#include "trusttestnetwork.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kring;
using namespace kring::testing;

namespace {

const QString group = QStringLiteral("ehv-rouw-partner");
const QString otherGroup = QStringLiteral("ehv-mantelzorg");

trust::SignedAnnouncement verified(const TestNetwork &network, const QByteArray &envelope,
                                   const QDateTime &when = utc(2026, 11, 3))
{
    return trust::verifyAnnouncement(envelope, network.root, network.revocations, when,
                                     QStringLiteral("test"))
        .value();
}

QByteArray withdraw(const Contact &contact, const trust::SignedAnnouncement &withdrawn, qint64 sequence,
                    const QDateTime &issued = utc(2026, 11, 4))
{
    return trust::signAnnouncement(trust::withdrawalPayload(withdrawn, sequence, issued), contact.certificate,
                                   contact.key)
        .value();
}

// A withdrawal as a contact person could sign it by hand: any digest, group and expiry.
QByteArray withdrawAnything(const Contact &contact, const QString &groupId, const QByteArray &digest,
                            qint64 sequence, const QDateTime &issued, const QDateTime &expires)
{
    trust::AnnouncementPayload payload;
    payload.kind = AnnouncementKind::Withdraw;
    payload.group = groupId;
    payload.sequence = sequence;
    payload.issued = issued;
    payload.expires = expires;
    payload.withdraws = digest;
    return trust::signAnnouncement(payload, contact.certificate, contact.key).value();
}

QList<QByteArray> digestsOf(const QList<trust::SignedAnnouncement> &announcements)
{
    QList<QByteArray> digests;
    for (const trust::SignedAnnouncement &announcement : announcements)
        digests.append(announcement.digest);
    return digests;
}

// A phone: verifies each feed against the state the previous one left.
struct Phone {
    trust::TrustState state;
    QStringList dropped;

    QList<trust::SignedAnnouncement> take(const TestNetwork &network, const QHash<QString, QByteArray> &files,
                                          const QDateTime &when)
    {
        auto feed = feed::verifyFeed(feed::MemoryFeedSource(files), network.pinnedRoot(), state, when);
        if (!feed)
            qFatal("%s", qPrintable(feed.error()));
        state = feed.value().state;
        dropped = feed.value().droppedAnnouncements;
        return feed.value().announcements;
    }
};

QByteArray announcementsOf(const feed::FeedBuildOutput &output)
{
    for (const auto &[path, bytes] : output.files) {
        if (path == u"announcements.json")
            return bytes;
    }
    return {};
}

} // namespace

class WithdrawalTest : public QObject
{
    Q_OBJECT

private:
    feed::FeedBuildInput buildInput(const TestNetwork &network, const QDateTime &when,
                                    const QByteArray &previousAnnouncements, const QList<QByteArray> &inbox)
    {
        feed::FeedBuildInput input;
        input.rootChain = network.rootChain;
        input.rootKeys = {network.rootKey};
        input.feedKey = network.feedKey;
        input.directoryJson = network.directoryJson();
        input.revocations = network.revocationsEnvelope();
        input.now = when;
        input.previousAnnouncements = previousAnnouncements;
        input.publishedSequences = m_published;
        for (qsizetype i = 0; i < inbox.size(); ++i)
            input.inbox.append(feed::InboxItem{QStringLiteral("item%1.json").arg(i), inbox[i], {}});
        return input;
    }

    // One build after the previous one (its announcements.json and published sequence numbers).
    feed::FeedBuildOutput build(const TestNetwork &network, const QDateTime &when,
                                const QList<QByteArray> &inbox)
    {
        auto output = feed::buildFeed(buildInput(network, when, m_previous, inbox));
        if (!output)
            qFatal("%s", qPrintable(output.error()));
        m_previous = announcementsOf(output.value());
        m_published = output.value().publishedSequences;
        return output.value();
    }

    static QList<QByteArray> published(const QByteArray &announcementsFile)
    {
        return feed::parseAnnouncementsFile(announcementsFile, QStringLiteral("announcements.json")).value();
    }

    QByteArray m_previous;
    trust::PublishedSequences m_published;

private Q_SLOTS:
    void init()
    {
        m_previous.clear();
        m_published = {};
    }

    void withdrawalVerifiesFromTheBytesAndTheRootAlone()
    {
        TestNetwork network;
        const Contact contact = network.certify({group}, utc(2026, 11, 1));
        const auto cancel = verified(
            network, TestNetwork::announce(contact, group, 1, utc(2026, 11, 2), QDate(2026, 11, 24)));
        const QByteArray envelope = withdraw(contact, cancel, 2);
        // Also from a link.
        const auto fromLink = trust::verifyAnnouncement(
            trust::envelopeFromLink(trust::announcementLink(envelope)).value(), network.root,
            network.revocations, utc(2026, 11, 4), QStringLiteral("w"));
        QVERIFY2(fromLink.ok(), fromLink.ok() ? "" : qPrintable(fromLink.error()));
        const trust::AnnouncementPayload &payload = fromLink.value().payload;
        QCOMPARE(payload.kind, AnnouncementKind::Withdraw);
        QCOMPARE(payload.withdraws, cancel.digest);
        QCOMPARE(payload.group, group);
        QCOMPARE(payload.expires, cancel.payload.expires);
        QCOMPARE(announcementKindName(payload.kind), QLatin1StringView("withdraw"));
        QCOMPARE(trust::digestFromText(trust::digestText(cancel.digest)), std::optional(cancel.digest));
        QVERIFY(!trust::digestFromText(trust::digestText(cancel.digest).toUpper()));
        QVERIFY(!trust::digestFromText(QStringLiteral("abc")));
    }

    void signingRefusesAWithdrawalWithoutDigestOrAnotherKindWithOne()
    {
        TestNetwork network;
        const Contact contact = network.certify({group}, utc(2026, 11, 1));
        trust::AnnouncementPayload payload;
        payload.kind = AnnouncementKind::Withdraw;
        payload.group = group;
        payload.issued = utc(2026, 11, 2);
        payload.expires = utc(2026, 11, 20);
        QVERIFY(!trust::signAnnouncement(payload, contact.certificate, contact.key).ok());
        payload.kind = AnnouncementKind::Cancel;
        payload.date = QDate(2026, 11, 24);
        payload.withdraws = QByteArray(32, 'x');
        QVERIFY(!trust::signAnnouncement(payload, contact.certificate, contact.key).ok());
    }

    // A withdrawal whose payload names no proper digest, or also a date, is refused after the signature.
    void malformedWithdrawalsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("extra");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no digest") << QByteArray() << QStringLiteral("withdraws: needed");
        QTest::newRow("short digest") << QByteArray(",\"withdraws\":\"abcd\"") << QStringLiteral("withdraws");
        QTest::newRow("upper case digest")
            << QByteArray(",\"withdraws\":\"" + QByteArray(64, 'A') + "\"") << QStringLiteral("withdraws");
        QTest::newRow("with a date") << QByteArray(",\"withdraws\":\"" + QByteArray(64, 'a') +
                                                   "\",\"date\":\"2026-11-24\"")
                                     << QStringLiteral("not allowed");
    }

    void malformedWithdrawalsAreRefused()
    {
        QFETCH(QByteArray, extra);
        QFETCH(QString, problem);
        TestNetwork network;
        const Contact contact = network.certify({group}, utc(2026, 11, 1));
        const QByteArray payload = "{\"format\":\"kring-announcement/1\",\"cert\":" + contact.certificate +
                                   ",\"kind\":\"withdraw\",\"group\":\"ehv-rouw-partner\",\"seq\":2,"
                                   "\"issued\":\"2026-11-04T12:00:00Z\","
                                   "\"expires\":\"2026-11-25T00:00:00Z\"" +
                                   extra + "}";
        const QByteArray envelope = trust::serializeEnvelope(
            trust::signEnvelope(trust::SignedType::Announcement, payload, {contact.key}));
        const auto result = trust::verifyAnnouncement(envelope, network.root, network.revocations,
                                                      utc(2026, 11, 4), QStringLiteral("w"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(problem), qPrintable(result.error()));
    }

    void phoneHoldingTheAnnouncementDropsIt()
    {
        TestNetwork network;
        const Contact contact = network.certify({group}, utc(2026, 11, 1));
        const QByteArray cancelEnvelope =
            TestNetwork::announce(contact, group, 1, utc(2026, 11, 2), QDate(2026, 11, 24));
        const auto cancel = verified(network, cancelEnvelope);
        const QByteArray withdrawal = withdraw(contact, cancel, 2);
        Phone phone;
        QCOMPARE(digestsOf(phone.take(network, network.build(1, utc(2026, 11, 3), {cancelEnvelope}),
                                      utc(2026, 11, 3))),
                 QList{cancel.digest});
        // The next feed carries the withdrawal (the publisher no longer carries the cancellation).
        const auto second =
            phone.take(network, network.build(2, utc(2026, 11, 4), {withdrawal}), utc(2026, 11, 4));
        QCOMPARE(second.size(), 1);
        QCOMPARE(second.first().payload.kind, AnnouncementKind::Withdraw);
        QVERIFY(!phone.state.isAccepted(cancel));
        QVERIFY(phone.state.isWithdrawn(cancel));
        // A feed that still carries both (an old publisher, or the feed key replaying) shows neither effect.
        auto both = network.build(3, utc(2026, 11, 5));
        network.publishAsIs(both, {cancelEnvelope, withdrawal});
        QCOMPARE(digestsOf(phone.take(network, both, utc(2026, 11, 5))),
                 QList{verified(network, withdrawal, utc(2026, 11, 5)).digest});
        QVERIFY2(phone.dropped.value(0).contains(u"withdrawn"), qPrintable(phone.dropped.join(u'\n')));
        // The state survives a restart (JSON) with what was withdrawn.
        const auto reread = trust::TrustState::fromJson(phone.state.toJson(), QStringLiteral("state"));
        QVERIFY2(reread.ok(), reread.ok() ? "" : qPrintable(reread.error()));
        QCOMPARE(reread.value().sequences, phone.state.sequences);
        QVERIFY(reread.value().isWithdrawn(cancel));
    }

    void announcementAndWithdrawalInOneFeedLeaveNothingShown()
    {
        TestNetwork network;
        const Contact contact = network.certify({group}, utc(2026, 11, 1));
        const QByteArray cancelEnvelope =
            TestNetwork::announce(contact, group, 1, utc(2026, 11, 2), QDate(2026, 11, 24));
        const QByteArray withdrawal = withdraw(contact, verified(network, cancelEnvelope), 2);
        auto files = network.build(1, utc(2026, 11, 4));
        network.publishAsIs(files, {cancelEnvelope, withdrawal});
        Phone phone;
        const auto shown = phone.take(network, files, utc(2026, 11, 4));
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().payload.kind, AnnouncementKind::Withdraw);
    }

    void phoneSeeingTheWithdrawalFirstNeverShowsTheAnnouncement()
    {
        TestNetwork network;
        const Contact contact = network.certify({group}, utc(2026, 11, 1));
        const QByteArray cancelEnvelope =
            TestNetwork::announce(contact, group, 1, utc(2026, 11, 2), QDate(2026, 11, 24));
        const auto cancel = verified(network, cancelEnvelope);
        Phone phone;
        phone.take(network, network.build(1, utc(2026, 11, 4), {withdraw(contact, cancel, 2)}),
                   utc(2026, 11, 4));
        auto later = network.build(2, utc(2026, 11, 5));
        network.publishAsIs(later, {cancelEnvelope});
        QVERIFY(phone.take(network, later, utc(2026, 11, 5)).isEmpty());
        // Nor from a link.
        const auto linked = feed::checkLink(trust::announcementLink(cancelEnvelope), network.root,
                                            network.revocations, phone.state, utc(2026, 11, 5));
        QVERIFY(!linked.announcement);
        QCOMPARE(linked.problem, feed::LinkProblem::Withdrawn);
        // After the withdrawal expired, the sequence number still refuses it.
        const QDateTime afterwards = cancel.payload.expires.addSecs(-60);
        phone.state.record(
            verified(network, TestNetwork::announce(contact, group, 3, utc(2026, 11, 6), QDate(2026, 12, 1)),
                     utc(2026, 11, 6)),
            cancel.payload.expires.addDays(1));
        QVERIFY(!phone.state.isWithdrawn(cancel));
        QVERIFY(!phone.state.admit(cancel, afterwards, QStringLiteral("x")).ok());
    }

    // Withdrawals that must change nothing: by another contact person of the same group, for another group,
    // by a revoked key, by a key whose certificate ended, a replay, and of an announcement that does not
    // exist.
    void withdrawalsThatChangeNothing_data()
    {
        QTest::addColumn<QString>("attack");
        QTest::addColumn<QString>("refusal"); // empty: taken, but without effect
        QTest::newRow("other contact of the group") << QStringLiteral("colleague") << QString();
        QTest::newRow("other group's contact, its own group") << QStringLiteral("other group") << QString();
        QTest::newRow("other group's contact, this group")
            << QStringLiteral("other group, this group") << QStringLiteral("does not name group");
        QTest::newRow("revoked key") << QStringLiteral("revoked") << QStringLiteral("revoked");
        QTest::newRow("certificate ended")
            << QStringLiteral("expired") << QStringLiteral("outside its certificate's validity");
        QTest::newRow("does not exist") << QStringLiteral("unknown") << QString();
    }

    void withdrawalsThatChangeNothing()
    {
        QFETCH(QString, attack);
        QFETCH(QString, refusal);
        TestNetwork network(utc(2026, 10, 1));
        const Contact contact = network.certify({group}, utc(2026, 10, 1));
        const Contact colleague = network.certify({group}, utc(2026, 10, 1));
        const Contact other = network.certify({otherGroup}, utc(2026, 10, 1));
        const Contact shortLived = network.certify({group}, utc(2026, 10, 1), 30); // ends on 31 October
        const QDateTime first = utc(2026, 10, 21), second = utc(2026, 11, 4);
        const Contact &author = attack == u"expired" ? shortLived : contact;
        const QByteArray cancelEnvelope =
            TestNetwork::announce(author, group, 1, utc(2026, 10, 20), QDate(2026, 11, 24));
        const auto cancel = verified(network, cancelEnvelope, first);
        const QDateTime expires = cancel.payload.expires;
        QByteArray withdrawal;
        if (attack == u"colleague")
            withdrawal = withdrawAnything(colleague, group, cancel.digest, 1, second, expires);
        else if (attack == u"other group")
            withdrawal = withdrawAnything(other, otherGroup, cancel.digest, 1, second, expires);
        else if (attack == u"other group, this group")
            withdrawal = withdrawAnything(other, group, cancel.digest, 1, second, expires);
        else if (attack == u"revoked") {
            withdrawal = withdraw(contact, cancel, 2, second);
            network.revocations.version += 1;
            network.revocations.keyIds.insert(trust::keyId(contact.key.publicKey));
        } else if (attack == u"expired") // signed while valid (30 October), first seen after the end
            withdrawal = withdraw(shortLived, cancel, 2, utc(2026, 10, 30));
        else
            withdrawal = withdrawAnything(contact, group, QByteArray(32, '\x01'), 2, second, expires);

        Phone phone;
        phone.take(network, network.build(1, first, {cancelEnvelope}), first);
        auto files = network.build(2, second);
        network.publishAsIs(files, {cancelEnvelope, withdrawal});
        const auto shown = phone.take(network, files, second);
        if (attack == u"revoked") {
            // Revoking the key also drops what it announced: that is revocation, not this withdrawal.
            QVERIFY(shown.isEmpty());
            QVERIFY(!phone.state.isWithdrawn(cancel));
            return;
        }
        QVERIFY(digestsOf(shown).contains(cancel.digest));
        QVERIFY(!phone.state.isWithdrawn(cancel));
        QCOMPARE(shown.size(), refusal.isEmpty() ? 2 : 1);
        if (!refusal.isEmpty())
            QVERIFY2(phone.dropped.value(0).contains(refusal), qPrintable(phone.dropped.join(u'\n')));
        // The publisher keeps the cancellation too, and says why it refuses such a withdrawal.
        build(network, first, {cancelEnvelope});
        const auto output = build(network, second, {withdrawal});
        QVERIFY(published(m_previous).contains(cancelEnvelope));
        if (attack.startsWith(u"colleague") || attack == u"other group")
            QVERIFY2(output.dropped.value(0).contains(u"another contact key"),
                     qPrintable(output.dropped.join(u'\n')));
        else if (!refusal.isEmpty())
            QVERIFY2(output.dropped.value(0).contains(refusal), qPrintable(output.dropped.join(u'\n')));
    }

    void replayedWithdrawalChangesNothingNew()
    {
        TestNetwork network;
        const Contact contact = network.certify({group}, utc(2026, 11, 1));
        const QByteArray first =
            TestNetwork::announce(contact, group, 1, utc(2026, 11, 2), QDate(2026, 11, 24));
        const QByteArray withdrawal = withdraw(contact, verified(network, first), 2);
        const QByteArray next =
            TestNetwork::announce(contact, group, 3, utc(2026, 11, 5), QDate(2026, 12, 1));
        Phone phone;
        phone.take(network, network.build(1, utc(2026, 11, 4), {first, withdrawal}), utc(2026, 11, 4));
        phone.take(network, network.build(2, utc(2026, 11, 5), {next}), utc(2026, 11, 5));
        auto replay = network.build(3, utc(2026, 11, 6));
        network.publishAsIs(replay, {withdrawal, next, first});
        const auto shown = phone.take(network, replay, utc(2026, 11, 6));
        QVERIFY(digestsOf(shown).contains(verified(network, next, utc(2026, 11, 6)).digest));
        QVERIFY(!digestsOf(shown).contains(verified(network, first, utc(2026, 11, 6)).digest));
    }

    void publisherDropsTheWithdrawnAndKeepsTheWithdrawalUntilItExpires()
    {
        TestNetwork network;
        const Contact contact = network.certify({group}, utc(2026, 11, 1));
        const QByteArray cancelEnvelope =
            TestNetwork::announce(contact, group, 1, utc(2026, 11, 2), QDate(2026, 11, 24));
        const auto cancel = verified(network, cancelEnvelope);
        const QByteArray withdrawal = withdraw(contact, cancel, 2);
        build(network, utc(2026, 11, 3), {cancelEnvelope});
        QCOMPARE(published(m_previous), QList{cancelEnvelope});
        auto output = build(network, utc(2026, 11, 4), {withdrawal});
        QVERIFY2(output.dropped.isEmpty(), qPrintable(output.dropped.join(u'\n')));
        QCOMPARE(published(m_previous), QList{withdrawal});
        // The withdrawn one sent to the inbox again is dropped, with the reason.
        output = build(network, utc(2026, 11, 5), {cancelEnvelope});
        QCOMPARE(published(m_previous), QList{withdrawal});
        QCOMPARE(output.dropped.size(), 1);
        QVERIFY2(output.dropped.first().contains(u"withdrawn by its contact person"),
                 qPrintable(output.dropped.first()));
        // Until the withdrawal expires (with the cancellation), then neither is published.
        output = build(network, cancel.payload.expires.addSecs(3600), {cancelEnvelope});
        QVERIFY(published(m_previous).isEmpty());
        QCOMPARE(output.dropped.size(), 1);
    }

    void publisherTakesAnnouncementAndWithdrawalFromOneInbox()
    {
        TestNetwork network;
        const Contact contact = network.certify({group}, utc(2026, 11, 1));
        const QByteArray cancelEnvelope =
            TestNetwork::announce(contact, group, 1, utc(2026, 11, 2), QDate(2026, 11, 24));
        const QByteArray withdrawal = withdraw(contact, verified(network, cancelEnvelope), 2);
        const auto output = build(network, utc(2026, 11, 4), {withdrawal, cancelEnvelope});
        QVERIFY2(output.dropped.isEmpty(), qPrintable(output.dropped.join(u'\n')));
        QCOMPARE(published(m_previous), QList{withdrawal});
    }

    void publisherRefusesAWithdrawalThatEndsBeforeWhatItWithdrawsOrOfAWithdrawal()
    {
        TestNetwork network;
        const Contact contact = network.certify({group}, utc(2026, 11, 1));
        const QByteArray cancelEnvelope =
            TestNetwork::announce(contact, group, 1, utc(2026, 11, 2), QDate(2026, 11, 24));
        const auto cancel = verified(network, cancelEnvelope);
        build(network, utc(2026, 11, 3), {cancelEnvelope});
        const QByteArray tooShort =
            withdrawAnything(contact, group, cancel.digest, 2, utc(2026, 11, 4), utc(2026, 11, 10));
        auto output = build(network, utc(2026, 11, 4), {tooShort});
        QVERIFY2(output.dropped.value(0).contains(u"before the announcement it withdraws"),
                 qPrintable(output.dropped.join(u'\n')));
        QCOMPARE(published(m_previous), QList{cancelEnvelope});

        const QByteArray withdrawal = withdraw(contact, cancel, 3);
        build(network, utc(2026, 11, 5), {withdrawal});
        const QByteArray undo =
            withdraw(contact, verified(network, withdrawal, utc(2026, 11, 5)), 4, utc(2026, 11, 6));
        output = build(network, utc(2026, 11, 6), {undo});
        QVERIFY2(output.dropped.value(0).contains(u"cannot be withdrawn"),
                 qPrintable(output.dropped.join(u'\n')));
        QCOMPARE(published(m_previous), QList{withdrawal});
    }

    void storedAnnouncementIsDroppedByALinkedWithdrawal()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.path(), DatabaseKey::generate());
        QVERIFY(store.ok());
        TestNetwork network;
        const Contact contact = network.certify({group}, utc(2026, 11, 1));
        const QByteArray cancelEnvelope =
            TestNetwork::announce(contact, group, 1, utc(2026, 11, 2), QDate(2026, 11, 24));
        const auto cancel = verified(network, cancelEnvelope);
        feed::StoredFeed stored(store.value().database(), network.pinnedRoot());
        QVERIFY(stored
                    .apply(feed::MemoryFeedSource(network.build(1, utc(2026, 11, 3), {cancelEnvelope})),
                           utc(2026, 11, 3))
                    .ok());
        QCOMPARE(stored.read(utc(2026, 11, 3)).value().announcements.size(), 1);
        const auto opened =
            stored.openLink(trust::announcementLink(withdraw(contact, cancel, 2)), utc(2026, 11, 4));
        QVERIFY2(opened.ok() && opened.value().announcement, qPrintable(opened.value().detail));
        QVERIFY(stored.read(utc(2026, 11, 4)).value().announcements.isEmpty());
        // The withdrawn one shared again is refused, in plain words.
        const auto again = stored.openLink(trust::announcementLink(cancelEnvelope), utc(2026, 11, 4));
        QCOMPARE(again.value().problem, feed::LinkProblem::Withdrawn);
        QVERIFY(!feed::linkProblemText(again.value().problem).isEmpty());
        // The next feed (the publisher still carrying the cancellation) does not bring it back.
        auto files = network.build(2, utc(2026, 11, 5));
        network.publishAsIs(files, {cancelEnvelope});
        QVERIFY(stored.apply(feed::MemoryFeedSource(files), utc(2026, 11, 5)).value().stored);
        QVERIFY(stored.read(utc(2026, 11, 5)).value().announcements.isEmpty());
    }
};

QTEST_GUILESS_MAIN(WithdrawalTest)
#include "tst_withdrawal.moc"
