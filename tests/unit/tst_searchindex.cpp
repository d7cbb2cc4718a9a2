// SPDX-License-Identifier: GPL-3.0-or-later
// Search finds the right groups in the right order: words (folded, thesaurus, forms, compounds, typos),
// distance, day, part of day, themes, audience, attendance and access; the grid search equals a plain scan of
// every meeting.
#include "directory/directoryjson.h"
#include "search/searchindex.h"
#include "search/wordforms.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace kring;

namespace {

const GeoPoint eindhoven{51.4416, 5.4697};
const GeoPoint leuven{50.8796, 4.7009};

std::shared_ptr<const Directory> demoDirectory()
{
    QFile file(QStringLiteral(KRING_SOURCE_DIR "/assets/demo/directory.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    auto result = DirectoryJson::parse(file.readAll(), QStringLiteral("directory.json"));
    return result.ok() ? std::make_shared<const Directory>(std::move(result).value()) : nullptr;
}

// A fixed "next meeting" per meeting, so ranking by time is checkable: minutes from the start of 2027 =
// position.
MeetingTimes numberedTimes(const Meeting &meeting, const QDateTime &now)
{
    MeetingTimes times = weekdaysAndStartOnly(meeting, now);
    times.next = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qHash(meeting.id) % 100000 * 60);
    return times;
}

} // namespace

class SearchIndexTest : public QObject
{
    Q_OBJECT

private:
    SearchIndex m_index;

    QStringList groupIds(const QList<SearchResult> &results) const
    {
        QStringList ids;
        for (const SearchResult &result : results)
            ids.append(m_index.directory()->groups().at(result.groupIndex).id);
        return ids;
    }
    const Group &groupOf(const SearchResult &result) const
    {
        return m_index.directory()->groups().at(result.groupIndex);
    }
    const Meeting &meetingOf(const SearchResult &result) const
    {
        return groupOf(result).meetings.at(result.meetingIndex);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto directory = demoDirectory();
        QVERIFY(directory);
        m_index = SearchIndex::build(directory, QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC),
                                     numberedTimes);
    }

