// SPDX-License-Identifier: GPL-3.0-or-later
#include "gazetteer.h"

#include "text/textfolding.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <set>

namespace kring {
namespace {

// Calls `row` with the tab-separated fields of every data line (skipping '#' comments and the header line).
template<typename RowFunction> bool forEachRow(const QByteArray &tsv, int columns, RowFunction row)
{
    bool headerSeen = false;
    for (const QByteArray &line : tsv.split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (!headerSeen) {
            headerSeen = true;
            continue;
        }
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() != columns)
            return false;
        row(fields);
    }
    return headerSeen;
}

QString text(const QByteArray &field)
{
    return QString::fromUtf8(field);
}

const QRegularExpression &postcodePattern()
{
    // PC4 with an optional NL letter pair: "5611", "5611 AB", "5611AB".
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{4})\\s*([A-Za-z]{2})?\\s*$"));
    return pattern;
}

} // namespace

Result<Gazetteer> Gazetteer::load(const QByteArray &placesTsv, const QByteArray &postcodesTsv)
{
    Gazetteer gazetteer;
    const bool placesRead = forEachRow(placesTsv, 9, [&](const QList<QByteArray> &f) {
        Place place;
        place.name = text(f[1]);
        place.dutchName = text(f[2]);
        place.country = text(f[3]);
        place.region = text(f[4]);
        place.latitude = f[5].toDouble();
        place.longitude = f[6].toDouble();
        place.population = f[7].toLongLong();
        const qsizetype index = qsizetype(gazetteer.m_places.size());
        gazetteer.m_names.push_back({foldText(place.name), index, true});
        if (!place.dutchName.isEmpty())
            gazetteer.m_names.push_back({foldText(place.dutchName), index, true});
        for (const QByteArray &alternate : f[8].split('|')) {
            if (!alternate.isEmpty())
                gazetteer.m_names.push_back({foldText(text(alternate)), index, false});
        }
        gazetteer.m_places.push_back(std::move(place));
    });
    const bool postcodesRead = forEachRow(postcodesTsv, 5, [&](const QList<QByteArray> &f) {
        Place area;
        area.kind = Place::Kind::Postcode;
        area.country = text(f[0]);
        area.postcode = text(f[1]);
        area.name = text(f[2]);
        area.latitude = f[3].toDouble();
        area.longitude = f[4].toDouble();
        gazetteer.m_postcodes.push_back(std::move(area));
    });
    if (!placesRead || !postcodesRead || gazetteer.m_places.empty())
        return Error{QCoreApplication::translate("Gazetteer",
                                                 "The list of places is damaged. Please reinstall Kring.")};

    // A postcode area is as big as the biggest town of its name; that ranks "2000 Antwerpen" before a
    // village.
    QHash<QString, qint64> populationByTown;
    for (const Place &place : gazetteer.m_places)
        populationByTown[place.country + foldText(place.name)] =
            std::max(populationByTown.value(place.country + foldText(place.name)), place.population);
    for (Place &area : gazetteer.m_postcodes)
        area.population = populationByTown.value(area.country + foldText(area.name));

    std::sort(gazetteer.m_names.begin(), gazetteer.m_names.end(),
              [](const NameEntry &a, const NameEntry &b) { return a.folded < b.folded; });
    std::sort(gazetteer.m_postcodes.begin(), gazetteer.m_postcodes.end(),
              [](const Place &a, const Place &b) { return a.postcode < b.postcode; });
    return gazetteer;
}

Result<Gazetteer> Gazetteer::bundled()
{
    QFile places(QStringLiteral(":/kring/gazetteer/places.tsv"));
    QFile postcodes(QStringLiteral(":/kring/gazetteer/postcodes.tsv"));
    if (!places.open(QIODevice::ReadOnly) || !postcodes.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("Gazetteer",
                                                 "The list of places is missing. Please reinstall Kring.")};
    return load(places.readAll(), postcodes.readAll());
}

QList<Place> Gazetteer::search(QStringView query, int limit) const
{
    QList<Place> results;
    if (limit <= 0)
        return results;

    if (const auto match = postcodePattern().match(query); match.hasMatch()) {
        const QString code = match.captured(1);
        auto it =
            std::lower_bound(m_postcodes.begin(), m_postcodes.end(), code,
                             [](const Place &area, const QString &value) { return area.postcode < value; });
        std::vector<Place> areas;
        for (; it != m_postcodes.end() && it->postcode == code; ++it) {
            // "5611 AB" can only be Dutch: Belgian postcodes have no letters.
            if (match.capturedLength(2) == 0 || it->country == u"NL")
                areas.push_back(*it);
        }
        std::stable_sort(areas.begin(), areas.end(),
                         [](const Place &a, const Place &b) { return a.population > b.population; });
        for (const Place &area : areas) {
            if (results.size() < limit)
                results.append(area);
        }
        return results;
    }

    const QString folded = foldText(query);
    if (folded.isEmpty())
        return results;
    struct Candidate {
        qsizetype place;
        int rank; // 0 exact own name, 1 exact alternate, 2 prefix of own name, 3 prefix of alternate
    };
    std::vector<Candidate> candidates;
    auto it =
        std::lower_bound(m_names.begin(), m_names.end(), folded,
                         [](const NameEntry &entry, const QString &value) { return entry.folded < value; });
    for (; it != m_names.end() && it->folded.startsWith(folded); ++it) {
        const bool exact = it->folded.size() == folded.size();
        candidates.push_back({it->place, (exact ? 0 : 2) + (it->primary ? 0 : 1)});
    }
    std::sort(candidates.begin(), candidates.end(), [this](const Candidate &a, const Candidate &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        return m_places[a.place].population > m_places[b.place].population;
    });
    std::set<qsizetype> seen;
    for (const Candidate &candidate : candidates) {
        if (results.size() >= limit)
            break;
        if (seen.insert(candidate.place).second)
            results.append(m_places[candidate.place]);
    }
    return results;
}

std::optional<Place> Gazetteer::resolve(QStringView query) const
{
    const QList<Place> best = search(query, 1);
    return best.isEmpty() ? std::nullopt : std::optional<Place>(best.first());
}

} // namespace kring
