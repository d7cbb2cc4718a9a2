// SPDX-License-Identifier: GPL-3.0-or-later
#include "routehandoff.h"

#include <QUrlQuery>

namespace kring::platform {

QUrl routeUrl(double latitude, double longitude, const QString &label)
{
    const QString point = QStringLiteral("%1,%2").arg(latitude, 0, 'f', 5).arg(longitude, 0, 'f', 5);
#if defined(Q_OS_ANDROID)
    // geo: opens the maps app the person chose (RFC 5870 with Android's q= label).
    return QUrl(
        QStringLiteral("geo:%1?q=%1(%2)").arg(point, QString::fromUtf8(QUrl::toPercentEncoding(label))));
#elif defined(Q_OS_IOS)
    QUrl url(QStringLiteral("https://maps.apple.com/"));
    url.setQuery(QUrlQuery{{QStringLiteral("daddr"), point}, {QStringLiteral("q"), label}});
    return url;
#else
    // Desktop and Linux phones: OpenStreetMap's route planner in the browser.
    QUrl url(QStringLiteral("https://www.openstreetmap.org/directions"));
    url.setQuery(QUrlQuery{{QStringLiteral("to"), point}});
    return url;
#endif
}

} // namespace kring::platform
