// SPDX-License-Identifier: GPL-3.0-or-later
#include "truststate.h"

#include "fields.h"
#include "rootmetadata.h"
#include "sizelimits.h"
#include "json/strictjson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace kring::trust {
namespace {

QJsonArray announcementsJson(const QList<AcceptedAnnouncement> &announcements)
{
    QJsonArray array;
    for (const AcceptedAnnouncement &item : announcements) {
        array.append(QJsonObject{{QStringLiteral("seq"), item.sequence},
                                 {QStringLiteral("digest"), QString::fromLatin1(item.digest.toHex())},
                                 {QStringLiteral("expires"), formatTime(item.expires)}});
    }
    return array;
}

QList<AcceptedAnnouncement> readAnnouncements(Fields &recordFields, const char *key,
                                              const QString &sourceName)
{
    QList<AcceptedAnnouncement> announcements;
    for (const QJsonValue &value : recordFields.array(key)) {
        Fields item(value.toObject(), sourceName + QStringLiteral(": ") + QLatin1StringView(key),
                    {"seq", "digest", "expires"});
        AcceptedAnnouncement accepted;
        accepted.sequence = item.integer("seq", 1, qint64(1) << 52);
        accepted.digest = QByteArray::fromHex(item.string("digest", 64).toLatin1());
        accepted.expires = item.time("expires");
        recordFields.adopt(item);
        announcements.append(accepted);
    }
    return announcements;
}

QString sequenceKey(const SignedAnnouncement &announcement)
{
    return announcement.contactKeyId + QLatin1Char('/') + announcement.payload.group;
}

constexpr qint64 maxStateBytes = 16 * 1024 * 1024;
constexpr QLatin1StringView stateFormat{"kring-trust-state/2"};
constexpr QLatin1StringView firstStateFormat{"kring-trust-state/1"};

QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

// A stored envelope in base64 (no length limit of Fields::string); empty when absent.
QByteArray readEnvelopeBytes(const QJsonObject &object, const char *key, Fields &fields)
{
    const QJsonValue value = object.value(QLatin1StringView(key));
    const auto bytes = decodeBase64Strict(value.toString().toLatin1());
    if (!value.isString() || !bytes) {
        fields.fail(QLatin1StringView(key), QCoreApplication::translate("Trust", "expected base64"));
        return {};
    }
    return *bytes;
}

FileMeta readFileMeta(Fields &fields, const char *key)
{
    Fields file(fields.object(key), QLatin1StringView(key), {"size", "blake2b"});
    FileMeta meta;
    meta.size = file.integer("size", 1, maxDirectoryBytes);
    meta.blake2b = QByteArray::fromHex(file.string("blake2b", 64).toLatin1());
    fields.adopt(file);
    return meta;
}

void readRootDigests(Fields &fields, QMap<int, QByteArray> &digests)
{
    const QJsonObject object = fields.object("root_digests");
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool number = false;
        const int version = it.key().toInt(&number);
        const QByteArray digest = QByteArray::fromHex(it.value().toString().toLatin1());
        if (!number || version < 1 || digest.size() != 32) {
            fields.fail(QStringLiteral("root_digests"),
                        QCoreApplication::translate("Trust", "expected root versions with 64 hex digits"));
            return;
        }
        digests.insert(version, digest);
    }
}

} // namespace

QByteArray rootDigest(const QByteArray &rootEnvelope)
{
    auto envelope = parseEnvelope(rootEnvelope, QString(), maxRootBytes);
    return envelope ? blake2b256(envelope.value().payload) : QByteArray();
}

QDateTime TrustState::trustedTime(const QDateTime &deviceClock) const
{
    return newestIssued.isValid() && newestIssued > deviceClock ? newestIssued : deviceClock;
}

bool TrustState::isFresh(const QDateTime &deviceClock) const
{
    return snapshotExpires.isValid() && trustedTime(deviceClock) <= snapshotExpires;
}

bool TrustState::belongsTo(const QByteArray &pinnedRoot) const
{
    if (rootDigests.isEmpty())
        return true; // nothing verified yet, or a state kept before root digests were
    auto envelope = parseEnvelope(pinnedRoot, QString(), maxRootBytes);
    if (!envelope)
        return false;
    auto pinned = parseRootPayload(envelope.value().payload, QString());
    return pinned && rootDigests.value(pinned.value().version) == blake2b256(envelope.value().payload);
}

