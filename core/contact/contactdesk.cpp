// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactdesk.h"

#include "feed/feedannouncements.h"
#include "store/contactkeyrepository.h"
#include "store/truststaterepository.h"
#include "sync/inboxsender.h"
#include "trust/certificate.h"
#include "trust/truststate.h"

#include "trust/envelope.h"
#include "trust/sizelimits.h"
#include <QCoreApplication>

#include <QRegularExpression>
#include <algorithm>

namespace kring::contact {
namespace {

QString dateText(const QDateTime &time)
{
    return time.toLocalTime().date().toString(Qt::ISODate);
}

CertificateStatus statusAt(const trust::Certificate &certificate, const TrustView &trust)
{
    if (trust.revocations.serials.contains(certificate.serial) ||
        trust.revocations.keyIds.contains(trust::keyId(certificate.contactKey)))
        return CertificateStatus::Revoked;
    if (trust.trustedTime < certificate.notBefore)
        return CertificateStatus::NotYetValid;
    if (trust.trustedTime > certificate.notAfter)
        return CertificateStatus::Expired;
    return CertificateStatus::Valid;
}

Result<trust::KeyPair> keyPairOf(const ContactKey &key)
{
    return trust::keyPairFromSeed(key.secretKey);
}

Enrolment enrolmentOf(const ContactKey &key, const TrustView &trust)
{
    Enrolment enrolment;
    enrolment.keyId = key.id;
    enrolment.group = key.group;
    enrolment.createdAt = key.createdAt;
    if (const auto pair = keyPairOf(key))
        enrolment.requestCode = trust::requestCode({key.group, pair.value().publicKey});
    if (!key.certificate.isEmpty()) {
        // Verified when imported; read again here so that a revocation or a new root shows at once.
        if (auto certificate =
                trust::verifyCertificate(key.certificate, trust.root, QStringLiteral("cert"))) {
            enrolment.status = statusAt(certificate.value(), trust);
            enrolment.certificate = certificate.value();
        } else {
            enrolment.status = CertificateStatus::Superseded;
        }
    }
    return enrolment;
}

Result<std::optional<ContactKey>> storedKey(Database &database)
{
    const Result<QList<ContactKey>> keys = ContactKeyRepository(database).all();
    if (!keys)
        return Error{keys.error()};
    if (keys.value().isEmpty())
        return std::optional<ContactKey>();
    return std::optional<ContactKey>(keys.value().constLast());
}

QString certificateProblem(const trust::Certificate &certificate, CertificateStatus status)
{
    switch (status) {
    case CertificateStatus::Revoked:
        return QCoreApplication::translate(
            "Contact",
            "The network has withdrawn this certificate. Ask the network's contact for a new one.");
    case CertificateStatus::Expired:
        return QCoreApplication::translate(
                   "Contact", "This certificate expired on %1. Ask the network's contact for a new one.")
            .arg(dateText(certificate.notAfter));
    case CertificateStatus::Superseded:
        return QCoreApplication::translate(
            "Contact", "The network has renewed its keys since this certificate was made, "
                       "so it no longer counts. Ask the network's contact for a new one.");
    case CertificateStatus::NotYetValid:
        return QCoreApplication::translate("Contact", "This certificate is valid from %1 on.")
            .arg(dateText(certificate.notBefore));
    case CertificateStatus::Missing:
    case CertificateStatus::Valid:
        break;
    }
    return {};
}

} // namespace

OutboxItem outboxItem(const trust::AnnouncementPayload &payload, const QString &keyId, QByteArray envelope)
{
    OutboxItem item;
    item.contactKeyId = keyId;
    item.group = payload.group;
    item.sequence = payload.sequence;
    item.kind = announcementKindName(payload.kind);
    item.date = payload.date;
    item.until = payload.until;
    if (payload.newDate.isValid())
        item.movedTo = QDateTime(payload.newDate, payload.newTime);
    item.venue = payload.venue;
    item.rrule = payload.rrule;
    item.time = payload.time;
    item.note = payload.note;
    item.issued = payload.issued;
    item.expires = payload.expires;
    item.envelope = std::move(envelope);
    return item;
}

Result<TrustView> trustView(Database &database, const QByteArray &pinnedRoot, const QDateTime &deviceClock)
{
    const Result<trust::TrustState> state = TrustStateRepository(database).load();
    if (!state)
        return Error{state.error()};
    const bool useStored = !state.value().isEmpty() && state.value().belongsTo(pinnedRoot);
    const QByteArray rootBytes = useStored ? state.value().root : pinnedRoot;
    auto root = trust::verifyPinnedRoot(rootBytes, QStringLiteral("root"));
    if (!root)
        return Error{root.error()};
    TrustView view{root.value(), {}, useStored ? state.value().trustedTime(deviceClock) : deviceClock};
    if (useStored && !state.value().revocations.isEmpty()) {
        auto revocations =
            trust::verifyRevocations(state.value().revocations, view.root, QStringLiteral("revocations"));
        if (!revocations)
            return Error{revocations.error()};
        view.revocations = revocations.value();
    }
    return view;
}

Result<std::optional<Enrolment>> ContactDesk::enrolment(const TrustView &trust)
{
    const auto key = storedKey(m_database);
    if (!key)
        return Error{key.error()};
    if (!key.value())
        return std::optional<Enrolment>();
    return std::optional<Enrolment>(enrolmentOf(*key.value(), trust));
}

Result<Enrolment> ContactDesk::enrol(const QString &group, const QDateTime &now)
{
    static const QRegularExpression groupPattern(QStringLiteral("^[a-z0-9._-]{1,64}$"));
    if (!groupPattern.match(group).hasMatch())
        return Error{
            QCoreApplication::translate("Contact", "This group cannot have a contact person in Kring yet.")};
    const auto existing = storedKey(m_database);
    if (!existing)
        return Error{existing.error()};
    if (existing.value())
        return Error{QCoreApplication::translate(
            "Contact", "This phone already has a contact key. Remove it first to start again.")};
    const trust::KeyPair pair = trust::generateKeyPair();
    const ContactKey key{trust::keyId(pair.publicKey), pair.seed, {}, now.toUTC(), group};
    if (const Status added = ContactKeyRepository(m_database).add(key); !added)
        return Error{added.error()};
    return enrolmentOf(key, TrustView{});
}

Result<Enrolment> ContactDesk::importCertificate(const QString &code, const TrustView &trust)
{
    const auto key = storedKey(m_database);
    if (!key)
        return Error{key.error()};
    if (!key.value())
        return Error{QCoreApplication::translate(
            "Contact", "Ask for a certificate first: this phone has no contact key yet.")};
    QString compact = code;
    compact.remove(QRegularExpression(QStringLiteral("\\s")));
    const auto bytes = trust::envelopeFromCertificateCode(compact);
    if (!bytes)
        return Error{QCoreApplication::translate(
            "Contact", "This is not a certificate code of Kring. Copy the whole code and try again.")};
    const auto certificate = trust::verifyCertificate(bytes.value(), trust.root, QStringLiteral("cert"));
    if (!certificate)
        return Error{QCoreApplication::translate(
            "Contact", "This certificate does not come from the network Kring trusts; it was not taken.")};
    const auto pair = keyPairOf(*key.value());
    if (!pair || certificate.value().contactKey != pair.value().publicKey)
        return Error{QCoreApplication::translate(
            "Contact", "This certificate belongs to another contact key (another phone, or an older "
                       "request). Send the request code shown here.")};
    if (!certificate.value().groups.contains(key.value()->group))
        return Error{QCoreApplication::translate(
            "Contact", "This certificate is for another group than the one on this phone.")};
    if (const CertificateStatus status = statusAt(certificate.value(), trust);
        status != CertificateStatus::Valid && status != CertificateStatus::NotYetValid)
        return Error{certificateProblem(certificate.value(), status)};
    if (const Status stored = ContactKeyRepository(m_database).setCertificate(key.value()->id, bytes.value());
        !stored)
        return Error{stored.error()};
    ContactKey updated = *key.value();
    updated.certificate = bytes.value();
    return enrolmentOf(updated, trust);
}

Status ContactDesk::forget()
{
    const auto key = storedKey(m_database);
    if (!key)
        return Error{key.error()};
    if (!key.value())
        return Done{};
    return ContactKeyRepository(m_database).remove(key.value()->id);
}

Result<ContactDesk::Signer> ContactDesk::signer(const TrustView &trust)
{
    const auto key = storedKey(m_database);
    if (!key)
        return Error{key.error()};
    if (!key.value() || key.value()->certificate.isEmpty())
        return Error{QCoreApplication::translate(
            "Contact", "Only a contact person with a certificate can send announcements.")};
    const Enrolment enrolment = enrolmentOf(*key.value(), trust);
    if (enrolment.status != CertificateStatus::Valid)
        return Error{
            certificateProblem(enrolment.certificate.value_or(trust::Certificate{}), enrolment.status)};
    const Result<qint64> last = OutboxRepository(m_database).lastSequence(key.value()->id);
    if (!last)
        return Error{last.error()};
    return Signer{*key.value(), *enrolment.certificate, last.value() + 1};
}

Result<OutboxItem> ContactDesk::signAndKeep(const Signer &signer, const trust::AnnouncementPayload &payload,
                                            qint64 withdrawsId)
{
    const auto pair = keyPairOf(signer.key);
    if (!pair)
        return Error{pair.error()};
    auto envelope = trust::signAnnouncement(payload, signer.key.certificate, pair.value());
    if (!envelope)
        return Error{envelope.error()};
    OutboxItem item = outboxItem(payload, signer.key.id, envelope.value());
    item.withdrawsId = withdrawsId;
    const Result<qint64> id = OutboxRepository(m_database).add(item);
    if (!id)
        return Error{id.error()};
    item.id = id.value();
    return item;
}

Result<OutboxItem> ContactDesk::announce(trust::AnnouncementPayload draft, const TrustView &trust,
                                         const QDateTime &now)
{
    const Result<Signer> signing = signer(trust);
    if (!signing)
        return Error{signing.error()};
    draft.group = signing.value().key.group;
    draft.sequence = signing.value().nextSequence;
    draft.issued = now.toUTC().addMSecs(-now.time().msec());
    draft.expires = trust::defaultExpiry(draft);
    if (draft.expires <= draft.issued)
        return Error{QCoreApplication::translate("Contact", "That date has passed; choose a coming date.")};
    if (const QDateTime latest = trust::latestExpiry(draft, signing.value().certificate);
        draft.expires > latest)
        return Error{
            QCoreApplication::translate(
                "Contact", "That reaches further than your certificate allows (%1). Choose an earlier end.")
                .arg(dateText(latest))};
    return signAndKeep(signing.value(), draft, 0);
}

Result<OutboxItem> ContactDesk::withdraw(qint64 id, const TrustView &trust, const QDateTime &now)
{
    const Result<QList<OutboxItem>> items = history();
    if (!items)
        return Error{items.error()};
    const auto found = std::find_if(items.value().cbegin(), items.value().cend(),
                                    [id](const OutboxItem &item) { return item.id == id; });
    if (found == items.value().cend() || found->kind == announcementKindName(AnnouncementKind::Withdraw))
        return Error{QCoreApplication::translate("Contact", "There is no such announcement to take back.")};
    if (std::any_of(items.value().cbegin(), items.value().cend(),
                    [id](const OutboxItem &item) { return item.withdrawsId == id; }))
        return Error{
            QCoreApplication::translate("Contact", "This announcement has been taken back already.")};
    if (found->expires <= now)
        return Error{QCoreApplication::translate(
            "Contact", "This announcement has ended; there is nothing to take back.")};
    const Result<Signer> signing = signer(trust);
    if (!signing)
        return Error{signing.error()};
    if (found->contactKeyId != signing.value().key.id)
        return Error{QCoreApplication::translate(
            "Contact",
            "Only the contact key that signed an announcement can take it back; that key is no longer "
            "on this phone.")};
    const auto envelope =
        trust::parseEnvelope(found->envelope, QStringLiteral("outbox"), trust::maxAnnouncementBytes);
    if (!envelope)
        return Error{envelope.error()};
    trust::SignedAnnouncement withdrawn;
    withdrawn.payload.group = found->group;
    withdrawn.payload.expires = found->expires;
    withdrawn.digest = trust::blake2b256(envelope.value().payload);
    return signAndKeep(signing.value(),
                       trust::withdrawalPayload(withdrawn, signing.value().nextSequence,
                                                now.toUTC().addMSecs(-now.time().msec())),
                       id);
}

Result<QList<OutboxItem>> ContactDesk::history()
{
    return OutboxRepository(m_database).all();
}

Result<int> deliverWaiting(Database &database, const sync::InboxSender &sender, const QDateTime &now)
{
    OutboxRepository outbox(database);
    const Result<QList<OutboxItem>> waiting = outbox.waiting();
    if (!waiting)
        return Error{waiting.error()};
    int delivered = 0;
    for (const OutboxItem &item : waiting.value()) {
        const sync::InboxReply reply = sender.put(item.envelope);
        const DeliveryState state =
            reply.outcome == sync::InboxReply::Outcome::Delivered ? DeliveryState::Delivered
            : reply.outcome == sync::InboxReply::Outcome::Refused ? DeliveryState::Refused
                                                                  : DeliveryState::Waiting;
        if (const Status recorded = outbox.recordAttempt(item.id, state, now, reply.problem); !recorded)
            return Error{recorded.error()};
        if (state == DeliveryState::Delivered)
            ++delivered;
        if (state == DeliveryState::Waiting)
            break;
    }
    return delivered;
}

Announcement preview(const trust::AnnouncementPayload &draft)
{
    trust::SignedAnnouncement unsigned_;
    unsigned_.payload = draft;
    return feed::scheduleAnnouncement(unsigned_);
}

bool showsInSchedule(const OutboxItem &item, const QList<OutboxItem> &all, const QDateTime &now)
{
    if (item.delivery == DeliveryState::Refused || item.expires <= now || item.withdrawsId > 0)
        return false;
    return std::none_of(all.cbegin(), all.cend(),
                        [&item](const OutboxItem &other) { return other.withdrawsId == item.id; });
}

Announcement scheduled(const OutboxItem &item)
{
    trust::AnnouncementPayload payload;
    payload.kind = announcementKindFromName(item.kind).value_or(AnnouncementKind::Note);
    payload.group = item.group;
    payload.date = item.date;
    payload.until = item.until;
    payload.newDate = item.movedTo.date();
    payload.newTime = item.movedTo.time();
    payload.venue = item.venue;
    payload.rrule = item.rrule;
    payload.time = item.time;
    payload.note = item.note;
    return preview(payload);
}

} // namespace kring::contact
