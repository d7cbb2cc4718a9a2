// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certificate.h"
#include "revocations.h"
#include "schedule/announcementkind.h"

#include <QDate>
#include <QTime>

namespace kring::trust {

inline constexpr QLatin1StringView announcementFormat{"kring-announcement/1"};
// An announcement may stay valid at most this long after its certificate ends, and after it was issued.
inline constexpr int maxDaysAfterCertificate = 90;
inline constexpr int maxDaysAfterIssued = 365;

// What a contact person says about their group's meetings, as signed. Which fields are set depends on the
// kind (announcementKindRules; docs/trust.md). Withdraw takes back an earlier announcement of the same
// contact key for the same group.
struct AnnouncementPayload {
    AnnouncementKind kind = AnnouncementKind::Note;
    QString group;
    qint64 sequence = 1; // per contact key and group, strictly increasing
    QDateTime issued;
    QDateTime expires;
    QDate date;
    QDate until;
    QDate newDate;
    QTime newTime;
    QString venue;
    QString rrule;
    QTime time;
    QString note;
    QByteArray
        withdraws; // withdraw: the digest (SignedAnnouncement::digest) of the announcement it takes back
};

// The end of the last occurrence concerned (the end of its day in Europe/Amsterdam and Europe/Brussels);
// for reschedule 90 days after the date it starts, by when the network has folded it into the directory.
[[nodiscard]] QDateTime defaultExpiry(const AnnouncementPayload &payload);

// The latest `expires` an announcement under `certificate` may carry.
[[nodiscard]] QDateTime latestExpiry(const AnnouncementPayload &payload, const Certificate &certificate);

// An announcement whose certificate and signature checked out.
struct SignedAnnouncement {
    AnnouncementPayload payload;
    Certificate certificate;
    QString contactKeyId;
    QByteArray envelope; // the exact bytes that verified
    QByteArray digest;   // BLAKE2b-256 of the payload: the same announcement has the same digest
};

// A withdrawal of `withdrawn`, to be signed with the same contact key: the same group, `sequence` (above the
// withdrawn one's), issued at `issued`, and valid exactly as long as the withdrawn announcement, so that
// every phone that may still hold it sees the withdrawal.
[[nodiscard]] AnnouncementPayload withdrawalPayload(const SignedAnnouncement &withdrawn, qint64 sequence,
                                                    const QDateTime &issued);

// The digest as people pass it on (64 lowercase hex digits), and back; nothing when `text` is not one.
[[nodiscard]] QString digestText(const QByteArray &digest);
[[nodiscard]] std::optional<QByteArray> digestFromText(const QString &text);

// Signs the payload with the contact key and embeds the certificate; refused when over 2 KiB.
[[nodiscard]] Result<QByteArray> signAnnouncement(const AnnouncementPayload &payload,
                                                  const QByteArray &certificateEnvelope,
                                                  const KeyPair &contactKey);

// Verifies from the bytes alone with only the root: size cap, certificate (root-signed, not revoked, names
// the group, issued within its validity), the contact signature, the fields, `expires` no later than
// latestExpiry(), and expiry at `trustedTime`. Sequence numbers and the certificate's validity when the
// announcement is first seen are checked against the trust state by the caller (TrustState::admit).
[[nodiscard]] Result<SignedAnnouncement>
verifyAnnouncement(const QByteArray &envelopeBytes, const RootMetadata &root, const Revocations &revocations,
                   const QDateTime &trustedTime, const QString &sourceName);

// Share links: "https://<host>/a#<base64url>" (host empty: "kring://a/<base64url>").
[[nodiscard]] QString announcementLink(const QByteArray &envelopeBytes, const QString &host = {});

// What a share link holds: the envelope, and the host of a https link (empty for kring://a/).
struct LinkContent {
    QByteArray envelope;
    QString host; // lower case
};
[[nodiscard]] Result<LinkContent> readLink(const QString &link);
[[nodiscard]] Result<QByteArray> envelopeFromLink(const QString &link);

} // namespace kring::trust
