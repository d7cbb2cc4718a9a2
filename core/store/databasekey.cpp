// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasekey.h"

#include "sodiuminit.h"

#include <sodium.h>

namespace kring {

DatabaseKey DatabaseKey::generate()
{
    ensureSodium();
    DatabaseKey key;
    randombytes_buf(key.m_bytes.data(), key.m_bytes.size());
    return key;
}

std::optional<DatabaseKey> DatabaseKey::fromBytes(const QByteArray &bytes)
{
    if (bytes.size() != qsizetype(size))
        return std::nullopt;
    DatabaseKey key;
    std::copy(bytes.cbegin(), bytes.cend(), key.m_bytes.begin());
    return key;
}

DatabaseKey::~DatabaseKey()
{
    sodium_memzero(m_bytes.data(), m_bytes.size());
}

SecretBytes DatabaseKey::toBytes() const
{
    return SecretBytes(reinterpret_cast<const char *>(m_bytes.data()), qsizetype(m_bytes.size()));
}

SecretBytes DatabaseKey::keyPragma() const
{
    // Written into one buffer of its final size, so that no copy of the key is left behind by a reallocation
    // or a temporary.
    constexpr QByteArrayView before = "PRAGMA key = \"x'";
    constexpr QByteArrayView after = "'\";";
    SecretBytes pragma(before.size() + 2 * qsizetype(size) + after.size(), Qt::Uninitialized);
    char *out = std::copy(before.begin(), before.end(), pragma.data());
    // sodium_bin2hex writes a closing '\0', which the first character of `after` then replaces.
    sodium_bin2hex(out, 2 * size + 1, m_bytes.data(), m_bytes.size());
    std::copy(after.begin(), after.end(), out + 2 * size);
    return pragma;
}

bool DatabaseKey::operator==(const DatabaseKey &other) const
{
    return sodium_memcmp(m_bytes.data(), other.m_bytes.data(), size) == 0;
}

} // namespace kring
