// SPDX-License-Identifier: GPL-3.0-or-later
// Android: built only for Android (platform/CMakeLists.txt); written with care but not compiled here, as no
// Android toolchain was at hand. FLAG_KEEP_SCREEN_ON on the activity's window keeps the screen on without any
// permission; the vibration uses the Vibrator service (permission VIBRATE, in the manifest).
#include "meetingdevice.h"

#include <QCoreApplication>
#include <QJniObject>

namespace kring::Platform {
namespace {

constexpr jint flagKeepScreenOn = 0x00000080; // android.view.WindowManager.LayoutParams.FLAG_KEEP_SCREEN_ON
constexpr jlong vibrationMs = 300;
constexpr jint defaultAmplitude = -1; // android.os.VibrationEffect.DEFAULT_AMPLITUDE

} // namespace

void keepScreenOn(bool on)
{
    // A window's flags may only be changed on the Android UI thread.
    QNativeInterface::QAndroidApplication::runOnAndroidMainThread([on] {
        const QJniObject activity(QNativeInterface::QAndroidApplication::context());
        if (!activity.isValid())
            return;
        const QJniObject window = activity.callObjectMethod("getWindow", "()Landroid/view/Window;");
        if (window.isValid())
            window.callMethod<void>(on ? "addFlags" : "clearFlags", "(I)V", flagKeepScreenOn);
    });
}

void vibrate()
{
    const QJniObject context(QNativeInterface::QAndroidApplication::context());
    if (!context.isValid())
        return;
    const QJniObject vibrator =
        context.callObjectMethod("getSystemService", "(Ljava/lang/String;)Ljava/lang/Object;",
                                 QJniObject::fromString("vibrator").object());
    if (!vibrator.isValid() || !vibrator.callMethod<jboolean>("hasVibrator"))
        return;
    if (QNativeInterface::QAndroidApplication::sdkVersion() >= 26) {
        const QJniObject effect = QJniObject::callStaticObjectMethod(
            "android/os/VibrationEffect", "createOneShot", "(JI)Landroid/os/VibrationEffect;", vibrationMs,
            defaultAmplitude);
        vibrator.callMethod<void>("vibrate", "(Landroid/os/VibrationEffect;)V", effect.object());
    } else {
        vibrator.callMethod<void>("vibrate", "(J)V", vibrationMs);
    }
}

} // namespace kring::Platform
