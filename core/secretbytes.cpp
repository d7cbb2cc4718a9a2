// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretbytes.h"

#include <sodium.h>

namespace kring {

SecretBytes &SecretBytes::operator=(const SecretBytes &other)
{
    return *this = static_cast<const QByteArray &>(other);
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    return *this = static_cast<QByteArray &&>(other);
}

SecretBytes &SecretBytes::operator=(const QByteArray &bytes)
{
    if (static_cast<const QByteArray *>(this) != &bytes) {
        wipe();
        QByteArray::operator=(bytes);
    }
    return *this;
}

SecretBytes &SecretBytes::operator=(QByteArray &&bytes) noexcept
{
    if (static_cast<QByteArray *>(this) != &bytes) {
        wipe();
        QByteArray::operator=(std::move(bytes));
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    wipe();
}

bool SecretBytes::wipe() noexcept
{
    // Static data (fromRawData, literals) and shared buffers are not ours to change: isDetached() is false.
    if (!isDetached())
        return false;
    // From the first allocated byte: bytes removed from the front or the back stay in the buffer.
    const qsizetype before = data_ptr().freeSpaceAtBegin();
    sodium_memzero(data() - before, size_t(capacity()));
    return true;
}

} // namespace kring
