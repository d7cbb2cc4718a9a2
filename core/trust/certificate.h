// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rootmetadata.h"

#include <QStringList>

namespace kring::trust {

inline constexpr QLatin1StringView certificateFormat{"kring-cert/1"};
inline constexpr int defaultCertificateDays = 90;

// Root-signed: this contact key may announce for these groups between not_before and not_after.
struct Certificate {
    QString serial;
    QStringList groups;
    QByteArray contactKey;
    QDateTime notBefore;
    QDateTime notAfter;
};

[[nodiscard]] QByteArray certificatePayload(const Certificate &certificate);
// Checks the root signature, then the fields. Expiry is the caller's: see verifyCertificateAt.
[[nodiscard]] Result<Certificate> verifyCertificate(const QByteArray &envelopeBytes, const RootMetadata &root,
                                                    const QString &sourceName);
// The fields of a certificate without checking its signature: only for its holder's own consistency checks
// (right key, right group, not expired) before signing; trust always comes from verifyCertificate.
[[nodiscard]] Result<Certificate> readCertificateUnverified(const QByteArray &envelopeBytes,
                                                            const QString &sourceName);
// verifyCertificate, and valid at `trustedTime`.
[[nodiscard]] Result<Certificate> verifyCertificateAt(const QByteArray &envelopeBytes,
                                                      const RootMetadata &root, const QDateTime &trustedTime,
                                                      const QString &sourceName);

// "KRING-CERT-<base64url of the envelope>", what goes back to the contact person as text, QR or link.
[[nodiscard]] QString certificateCode(const QByteArray &envelopeBytes);
// The same as a link that opens Kring: "kring://c/<base64url of the envelope>".
inline constexpr QLatin1StringView certificateLinkPrefix{"kring://c/"};
[[nodiscard]] QString certificateLink(const QByteArray &envelopeBytes);
// The envelope from a certificate code or a certificate link.
[[nodiscard]] Result<QByteArray> envelopeFromCertificateCode(const QString &code);

// "KRING-REQ-<base64url>": group id and public key of a new contact key, with a checksum against typing
// errors.
struct CertificateRequest {
    QString group;
    QByteArray contactKey;
};
[[nodiscard]] QString requestCode(const CertificateRequest &request);
[[nodiscard]] Result<CertificateRequest> parseRequestCode(const QString &code);

} // namespace kring::trust
