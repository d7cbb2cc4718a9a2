// SPDX-License-Identifier: GPL-3.0-or-later
// iOS: built only for iOS (platform/CMakeLists.txt); it has not been compiled yet, as no iOS toolchain was at
// hand. The idle timer is off while the screen must stay on; the vibration is a light haptic tap.
#include "meetingdevice.h"

#import <UIKit/UIKit.h>

namespace kring::Platform {

void keepScreenOn(bool on)
{
    dispatch_async(dispatch_get_main_queue(), ^{
      UIApplication.sharedApplication.idleTimerDisabled = on ? YES : NO;
    });
}

void vibrate()
{
    dispatch_async(dispatch_get_main_queue(), ^{
      UINotificationFeedbackGenerator *generator = [[UINotificationFeedbackGenerator alloc] init];
      [generator notificationOccurred:UINotificationFeedbackTypeSuccess];
    });
}

} // namespace kring::Platform
