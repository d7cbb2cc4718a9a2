// SPDX-License-Identifier: GPL-3.0-or-later
// How well search finds the right theme for everyday queries (tests/data/search/queries.tsv): over a
// directory with groups for every theme of the thesaurus, the share of queries with a right group among the
// first five results (hit@5) and the share of right groups among the first five shown (precision@5).
#include "search/searchindex.h"
#include "search/vocabulary.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace kring;

namespace {

struct Query {
    QString text;
    QStringList themeIds;
};

QList<Query> developmentSet()
{
    QFile file(QStringLiteral(KRING_SOURCE_DIR "/tests/data/search/queries.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Query> queries;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.trimmed().isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> columns = line.split('\t');
        if (columns.size() != 2)
            return {};
        queries.append(Query{QString::fromUtf8(columns[0]),
                             QString::fromUtf8(columns[1].trimmed()).split(QLatin1Char(','))});
    }
    return queries;
}

// Per theme of the thesaurus two groups, one for those it concerns and one for their relatives, with names
// that say nothing: only the themes can find them.
Directory thesaurusDirectory()
{
    const GeoPoint towns[] = {{51.4416, 5.4697}, {51.5555, 5.0913}, {52.0907, 5.1214}, {51.2194, 4.4025}};
    QList<Theme> themes;
    QList<Venue> venues;
    for (int v = 0; v < int(std::size(towns)); ++v) {
        Venue venue;
        venue.id = QStringLiteral("venue-%1").arg(v);
        venue.name = QStringLiteral("Buurthuis");
        venue.town = QStringLiteral("Stad");
        venue.country = QStringLiteral("NL");
        venue.latitude = towns[v].latitude;
        venue.longitude = towns[v].longitude;
        venues.append(venue);
    }
    QList<Group> groups;
    for (const Vocabulary::Entry &entry : Vocabulary::bundled().themes) {
        QString name = entry.themeId;
        name.replace(QLatin1Char('-'), QLatin1Char(' '));
        themes.append(Theme{entry.themeId, LocalizedText{name, QString(), QString()}, entry.category, {}});
        for (const Audience audience : {Audience::Self, Audience::Relatives}) {
            Group group;
            group.id = QStringLiteral("group-%1").arg(groups.size());
            group.name = QStringLiteral("Groep %1").arg(groups.size());
            group.themeIds = {entry.themeId};
            group.audience = audience;
            Meeting meeting;
            meeting.id = group.id + QStringLiteral("-1");
            meeting.attendance = Attendance::InPerson;
            meeting.venueId = venues[groups.size() % venues.size()].id;
            meeting.timeZone = QStringLiteral("Europe/Amsterdam");
            meeting.start = QDateTime(QDate(2026, 1, 5).addDays(groups.size() % 7), QTime(19, 30),
                                      QTimeZone("Europe/Amsterdam"));
            meeting.rrule = QStringLiteral("FREQ=WEEKLY");
            group.meetings.append(meeting);
            groups.append(group);
        }
    }
    return Directory(std::move(themes), std::move(venues), std::move(groups));
}

} // namespace

class SearchQualityTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void developmentSetFindsTheRightThemes()
    {
        const QList<Query> queries = developmentSet();
        QVERIFY2(queries.size() >= 200, "the development set has fewer than 200 queries");
        const auto directory = std::make_shared<const Directory>(thesaurusDirectory());
        QSet<QString> themeIds;
        for (const Theme &theme : directory->themes())
            themeIds.insert(theme.id);
        QVERIFY(themeIds.size() >= 120);
        const SearchIndex index =
            SearchIndex::build(directory, QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC));

        int hits = 0;
        double precision = 0;
        QStringList misses;
        for (const Query &query : queries) {
            for (const QString &theme : query.themeIds)
                QVERIFY2(themeIds.contains(theme),
                         qPrintable(query.text + QStringLiteral(": no theme ") + theme));
            SearchQuery search;
            search.text = query.text;
            search.limit = 5;
            const QList<SearchResult> results = index.search(search);
            int right = 0;
            QStringList found;
            for (const SearchResult &result : results) {
                const QString theme = directory->groups().at(result.groupIndex).themeIds.constFirst();
                found.append(theme);
                right += query.themeIds.contains(theme) ? 1 : 0;
            }
            hits += right > 0 ? 1 : 0;
            precision += results.isEmpty() ? 0.0 : double(right) / double(results.size());
            if (right == 0 || right * 2 < results.size())
                misses.append(QStringLiteral("  %1 -> %2 (wanted %3)")
                                  .arg(query.text, found.join(QLatin1Char(' ')),
                                       query.themeIds.join(QLatin1Char(','))));
        }
        const double hitAt5 = double(hits) / double(queries.size());
        const double precisionAt5 = precision / double(queries.size());
        qInfo().noquote() << "Queries that missed or were mostly wrong:\n" + misses.join(QLatin1Char('\n'));
        qInfo("%lld queries: hit@5 %.1f %%, precision@5 %.1f %%", qlonglong(queries.size()), hitAt5 * 100,
              precisionAt5 * 100);
        QVERIFY2(hitAt5 >= 0.90, "hit@5 is below 90 %");
        QVERIFY2(precisionAt5 >= 0.60, "precision@5 is below 60 %");
    }
};

QTEST_GUILESS_MAIN(SearchQualityTest)
#include "tst_searchquality.moc"
