// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "follow/followedchanges.h"
#include "search/searchindex.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <QSet>

#include <memory>
#include <optional>

// Groups of the directory as list rows (the followed groups), read from the search index's group cards.
class GroupListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        GroupIdRole = Qt::UserRole + 1,
        NameRole,
        ThemesRole,   // theme names in the UI language, comma separated
        TownRole,     // empty for groups that only meet online
        AudienceRole, // "self", "relatives" or "both"
        AudienceTextRole,
        OnlineRole,     // meets online (only, or also)
        ChangeTextRole, // what changed since the person last looked, in plain words; empty: nothing
    };
    Q_ENUM(Role)

    explicit GroupListModel(QObject *parent = nullptr);

    void setIndex(std::shared_ptr<const kring::SearchIndex> index, const QString &language);
    // Shows only the groups with these ids, in directory order (the followed groups); unset: every group.
    void showOnly(std::optional<QSet<QString>> groupIds);
    // Unseen changes of the followed groups: each row says what changed for its group. A shown group that is
    // no longer in the directory keeps a row (after the others) while it has unseen changes.
    void setChanges(const QList<kring::FollowedChanges::Change> &changes);
    // The person picked `row`: emits chosen() with its group id.
    Q_INVOKABLE void choose(int row);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    static QString audienceText(kring::Audience audience);

Q_SIGNALS:
    void countChanged();
    void chosen(const QString &groupId);

private:
    void updateRows();
    [[nodiscard]] QVariant goneData(const std::pair<QString, QString> &gone, int role) const;

    std::shared_ptr<const kring::SearchIndex> m_index;
    QString m_language;
    std::optional<QSet<QString>> m_only;
    QList<qsizetype> m_rows; // group positions in the index
    QList<kring::FollowedChanges::Change> m_changes;
    QHash<QString, QString> m_changeTexts;
    QList<std::pair<QString, QString>> m_gone; // rows after m_rows: id and name of groups the index lacks
};
