// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace kring::Platform {

// Keeps Kring's screen out of what the system shows of it elsewhere: the app switcher's snapshot, screen
// recordings and screenshots taken by other apps. Android: FLAG_SECURE on the activity's window. iOS: a
// plain cover over the window while the app is not active (the moment iOS takes its snapshot). Linux: the
// window itself draws only the lock screen while Kring is locked or hidden (Main.qml); nothing to do here.
// Call once, after the window exists.
void protectScreenContents();

} // namespace kring::Platform
