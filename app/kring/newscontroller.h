// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trust/news.h"

#include <QObject>
#include <QSet>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

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

    // Each item: title, text, date ("12 maart 2026"), link, host, isNew.
    [[nodiscard]] QVariantList items() const { return m_items; }
    [[nodiscard]] int count() const { return int(m_items.size()); }
    // Items shown that were not seen yet (the number on the entry).
    [[nodiscard]] int newCount() const { return m_newCount; }
    // Why the newest news file was not taken, in plain words; empty when it was.
    [[nodiscard]] QString problem() const { return m_problem; }

    // The verified news and the date (trust::newsToday of the trusted time) to filter them on.
    void setNews(const kring::trust::News &news, const QDate &today);
    // "NL", "BE" and gazetteer regions of the chosen place and the followed groups.
    void setRegions(const QSet<QString> &regions);
    void setSeen(const QStringList &keys);
    // `technical` is the reason in docs/trust.md terms; the person reads a plain sentence.
    void setProblem(const QString &technical);
    // The person has seen the items shown: emits seenChanged with what to keep.
    Q_INVOKABLE void markSeen();
    // The host a link opens, to show before it is opened.
    [[nodiscard]] Q_INVOKABLE QString hostOf(const QString &link) const;

Q_SIGNALS:
    void changed();
    void seenChanged(const QStringList &keys);

private:
    void refresh();

    QString m_language;
    kring::trust::News m_news;
    QDate m_today;
    QSet<QString> m_regions;
    QSet<QString> m_seen;
    QVariantList m_items;
    QStringList m_keys;
    int m_newCount = 0;
    QString m_problem;
};
