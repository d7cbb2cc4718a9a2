// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "localizedtext.h"

#include <optional>

namespace kring {

// A place where groups meet: a community centre, a library.
struct Venue {
    QString id;
    QString name;
    QString street;
    QString postcode;
    QString town;
    QString country; // ISO 3166 alpha-2
    double latitude = 0;
    double longitude = 0;
    std::optional<bool> wheelchairAccessible; // empty: not known
    LocalizedText directions;

    bool operator==(const Venue &) const = default;
};

} // namespace kring
