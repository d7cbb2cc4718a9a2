// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

// Shows a notification on the phone. Callers pass neutral text only (FollowedChanges::notificationText):
// the lock screen is seen by others. One implementation per platform, chosen in CMakeLists.txt.
class Notifier
{
public:
    virtual ~Notifier() = default;
    virtual void notify(const QString &text) = 0;

    // This platform's notifier: on Linux the desktop's notification service over D-Bus; elsewhere none yet.
    [[nodiscard]] static std::unique_ptr<Notifier> platform();
};
