// SPDX-License-Identifier: GPL-3.0-or-later
#include "findermodel.h"

#include "grouplistmodel.h"
#include "help/crisiswords.h"
#include "help/helplines.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>

using namespace kring;

FinderModel::FinderModel(QString language, QObject *parent)
    : QAbstractListModel(parent)
    , m_language(std::move(language))
    , m_locale(QLocale::system())
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
    // A theme of the directory before may be gone.
    if (!m_query.themeIds.isEmpty() &&
        (!m_index ||
         std::none_of(m_index->themes().cbegin(), m_index->themes().cend(),
                      [&](const Theme &theme) { return theme.id == m_query.themeIds.first(); }))) {
        m_query.themeIds.clear();
        Q_EMIT queryChanged();
    }
    Q_EMIT categoriesChanged();
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
    // The start page lists no groups: a phone may be seen over a shoulder.
    QList<SearchResult> results = m_index && active() ? m_index->search(m_query) : QList<SearchResult>();
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
    case NextMeetingRole: {
        if (!result.next)
            return QString();
        // The length is known when the directory is in memory; read from the store, a meeting that has
        // begun says when it began.
        int duration = 0;
        if (const auto &directory = m_index->directory())
            duration = directory->groups()[result.groupIndex].meetings[result.meetingIndex].durationMinutes;
        return nextMeetingText(result.next->toTimeZone(QTimeZone(m_index->timeZone(result))),
                               m_now.isValid() ? m_now : QDateTime::currentDateTime(), m_language, duration);
    }
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
           m_query.wheelchairAccessible || m_query.targetGroups;
}

void FinderModel::setTargetGroups(int targetGroups)
{
    if (targetGroups == m_query.targetGroups)
        return;
    m_query.targetGroups = quint8(targetGroups);
    Q_EMIT queryChanged();
    refresh();
}

bool FinderModel::active() const
{
    return !m_query.text.trimmed().isEmpty() || m_query.near.has_value() || !m_query.themeIds.isEmpty();
}

QString FinderModel::themeName() const
{
    if (!m_index || m_query.themeIds.isEmpty())
        return {};
    for (const Theme &theme : m_index->themes()) {
        if (theme.id == m_query.themeIds.first())
            return theme.name.in(m_language);
    }
    return {};
}

QVariantList FinderModel::categories() const
{
    // The order of the region's directories; a theme without a known category is under "Overige".
    const QList<std::pair<QString, QString>> known{
        {QStringLiteral("geestelijke-gezondheid"), tr("Mental health")},
        {QStringLiteral("lichamelijke-gezondheid"), tr("Physical health")},
        {QStringLiteral("verslaving"), tr("Addiction")},
        {QStringLiteral("rouw-en-verlies"), tr("Grief and loss")},
        {QStringLiteral("relaties"), tr("Relationships")},
        {QStringLiteral("mantelzorg"), tr("Caring for someone")},
        {QStringLiteral("fobie-en-dwang"), tr("Phobias and compulsions")},
        {QStringLiteral("werk-en-financien"), tr("Work and money")},
        {QStringLiteral("seksualiteit"), tr("Sexuality")},
        {QStringLiteral("overige"), tr("Other")},
    };
    if (!m_index)
        return {};
    QList<QVariantList> themes(known.size());
    for (const Theme &theme : m_index->themes()) {
        qsizetype category = known.size() - 1;
        for (qsizetype i = 0; i < known.size(); ++i) {
            if (known[i].first == theme.category)
                category = i;
        }
        themes[category].append(QVariantMap{{QStringLiteral("id"), theme.id},
                                            {QStringLiteral("name"), theme.name.in(m_language)}});
    }
    QVariantList categories;
    for (qsizetype i = 0; i < known.size(); ++i) {
        if (themes[i].isEmpty())
            continue;
        std::sort(themes[i].begin(), themes[i].end(), [](const QVariant &a, const QVariant &b) {
            return QString::localeAwareCompare(a.toMap().value(QStringLiteral("name")).toString(),
                                               b.toMap().value(QStringLiteral("name")).toString()) < 0;
        });
        categories.append(QVariantMap{{QStringLiteral("id"), known[i].first},
                                      {QStringLiteral("name"), known[i].second},
                                      {QStringLiteral("themes"), themes[i]}});
    }
    return categories;
}

