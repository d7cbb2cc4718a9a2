// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace kring::platform {

// The address that hands a route to `latitude`,`longitude` over to this platform's maps app. Only opened when
// the person asks for a route; Kring itself never sends a position anywhere.
[[nodiscard]] QUrl routeUrl(double latitude, double longitude, const QString &label);

} // namespace kring::platform
