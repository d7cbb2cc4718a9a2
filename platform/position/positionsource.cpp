// SPDX-License-Identifier: GPL-3.0-or-later
#include "positionsource.h"

#include <QCoreApplication>
#include <QFile>
#include <QGeoPositionInfoSource>
#include <QNmeaPositionInfoSource>

namespace kring::platform {

QGeoPositionInfoSource *createPositionSource(QObject *parent, QString *problem)
{
    const QString replay = qEnvironmentVariable("KRING_NMEA_REPLAY");
    if (!replay.isEmpty()) {
        auto *file = new QFile(replay);
        if (!file->open(QIODevice::ReadOnly)) {
            *problem =
                QCoreApplication::translate("PositionSource", "The recorded positions %1 cannot be read.")
                    .arg(replay);
            delete file;
            return nullptr;
        }
        auto *source = new QNmeaPositionInfoSource(QNmeaPositionInfoSource::SimulationMode, parent);
        file->setParent(source);
        source->setDevice(file);
        return source;
    }
    // Android and iOS: the location permission is asked by the system when updates start (Qt 6.4); on Qt 6.5+
    // builds for phones this is where QLocationPermission is requested first.
    QGeoPositionInfoSource *source = QGeoPositionInfoSource::createDefaultSource(parent);
    if (!source)
        *problem = QCoreApplication::translate(
            "PositionSource", "This device cannot tell where you are. Type a town or postcode instead.");
    return source;
}

} // namespace kring::platform
