// SPDX-License-Identifier: GPL-3.0-or-later
#include "truststate.h"

#include "feed/strictjson.h"
#include "fields.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace kring::trust {
namespace {

QString sequenceKey(const SignedAnnouncement &announcement)
{
    return announcement.contactKeyId + QLatin1Char('/') + announcement.payload.group;
}

constexpr qint64 maxStateBytes = 16 * 1024 * 1024;

} // namespace

QDateTime TrustState::trustedTime(const QDateTime &deviceClock) const
{
    return newestIssued.isValid() && newestIssued > deviceClock ? newestIssued : deviceClock;
}

Status TrustState::checkSequence(const SignedAnnouncement &announcement, const QString &sourceName) const
{
    const auto record = sequences.constFind(sequenceKey(announcement));
    if (record == sequences.cend() || announcement.payload.sequence > record->highest)
        return Done{};
    for (const AcceptedAnnouncement &accepted : record->accepted) {
        if (accepted.sequence == announcement.payload.sequence && accepted.digest == announcement.digest)
            return Done{};
    }
    return Error{QCoreApplication::translate("Trust", "%1: sequence number %2 is a replay or older than the "
                                                      "newest seen (%3) from this contact person; refused")
                     .arg(sourceName)
                     .arg(announcement.payload.sequence)
                     .arg(record->highest)};
}

void TrustState::record(const SignedAnnouncement &announcement, const QDateTime &trustedTime)
{
    SequenceRecord &record = sequences[sequenceKey(announcement)];
    record.highest = std::max(record.highest, announcement.payload.sequence);
    const AcceptedAnnouncement entry{announcement.payload.sequence, announcement.digest,
                                     announcement.payload.expires};
    if (!record.accepted.contains(entry))
        record.accepted.append(entry);
    record.accepted.removeIf([&](const AcceptedAnnouncement &item) { return item.expires < trustedTime; });
}

QByteArray TrustState::toJson() const
{
    QJsonObject sequenceObject;
    for (auto it = sequences.cbegin(); it != sequences.cend(); ++it) {
        QJsonArray accepted;
        for (const AcceptedAnnouncement &item : it->accepted) {
            accepted.append(QJsonObject{{QStringLiteral("seq"), item.sequence},
                                        {QStringLiteral("digest"), QString::fromLatin1(item.digest.toHex())},
                                        {QStringLiteral("expires"), formatTime(item.expires)}});
        }
        sequenceObject.insert(it.key(), QJsonObject{{QStringLiteral("highest"), it->highest},
                                                    {QStringLiteral("accepted"), accepted}});
    }
    QJsonObject object{{QStringLiteral("format"), QStringLiteral("kring-trust-state/1")},
                       {QStringLiteral("root_version"), rootVersion},
                       {QStringLiteral("snapshot_version"), snapshotVersion},
                       {QStringLiteral("revocations_version"), revocationsVersion},
                       {QStringLiteral("sequences"), sequenceObject}};
    if (newestIssued.isValid())
        object.insert(QStringLiteral("newest_issued"), formatTime(newestIssued));
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<TrustState> TrustState::fromJson(const QByteArray &json, const QString &sourceName)
{
    auto object = feed::parseStrictObject(json, sourceName);
    if (!object)
        return Error{object.error()};
    Fields fields(
        object.value(), sourceName,
        {"format", "root_version", "snapshot_version", "revocations_version", "newest_issued", "sequences"});
    fields.expectFormat(QLatin1StringView("kring-trust-state/1"));
    TrustState state;
    state.rootVersion = int(fields.integer("root_version", 0, 1000000));
    state.snapshotVersion = fields.integer("snapshot_version", 0, qint64(1) << 52);
    state.revocationsVersion = int(fields.integer("revocations_version", 0, 100000000));
    if (fields.has("newest_issued"))
        state.newestIssued = fields.time("newest_issued");
    const QJsonObject sequenceObject = fields.object("sequences");
    for (auto it = sequenceObject.begin(); it != sequenceObject.end() && !fields.failed(); ++it) {
        Fields recordFields(it.value().toObject(), sourceName + QStringLiteral(": sequences"),
                            {"highest", "accepted"});
        SequenceRecord record;
        record.highest = recordFields.integer("highest", 0, qint64(1) << 52);
        for (const QJsonValue &value : recordFields.array("accepted")) {
            Fields item(value.toObject(), sourceName + QStringLiteral(": accepted"),
                        {"seq", "digest", "expires"});
            AcceptedAnnouncement accepted;
            accepted.sequence = item.integer("seq", 1, qint64(1) << 52);
            accepted.digest = QByteArray::fromHex(item.string("digest", 64).toLatin1());
            accepted.expires = item.time("expires");
            recordFields.adopt(item);
            record.accepted.append(accepted);
        }
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
