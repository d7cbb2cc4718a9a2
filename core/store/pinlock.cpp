// SPDX-License-Identifier: GPL-3.0-or-later
#include "pinlock.h"

#include "sodiuminit.h"

#include <QCoreApplication>
#include <QtEndian>

#include <sodium.h>

#include <array>

namespace kring::PinLock {
namespace {

static_assert(interactiveLimits ==
              Limits{crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE});
static_assert(currentLimits == Limits{crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE});

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

// Pointers into a wrapped key (or into the buffer being wrapped).
template<typename Byte> struct Parts {
    explicit Parts(Byte *start)
        : salt(start + magic.size())
        , limits(salt + saltSize)
        , nonce(limits + 16)
        , box(nonce + nonceSize)
    {}
    Byte *salt;
    Byte *limits;
    Byte *nonce;
    Byte *box;
};

bool derive(WrappingKey &out, const QString &pin, const unsigned char *salt, Limits limits)
{
    const SecretBytes utf8 = pin.toUtf8();
    return crypto_pwhash(out.bytes.data(), out.bytes.size(), utf8.constData(), quint64(utf8.size()), salt,
                         limits.operations, size_t(limits.memoryBytes), crypto_pwhash_ALG_ARGON2ID13) == 0;
}

// Limits come from the device's own storage, but never let them ask for absurd work.
bool areSane(Limits limits)
{
    return limits.operations >= crypto_pwhash_OPSLIMIT_MIN &&
           limits.operations <= crypto_pwhash_OPSLIMIT_SENSITIVE &&
           limits.memoryBytes >= crypto_pwhash_MEMLIMIT_MIN &&
           limits.memoryBytes <= crypto_pwhash_MEMLIMIT_SENSITIVE;
}

Error damaged()
{
    return Error{QCoreApplication::translate("PinLock",
                                             "The PIN-protected key is damaged, so Kring cannot unlock "
                                             "its data. Nothing was changed.")};
}

} // namespace

bool isWrapped(const QByteArray &sealed)
{
    return sealed.startsWith(magic);
}

std::optional<Limits> limitsOf(const QByteArray &wrapped)
{
    if (!isWrapped(wrapped) || wrapped.size() != wrappedSize)
        return std::nullopt;
    const Parts parts(reinterpret_cast<const unsigned char *>(wrapped.constData()));
    return Limits{qFromBigEndian<quint64>(parts.limits), qFromBigEndian<quint64>(parts.limits + 8)};
}

Result<QByteArray> wrap(const DatabaseKey &key, const QString &pin, Limits limits)
{
    ensureSodium();
    if (pin.isEmpty())
        return Error{QCoreApplication::translate("PinLock", "Choose a PIN of at least one digit.")};
    QByteArray wrapped(wrappedSize, '\0');
    std::copy(magic.begin(), magic.end(), wrapped.begin());
    const Parts parts(reinterpret_cast<unsigned char *>(wrapped.data()));
    randombytes_buf(parts.salt, saltSize);
    qToBigEndian(limits.operations, parts.limits);
    qToBigEndian(limits.memoryBytes, parts.limits + 8);
    randombytes_buf(parts.nonce, nonceSize);
    WrappingKey wrappingKey;
    if (!derive(wrappingKey, pin, parts.salt, limits))
        return Error{QCoreApplication::translate(
            "PinLock", "There is not enough memory to protect the key with a PIN.")};
    crypto_secretbox_easy(parts.box, key.data(), DatabaseKey::size, parts.nonce, wrappingKey.bytes.data());
    return wrapped;
}

Result<DatabaseKey> unwrap(const QByteArray &wrapped, const QString &pin)
{
    ensureSodium();
    const std::optional<Limits> limits = limitsOf(wrapped);
    if (!limits || !areSane(*limits))
        return damaged();
    const Parts parts(reinterpret_cast<const unsigned char *>(wrapped.constData()));
    WrappingKey wrappingKey;
    if (!derive(wrappingKey, pin, parts.salt, *limits))
        return Error{QCoreApplication::translate("PinLock",
                                                 "There is not enough memory to check the PIN. Close other "
                                                 "apps and try again.")};
    SecretBytes plain(qsizetype(DatabaseKey::size), Qt::Uninitialized);
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()), parts.box, boxSize,
                                   parts.nonce, wrappingKey.bytes.data()) != 0)
        return Error{QCoreApplication::translate("PinLock", "That PIN is not right. Try again.")};
    return *DatabaseKey::fromBytes(plain);
}

} // namespace kring::PinLock
