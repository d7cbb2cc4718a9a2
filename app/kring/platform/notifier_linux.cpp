// SPDX-License-Identifier: GPL-3.0-or-later
// Linux (Plasma Mobile, Phosh, desktops): org.freedesktop.Notifications on the session bus.
#include "notifier.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QVariantMap>

namespace {

class FreedesktopNotifier : public Notifier
{
public:
    void notify(const QString &text) override
    {
        QDBusMessage message = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
            QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
        // app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout (-1: the server's).
        message << QStringLiteral("Kring") << quint32(0) << QString() << text << QString() << QStringList()
                << QVariantMap() << qint32(-1);
        // Sent without waiting for an answer; without a notification service nothing happens.
        QDBusConnection::sessionBus().send(message);
    }
};

} // namespace

std::unique_ptr<Notifier> Notifier::platform()
{
    return std::make_unique<FreedesktopNotifier>();
}
