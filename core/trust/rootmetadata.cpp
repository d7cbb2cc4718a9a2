// SPDX-License-Identifier: GPL-3.0-or-later
#include "rootmetadata.h"

#include "fields.h"
#include "sizelimits.h"
#include "json/strictjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace kring::trust {
namespace {

constexpr qsizetype maxKeysPerRole = 16;

QJsonObject roleJson(const Role &role)
{
    QJsonArray keys;
    for (const QByteArray &key : role.keys)
        keys.append(QString::fromLatin1(key.toBase64()));
    return {{QStringLiteral("threshold"), role.threshold}, {QStringLiteral("keys"), keys}};
}

Role readRole(Fields &parent, const char *name, const QString &sourceName)
{
    Fields fields(parent.object(name), sourceName + QStringLiteral(": roles.") + QLatin1StringView(name),
                  {"threshold", "keys"});
    Role role;
    const QJsonArray keys = fields.array("keys");
    role.threshold = int(fields.integer("threshold", 1, maxKeysPerRole));
    QSet<QByteArray> seen;
    for (const QJsonValue &value : keys) {
        const auto key = decodeBase64Strict(value.toString().toLatin1());
        if (!value.isString() || !key || key->size() != publicKeySize || seen.contains(*key)) {
            fields.fail(
                QStringLiteral("keys"),
                QCoreApplication::translate("Trust", "expected distinct 32-byte public keys in base64"));
            break;
        }
        seen.insert(*key);
        role.keys.append(*key);
    }
    if (!fields.failed() &&
        (role.keys.isEmpty() || role.keys.size() > maxKeysPerRole || role.threshold > role.keys.size()))
        fields.fail(QStringLiteral("threshold"),
                    QCoreApplication::translate("Trust", "needs 1 to %1 keys and a threshold no larger than "
                                                         "the number of keys")
                        .arg(maxKeysPerRole));
    if (fields.failed())
        parent.adopt(fields);
    return role;
}

} // namespace

bool isValidLinkHost(const QString &host)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$"));
    return pattern.match(host).hasMatch();
}

QByteArray rootPayload(const RootMetadata &root)
{
    QJsonObject object{{QStringLiteral("format"), QString(rootFormat)},
                       {QStringLiteral("version"), root.version},
                       {QStringLiteral("issued"), formatTime(root.issued)},
                       {QStringLiteral("expires"), formatTime(root.expires)},
                       {QStringLiteral("roles"), QJsonObject{{QStringLiteral("root"), roleJson(root.root)},
                                                             {QStringLiteral("feed"), roleJson(root.feed)}}}};
    if (!root.linkHost.isEmpty())
        object.insert(QStringLiteral("link_host"), root.linkHost);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<RootMetadata> parseRootPayload(const QByteArray &payload, const QString &sourceName)
{
    auto object = json::parseStrictObject(payload, sourceName);
    if (!object)
        return Error{object.error()};
    Fields fields(object.value(), sourceName,
                  {"format", "version", "issued", "expires", "roles", "link_host"});
    fields.expectFormat(rootFormat);
    RootMetadata root;
    root.version = int(fields.integer("version", 1, 1000000));
    root.issued = fields.time("issued");
    root.expires = fields.time("expires");
    Fields roles(fields.object("roles"), sourceName + QStringLiteral(": roles"), {"root", "feed"});
    if (!fields.failed()) {
        root.root = readRole(roles, "root", sourceName);
        root.feed = readRole(roles, "feed", sourceName);
    }
    if (roles.failed())
        fields.adopt(roles);
    if (fields.has("link_host")) {
        root.linkHost = fields.string("link_host", 253);
        if (!fields.failed() && !isValidLinkHost(root.linkHost))
            fields.fail(QStringLiteral("link_host"),
                        QCoreApplication::translate("Trust", "expected a host name in lower case, such as "
                                                             "\"kring.example.nl\""));
    }
    if (fields.failed())
        return Error{fields.error()};
    return root;
}

Result<RootMetadata> verifyPinnedRoot(const QByteArray &bytes, const QString &sourceName)
{
    auto envelope = parseEnvelope(bytes, sourceName, maxRootBytes);
    if (!envelope)
        return Error{envelope.error()};
    // A pinned root is trusted because it ships with the app; its own signatures guard against a damaged
    // copy.
    auto root = parseRootPayload(envelope.value().payload, sourceName);
    if (!root)
        return Error{root.error()};
    if (const Status signed_ =
            checkSignatures(envelope.value(), SignedType::Root, root.value().root, sourceName);
        !signed_)
        return Error{signed_.error()};
    return root;
}

Result<RootMetadata> verifyNextRoot(const RootMetadata &current, const QByteArray &bytes,
                                    const QString &sourceName)
{
    auto envelope = parseEnvelope(bytes, sourceName, maxRootBytes);
    if (!envelope)
        return Error{envelope.error()};
    // First the keys we already trust: nothing of the payload is used before they vouch for it.
    if (const Status old = checkSignatures(envelope.value(), SignedType::Root, current.root, sourceName);
        !old) {
        return Error{
            QCoreApplication::translate("Trust", "%1: not signed by enough keys of root version %2: %3")
                .arg(sourceName)
                .arg(current.version)
                .arg(old.error())};
    }
    auto next = parseRootPayload(envelope.value().payload, sourceName);
    if (!next)
        return Error{next.error()};
    if (next.value().version != current.version + 1) {
        return Error{QCoreApplication::translate("Trust", "%1: root version %2 does not follow version %3; a "
                                                          "root may not skip or repeat a version")
                         .arg(sourceName)
                         .arg(next.value().version)
                         .arg(current.version)};
    }
    if (const Status own = checkSignatures(envelope.value(), SignedType::Root, next.value().root, sourceName);
        !own) {
        return Error{
            QCoreApplication::translate("Trust", "%1: not signed by enough of its own new root keys: %2")
                .arg(sourceName, own.error())};
    }
    return next;
}

} // namespace kring::trust
