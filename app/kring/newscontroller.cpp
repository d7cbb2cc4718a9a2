// SPDX-License-Identifier: GPL-3.0-or-later
#include "newscontroller.h"

#include "trust/rootmetadata.h"
#include "trust/sizelimits.h"

#include <QFile>
#include <QLocale>
#include <QVariantMap>

namespace {

void addRegion(QSet<QString> &regions, const QString &region, const QString &country)
{
    for (const QString &name : {region, country}) {
        if (!name.isEmpty())
            regions.insert(name);
    }
}

} // namespace

NewsController::NewsController(QString language, QObject *parent)
    : QObject(parent)
    , m_language(std::move(language))
{}

void NewsController::setNews(const kring::trust::News &news, const QDate &today)
{
    m_news = news;
    m_today = today;
    refresh();
}

void NewsController::setLookup(GroupLookup groupDirectory, RegionLookup regionOf)
{
    m_groupDirectory = std::move(groupDirectory);
    m_regionOf = std::move(regionOf);
}

void NewsController::setFollowed(const QSet<QString> &groupIds)
{
    m_followedRegions.clear();
    for (const QString &groupId : groupIds) {
        const std::shared_ptr<const kring::Directory> directory =
            m_groupDirectory ? m_groupDirectory(groupId) : nullptr;
        const kring::Group *group = directory ? directory->group(groupId) : nullptr;
        if (!group)
            continue;
        for (const kring::Meeting &meeting : group->meetings) {
            if (const kring::Venue *venue = directory->venue(meeting.venueId))
                addRegion(m_followedRegions, m_regionOf ? m_regionOf(venue->town, venue->country) : QString(),
                          venue->country);
        }
    }
}

void NewsController::setPlace(const QString &region, const QString &country)
{
    QSet<QString> regions = m_followedRegions;
    addRegion(regions, region, country);
    setRegions(regions);
}

void NewsController::setRegions(const QSet<QString> &regions)
{
    if (regions == m_regions)
        return;
    m_regions = regions;
    refresh();
}

void NewsController::restore(const QHash<QString, QString> &settings)
{
    const QStringList keys = settings.value(QString(seenSetting)).split(QLatin1Char(','), Qt::SkipEmptyParts);
    m_seen = QSet<QString>(keys.cbegin(), keys.cend());
    refresh();
}

void NewsController::setProblem(const QString &technical)
{
    const QString problem =
        technical.isEmpty() ? QString()
                            : tr("The network's latest news could not be checked, so Kring shows the news "
                                 "it had before.");
    if (problem == m_problem)
        return;
    m_problem = problem;
    Q_EMIT changed();
}

void NewsController::markSeen()
{
    if (m_newCount == 0)
        return;
    // Only what is shown now: keys of items gone by are forgotten.
    m_seen = QSet<QString>(m_keys.cbegin(), m_keys.cend());
    refresh();
    Q_EMIT settingChanged(QString(seenSetting), m_keys.join(QLatin1Char(',')));
}

void NewsController::showBundled(const QByteArray &pinnedRoot, const QString &bundledFeedPath,
                                 const QDateTime &now)
{
    const auto root = kring::trust::verifyPinnedRoot(pinnedRoot, QString());
    QFile file(bundledFeedPath + QStringLiteral("/news.json"));
    if (!root || file.size() > kring::trust::maxNewsBytes || !file.open(QIODevice::ReadOnly))
        return;
    const auto news = kring::trust::verifyNews(file.readAll(), root.value(), file.fileName());
    if (news)
        setNews(news.value().news, kring::trust::newsToday(now));
}

QString NewsController::hostOf(const QString &link) const
{
    return kring::trust::newsLinkHost(link);
}

void NewsController::refresh()
{
    const QLocale locale(m_language == u"nl" ? QLocale::Dutch : QLocale::English);
    m_items.clear();
    m_keys.clear();
    m_newCount = 0;
    for (const kring::trust::NewsItem &item : kring::trust::visibleNews(m_news, m_regions, m_today)) {
        const QString key = kring::trust::newsItemKey(item);
        const bool isNew = !m_seen.contains(key);
        m_keys.append(key);
        m_newCount += isNew ? 1 : 0;
        m_items.append(
            QVariantMap{{QStringLiteral("title"), item.title},
                        {QStringLiteral("text"), item.text},
                        {QStringLiteral("date"), locale.toString(item.date, QStringLiteral("d MMMM yyyy"))},
                        {QStringLiteral("link"), item.link},
                        {QStringLiteral("host"), kring::trust::newsLinkHost(item.link)},
                        {QStringLiteral("isNew"), isNew}});
    }
    Q_EMIT changed();
}
