// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto.h"

#include "sodiuminit.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

#include <sodium.h>

namespace kring::trust {

QLatin1StringView typeName(SignedType type)
{
    switch (type) {
    case SignedType::Root:
        return QLatin1StringView("root");
    case SignedType::Directory:
        return QLatin1StringView("directory");
    case SignedType::Snapshot:
        return QLatin1StringView("snapshot");
    case SignedType::Certificate:
        return QLatin1StringView("cert");
    case SignedType::Revocations:
        return QLatin1StringView("revocations");
    case SignedType::Announcement:
        return QLatin1StringView("announcement");
    case SignedType::News:
        return QLatin1StringView("news");
    }
    return QLatin1StringView("unknown");
}

KeyPair generateKeyPair()
{
    ensureSodium();
    SecretBytes seed(seedSize, Qt::Uninitialized);
    randombytes_buf(seed.data(), size_t(seed.size()));
    return keyPairFromSeed(seed).value();
}

Result<KeyPair> keyPairFromSeed(const QByteArray &seed)
{
    ensureSodium();
    if (seed.size() != seedSize)
        return Error{QCoreApplication::translate("Trust", "a secret key must be %1 bytes").arg(seedSize)};
    QByteArray publicKey(publicKeySize, Qt::Uninitialized);
    unsigned char secretKey[crypto_sign_SECRETKEYBYTES];
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(publicKey.data()), secretKey,
                             reinterpret_cast<const unsigned char *>(seed.constData()));
    sodium_memzero(secretKey, sizeof secretKey);
    return KeyPair{publicKey, seed};
}

QString keyId(const QByteArray &publicKey)
{
    ensureSodium();
    unsigned char hash[16];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char *>(publicKey.constData()),
                       size_t(publicKey.size()), nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(hash), sizeof hash).toHex());
}

QByteArray blake2b256(QByteArrayView data)
{
    ensureSodium();
    QByteArray hash(32, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(hash.data()), size_t(hash.size()),
                       reinterpret_cast<const unsigned char *>(data.data()), size_t(data.size()), nullptr, 0);
    return hash;
}

QByteArray randomBytes(qsizetype count)
{
    ensureSodium();
    QByteArray bytes(count, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return bytes;
}

QByteArray signingInput(SignedType type, QByteArrayView payload)
{
    const QLatin1StringView name = typeName(type);
    QByteArray input;
    input.reserve(payload.size() + name.size() + 10);
    input.append("kring/").append(name.data(), name.size()).append("/v1");
    input.append('\0');
    input.append(payload);
    return input;
}

QByteArray sign(SignedType type, QByteArrayView payload, const KeyPair &key)
{
    ensureSodium();
    unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
    unsigned char secretKey[crypto_sign_SECRETKEYBYTES];
    crypto_sign_seed_keypair(publicKey, secretKey,
                             reinterpret_cast<const unsigned char *>(key.seed.constData()));
    const QByteArray input = signingInput(type, payload);
    QByteArray signature(signatureSize, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()),
                         secretKey);
    sodium_memzero(secretKey, sizeof secretKey);
    return signature;
}

bool verifySignature(SignedType type, QByteArrayView payload, const QByteArray &signature,
                     const QByteArray &publicKey)
{
    ensureSodium();
    if (signature.size() != signatureSize || publicKey.size() != publicKeySize)
        return false;
    const QByteArray input = signingInput(type, payload);
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                       reinterpret_cast<const unsigned char *>(input.constData()),
                                       size_t(input.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.constData())) == 0;
}

QString formatTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

QDateTime parseTime(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"));
    if (!pattern.match(text).hasMatch())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace kring::trust
