// SPDX-License-Identifier: GPL-3.0-or-later
// Linux (desktops, Plasma Mobile, Phosh): the screen saver and the phone's feedback daemon over the session
// D-Bus, when Qt DBus is there (platform/CMakeLists.txt); a session without these services changes nothing.
#include "meetingdevice.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace kring::Platform {
namespace {

const QString screenSaverService = QStringLiteral("org.freedesktop.ScreenSaver");
const QString screenSaverPath = QStringLiteral("/org/freedesktop/ScreenSaver");

// The screen saver's cookie while inhibited; whether the screen should stay on now (the reply to Inhibit
// comes later: an UnInhibit asked for in between is sent when it comes).
struct Inhibition {
    bool wanted = false;
    bool pending = false;
    uint cookie = 0;
};
Inhibition inhibition;

void unInhibit()
{
    if (inhibition.cookie == 0)
        return;
    QDBusMessage call = QDBusMessage::createMethodCall(screenSaverService, screenSaverPath,
                                                       screenSaverService, QStringLiteral("UnInhibit"));
    call << inhibition.cookie;
    QDBusConnection::sessionBus().asyncCall(call);
    inhibition.cookie = 0;
}

} // namespace

void keepScreenOn(bool on)
{
    inhibition.wanted = on;
    if (!on) {
        unInhibit();
        return;
    }
    if (inhibition.pending || inhibition.cookie != 0)
        return;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    QDBusMessage call = QDBusMessage::createMethodCall(screenSaverService, screenSaverPath,
                                                       screenSaverService, QStringLiteral("Inhibit"));
    // The reason a desktop may show: neutral, like everything Kring shows outside its window.
    call << QStringLiteral("Kring") << QStringLiteral("Timer");
    inhibition.pending = true;
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), QCoreApplication::instance());
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, [](QDBusPendingCallWatcher *finished) {
        finished->deleteLater();
        inhibition.pending = false;
        const QDBusPendingReply<uint> reply = *finished;
        if (reply.isError())
            return;
        inhibition.cookie = reply.value();
        if (!inhibition.wanted)
            unInhibit();
    });
}

void vibrate()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.sigxcpu.Feedback"), QStringLiteral("/org/sigxcpu/Feedback"),
        QStringLiteral("org.sigxcpu.Feedback"), QStringLiteral("TriggerFeedback"));
    // "timeout-completed" is the event for a timer the person set; the "quiet" profile gives haptic feedback
    // (and LEDs) but never a sound, whatever the phone's own profile.
    const QVariantMap hints{{QStringLiteral("profile"), QStringLiteral("quiet")}};
    call << QStringLiteral(KRING_APP_ID) << QStringLiteral("timeout-completed") << hints << -1;
    bus.asyncCall(call);
}

} // namespace kring::Platform
