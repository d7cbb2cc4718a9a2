// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directory/directory.h"
#include "trust/news.h"

#include <QObject>
#include <QSet>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

// "Nieuws van het netwerk": the news the store holds (root-signed, verified), filtered on the phone to
// those for everyone and for the regions of the person's chosen place and followed groups, without the
// ones past their `until`. Which items were seen is kept in the store's settings; nothing is sent.
class NewsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")
    Q_PROPERTY(QVariantList items READ items NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(int newCount READ newCount NOTIFY changed)
    Q_PROPERTY(QString problem READ problem NOTIFY changed)

public:
    // The settings key of the seen items (their newsItemKey, comma separated).
    static constexpr QLatin1StringView seenSetting{"news/seen"};

    explicit NewsController(QString language, QObject *parent = nullptr);

    // Where the controller finds a group's directory (AppController::groupDirectory) and the region of a
    // town (PlaceSuggestions::regionOf), for the regions of the followed groups.
    using GroupLookup = std::function<std::shared_ptr<const kring::Directory>(const QString &groupId)>;
    using RegionLookup = std::function<QString(const QString &town, const QString &country)>;
    void setLookup(GroupLookup groupDirectory, RegionLookup regionOf);

    // Each item: title, text, date ("12 maart 2026"), link, host, isNew.
    [[nodiscard]] QVariantList items() const { return m_items; }
    [[nodiscard]] int count() const { return int(m_items.size()); }
    // Items shown that were not seen yet (the number on the entry).
    [[nodiscard]] int newCount() const { return m_newCount; }
    // Why the newest news file was not taken, in plain words; empty when it was.
    [[nodiscard]] QString problem() const { return m_problem; }

    // The verified news and the date (trust::newsToday of the trusted time) to filter them on.
    void setNews(const kring::trust::News &news, const QDate &today);
    // The followed groups: the regions and countries of their venues get news. Looked up only when they
    // change, not at every word typed.
    void setFollowed(const QSet<QString> &groupIds);
    // The chosen place's region and country ("NL", "BE" or a gazetteer region); empty when none is chosen.
    void setPlace(const QString &region, const QString &country);
    // The settings kept in the store (values by name), read when the store opens.
    void restore(const QHash<QString, QString> &settings);
    // `technical` is the reason in docs/trust.md terms; the person reads a plain sentence.
    void setProblem(const QString &technical);
    // The person has seen the items shown: emits settingChanged with what to keep.
    Q_INVOKABLE void markSeen();
    // Without a store (screenshots): the news of the bundled feed at `bundledFeedPath`, verified under
    // `pinnedRoot`, as of `now`.
    void showBundled(const QByteArray &pinnedRoot, const QString &bundledFeedPath, const QDateTime &now);
    // The host a link opens, to show before it is opened.
    [[nodiscard]] Q_INVOKABLE QString hostOf(const QString &link) const;

Q_SIGNALS:
    void changed();
    // A choice to keep in the store's settings (AppController keeps it).
    void settingChanged(const QString &name, const QString &value);

private:
    void setRegions(const QSet<QString> &regions);
    void refresh();

    QString m_language;
    kring::trust::News m_news;
    QDate m_today;
    GroupLookup m_groupDirectory;
    RegionLookup m_regionOf;
    QSet<QString> m_followedRegions; // of the followed groups' venues
    QSet<QString> m_regions;         // those and the chosen place's
    QSet<QString> m_seen;
    QVariantList m_items;
    QStringList m_keys;
    int m_newCount = 0;
    QString m_problem;
};
