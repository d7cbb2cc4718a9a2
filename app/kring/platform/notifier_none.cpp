// SPDX-License-Identifier: GPL-3.0-or-later
// Platforms without a notifier yet: notifications do nothing. Android (NotificationManager through JNI, a
// channel with a neutral name) and iOS (UNUserNotificationCenter, asking permission when the setting is
// turned on) come with their packaging; until then the setting has no effect there.
#include "notifier.h"

namespace {

class NoNotifier : public Notifier
{
public:
    void notify(const QString &) override {}
};

} // namespace

std::unique_ptr<Notifier> Notifier::platform()
{
    return std::make_unique<NoNotifier>();
}
