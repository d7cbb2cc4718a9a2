// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gazetteer/place.h"
#include "result.h"

#include <QByteArray>
#include <QList>

#include <optional>
#include <vector>

namespace kring {

// Finds towns and postcodes of NL and BE offline, by folded prefix: "den bo" finds 's-Hertogenbosch,
// "bruxelles" and "brussel" find the same place, "5611 AB" gives the 5611 area. Never asks a network
// geocoder.
class Gazetteer
{
public:
    Gazetteer() = default;

    // Reads the tables written by scripts/make-gazetteer.py.
    [[nodiscard]] static Result<Gazetteer> load(const QByteArray &placesTsv, const QByteArray &postcodesTsv);
    // The gazetteer the app ships (resources :/kring/gazetteer/).
    [[nodiscard]] static Result<Gazetteer> bundled();

    // Best matches first: postcodes, then exact names, then prefixes; bigger places first within each.
    [[nodiscard]] QList<Place> search(QStringView query, int limit = 8) const;
    // The best match, if any.
    [[nodiscard]] std::optional<Place> resolve(QStringView query) const;

    [[nodiscard]] qsizetype placeCount() const { return qsizetype(m_places.size()); }
    [[nodiscard]] qsizetype postcodeCount() const { return qsizetype(m_postcodes.size()); }

private:
    struct NameEntry {
        QString folded;
        qsizetype place;
        bool primary; // the place's own (or Dutch) name, not an alternate
    };

    std::vector<Place> m_places;
    std::vector<Place> m_postcodes; // sorted by postcode
    std::vector<NameEntry> m_names; // sorted by folded
};

} // namespace kring
