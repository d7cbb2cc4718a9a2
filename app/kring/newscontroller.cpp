// SPDX-License-Identifier: GPL-3.0-or-later
#include "newscontroller.h"

#include <QLocale>
#include <QVariantMap>

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

void NewsController::setRegions(const QSet<QString> &regions)
{
    if (regions == m_regions)
        return;
    m_regions = regions;
    refresh();
}

void NewsController::setSeen(const QStringList &keys)
{
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
    Q_EMIT seenChanged(m_keys);
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