bool TrustState::isAccepted(const SignedAnnouncement &announcement) const
{
    const auto record = sequences.constFind(sequenceKey(announcement));
    if (record == sequences.cend())
        return false;
    return std::any_of(record->accepted.cbegin(), record->accepted.cend(), [&](const auto &accepted) {
        return accepted.sequence == announcement.payload.sequence && accepted.digest == announcement.digest;
    });
}

bool TrustState::isWithdrawn(const SignedAnnouncement &announcement) const
{
    if (announcement.payload.kind == AnnouncementKind::Withdraw)
        return false; // a withdrawal cannot be withdrawn
    const auto record = sequences.constFind(sequenceKey(announcement));
    return record != sequences.cend() &&
           std::any_of(record->withdrawn.cbegin(), record->withdrawn.cend(),
                       [&](const auto &withdrawn) { return withdrawn.digest == announcement.digest; });
}

Status TrustState::checkSequence(const SignedAnnouncement &announcement, const QString &sourceName) const
{
    const auto record = sequences.constFind(sequenceKey(announcement));
    if (record == sequences.cend() || announcement.payload.sequence > record->highest ||
        isAccepted(announcement))
        return Done{};
    return Error{QCoreApplication::translate("Trust", "%1: sequence number %2 is a replay or older than the "
                                                      "newest seen (%3) from this contact person; refused")
                     .arg(sourceName)
                     .arg(announcement.payload.sequence)
                     .arg(record->highest)};
}

Status TrustState::admit(const SignedAnnouncement &announcement, const QDateTime &trustedTime,
                         const QString &sourceName) const
{
    if (isWithdrawn(announcement))
        return Error{QCoreApplication::translate("Trust", "%1: withdrawn by its contact person; refused")
                         .arg(sourceName)};
    if (isAccepted(announcement))
        return Done{};
    if (const Status sequence = checkSequence(announcement, sourceName); !sequence)
        return sequence;
    const Certificate &certificate = announcement.certificate;
    if (trustedTime > certificate.notAfter ||
        trustedTime.addSecs(clockToleranceSeconds) < certificate.notBefore) {
        return Error{QCoreApplication::translate("Trust", "%1: first seen on %2, outside its certificate's "
                                                          "validity (%3 to %4); refused")
                         .arg(sourceName, formatTime(trustedTime), formatTime(certificate.notBefore),
                              formatTime(certificate.notAfter))};
    }
    return Done{};
}

void TrustState::record(const SignedAnnouncement &announcement, const QDateTime &trustedTime)
{
    SequenceRecord &record = sequences[sequenceKey(announcement)];
    record.highest = std::max(record.highest, announcement.payload.sequence);
    const AcceptedAnnouncement entry{announcement.payload.sequence, announcement.digest,
                                     announcement.payload.expires};
    if (!record.accepted.contains(entry))
        record.accepted.append(entry);
    if (announcement.payload.kind == AnnouncementKind::Withdraw) {
        const QByteArray &withdrawn = announcement.payload.withdraws;
        record.accepted.removeIf([&](const AcceptedAnnouncement &item) { return item.digest == withdrawn; });
        const AcceptedAnnouncement withdrawal{announcement.payload.sequence, withdrawn,
                                              announcement.payload.expires};
        if (!record.withdrawn.contains(withdrawal))
            record.withdrawn.append(withdrawal);
    }
    const auto expired = [&](const AcceptedAnnouncement &item) { return item.expires < trustedTime; };
    record.accepted.removeIf(expired);
    record.withdrawn.removeIf(expired);
}

