// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshot.h"

#include "fields.h"
#include "sizelimits.h"
#include "json/jsontext.h"
#include "json/strictjson.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace kring::trust {
namespace {

QJsonObject metaJson(const FileMeta &meta)
{
    return {{QStringLiteral("size"), meta.size},
            {QStringLiteral("blake2b"), QString::fromLatin1(meta.blake2b.toHex())}};
}

FileMeta readMeta(Fields &parent, const char *name, const QString &sourceName)
{
    Fields fields(parent.object(name), sourceName + QStringLiteral(": files.") + QLatin1StringView(name),
                  {"size", "blake2b"});
    FileMeta meta;
    meta.size = fields.integer("size", 1, maxDirectoryBytes);
    const QString hex = fields.string("blake2b", 64);
    const std::optional<QByteArray> digest = json::bytesOfLowercaseHex(hex, 32);
    meta.blake2b = digest.value_or(QByteArray());
    if (!fields.failed() && !digest)
        fields.fail(QStringLiteral("blake2b"),
                    QCoreApplication::translate("Trust", "expected 64 hex digits"));
    if (fields.failed())
        parent.adopt(fields);
    return meta;
}

} // namespace

FileMeta fileMeta(const QByteArray &bytes)
{
    return FileMeta{bytes.size(), blake2b256(bytes)};
}

QByteArray snapshotPayload(const Snapshot &snapshot)
{
    QJsonObject files{{QStringLiteral("root"), metaJson(snapshot.root)},
                      {QStringLiteral("directory"), metaJson(snapshot.directory)},
                      {QStringLiteral("revocations"), metaJson(snapshot.revocations)},
                      {QStringLiteral("announcements"), metaJson(snapshot.announcements)}};
    if (snapshot.news.size > 0)
        files.insert(QStringLiteral("news"), metaJson(snapshot.news));
    const QJsonObject object{{QStringLiteral("format"), QString(snapshotFormat)},
                             {QStringLiteral("version"), snapshot.version},
                             {QStringLiteral("issued"), formatTime(snapshot.issued)},
                             {QStringLiteral("expires"), formatTime(snapshot.expires)},
                             {QStringLiteral("root_version"), snapshot.rootVersion},
                             {QStringLiteral("files"), files}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<Snapshot> verifySnapshot(const QByteArray &envelopeBytes, const RootMetadata &root,
                                const QString &sourceName)
{
    auto envelope = parseEnvelope(envelopeBytes, sourceName, maxSnapshotBytes);
    if (!envelope)
        return Error{envelope.error()};
    if (const Status signed_ = checkSignatures(envelope.value(), SignedType::Snapshot, root.feed, sourceName);
        !signed_)
        return Error{signed_.error()};
    auto object = json::parseStrictObject(envelope.value().payload, sourceName);
    if (!object)
        return Error{object.error()};
    Fields fields(object.value(), sourceName,
                  {"format", "version", "issued", "expires", "root_version", "files"});
    fields.expectFormat(snapshotFormat);
    Snapshot snapshot;
    snapshot.version = fields.integer("version", 1, maxVersionNumber);
    snapshot.issued = fields.time("issued");
    snapshot.expires = fields.time("expires");
    snapshot.rootVersion = int(fields.integer("root_version", 1, 1000000));
    Fields files(fields.object("files"), sourceName + QStringLiteral(": files"),
                 {"root", "directory", "revocations", "announcements", "news"});
    if (!fields.failed()) {
        snapshot.root = readMeta(files, "root", sourceName);
        snapshot.directory = readMeta(files, "directory", sourceName);
        snapshot.revocations = readMeta(files, "revocations", sourceName);
        snapshot.announcements = readMeta(files, "announcements", sourceName);
        if (files.has("news"))
            snapshot.news = readMeta(files, "news", sourceName);
    }
    if (files.failed())
        fields.adopt(files);
    if (fields.failed())
        return Error{fields.error()};
    return snapshot;
}

} // namespace kring::trust
