// SPDX-License-Identifier: GPL-3.0-or-later
#include "sodiuminit.h"

#include <QtGlobal>

#include <sodium.h>

#include <mutex>

namespace kring {

bool sodiumReady()
{
    static std::once_flag once;
    static bool ready = false;
    std::call_once(once, [] { ready = sodium_init() >= 0; });
    return ready;
}

void ensureSodium()
{
    if (!sodiumReady())
        qFatal("libsodium could not be initialised");
}

} // namespace kring
