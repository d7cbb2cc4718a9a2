// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace kring::Platform {

// What the meeting kit's speaking timer asks of the phone. Linux: the desktop's screen saver is inhibited
// over D-Bus (org.freedesktop.ScreenSaver) and feedbackd (org.sigxcpu.Feedback) gives the vibration, each
// only when the service is there. Android: FLAG_KEEP_SCREEN_ON on the window and the Vibrator service. iOS:
// the idle timer is off while the screen must stay on, and a light haptic tap. Never a sound.

// Keeps the screen on (true) until called with false.
void keepScreenOn(bool on);

// One short, gentle vibration, where the phone can vibrate.
void vibrate();

} // namespace kring::Platform
