// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secretbytes.h"

#include <QByteArray>

#include <array>
#include <cstddef>
#include <optional>

namespace kring {

// The raw 256-bit key of the database. Wiped from memory when it goes out of scope; never written anywhere
// in the clear except by a SecretVault that says so.
class DatabaseKey
{
public:
    static constexpr std::size_t size = 32;

    // A new random key from libsodium.
    [[nodiscard]] static DatabaseKey generate();
    // A key from exactly `size` bytes; nothing when the length is wrong.
    [[nodiscard]] static std::optional<DatabaseKey> fromBytes(const QByteArray &bytes);

    DatabaseKey(const DatabaseKey &other) = default;
    DatabaseKey &operator=(const DatabaseKey &other) = default;
    ~DatabaseKey();

    [[nodiscard]] const unsigned char *data() const { return m_bytes.data(); }
    // The key as bytes, for a SecretVault to keep; wiped when the last copy goes.
    [[nodiscard]] SecretBytes toBytes() const;
    // `PRAGMA key = "x'<64 hex digits>'";`: a raw key, so SQLCipher runs no PBKDF2 when opening. Wiped when
    // the last copy goes.
    [[nodiscard]] SecretBytes keyPragma() const;

    bool operator==(const DatabaseKey &other) const;

private:
    DatabaseKey() = default;
    std::array<unsigned char, size> m_bytes{};
};

} // namespace kring
