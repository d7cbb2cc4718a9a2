// SPDX-License-Identifier: GPL-3.0-or-later
#include "revocations.h"

#include "fields.h"
#include "sizelimits.h"
#include "json/strictjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace kring::trust {
namespace {

QJsonArray sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return QJsonArray::fromStringList(list);
}

QSet<QString> readSet(Fields &fields, const char *key)
{
    QSet<QString> set;
    for (const QJsonValue &value : fields.array(key)) {
        if (!value.isString() || value.toString().isEmpty() || value.toString().size() > 64) {
            fields.fail(QLatin1StringView(key), QCoreApplication::translate("Trust", "expected texts"));
            return {};
        }
        set.insert(value.toString());
    }
    return set;
}

} // namespace

QByteArray revocationsPayload(const Revocations &revocations)
{
    const QJsonObject object{{QStringLiteral("format"), QString(revocationsFormat)},
                             {QStringLiteral("version"), revocations.version},
                             {QStringLiteral("issued"), formatTime(revocations.issued)},
                             {QStringLiteral("serials"), sorted(revocations.serials)},
                             {QStringLiteral("keys"), sorted(revocations.keyIds)}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<Revocations> verifyRevocations(const QByteArray &envelopeBytes, const RootMetadata &root,
                                      const QString &sourceName)
{
    auto envelope = parseEnvelope(envelopeBytes, sourceName, maxRevocationsBytes);
    if (!envelope)
        return Error{envelope.error()};
    if (const Status signed_ =
            checkSignatures(envelope.value(), SignedType::Revocations, root.root, sourceName);
        !signed_)
        return Error{signed_.error()};
    auto object = json::parseStrictObject(envelope.value().payload, sourceName);
    if (!object)
        return Error{object.error()};
    Fields fields(object.value(), sourceName, {"format", "version", "issued", "serials", "keys"});
    fields.expectFormat(revocationsFormat);
    Revocations revocations;
    revocations.version = int(fields.integer("version", 1, 100000000));
    revocations.issued = fields.time("issued");
    revocations.serials = readSet(fields, "serials");
    revocations.keyIds = readSet(fields, "keys");
    if (fields.failed())
        return Error{fields.error()};
    return revocations;
}

} // namespace kring::trust
