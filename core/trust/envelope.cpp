// SPDX-License-Identifier: GPL-3.0-or-later
#include "envelope.h"

#include "fields.h"
#include "json/jsontext.h"
#include "json/strictjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace kring::trust {
namespace {

constexpr qsizetype maxSignatures = 16;

} // namespace

Result<Envelope> parseEnvelope(const QByteArray &bytes, const QString &sourceName, qint64 maxBytes)
{
    if (bytes.size() > maxBytes) {
        return Error{QCoreApplication::translate("Trust", "%1: %2 bytes is over the limit of %3 bytes")
                         .arg(sourceName)
                         .arg(bytes.size())
                         .arg(maxBytes)};
    }
    // The payload can be tens of MiB of base64: it is located by the strict check and decoded directly,
    // and only the small rest of the envelope goes through the JSON parser.
    json::StringSpan payloadSpan;
    if (const Status strict =
            json::checkStrictJson(bytes, sourceName, json::maxJsonDepth, "payload", &payloadSpan);
        !strict)
        return Error{strict.error()};
    QByteArray rest = bytes;
    if (payloadSpan.found()) {
        // Put together from both sides of the payload: removing it from a shared copy would copy it all.
        const QByteArrayView whole(bytes);
        rest.clear();
        rest.reserve(whole.size() - (payloadSpan.end - payloadSpan.begin));
        rest.append(whole.first(payloadSpan.begin)).append(whole.sliced(payloadSpan.end));
    }
    auto object = json::parseStrictObject(rest, sourceName);
    if (!object)
        return Error{object.error()};
    Fields fields(object.value(), sourceName, {"payload", "signatures"});
    const QJsonValue payloadValue = object.value().value(QLatin1StringView("payload"));
    const QJsonArray signatureArray = fields.array("signatures");
    if (fields.failed())
        return Error{fields.error()};
    if (!payloadValue.isString() || !payloadSpan.found())
        return Error{
            QCoreApplication::translate("Trust", "%1: payload: expected base64 text").arg(sourceName)};
    const auto payload = decodeBase64Strict(
        QByteArrayView(bytes).sliced(payloadSpan.begin, payloadSpan.end - payloadSpan.begin));
    if (!payload || payload->isEmpty())
        return Error{QCoreApplication::translate("Trust", "%1: payload: not valid base64").arg(sourceName)};
    if (signatureArray.isEmpty() || signatureArray.size() > maxSignatures) {
        return Error{QCoreApplication::translate("Trust", "%1: signatures: expected 1 to %2 signatures")
                         .arg(sourceName)
                         .arg(maxSignatures)};
    }
    Envelope envelope{*payload, {}};
    for (const QJsonValue &item : signatureArray) {
        if (!item.isObject())
            return Error{
                QCoreApplication::translate("Trust", "%1: signatures: expected objects").arg(sourceName)};
        Fields signature(item.toObject(), sourceName + QStringLiteral(": signatures"), {"keyid", "sig"});
        const QString id = signature.string("keyid", 32);
        const QByteArray sig = signature.base64("sig", signatureSize);
        if (!signature.failed() && !json::bytesOfLowercaseHex(id, 16))
            signature.fail(QStringLiteral("keyid"),
                           QCoreApplication::translate("Trust", "expected 32 hex digits"));
        if (signature.failed())
            return Error{signature.error()};
        envelope.signatures.append(Signature{id, sig});
    }
    return envelope;
}

QByteArray serializeEnvelope(const Envelope &envelope)
{
    QJsonArray signatures;
    for (const Signature &signature : envelope.signatures) {
        signatures.append(
            QJsonObject{{QStringLiteral("keyid"), signature.keyId},
                        {QStringLiteral("sig"), QString::fromLatin1(signature.signature.toBase64())}});
    }
    const QJsonObject object{{QStringLiteral("payload"), QString::fromLatin1(envelope.payload.toBase64())},
                             {QStringLiteral("signatures"), signatures}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Envelope signEnvelope(SignedType type, const QByteArray &payload, const QList<KeyPair> &keys)
{
    Envelope envelope{payload, {}};
    for (const KeyPair &key : keys)
        envelope.signatures.append(Signature{keyId(key.publicKey), sign(type, payload, key)});
    return envelope;
}

Status checkSignatures(const Envelope &envelope, SignedType type, const Role &role, const QString &sourceName)
{
    QSet<QByteArray> signers;
    bool knownKeyFailed = false;
    bool unknownKey = false;
    for (const Signature &signature : envelope.signatures) {
        bool matched = false;
        for (const QByteArray &key : role.keys) {
            if (keyId(key) != signature.keyId)
                continue;
            matched = true;
            if (verifySignature(type, envelope.payload, signature.signature, key))
                signers.insert(key);
            else
                knownKeyFailed = true;
        }
        unknownKey = unknownKey || !matched;
    }
    if (signers.size() >= role.threshold)
        return Done{};
    if (knownKeyFailed) {
        for (SignedType other :
             {SignedType::Root, SignedType::Directory, SignedType::Snapshot, SignedType::Certificate,
              SignedType::Revocations, SignedType::Announcement}) {
            if (other == type)
                continue;
            for (const Signature &signature : envelope.signatures) {
                for (const QByteArray &key : role.keys) {
                    if (keyId(key) == signature.keyId &&
                        verifySignature(other, envelope.payload, signature.signature, key)) {
                        return Error{
                            QCoreApplication::translate("Trust", "%1: signed as type %2, not as %3; refused")
                                .arg(sourceName, typeName(other), typeName(type))};
                    }
                }
            }
        }
        return Error{
            QCoreApplication::translate(
                "Trust", "%1: the signature does not match: the file was changed after signing; refused")
                .arg(sourceName)};
    }
    if (unknownKey && signers.isEmpty())
        return Error{
            QCoreApplication::translate("Trust", "%1: signed by a key that is not trusted for this; refused")
                .arg(sourceName)};
    return Error{QCoreApplication::translate("Trust", "%1: signed by %2 trusted key(s), %3 needed; refused")
                     .arg(sourceName)
                     .arg(signers.size())
                     .arg(role.threshold)};
}

} // namespace kring::trust
