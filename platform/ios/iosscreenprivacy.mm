// SPDX-License-Identifier: GPL-3.0-or-later
// iOS: built only for iOS (platform/CMakeLists.txt); it has not been compiled yet, as no iOS toolchain was
// at hand. iOS takes the app switcher's snapshot right after the app resigns active: a plain view in Kring's
// background colour covers the window from that moment until the app is active again, so the snapshot
// shows nothing of the page.
#include "screenprivacy.h"

#import <UIKit/UIKit.h>

namespace kring::Platform {
namespace {

UIView *cover = nil;

UIWindow *keyWindow()
{
    for (UIScene *scene in UIApplication.sharedApplication.connectedScenes) {
        if (![scene isKindOfClass:[UIWindowScene class]])
            continue;
        for (UIWindow *window in static_cast<UIWindowScene *>(scene).windows) {
            if (window.isKeyWindow)
                return window;
        }
    }
    return nil;
}

void showCover()
{
    UIWindow *window = keyWindow();
    if (window == nil || cover != nil)
        return;
    cover = [[UIView alloc] initWithFrame:window.bounds];
    cover.autoresizingMask = UIViewAutoresizingFlexibleWidth | UIViewAutoresizingFlexibleHeight;
    // Theme.background (#fbfaf7).
    cover.backgroundColor = [UIColor colorWithRed:0xfb / 255.0
                                            green:0xfa / 255.0
                                             blue:0xf7 / 255.0
                                            alpha:1.0];
    [window addSubview:cover];
}

void removeCover()
{
    [cover removeFromSuperview];
    cover = nil;
}

} // namespace

void protectScreenContents()
{
    NSNotificationCenter *center = NSNotificationCenter.defaultCenter;
    [center addObserverForName:UIApplicationWillResignActiveNotification
                        object:nil
                         queue:NSOperationQueue.mainQueue
                    usingBlock:^(NSNotification *) {
                      showCover();
                    }];
    [center addObserverForName:UIApplicationDidBecomeActiveNotification
                        object:nil
                         queue:NSOperationQueue.mainQueue
                    usingBlock:^(NSNotification *) {
                      removeCover();
                    }];
}

} // namespace kring::Platform
