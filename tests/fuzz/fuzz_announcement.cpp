// SPDX-License-Identifier: GPL-3.0-or-later
// Announcements: raw untrusted envelopes, and payloads signed by a certified contact key so the field checks
// are reached (the fuzz input's JSON object gets the valid certificate as "cert").
#include "fuzzsupport.h"
#include "trust/announcement.h"
#include "trust/truststate.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace kring;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const trust::Revocations revocations;
    (void)trust::verifyAnnouncement(bytes, fuzz::fixedRoot(), revocations, fuzz::fixedNow(),
                                    QStringLiteral("fuzz"));

    static const trust::KeyPair contactKey = fuzz::fixedKey('c');
    static const QByteArray certificate =
        fuzz::signedEnvelope(trust::SignedType::Certificate,
                             trust::certificatePayload({QStringLiteral("0102"),
                                                        {QStringLiteral("g1")},
                                                        contactKey.publicKey,
                                                        fuzz::fixedNow().addDays(-10),
                                                        fuzz::fixedNow().addDays(80)}),
                             fuzz::fixedKey('r'));
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (document.isObject()) {
        QJsonObject object = document.object();
        object.insert(QStringLiteral("cert"), QJsonDocument::fromJson(certificate).object());
        const QByteArray envelope =
            fuzz::signedEnvelope(trust::SignedType::Announcement,
                                 QJsonDocument(object).toJson(QJsonDocument::Compact), contactKey);
        const auto announcement = trust::verifyAnnouncement(envelope, fuzz::fixedRoot(), revocations,
                                                            fuzz::fixedNow(), QStringLiteral("f"));
        if (announcement.ok()) {
            trust::TrustState state;
            (void)state.checkSequence(announcement.value(), {});
            state.record(announcement.value(), fuzz::fixedNow());
            (void)trust::TrustState::fromJson(state.toJson(), {});
        }
    }
    return 0;
}
