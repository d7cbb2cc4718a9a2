// SPDX-License-Identifier: GPL-3.0-or-later
#include "grouplistmodel.h"

#include <algorithm>

using namespace kring;

GroupListModel::GroupListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void GroupListModel::setDirectory(std::shared_ptr<const Directory> directory, const QString &language)
{
    m_directory = std::move(directory);
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
        Q_EMIT chosen(m_directory->groups().at(m_rows.at(row)).id);
}

void GroupListModel::updateRows()
{
    beginResetModel();
    m_rows.clear();
    if (m_directory) {
        const auto &groups = m_directory->groups();
        for (qsizetype i = 0; i < groups.size(); ++i) {
            if (!m_only || m_only->contains(groups[i].id))
                m_rows.append(i);
        }
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

QString GroupListModel::themeNames(const Directory &directory, const Group &group, const QString &language)
{
    QStringList names;
    for (const QString &id : group.themeIds) {
        if (const Theme *theme = directory.theme(id))
            names.append(theme->name.in(language));
    }
    return names.join(QStringLiteral(", "));
}

QVariant GroupListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Group &group = m_directory->groups().at(m_rows.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return group.name;
    case GroupIdRole:
        return group.id;
    case ThemesRole:
        return themeNames(*m_directory, group, m_language);
    case TownRole:
        return m_directory->townOf(group);
    case AudienceRole:
        return group.audience == Audience::Self        ? QStringLiteral("self")
               : group.audience == Audience::Relatives ? QStringLiteral("relatives")
                                                       : QStringLiteral("both");
    case AudienceTextRole:
        return audienceText(group.audience);
    case OnlineRole:
        return std::any_of(group.meetings.cbegin(), group.meetings.cend(),
                           [](const Meeting &meeting) { return meeting.isOnline(); });
    case SummaryRole:
        return group.summary.in(m_language);
    }
    return {};
}

QHash<int, QByteArray> GroupListModel::roleNames() const
{
    return {{GroupIdRole, "groupId"}, {NameRole, "name"},         {ThemesRole, "themes"},
            {TownRole, "town"},       {AudienceRole, "audience"}, {AudienceTextRole, "audienceText"},
            {OnlineRole, "online"},   {SummaryRole, "summary"}};
}
