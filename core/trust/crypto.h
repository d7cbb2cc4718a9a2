// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "secretbytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace kring::trust {

inline constexpr qsizetype publicKeySize = 32;
inline constexpr qsizetype seedSize = 32;
inline constexpr qsizetype signatureSize = 64;

// What a signature is for. The type is part of the signed bytes, so no signature verifies as another type.
enum class SignedType { Root, Directory, Snapshot, Certificate, Revocations, Announcement, News };

[[nodiscard]] QLatin1StringView typeName(SignedType type);

// An Ed25519 key: the public key and the 32-byte seed the secret key is derived from (empty when public
// only). The seed reads and assigns as a QByteArray and is wiped from memory when the last key holding it
// goes.
struct KeyPair {
    QByteArray publicKey;
    SecretBytes seed;
};

[[nodiscard]] KeyPair generateKeyPair();
[[nodiscard]] Result<KeyPair> keyPairFromSeed(const QByteArray &seed);

// Hex of BLAKE2b-128 of the public key: a lookup hint, never authority.
[[nodiscard]] QString keyId(const QByteArray &publicKey);
[[nodiscard]] QByteArray blake2b256(QByteArrayView data);
[[nodiscard]] QByteArray randomBytes(qsizetype count);

// "kring/<type>/v1\0" followed by the payload.
[[nodiscard]] QByteArray signingInput(SignedType type, QByteArrayView payload);
[[nodiscard]] QByteArray sign(SignedType type, QByteArrayView payload, const KeyPair &key);
[[nodiscard]] bool verifySignature(SignedType type, QByteArrayView payload, const QByteArray &signature,
                                   const QByteArray &publicKey);

// Times in signed payloads: UTC, to the second, "2026-11-22T19:10:00Z".
[[nodiscard]] QString formatTime(const QDateTime &time);
[[nodiscard]] QDateTime parseTime(const QString &text);

} // namespace kring::trust
