// SPDX-License-Identifier: GPL-3.0-or-later
// Linux without Qt DBus: the screen follows the desktop's own settings and nothing vibrates.
#include "meetingdevice.h"

namespace kring::Platform {

void keepScreenOn(bool) {}

void vibrate() {}

} // namespace kring::Platform
