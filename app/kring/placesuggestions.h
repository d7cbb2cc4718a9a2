// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gazetteer/gazetteer.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <memory>

// Towns and postcodes matching what the person types in the place field, from the offline gazetteer.
class PlaceSuggestions : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY queryChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1, // "Luik", "5611 Eindhoven"
        DetailRole,                  // "Wallonië, België"
        LatitudeRole,
        LongitudeRole,
    };
    Q_ENUM(Role)

    explicit PlaceSuggestions(QString language, QObject *parent = nullptr);

    // Loads the bundled gazetteer off the GUI thread.
    void loadBundled();
    // Uses `gazetteer` at once (tests).
    void setGazetteer(std::shared_ptr<const kring::Gazetteer> gazetteer);

    [[nodiscard]] QString query() const { return m_query; }
    void setQuery(const QString &query);
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }
    // The region ("Noord-Brabant", "Vlaanderen") and country of the place chosen last; empty before.
    [[nodiscard]] QString chosenRegion() const { return m_chosenRegion; }
    [[nodiscard]] QString chosenCountry() const { return m_chosenCountry; }
    // The region of the town `town` in `country` ("NL", "BE"); empty when the gazetteer does not know it.
    [[nodiscard]] QString regionOf(const QString &town, const QString &country) const;
    // The person picked the suggestion in `row`: emits chosen().
    Q_INVOKABLE void choose(int row);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void queryChanged();
    void errorMessageChanged();
    // `country` is "NL" or "BE": it picks the help lines.
    void chosen(double latitude, double longitude, const QString &name, const QString &country);

private:
    void refresh();

    QString m_language;
    std::shared_ptr<const kring::Gazetteer> m_gazetteer;
    QString m_query;
    QList<kring::Place> m_places;
    QString m_errorMessage;
    QString m_chosenRegion;
    QString m_chosenCountry;
};
