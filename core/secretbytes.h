// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <utility>

namespace kring {

// Bytes of a secret (a key, a seed, a key pragma): a QByteArray that overwrites its bytes with zeros when it
// lets go of them. QByteArray shares its buffer between copies, so only a buffer held by nobody else is
// wiped; a buffer still shared is wiped by its last SecretBytes, or is the other holder's to wipe.
class SecretBytes : public QByteArray
{
public:
    using QByteArray::QByteArray;
    SecretBytes() = default;
    SecretBytes(const QByteArray &bytes)
        : QByteArray(bytes)
    {}
    SecretBytes(QByteArray &&bytes) noexcept
        : QByteArray(std::move(bytes))
    {}
    SecretBytes(const SecretBytes &other) = default;
    SecretBytes(SecretBytes &&other) noexcept = default;
    SecretBytes &operator=(const SecretBytes &other);
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes &operator=(const QByteArray &bytes);
    SecretBytes &operator=(QByteArray &&bytes) noexcept;
    ~SecretBytes();

    // Overwrites the whole buffer with zeros (the size stays) unless another QByteArray shares it; true
    // when it did.
    bool wipe() noexcept;
};

} // namespace kring
