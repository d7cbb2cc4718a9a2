// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace kring {

// libsodium must be initialised once before it is used (it picks its fastest code and seeds its random
// generator). Every core function that uses it calls one of these first, so no caller has to know the order.

// Initialises libsodium once, from whichever thread comes first; false when it cannot start.
[[nodiscard]] bool sodiumReady();
// As sodiumReady(), but stops the program when libsodium cannot start: nothing secret may go on without it.
void ensureSodium();

} // namespace kring
