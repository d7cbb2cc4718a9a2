// SPDX-License-Identifier: GPL-3.0-or-later
// Linux (desktops, Plasma Mobile, Phosh): no system snapshot to blank. An app switcher shows the live
// window, so the window itself draws only the lock screen while Kring is locked or hidden (Main.qml).
#include "screenprivacy.h"

namespace kring::Platform {

void protectScreenContents() {}

} // namespace kring::Platform
