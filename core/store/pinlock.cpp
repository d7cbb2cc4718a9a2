// SPDX-License-Identifier: GPL-3.0-or-later
#include "pinlock.h"

#include <QCoreApplication>
#include <QtEndian>

#include <sodium.h>

#include <array>

namespace kring::PinLock {
namespace {

// Layout: magic | salt | opslimit (u64 BE) | memlimit (u64 BE) | nonce | secretbox(key).
constexpr QByteArrayView magic{"kring-pin/1\n"};
constexpr qsizetype saltSize = crypto_pwhash_SALTBYTES;
constexpr qsizetype nonceSize = crypto_secretbox_NONCEBYTES;
constexpr qsizetype boxSize = crypto_secretbox_MACBYTES + qsizetype(DatabaseKey::size);
constexpr qsizetype wrappedSize = magic.size() + saltSize + 8 + 8 + nonceSize + boxSize;

struct WrappingKey {
    std::array<unsigned char, crypto_secretbox_KEYBYTES> bytes{};
    ~WrappingKey() { sodium_memzero(bytes.data(), bytes.size()); }
};

bool derive(WrappingKey &out, const QString &pin, const unsigned char *salt, quint64 opslimit,
            quint64 memlimit)
{
    QByteArray utf8 = pin.toUtf8();
    const int result =
        crypto_pwhash(out.bytes.data(), out.bytes.size(), utf8.constData(), quint64(utf8.size()), salt,
                      opslimit, size_t(memlimit), crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    return result == 0;
}

} // namespace

bool isWrapped(const QByteArray &sealed)
{
    return sealed.startsWith(magic);
}

Result<QByteArray> wrap(const DatabaseKey &key, const QString &pin)
{
    if (pin.isEmpty())
        return Error{QCoreApplication::translate("PinLock", "Choose a PIN of at least one digit.")};
    const quint64 opslimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const quint64 memlimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    QByteArray wrapped(wrappedSize, '\0');
    auto *out = reinterpret_cast<unsigned char *>(wrapped.data());
    std::copy(magic.begin(), magic.end(), wrapped.begin());
    unsigned char *salt = out + magic.size();
    unsigned char *limits = salt + saltSize;
    unsigned char *nonce = limits + 16;
    unsigned char *box = nonce + nonceSize;
    randombytes_buf(salt, saltSize);
    qToBigEndian(opslimit, limits);
    qToBigEndian(memlimit, limits + 8);
    randombytes_buf(nonce, nonceSize);
    WrappingKey wrappingKey;
    if (!derive(wrappingKey, pin, salt, opslimit, memlimit))
        return Error{QCoreApplication::translate(
            "PinLock", "There is not enough memory to protect the key with a PIN.")};
    crypto_secretbox_easy(box, key.data(), DatabaseKey::size, nonce, wrappingKey.bytes.data());
    return wrapped;
}

Result<DatabaseKey> unwrap(const QByteArray &wrapped, const QString &pin)
{
    if (!isWrapped(wrapped) || wrapped.size() != wrappedSize)
        return Error{QCoreApplication::translate("PinLock",
                                                 "The PIN-protected key is damaged, so Kring cannot unlock "
                                                 "its data. Nothing was changed.")};
    const auto *in = reinterpret_cast<const unsigned char *>(wrapped.constData());
    const unsigned char *salt = in + magic.size();
    const unsigned char *limits = salt + saltSize;
    const unsigned char *nonce = limits + 16;
    const unsigned char *box = nonce + nonceSize;
    const quint64 opslimit = qFromBigEndian<quint64>(limits);
    const quint64 memlimit = qFromBigEndian<quint64>(limits + 8);
    // Limits come from the device's own storage, but never let them ask for absurd work.
    if (opslimit < crypto_pwhash_OPSLIMIT_MIN || opslimit > crypto_pwhash_OPSLIMIT_SENSITIVE ||
        memlimit < crypto_pwhash_MEMLIMIT_MIN || memlimit > crypto_pwhash_MEMLIMIT_SENSITIVE)
        return Error{QCoreApplication::translate("PinLock",
                                                 "The PIN-protected key is damaged, so Kring cannot unlock "
                                                 "its data. Nothing was changed.")};
    WrappingKey wrappingKey;
    if (!derive(wrappingKey, pin, salt, opslimit, memlimit))
        return Error{QCoreApplication::translate("PinLock",
                                                 "There is not enough memory to check the PIN. Close other "
                                                 "apps and try again.")};
    std::array<unsigned char, DatabaseKey::size> plain{};
    if (crypto_secretbox_open_easy(plain.data(), box, boxSize, nonce, wrappingKey.bytes.data()) != 0)
        return Error{QCoreApplication::translate("PinLock", "That PIN is not right. Try again.")};
    QByteArray bytes(reinterpret_cast<const char *>(plain.data()), qsizetype(plain.size()));
    sodium_memzero(plain.data(), plain.size());
    const std::optional<DatabaseKey> key = DatabaseKey::fromBytes(bytes);
    sodium_memzero(bytes.data(), size_t(bytes.size()));
    return *key;
}

} // namespace kring::PinLock
