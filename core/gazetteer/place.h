// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kring {

// A town or a postcode area, with the coordinates search measures distance from.
struct Place {
    enum class Kind { Town, Postcode };

    Kind kind = Kind::Town;
    QString name;      // as GeoNames writes it: "Liège", "'s-Hertogenbosch"
    QString dutchName; // where Dutch speakers use another name: "Luik"; empty otherwise
    QString postcode;  // for Kind::Postcode: "5611"
    QString country;   // "NL" or "BE"
    QString region;    // province or region, in Dutch
    double latitude = 0;
    double longitude = 0;
    qint64 population = 0;

    // The name to show in `language` ("nl" or "en"); postcodes show as "5611 Eindhoven".
    [[nodiscard]] QString displayName(QStringView language) const
    {
        const QString town = language == u"nl" && !dutchName.isEmpty() ? dutchName : name;
        return kind == Kind::Postcode ? postcode + QLatin1Char(' ') + town : town;
    }
};

} // namespace kring
