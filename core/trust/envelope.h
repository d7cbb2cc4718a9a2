// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace kring::trust {

struct Signature {
    QString keyId;
    QByteArray signature;
};

// {"payload": "<base64 of the exact payload bytes>", "signatures": [{"keyid": "<hex>", "sig": "<base64>"}]}
struct Envelope {
    QByteArray payload;
    QList<Signature> signatures;
};

// A set of keys trusted for one role and how many of them must sign.
struct Role {
    int threshold = 1;
    QList<QByteArray> keys;
    bool operator==(const Role &) const = default;
};

// Refuses bytes over `maxBytes` before parsing, then strict JSON and the exact envelope shape.
[[nodiscard]] Result<Envelope> parseEnvelope(const QByteArray &bytes, const QString &sourceName,
                                             qint64 maxBytes);
[[nodiscard]] QByteArray serializeEnvelope(const Envelope &envelope);
[[nodiscard]] Envelope signEnvelope(SignedType type, const QByteArray &payload, const QList<KeyPair> &keys);

// Succeeds when at least `role.threshold` distinct keys of the role signed the payload as `type`. The
// message tells apart a changed file, a signature of another type and a signature by an unknown key.
[[nodiscard]] Status checkSignatures(const Envelope &envelope, SignedType type, const Role &role,
                                     const QString &sourceName);

} // namespace kring::trust
