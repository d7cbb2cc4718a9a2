// SPDX-License-Identifier: GPL-3.0-or-later
#include "placesuggestions.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

using namespace kring;

PlaceSuggestions::PlaceSuggestions(QString language, QObject *parent)
    : QAbstractListModel(parent)
    , m_language(std::move(language))
{}

void PlaceSuggestions::loadBundled()
{
    auto *watcher = new QFutureWatcher<Result<Gazetteer>>(this);
    connect(watcher, &QFutureWatcher<Result<Gazetteer>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        Result<Gazetteer> result = watcher->result();
        if (result.ok()) {
            setGazetteer(std::make_shared<const Gazetteer>(std::move(result).value()));
        } else {
            m_errorMessage = result.error();
            Q_EMIT errorMessageChanged();
        }
    });
    watcher->setFuture(QtConcurrent::run(&Gazetteer::bundled));
}

void PlaceSuggestions::setGazetteer(std::shared_ptr<const Gazetteer> gazetteer)
{
    m_gazetteer = std::move(gazetteer);
    refresh();
}

void PlaceSuggestions::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    refresh();
}

void PlaceSuggestions::refresh()
{
    beginResetModel();
    m_places = m_gazetteer ? m_gazetteer->search(m_query, 8) : QList<Place>();
    endResetModel();
    Q_EMIT queryChanged();
}

void PlaceSuggestions::choose(int row)
{
    if (row < 0 || row >= m_places.size())
        return;
    const Place &place = m_places.at(row);
    m_chosenRegion = place.region;
    m_chosenCountry = place.country;
    Q_EMIT chosen(place.latitude, place.longitude, place.displayName(m_language), place.country);
}

QString PlaceSuggestions::regionOf(const QString &town, const QString &country) const
{
    if (!m_gazetteer || town.isEmpty())
        return {};
    for (const kring::Place &place : m_gazetteer->search(town, 8)) {
        if (place.country == country && (place.name == town || place.dutchName == town))
            return place.region;
    }
    return {};
}

int PlaceSuggestions::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_places.size());
}

QVariant PlaceSuggestions::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Place &place = m_places.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return place.displayName(m_language);
    case DetailRole: {
        const QString country = place.country == u"BE" ? tr("Belgium") : tr("Netherlands");
        return place.region.isEmpty() ? country : place.region + QStringLiteral(", ") + country;
    }
    case LatitudeRole:
        return place.latitude;
    case LongitudeRole:
        return place.longitude;
    }
    return {};
}

QHash<int, QByteArray> PlaceSuggestions::roleNames() const
{
    return {
        {NameRole, "name"}, {DetailRole, "detail"}, {LatitudeRole, "latitude"}, {LongitudeRole, "longitude"}};
}
