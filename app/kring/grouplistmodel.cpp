// SPDX-License-Identifier: GPL-3.0-or-later
#include "grouplistmodel.h"

#include "changewords.h"

#include <algorithm>

using namespace kring;

GroupListModel::GroupListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void GroupListModel::setIndex(std::shared_ptr<const SearchIndex> index, const QString &language)
{
    m_index = std::move(index);
    m_language = language;
    updateRows();
}

void GroupListModel::showOnly(std::optional<QSet<QString>> groupIds)
{
    m_only = std::move(groupIds);
    updateRows();
}

void GroupListModel::setChanges(const QList<FollowedChanges::Change> &changes)
{
    m_changes = changes;
    updateRows();
}

void GroupListModel::choose(int row)
{
    if (row >= 0 && row < m_rows.size())
        Q_EMIT chosen(m_index->card(m_rows.at(row)).id);
    else if (row >= m_rows.size() && row < rowCount())
        Q_EMIT chosen(m_gone.at(row - m_rows.size()).first);
}

void GroupListModel::updateRows()
{
    beginResetModel();
    m_rows.clear();
    if (m_index && m_only) {
        for (const QString &id : std::as_const(*m_only)) {
            if (const int position = m_index->groupPosition(id); position >= 0)
                m_rows.append(position);
        }
        std::sort(m_rows.begin(), m_rows.end());
    } else if (m_index) {
        for (qsizetype i = 0; i < m_index->groupCount(); ++i)
            m_rows.append(i);
    }
    m_changeTexts.clear();
    m_gone.clear();
    QHash<QString, QList<FollowedChanges::Change>> byGroup;
    QStringList order;
    for (const FollowedChanges::Change &change : std::as_const(m_changes)) {
        if (!byGroup.contains(change.groupId))
            order.append(change.groupId);
        byGroup[change.groupId].append(change);
    }
    for (const QString &id : std::as_const(order)) {
        m_changeTexts.insert(id, ChangeWords::lines(byGroup.value(id), m_language));
        const bool listed = m_index && m_index->groupPosition(id) >= 0;
        if (!listed && m_only && m_only->contains(id))
            m_gone.append({id, byGroup.value(id).constLast().groupName});
    }
    endResetModel();
    Q_EMIT countChanged();
}

int GroupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size() + m_gone.size());
}

QString GroupListModel::audienceText(Audience audience)
{
    switch (audience) {
    case Audience::Self:
        return tr("For those concerned");
    case Audience::Relatives:
        return tr("For relatives");
    case Audience::Both:
        return tr("For those concerned and relatives");
    }
    return {};
}

QVariant GroupListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() >= m_rows.size())
        return goneData(m_gone.at(index.row() - m_rows.size()), role);
    const qsizetype position = m_rows.at(index.row());
    const GroupCard group = m_index->card(position);
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return group.name;
    case GroupIdRole:
        return group.id;
    case ThemesRole:
        return m_index->themeNames(position, m_language);
    case TownRole:
        return group.town;
    case AudienceRole:
        return group.audience == Audience::Self        ? QStringLiteral("self")
               : group.audience == Audience::Relatives ? QStringLiteral("relatives")
                                                       : QStringLiteral("both");
    case AudienceTextRole:
        return audienceText(group.audience);
    case OnlineRole:
        return group.meetsOnline;
    case ChangeTextRole:
        return m_changeTexts.value(group.id);
    }
    return {};
}

QVariant GroupListModel::goneData(const std::pair<QString, QString> &gone, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return gone.second;
    case GroupIdRole:
        return gone.first;
    case ThemesRole:
    case TownRole:
    case AudienceRole:
    case AudienceTextRole:
        return QString();
    case OnlineRole:
        return false;
    case ChangeTextRole:
        return m_changeTexts.value(gone.first);
    }
    return {};
}

QHash<int, QByteArray> GroupListModel::roleNames() const
{
    return {{GroupIdRole, "groupId"},   {NameRole, "name"},
            {ThemesRole, "themes"},     {TownRole, "town"},
            {AudienceRole, "audience"}, {AudienceTextRole, "audienceText"},
            {OnlineRole, "online"},     {ChangeTextRole, "changeText"}};
}
