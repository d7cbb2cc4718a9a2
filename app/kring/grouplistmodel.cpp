// SPDX-License-Identifier: GPL-3.0-or-later
#include "grouplistmodel.h"

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

void GroupListModel::choose(int row)
{
    if (row >= 0 && row < m_rows.size())
        Q_EMIT chosen(m_index->card(m_rows.at(row)).id);
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
    endResetModel();
    Q_EMIT countChanged();
}

int GroupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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
    }
    return {};
}

QHash<int, QByteArray> GroupListModel::roleNames() const
{
    return {{GroupIdRole, "groupId"}, {NameRole, "name"},         {ThemesRole, "themes"},
            {TownRole, "town"},       {AudienceRole, "audience"}, {AudienceTextRole, "audienceText"},
            {OnlineRole, "online"}};
}