    void everydayWordsFindTheirTheme_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("theme");
        QTest::newRow("drank -> alcohol") << QStringLiteral("drank") << QStringLiteral("verslaving-alcohol");
        QTest::newRow("capitals and accents")
            << QStringLiteral("DRÁNK") << QStringLiteral("verslaving-alcohol");
        QTest::newRow("scheiding -> echtscheiding")
            << QStringLiteral("scheiding") << QStringLiteral("echtscheiding");
        QTest::newRow("overlijden -> rouw") << QStringLiteral("overlijden") << QStringLiteral("rouw");
        QTest::newRow("prefix") << QStringLiteral("depre") << QStringLiteral("depressie");
        QTest::newRow("English") << QStringLiteral("grief") << QStringLiteral("rouw");
    }

    void everydayWordsFindTheirTheme()
    {
        QFETCH(QString, text);
        QFETCH(QString, theme);
        SearchQuery query;
        query.text = text;
        const auto results = m_index.search(query);
        QVERIFY2(!results.isEmpty(), qPrintable(text));
        bool found = false;
        for (const SearchResult &result : results)
            found = found || groupOf(result).themeIds.contains(theme);
        QVERIFY2(found, qPrintable(text + QStringLiteral(" did not find ") + theme));
    }

    // Forms of one word meet (docs/search.md, "Word forms"); different words stay apart.
    void wordFormsMeet_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("drinkt") << QStringLiteral("drinkt") << QStringLiteral("drinken") << true;
        QTest::newRow("drinker") << QStringLiteral("drinker") << QStringLiteral("drinken") << true;
        QTest::newRow("somberheid") << QStringLiteral("somberheid") << QStringLiteral("somber") << true;
        QTest::newRow("overspannenheid")
            << QStringLiteral("overspannenheid") << QStringLiteral("overspannen") << true;
        QTest::newRow("plural") << QStringLiteral("schulden") << QStringLiteral("schuld") << true;
        QTest::newRow("piekert") << QStringLiteral("piekert") << QStringLiteral("piekeren") << true;
        QTest::newRow("depressieve") << QStringLiteral("depressieve") << QStringLiteral("depressie") << true;
        QTest::newRow("alcoholisme") << QStringLiteral("alcoholisme") << QStringLiteral("alcohol") << true;
        QTest::newRow("different") << QStringLiteral("rouwen") << QStringLiteral("rouwdouw") << false;
        QTest::newRow("short words stay") << QStringLiteral("aa") << QStringLiteral("aan") << false;
    }

    void wordFormsMeet()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(wordStem(a) == wordStem(b), same);
    }

    void typosWithinTheLimit()
    {
        QCOMPARE(editDistance(u"alcohl", u"alcohol", 1), 1);
        QCOMPARE(editDistance(u"depresie", u"depressie", 2), 1);
        QCOMPARE(editDistance(u"eenzaamheit", u"eenzaamheid", 2), 1);
        QCOMPARE(editDistance(u"gokkn", u"gokken", 1), 1);
        QCOMPARE(editDistance(u"rouw", u"ruow", 1), 1); // two neighbours swapped
        QCOMPARE(editDistance(u"kanker", u"dementie", 2), 3);
    }

    // The words people type (issue examples): the first group found has the theme.
    void peoplesOwnWordsFindTheTheme_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("theme");
        QTest::newRow("compound") << QStringLiteral("kankerpatiënt") << QStringLiteral("kanker");
        QTest::newRow("compound with s")
            << QStringLiteral("drugsverslaving") << QStringLiteral("verslaving-drugs");
        QTest::newRow("sentence") << QStringLiteral("mijn vrouw is overleden") << QStringLiteral("rouw");
        QTest::newRow("verb form") << QStringLiteral("ik pieker de hele dag") << QStringLiteral("angst");
        QTest::newRow("typo") << QStringLiteral("alcohl") << QStringLiteral("verslaving-alcohol");
        QTest::newRow("English") << QStringLiteral("loneliness") << QStringLiteral("eenzaamheid");
        QTest::newRow("abbreviation") << QStringLiteral("NAH") << QStringLiteral("nah");
        QTest::newRow("short abbreviation") << QStringLiteral("aa") << QStringLiteral("verslaving-alcohol");
        QTest::newRow("derivation") << QStringLiteral("overspannenheid") << QStringLiteral("burn-out");
        QTest::newRow("money") << QStringLiteral("geld") << QStringLiteral("schulden");
        QTest::newRow("Flemish") << QStringLiteral("schuldbemiddeling") << QStringLiteral("schulden");
    }

    void peoplesOwnWordsFindTheTheme()
    {
        QFETCH(QString, text);
        QFETCH(QString, theme);
        SearchQuery query;
        query.text = text;
        const auto results = m_index.search(query);
        QVERIFY2(!results.isEmpty(), qPrintable(text));
        QVERIFY2(groupOf(results.first()).themeIds.contains(theme),
                 qPrintable(text + QStringLiteral(" found ") + groupOf(results.first()).name +
                            QStringLiteral(" first")));
        QCOMPARE(SearchIndex::orderFor(query), SearchOrder::BestMatch);
    }

    // "aa" is Alcoholics Anonymous, not the start of "aanranding"; typos are for longer words only.
    void shortWordsMatchOnlyWholeWords()
    {
        SearchQuery query;
        query.text = QStringLiteral("aa");
        const auto results = m_index.search(query);
        QVERIFY(!results.isEmpty());
        for (const SearchResult &result : results)
            QVERIFY2(!groupOf(result).themeIds.contains(QStringLiteral("seksueel-misbruik")),
                     qPrintable(groupOf(result).name));
        query.text = QStringLiteral("ms");
        for (const SearchResult &result : m_index.search(query))
            QVERIFY2(groupOf(result).themeIds.contains(QStringLiteral("ms")),
                     qPrintable(groupOf(result).name));
        query.text = QStringLiteral("rouq"); // four letters: no typo
        QVERIFY(m_index.search(query).isEmpty());
    }

    // A theme match ranks above a town that starts with the word: "geld" finds debt groups before Geldrop.
    void themeAboveTownPrefix()
    {
        SearchQuery query;
        query.text = QStringLiteral("geld");
        query.limit = 100;
        const auto results = m_index.search(query);
        bool townSeen = false;
        for (const SearchResult &result : results) {
            const bool debt = groupOf(result).themeIds.contains(QStringLiteral("schulden"));
            townSeen = townSeen || !debt;
            QVERIFY2(!(debt && townSeen), "a debt group came after a Geldrop group");
        }
        QVERIFY(!results.isEmpty() && groupOf(results.first()).themeIds.contains(QStringLiteral("schulden")));
    }

    // A result needs the meaningful words to match well, not every word typed: a word that matches nothing
    // is left out, and the groups that match more of the words come first.
    void meaningfulWordsDecide()
    {
        SearchQuery query;
        query.text = QStringLiteral("rouw eindhoven");
        query.limit = 100;
        const auto results = m_index.search(query);
        QVERIFY(results.size() >= 2);
        QCOMPARE(m_index.directory()->townOf(groupOf(results.first())), QStringLiteral("Eindhoven"));
        for (const SearchResult &result : results)
            QVERIFY2(groupOf(result).themeIds.contains(QStringLiteral("rouw")),
                     qPrintable(groupOf(result).name));
        query.text = QStringLiteral("rouw xqzzy");
        const auto withUnknown = m_index.search(query);
        query.text = QStringLiteral("rouw");
        QCOMPARE(groupIds(withUnknown), groupIds(m_index.search(query)));
        query.text = QStringLiteral("xqzzy");
        QVERIFY(m_index.search(query).isEmpty());
    }

    // Best match first; among equal matches the nearest with a point.
    void bestMatchThenNearest()
    {
        SearchQuery query;
        query.text = QStringLiteral("depressie");
        query.near = leuven;
        const auto results = m_index.search(query);
        QVERIFY(results.size() >= 3);
        QCOMPARE(SearchIndex::orderFor(query), SearchOrder::BestMatch);
        // The depression groups (theme match) first, nearest first; then word forms (manisch-depressief).
        qsizetype themed = 0;
        while (themed < results.size() &&
               groupOf(results[themed]).themeIds.contains(QStringLiteral("depressie")))
            ++themed;
        QVERIFY(themed >= 3);
        for (qsizetype i = themed; i < results.size(); ++i)
            QVERIFY(!groupOf(results[i]).themeIds.contains(QStringLiteral("depressie")));
        for (qsizetype i = 1; i < themed; ++i) {
            if (results[i - 1].distanceKm && results[i].distanceKm)
                QVERIFY(*results[i - 1].distanceKm <= *results[i].distanceKm);
        }
        query.text.clear();
        QCOMPARE(SearchIndex::orderFor(query), SearchOrder::Nearest);
        query.near.reset();
        QCOMPARE(SearchIndex::orderFor(query), SearchOrder::Soonest);
    }

    void nearestFirstThenOnline()
    {
        SearchQuery query;
        query.near = eindhoven;
        query.limit = 1000;
        const auto results = m_index.search(query);
        QCOMPARE(results.size(), m_index.directory()->groups().size()); // every group, online-only ones too
        QCOMPARE(m_index.directory()->townOf(groupOf(results.first())), QStringLiteral("Eindhoven"));
        QVERIFY(*results.first().distanceKm < 3);
        bool onlineSeen = false;
        for (qsizetype i = 1; i < results.size(); ++i) {
            if (!results[i].distanceKm) {
                onlineSeen = true;
                QCOMPARE(meetingOf(results[i]).attendance, Attendance::Online);
                continue;
            }
            QVERIFY2(!onlineSeen, "a located group came after an online-only one");
            QVERIFY(*results[i - 1].distanceKm <= *results[i].distanceKm);
        }
        QVERIFY(onlineSeen);
    }

    void filtersByDayAndPartOfDay()
    {
        SearchQuery query;
        query.near = leuven;
        query.weekdays = weekdayBit(Qt::Tuesday);
        query.partsOfDay = Evening;
        const auto results = m_index.search(query);
        QVERIFY(!results.isEmpty());
        for (const SearchResult &result : results) {
            const Meeting &meeting = meetingOf(result);
            QVERIFY(weekdaysAndStartOnly(meeting, {}).weekdays & weekdayBit(Qt::Tuesday));
            QVERIFY(meeting.start.time() >= QTime(18, 0));
        }
    }

    void filtersByThemeAudienceAttendanceAndAccess()
    {
        SearchQuery query;
        query.near = eindhoven;
        query.audience = Audience::Relatives;
        query.attendance = InPersonMeetings | HybridMeetings;
        query.wheelchairAccessible = true;
        const auto results = m_index.search(query);
        QVERIFY(!results.isEmpty());
        for (const SearchResult &result : results) {
            QVERIFY(groupOf(result).audience != Audience::Self);
            QVERIFY(meetingOf(result).attendance != Attendance::Online);
            const Venue *venue = m_index.directory()->venue(meetingOf(result).venueId);
            QVERIFY(venue && venue->wheelchairAccessible.value_or(false));
        }
        query = {};
        query.themeIds = {QStringLiteral("rouw")};
        for (const SearchResult &result : m_index.search(query))
            QVERIFY(groupOf(result).themeIds.contains(QStringLiteral("rouw")));
    }

    void withoutAPointSoonestFirst()
    {
        SearchQuery query;
        query.themeIds = {QStringLiteral("verslaving-alcohol")};
        const auto results = m_index.search(query);
        QVERIFY(results.size() >= 2);
        for (qsizetype i = 1; i < results.size(); ++i) {
            QVERIFY(!results[i].distanceKm);
            QVERIFY(*results[i - 1].next <= *results[i].next);
        }
    }

    // The grid may only skip work, never change the answer: compare with measuring every meeting.
    void gridEqualsPlainScan()
    {
        auto *random = QRandomGenerator::global();
        const Directory &directory = *m_index.directory();
        for (int round = 0; round < 200; ++round) {
            SearchQuery query;
            query.near = GeoPoint{50.7 + random->bounded(2.3), 3.0 + random->bounded(3.0)};
            query.limit = 1 + random->bounded(30);
            query.weekdays = round % 3 == 0 ? quint8(1 + random->bounded(127)) : 0;
            query.attendance = InPersonMeetings | HybridMeetings;
            std::vector<std::pair<double, QString>> expected;
            for (const Group &group : directory.groups()) {
                double bestDistance = -1;
                for (const Meeting &meeting : group.meetings) {
                    const Venue *venue = meeting.hasVenue() ? directory.venue(meeting.venueId) : nullptr;
                    if (!venue ||
                        (query.weekdays && !(weekdaysAndStartOnly(meeting, {}).weekdays & query.weekdays)))
                        continue;
                    const double d =
                        distanceKm(*query.near, {float(venue->latitude), float(venue->longitude)});
                    if (bestDistance < 0 || d < bestDistance)
                        bestDistance = d;
                }
                if (bestDistance >= 0)
                    expected.emplace_back(bestDistance, group.id);
            }
            std::sort(expected.begin(), expected.end());
            const auto results = m_index.search(query);
            QCOMPARE(results.size(), qsizetype(std::min<size_t>(expected.size(), size_t(query.limit))));
            for (qsizetype i = 0; i < results.size(); ++i)
                QCOMPARE(*results[i].distanceKm, expected[size_t(i)].first);
        }
    }

    void emptyIndexFindsNothing()
    {
        const SearchIndex empty;
        SearchQuery query;
        query.text = QStringLiteral("rouw");
        QVERIFY(empty.search(query).isEmpty());
        const SearchIndex none =
            SearchIndex::build(std::make_shared<const Directory>(), QDateTime::currentDateTimeUtc());
        query.near = eindhoven;
        QVERIFY(none.search(query).isEmpty());
    }
};

QTEST_GUILESS_MAIN(SearchIndexTest)
#include "tst_searchindex.moc"