QByteArray TrustState::toJson() const
{
    QJsonObject sequenceObject;
    for (auto it = sequences.cbegin(); it != sequences.cend(); ++it) {
        QJsonObject record{{QStringLiteral("highest"), it->highest},
                           {QStringLiteral("accepted"), announcementsJson(it->accepted)}};
        if (!it->withdrawn.isEmpty())
            record.insert(QStringLiteral("withdrawn"), announcementsJson(it->withdrawn));
        sequenceObject.insert(it.key(), record);
    }
    QJsonObject digests;
    for (auto it = rootDigests.cbegin(); it != rootDigests.cend(); ++it)
        digests.insert(QString::number(it.key()), QString::fromLatin1(it.value().toHex()));
    QJsonObject object{{QStringLiteral("format"), QString(stateFormat)},
                       {QStringLiteral("root_version"), rootVersion},
                       {QStringLiteral("root"), base64(root)},
                       {QStringLiteral("root_digests"), digests},
                       {QStringLiteral("snapshot_version"), snapshotVersion},
                       {QStringLiteral("directory_version"), directoryVersion},

                       {QStringLiteral("revocations_version"), revocationsVersion},
                       {QStringLiteral("revocations"), base64(revocations)},
                       {QStringLiteral("sequences"), sequenceObject}};
    if (newestIssued.isValid())
        object.insert(QStringLiteral("newest_issued"), formatTime(newestIssued));
    if (checkedAt.isValid())
        object.insert(QStringLiteral("checked_at"), formatTime(checkedAt));
    if (directoryFile.size > 0)
        object.insert(
            QStringLiteral("directory_file"),
            QJsonObject{{QStringLiteral("size"), directoryFile.size},
                        {QStringLiteral("blake2b"), QString::fromLatin1(directoryFile.blake2b.toHex())}});
    if (snapshotExpires.isValid())
        object.insert(QStringLiteral("snapshot_expires"), formatTime(snapshotExpires));
    if (newsVersion > 0) {
        object.insert(QStringLiteral("news_version"), newsVersion);
        object.insert(QStringLiteral("news"), base64(news));
        object.insert(
            QStringLiteral("news_file"),
            QJsonObject{{QStringLiteral("size"), newsFile.size},
                        {QStringLiteral("blake2b"), QString::fromLatin1(newsFile.blake2b.toHex())}});
    }
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<TrustState> TrustState::fromJson(const QByteArray &json, const QString &sourceName)
{
    auto object = json::parseStrictObject(json, sourceName);
    if (!object)
        return Error{object.error()};
    Fields fields(object.value(), sourceName,
                  {"format", "root_version", "root", "root_digests", "snapshot_version", "directory_version",
                   "directory_file", "revocations_version", "revocations", "newest_issued", "checked_at",
                   "snapshot_expires", "sequences", "news_version", "news", "news_file"});
    const bool first = object.value().value(QLatin1StringView("format")).toString() == firstStateFormat;
    fields.expectFormat(first ? firstStateFormat : stateFormat);
    TrustState state;
    state.rootVersion = int(fields.integer("root_version", 0, 1000000));
    state.snapshotVersion = fields.integer("snapshot_version", 0, maxVersionNumber);
    state.revocationsVersion = int(fields.integer("revocations_version", 0, 100000000));
    if (!first) {
        state.root = readEnvelopeBytes(object.value(), "root", fields);
        state.revocations = readEnvelopeBytes(object.value(), "revocations", fields);
        state.directoryVersion = fields.integer("directory_version", 0, maxVersionNumber);
        if (fields.has("directory_file"))
            state.directoryFile = readFileMeta(fields, "directory_file");
        readRootDigests(fields, state.rootDigests);
        if (fields.has("news_version")) {
            state.newsVersion = fields.integer("news_version", 1, maxVersionNumber);
            state.news = readEnvelopeBytes(object.value(), "news", fields);
            state.newsFile = readFileMeta(fields, "news_file");
        }
    }
    if (fields.has("newest_issued"))
        state.newestIssued = fields.time("newest_issued");
    if (fields.has("checked_at"))
        state.checkedAt = fields.time("checked_at");
    if (fields.has("snapshot_expires"))
        state.snapshotExpires = fields.time("snapshot_expires");
    const QJsonObject sequenceObject = fields.object("sequences");
    for (auto it = sequenceObject.begin(); it != sequenceObject.end() && !fields.failed(); ++it) {
        Fields recordFields(it.value().toObject(), sourceName + QStringLiteral(": sequences"),
                            {"highest", "accepted", "withdrawn"});
        SequenceRecord record;
        record.highest = recordFields.integer("highest", 0, qint64(1) << 52);
        record.accepted = readAnnouncements(recordFields, "accepted", sourceName);
        if (recordFields.has("withdrawn"))
            record.withdrawn = readAnnouncements(recordFields, "withdrawn", sourceName);
        fields.adopt(recordFields);
        state.sequences.insert(it.key(), record);
    }
    if (fields.failed())
        return Error{fields.error()};
    return state;
}

Result<TrustState> JsonFileTrustStateStore::load() const
{
    QFile file(m_path);
    if (!file.exists())
        return TrustState{};
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("Trust", "%1: cannot read the trust state: %2")
                         .arg(m_path, file.errorString())};
    if (file.size() > maxStateBytes)
        return Error{QCoreApplication::translate("Trust", "%1: the trust state is too large").arg(m_path)};
    return TrustState::fromJson(file.readAll(), m_path);
}

Status JsonFileTrustStateStore::save(const TrustState &state)
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(state.toJson()) < 0 || !file.commit())
        return Error{QCoreApplication::translate("Trust", "%1: cannot write the trust state: %2")
                         .arg(m_path, file.errorString())};
    return Done{};
}

} // namespace kring::trust
