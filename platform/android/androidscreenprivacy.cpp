// SPDX-License-Identifier: GPL-3.0-or-later
// Android: built only for Android (platform/CMakeLists.txt). FLAG_SECURE makes the system show a blank
// snapshot in the recent-apps switcher and refuse screenshots and screen recording of Kring's window.
#include "screenprivacy.h"

#include <QCoreApplication>
#include <QJniObject>

namespace kring::Platform {
namespace {

constexpr jint flagSecure = 0x00002000; // android.view.WindowManager.LayoutParams.FLAG_SECURE

} // namespace

void protectScreenContents()
{
    // A window's flags may only be changed on the Android UI thread.
    QNativeInterface::QAndroidApplication::runOnAndroidMainThread([] {
        const QJniObject activity(QNativeInterface::QAndroidApplication::context());
        if (!activity.isValid())
            return;
        const QJniObject window = activity.callObjectMethod("getWindow", "()Landroid/view/Window;");
        if (window.isValid())
            window.callMethod<void>("addFlags", "(I)V", flagSecure);
    });
}

} // namespace kring::Platform