bool FinderModel::crisis() const
{
    return CrisisWords::bundled().matches(m_query.text);
}

QString FinderModel::helpCountry() const
{
    return HelpLines::countryFor(m_placeCountry, m_locale);
}

QVariantList FinderModel::helpLines() const
{
    QVariantList lines;
    for (const HelpLine &line : HelpLines::bundled().forCountry(helpCountry())) {
        lines.append(QVariantMap{{QStringLiteral("name"), line.name.in(m_language)},
                                 {QStringLiteral("what"), line.what.in(m_language)},
                                 {QStringLiteral("when"), line.when.in(m_language)},
                                 {QStringLiteral("number"), line.number},
                                 {QStringLiteral("callUrl"), line.callUrl()},
                                 {QStringLiteral("chat"), line.chat},
                                 {QStringLiteral("emergency"), line.emergency}});
    }
    return lines;
}

QUrl FinderModel::networkCallUrl() const
{
    return telUrl(m_networkPhone);
}

QUrl FinderModel::networkMailUrl() const
{
    return mailtoUrl(m_networkEmail, tr("Which group suits me?"));
}

void FinderModel::setNetwork(const QString &name, const QString &phone, const QString &email)
{
    if (name == m_networkName && phone == m_networkPhone && email == m_networkEmail)
        return;
    m_networkName = name;
    m_networkPhone = phone;
    m_networkEmail = email;
    Q_EMIT networkChanged();
}

void FinderModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    Q_EMIT helpLinesChanged();
}

void FinderModel::chooseTheme(const QString &id)
{
    const QStringList wanted = id.isEmpty() ? QStringList() : QStringList{id};
    if (wanted == m_query.themeIds)
        return;
    m_query.themeIds = wanted;
    Q_EMIT queryChanged();
    refresh();
}

void FinderModel::clearSearch()
{
    m_query.text.clear();
    m_query.themeIds.clear();
    m_query.weekdays = 0;
    m_query.partsOfDay = 0;
    m_query.attendance = 0;
    m_query.audience.reset();
    m_query.wheelchairAccessible = false;
    m_query.targetGroups = 0;
    Q_EMIT queryChanged();
    refresh();
}

void FinderModel::setPlace(double latitude, double longitude, const QString &name, const QString &country)
{
    m_query.near = GeoPoint{latitude, longitude};
    m_placeName = name;
    m_placeCountry = country;
    Q_EMIT queryChanged();
    Q_EMIT helpLinesChanged();
    refresh();
}

void FinderModel::clearPlace()
{
    m_query.near.reset();
    m_placeName.clear();
    m_placeCountry.clear();
    Q_EMIT queryChanged();
    Q_EMIT helpLinesChanged();
    refresh();
}

void FinderModel::clearFilters()
{
    m_query.weekdays = 0;
    m_query.partsOfDay = 0;
    m_query.attendance = 0;
    m_query.audience.reset();
    m_query.wheelchairAccessible = false;
    m_query.targetGroups = 0;
    Q_EMIT queryChanged();
    refresh();
}

QString FinderModel::nextMeetingText(const QDateTime &next, const QDateTime &now, const QString &language,
                                     int durationMinutes)
{
    const QLocale locale(language == u"en" ? QLocale::English : QLocale::Dutch,
                         language == u"en" ? QLocale::UnitedKingdom : QLocale::Netherlands);
    const QString time = locale.toString(next.time(), QStringLiteral("HH:mm"));
    if (next <= now) {
        const QDateTime end = next.addSecs(qint64(durationMinutes) * 60);
        if (durationMinutes > 0 && now < end)
            return tr("in progress, until %1").arg(locale.toString(end.time(), QStringLiteral("HH:mm")));
        if (durationMinutes <= 0 && now.toTimeZone(next.timeZone()).date() == next.date())
            return tr("began at %1").arg(time);
    }
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
