// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificate.h"

#include "fields.h"
#include "sizelimits.h"
#include "json/strictjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace kring::trust {
namespace {

constexpr auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
const QLatin1StringView certificatePrefix("KRING-CERT-");
const QLatin1StringView requestPrefix("KRING-REQ-");
constexpr char requestVersion = 1;
constexpr qsizetype checksumSize = 4;

bool isGroupId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9._-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

} // namespace

QByteArray certificatePayload(const Certificate &certificate)
{
    const QJsonObject object{{QStringLiteral("format"), QString(certificateFormat)},
                             {QStringLiteral("serial"), certificate.serial},
                             {QStringLiteral("groups"), QJsonArray::fromStringList(certificate.groups)},
                             {QStringLiteral("key"), QString::fromLatin1(certificate.contactKey.toBase64())},
                             {QStringLiteral("not_before"), formatTime(certificate.notBefore)},
                             {QStringLiteral("not_after"), formatTime(certificate.notAfter)}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<Certificate> verifyCertificate(const QByteArray &envelopeBytes, const RootMetadata &root,
                                      const QString &sourceName)
{
    auto envelope = parseEnvelope(envelopeBytes, sourceName, maxCertificateBytes);
    if (!envelope)
        return Error{envelope.error()};
    if (const Status signed_ =
            checkSignatures(envelope.value(), SignedType::Certificate, root.root, sourceName);
        !signed_)
        return Error{signed_.error()};
    return readCertificateUnverified(envelopeBytes, sourceName);
}

Result<Certificate> readCertificateUnverified(const QByteArray &envelopeBytes, const QString &sourceName)
{
    auto envelope = parseEnvelope(envelopeBytes, sourceName, maxCertificateBytes);
    if (!envelope)
        return Error{envelope.error()};
    auto object = json::parseStrictObject(envelope.value().payload, sourceName);
    if (!object)
        return Error{object.error()};
    Fields fields(object.value(), sourceName,
                  {"format", "serial", "groups", "key", "not_before", "not_after"});
    fields.expectFormat(certificateFormat);
    Certificate certificate;
    certificate.serial = fields.string("serial", 64);
    certificate.groups = fields.strings("groups", 32);
    certificate.contactKey = fields.base64("key", publicKeySize);
    certificate.notBefore = fields.time("not_before");
    certificate.notAfter = fields.time("not_after");
    for (const QString &group : std::as_const(certificate.groups)) {
        if (!isGroupId(group))
            fields.fail(QStringLiteral("groups"), QCoreApplication::translate("Trust", "not a group id"));
    }
    if (!fields.failed() && certificate.notAfter <= certificate.notBefore)
        fields.fail(QStringLiteral("not_after"), QCoreApplication::translate("Trust", "before not_before"));
    if (fields.failed())
        return Error{fields.error()};
    return certificate;
}

Result<Certificate> verifyCertificateAt(const QByteArray &envelopeBytes, const RootMetadata &root,
                                        const QDateTime &trustedTime, const QString &sourceName)
{
    auto certificate = verifyCertificate(envelopeBytes, root, sourceName);
    if (!certificate)
        return certificate;
    if (trustedTime > certificate.value().notAfter) {
        return Error{QCoreApplication::translate("Trust",
                                                 "%1: the certificate expired on %2; ask the network "
                                                 "team for a new one")
                         .arg(sourceName, formatTime(certificate.value().notAfter))};
    }
    if (trustedTime < certificate.value().notBefore) {
        return Error{QCoreApplication::translate("Trust", "%1: the certificate is not valid before %2")
                         .arg(sourceName, formatTime(certificate.value().notBefore))};
    }
    return certificate;
}

QString certificateCode(const QByteArray &envelopeBytes)
{
    return certificatePrefix + QString::fromLatin1(envelopeBytes.toBase64(base64url));
}

QString certificateLink(const QByteArray &envelopeBytes)
{
    return QString(certificateLinkPrefix) + QString::fromLatin1(envelopeBytes.toBase64(base64url));
}

Result<QByteArray> envelopeFromCertificateCode(const QString &code)
{
    QString trimmed = code.trimmed();
    if (trimmed.startsWith(certificateLinkPrefix))
        trimmed = certificatePrefix + trimmed.mid(certificateLinkPrefix.size());
    if (!trimmed.startsWith(certificatePrefix) || trimmed.size() > maxCertificateBytes * 2)
        return Error{QCoreApplication::translate("Trust", "not a certificate code (it starts with %1)")
                         .arg(certificatePrefix)};
    const auto bytes = decodeBase64Strict(trimmed.mid(certificatePrefix.size()).toLatin1(), base64url);
    if (!bytes)
        return Error{QCoreApplication::translate("Trust", "the certificate code is damaged or incomplete")};
    return *bytes;
}

QString requestCode(const CertificateRequest &request)
{
    QByteArray bytes;
    bytes.append(requestVersion).append(request.contactKey).append(request.group.toUtf8());
    bytes.append(blake2b256(bytes).left(checksumSize));
    return requestPrefix + QString::fromLatin1(bytes.toBase64(base64url));
}

Result<CertificateRequest> parseRequestCode(const QString &code)
{
    const QString trimmed = code.trimmed();
    const auto mistyped = [] {
        return Error{QCoreApplication::translate("Trust", "the request code is mistyped or incomplete (its "
                                                          "checksum does not match)")};
    };
    if (!trimmed.startsWith(requestPrefix) || trimmed.size() > 400)
        return Error{QCoreApplication::translate("Trust", "not a request code (it starts with %1)")
                         .arg(requestPrefix)};
    const auto bytes = decodeBase64Strict(trimmed.mid(requestPrefix.size()).toLatin1(), base64url);
    if (!bytes || bytes->size() < 1 + publicKeySize + 1 + checksumSize)
        return mistyped();
    const QByteArray body = bytes->left(bytes->size() - checksumSize);
    if (blake2b256(body).left(checksumSize) != bytes->right(checksumSize))
        return mistyped();
    if (body.at(0) != requestVersion)
        return Error{QCoreApplication::translate("Trust", "the request code comes from a newer app version")};
    CertificateRequest request{QString::fromUtf8(body.mid(1 + publicKeySize)), body.mid(1, publicKeySize)};
    if (!isGroupId(request.group))
        return Error{QCoreApplication::translate("Trust", "the request code names an invalid group id")};
    return request;
}

} // namespace kring::trust
