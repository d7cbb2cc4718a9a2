// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishedsequences.h"

#include "fields.h"
#include "sizelimits.h"
#include "json/jsontext.h"
#include "json/strictjson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace kring::trust {

qint64 PublishedSequences::highest(const SignedAnnouncement &announcement) const
{
    return m_highest.value({announcement.contactKeyId, announcement.payload.group}, 0);
}

void PublishedSequences::record(const SignedAnnouncement &announcement)
{
    qint64 &highest = m_highest[{announcement.contactKeyId, announcement.payload.group}];
    highest = std::max(highest, announcement.payload.sequence);
}

QByteArray PublishedSequences::toJson() const
{
    auto keys = m_highest.keys();
    std::sort(keys.begin(), keys.end());
    QJsonArray sequences;
    for (const auto &[keyId, group] : std::as_const(keys)) {
        sequences.append(QJsonObject{{QStringLiteral("key"), keyId},
                                     {QStringLiteral("group"), group},
                                     {QStringLiteral("seq"), m_highest.value({keyId, group})}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QString(publishedSequencesFormat)},
                                     {QStringLiteral("sequences"), sequences}})
        .toJson(QJsonDocument::Indented);
}

Result<PublishedSequences> PublishedSequences::fromJson(const QByteArray &json, const QString &sourceName)
{
    if (json.size() > maxPublishedSequencesBytes)
        return Error{tooLarge(sourceName, json.size(), maxPublishedSequencesBytes)};
    auto object = json::parseStrictObject(json, sourceName);
    if (!object)
        return Error{object.error()};
    Fields fields(object.value(), sourceName, {"format", "sequences"});
    fields.expectFormat(publishedSequencesFormat);
    static const QRegularExpression groupPattern(QStringLiteral("^[a-z0-9._-]{1,64}$"));
    PublishedSequences sequences;
    for (const QJsonValue &value : fields.array("sequences")) {
        Fields item(value.toObject(), sourceName + QStringLiteral(": sequences"), {"key", "group", "seq"});
        if (!value.isObject())
            item.fail(QStringLiteral("sequences"), QCoreApplication::translate("Trust", "expected objects"));
        const QString keyId = item.string("key", 32);
        const QString group = item.string("group", 64);
        const qint64 sequence = item.integer("seq", 1, maxVersionNumber);
        if (!item.failed() && !json::bytesOfLowercaseHex(keyId, 16))
            item.fail(QStringLiteral("key"), QCoreApplication::translate("Trust", "expected 32 hex digits"));
        if (!item.failed() && !groupPattern.match(group).hasMatch())
            item.fail(QStringLiteral("group"), QCoreApplication::translate("Trust", "expected a group id"));
        if (!item.failed() && sequences.m_highest.contains({keyId, group}))
            item.fail(QStringLiteral("key"),
                      QCoreApplication::translate("Trust", "%1/%2 listed twice").arg(keyId, group));
        fields.adopt(item);
        if (fields.failed())
            return Error{fields.error()};
        sequences.m_highest.insert({keyId, group}, sequence);
    }
    if (fields.failed())
        return Error{fields.error()};
    return sequences;
}

} // namespace kring::trust
