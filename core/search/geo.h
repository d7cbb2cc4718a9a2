// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>
#include <numbers>

namespace kring {

// A WGS 84 position in degrees.
struct GeoPoint {
    double latitude = 0;
    double longitude = 0;
};

inline constexpr double earthRadiusKm = 6371.0088;

inline double radians(double degrees)
{
    return degrees * std::numbers::pi / 180.0;
}

// Great-circle distance (haversine) in kilometres.
inline double distanceKm(GeoPoint a, GeoPoint b)
{
    const double dLat = radians(b.latitude - a.latitude);
    const double dLon = radians(b.longitude - a.longitude);
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2) + std::cos(radians(a.latitude)) *
                                                                   std::cos(radians(b.latitude)) *
                                                                   std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * earthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

} // namespace kring
