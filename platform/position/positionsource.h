// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QGeoPositionInfoSource;
class QObject;

namespace kring::platform {

// The source of the person's position on this platform, or nullptr with `problem` set. With the environment
// variable KRING_NMEA_REPLAY=FILE it replays a recorded NMEA log instead (simulation and tests). The position
// is used on the phone only; nothing here talks to a network.
[[nodiscard]] QGeoPositionInfoSource *createPositionSource(QObject *parent, QString *problem);

} // namespace kring::platform
