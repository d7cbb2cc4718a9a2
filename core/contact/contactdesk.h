// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/announcement.h"
#include "store/contactkeyrepository.h"
#include "store/database.h"
#include "store/outboxrepository.h"
#include "trust/announcement.h"

#include <optional>

namespace kring::sync {
class InboxSender;
}

namespace kring::contact {

// What a certificate imported on this device allows at the trusted time. Superseded: signed by root keys the
// network no longer uses (it renewed them), so it needs a new certificate although nothing was revoked.
enum class CertificateStatus { Missing, Valid, NotYetValid, Expired, Revoked, Superseded };

// The contact key on this device (there is at most one) and where its certificate stands.
struct Enrolment {
    QString keyId;
    QString group;
    QString requestCode; // what goes to the network to be certified
    QDateTime createdAt;
    std::optional<trust::Certificate> certificate;
    CertificateStatus status = CertificateStatus::Missing;
};

// What certificates are checked against: the newest root and revocation list the store trusts (or the pinned
// root before any feed verified), at the trusted time.
struct TrustView {
    trust::RootMetadata root;
    trust::Revocations revocations;
    QDateTime trustedTime;
};
[[nodiscard]] Result<TrustView> trustView(Database &database, const QByteArray &pinnedRoot,
                                          const QDateTime &deviceClock);

// The contact person's use cases, on the encrypted store: enrol, import the certificate, sign announcements
// and keep them (with their delivery state) until the network's inbox has them. Errors are in plain words.
class ContactDesk
{
public:
    explicit ContactDesk(Database &database)
        : m_database(database)
    {}

    [[nodiscard]] Result<std::optional<Enrolment>> enrolment(const TrustView &trust);
    // Makes a new contact key for `group` in the store; refused while another key is kept (forget() first).
    [[nodiscard]] Result<Enrolment> enrol(const QString &group, const QDateTime &now);
    // Takes the certificate code (as text; spaces and line breaks are ignored) when the root vouches for it,
    // it is for this key and its group, and it is neither expired nor revoked.
    [[nodiscard]] Result<Enrolment> importCertificate(const QString &code, const TrustView &trust);
    // Removes the contact key and its certificate; what was sent stays in the history.
    [[nodiscard]] Status forget();

    // Signs `draft` (kind and its fields; group, sequence, issued and expires are filled in here) and keeps
    // it in the outbox, waiting for delivery.
    [[nodiscard]] Result<OutboxItem> announce(trust::AnnouncementPayload draft, const TrustView &trust,
                                              const QDateTime &now);
    // Signs a withdrawal of the announcement `id` sent from this phone (trust::withdrawalPayload): phones
    // drop it, the network stops publishing it. Refused for a withdrawal, one taken back already, one that
    // has ended, or one signed by a key no longer here.
    [[nodiscard]] Result<OutboxItem> withdraw(qint64 id, const TrustView &trust, const QDateTime &now);
    // Everything signed on this device, newest first.
    [[nodiscard]] Result<QList<OutboxItem>> history();

private:
    // The key and certificate that sign now, and the next sequence number of the key.
    struct Signer {
        ContactKey key;
        trust::Certificate certificate;
        qint64 nextSequence = 1;
    };
    [[nodiscard]] Result<Signer> signer(const TrustView &trust);
    [[nodiscard]] Result<OutboxItem>
    signAndKeep(const Signer &signer, const trust::AnnouncementPayload &payload, qint64 withdrawsId);

    Database &m_database;
};

// Hands what waits in the outbox to the inbox, oldest first, and records each attempt. Stops at the first
// that has to wait (the network is unreachable or busy). Returns how many were delivered.
[[nodiscard]] Result<int> deliverWaiting(Database &database, const sync::InboxSender &sender,
                                         const QDateTime &now);

// The outbox entry of a signed (or, without an envelope, a drafted) announcement.
[[nodiscard]] OutboxItem outboxItem(const trust::AnnouncementPayload &payload, const QString &keyId = {},
                                    QByteArray envelope = {});

// An announcement as its group's schedule applies it, before it is signed: what seekers will see.
[[nodiscard]] Announcement preview(const trust::AnnouncementPayload &draft);
// Whether what was sent still changes its group's schedule: not refused, not ended, not taken back, and not a
// withdrawal itself.
[[nodiscard]] bool showsInSchedule(const OutboxItem &item, const QList<OutboxItem> &all,
                                   const QDateTime &now);
// What was sent, as its group's schedule applies it (for the contact person's own list, before the network
// publishes it).
[[nodiscard]] Announcement scheduled(const OutboxItem &item);

} // namespace kring::contact
