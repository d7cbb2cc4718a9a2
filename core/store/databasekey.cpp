// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasekey.h"

#include <sodium.h>

namespace kring {

DatabaseKey DatabaseKey::generate()
{
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

QByteArray DatabaseKey::toBytes() const
{
    return QByteArray(reinterpret_cast<const char *>(m_bytes.data()), qsizetype(m_bytes.size()));
}

QByteArray DatabaseKey::keyPragma() const
{
    std::array<char, 2 * size + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), m_bytes.data(), m_bytes.size());
    QByteArray pragma = "PRAGMA key = \"x'" + QByteArray(hex.data(), 2 * size) + "'\";";
    sodium_memzero(hex.data(), hex.size());
    return pragma;
}

bool DatabaseKey::operator==(const DatabaseKey &other) const
{
    return sodium_memcmp(m_bytes.data(), other.m_bytes.data(), size) == 0;
}

} // namespace kring
