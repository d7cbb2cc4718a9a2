// SPDX-License-Identifier: GPL-3.0-or-later
#include "findermodel.h"

#include "grouplistmodel.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>

using namespace kring;

FinderModel::FinderModel(QString language, QObject *parent)
    : QAbstractListModel(parent)
    , m_language(std::move(language))
{
    m_query.limit = 200;
}

void FinderModel::setDirectory(std::shared_ptr<const Directory> directory, MeetingTimesFunction times)
{
    const int generation = ++m_buildGeneration;
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    auto *watcher = new QFutureWatcher<std::shared_ptr<const SearchIndex>>(this);
    connect(watcher, &QFutureWatcher<std::shared_ptr<const SearchIndex>>::finished, this,
            [this, watcher, generation] {
                watcher->deleteLater();
                if (generation == m_buildGeneration) // else a newer directory arrived meanwhile
                    setIndex(watcher->result());
            });
    watcher->setFuture(QtConcurrent::run([directory = std::move(directory), now, times = std::move(times)] {
        return std::make_shared<const SearchIndex>(SearchIndex::build(directory, now, times));
    }));
}

void FinderModel::setIndex(std::shared_ptr<const SearchIndex> index)
{
    const bool wasReady = ready();
    m_index = std::move(index);
    refresh();
    if (wasReady != ready())
        Q_EMIT readyChanged();
}

QString FinderModel::order() const
{
    switch (SearchIndex::orderFor(m_query)) {
    case SearchOrder::BestMatch:
        return QStringLiteral("bestMatch");
    case SearchOrder::Nearest:
        return QStringLiteral("nearest");
    case SearchOrder::Soonest:
        break;
    }
    return QStringLiteral("soonest");
}

// Rows are changed in place, removed or added rather than the model reset, so that a list keeps its row items
// and only binds them to other groups: a typed character repaints the list without making every row anew.
void FinderModel::refresh()
{
    QList<SearchResult> results = m_index ? m_index->search(m_query) : QList<SearchResult>();
    const qsizetype before = m_results.size();
    const qsizetype after = results.size();
    if (after < before) {
        beginRemoveRows({}, int(after), int(before - 1));
        m_results.resize(after);
        endRemoveRows();
    }
    const qsizetype common = std::min(before, after);
    for (qsizetype row = 0; row < common; ++row)
        m_results[row] = results[row];
    if (common > 0)
        Q_EMIT dataChanged(index(0), index(int(common - 1)));
    if (after > before) {
        beginInsertRows({}, int(before), int(after - 1));
        m_results.append(results.sliced(before));
        endInsertRows();
    }
    Q_EMIT resultsChanged();
}

int FinderModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

QVariant FinderModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchResult &result = m_results.at(index.row());
    const GroupCard group = m_index->card(result.groupIndex);
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return group.name;
    case GroupIdRole:
        return group.id;
    case ThemesRole:
        return m_index->themeNames(result.groupIndex, m_language);
    case TownRole:
        return m_index->town(result);
    case AudienceTextRole:
        return GroupListModel::audienceText(group.audience);
    case OnlineRole:
        return m_index->isOnline(result);
    case NextMeetingRole:
        return result.next ? nextMeetingText(result.next->toTimeZone(QTimeZone(m_index->timeZone(result))),
                                             QDateTime::currentDateTime(), m_language)
                           : QString();
    case DistanceRole:
        return result.distanceKm ? distanceText(*result.distanceKm, m_language) : QString();
    }
    return {};
}

QHash<int, QByteArray> FinderModel::roleNames() const
{
    return {{GroupIdRole, "groupId"},
            {NameRole, "name"},
            {ThemesRole, "themes"},
            {TownRole, "town"},
            {AudienceTextRole, "audienceText"},
            {OnlineRole, "online"},
            {NextMeetingRole, "nextMeeting"},
            {DistanceRole, "distance"}};
}

void FinderModel::setText(const QString &text)
{
    if (text == m_query.text)
        return;
    m_query.text = text;
    Q_EMIT queryChanged();
    refresh();
}

void FinderModel::setWeekdays(int weekdays)
{
    if (weekdays == m_query.weekdays)
        return;
    m_query.weekdays = quint8(weekdays);
    Q_EMIT queryChanged();
    refresh();
}

void FinderModel::setPartsOfDay(int partsOfDay)
{
    if (partsOfDay == m_query.partsOfDay)
        return;
    m_query.partsOfDay = quint8(partsOfDay);
    Q_EMIT queryChanged();
    refresh();
}

void FinderModel::setAttendance(int attendance)
{
    if (attendance == m_query.attendance)
        return;
    m_query.attendance = quint8(attendance);
    Q_EMIT queryChanged();
    refresh();
}

QString FinderModel::audience() const
{
    if (!m_query.audience)
        return {};
    return *m_query.audience == Audience::Relatives ? QStringLiteral("relatives") : QStringLiteral("self");
}

void FinderModel::setAudience(const QString &audience)
{
    const std::optional<Audience> wanted = audience == u"self"        ? std::optional(Audience::Self)
                                           : audience == u"relatives" ? std::optional(Audience::Relatives)
                                                                      : std::nullopt;
    if (wanted == m_query.audience)
        return;
    m_query.audience = wanted;
    Q_EMIT queryChanged();
    refresh();
}

void FinderModel::setWheelchairOnly(bool only)
{
    if (only == m_query.wheelchairAccessible)
        return;
    m_query.wheelchairAccessible = only;
    Q_EMIT queryChanged();
    refresh();
}

bool FinderModel::filtered() const
{
    return m_query.weekdays || m_query.partsOfDay || m_query.attendance || m_query.audience ||
           m_query.wheelchairAccessible;
}

void FinderModel::setPlace(double latitude, double longitude, const QString &name)
{
    m_query.near = GeoPoint{latitude, longitude};
    m_placeName = name;
    Q_EMIT queryChanged();
    refresh();
}

void FinderModel::clearPlace()
{
    m_query.near.reset();
    m_placeName.clear();
    Q_EMIT queryChanged();
    refresh();
}

void FinderModel::clearFilters()
{
    m_query.weekdays = 0;
    m_query.partsOfDay = 0;
    m_query.attendance = 0;
    m_query.audience.reset();
    m_query.wheelchairAccessible = false;
    Q_EMIT queryChanged();
    refresh();
}

QString FinderModel::nextMeetingText(const QDateTime &next, const QDateTime &now, const QString &language)
{
    const QLocale locale(language == u"en" ? QLocale::English : QLocale::Dutch,
                         language == u"en" ? QLocale::UnitedKingdom : QLocale::Netherlands);
    const QString time = locale.toString(next.time(), QStringLiteral("HH:mm"));
    const qint64 days = now.toTimeZone(next.timeZone()).date().daysTo(next.date());
    if (days == 0)
        return tr("today %1").arg(time);
    if (days == 1)
        return tr("tomorrow %1").arg(time);
    QString day = locale.toString(next.date(), QStringLiteral("ddd d MMM"));
    day.remove(QLatin1Char('.')); // "di 8 dec." -> "di 8 dec"
    return day + QLatin1Char(' ') + time;
}

QString FinderModel::distanceText(double kilometres, const QString &language)
{
    const QLocale locale(language == u"en" ? QLocale::English : QLocale::Dutch);
    if (kilometres < 1)
        return tr("%1 m").arg(locale.toString(qRound(kilometres * 10) * 100));
    if (kilometres < 10)
        return tr("%1 km").arg(locale.toString(kilometres, 'f', 1));
    return tr("%1 km").arg(locale.toString(qRound(kilometres)));
}
