// SPDX-License-Identifier: GPL-3.0-or-later
// What the app keeps so that it starts without reading the whole directory: the search index read back from
// its bytes answers exactly as the built one, damaged bytes are refused, next meetings move on with time,
// and the group page gets its group from the store.
#include "catalog/directorycatalog.h"
#include "directory/directoryjson.h"
#include "search/searchindex.h"
#include "store/catalogrepository.h"
#include "store/directoryrepository.h"
#include "store/storestartup.h"
#include "storetesting.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace kring;

namespace {

QByteArray demoJson()
{
    QFile file(QStringLiteral(KRING_SOURCE_DIR "/assets/demo/directory.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::shared_ptr<const Directory> demoDirectory()
{
    auto result = DirectoryJson::parse(demoJson(), QStringLiteral("directory.json"));
    return result.ok() ? std::make_shared<const Directory>(std::move(result).value()) : nullptr;
}

const DatabaseKey &testKey()
{
    static const DatabaseKey key = DatabaseKey::generate();
    return key;
}

const QDateTime builtFor(QDate(2026, 12, 1), QTime(12, 0), QTimeZone::utc());

SearchQuery randomQuery(QRandomGenerator &random, const Directory &directory)
{
    static const QStringList words{QStringLiteral("rouw"),    QStringLiteral("drank"),
                                   QStringLiteral("eind"),    QStringLiteral("leuven"),
                                   QStringLiteral("naasten"), QStringLiteral("kanker"),
                                   QStringLiteral("ouder"),   QStringLiteral("")};
    SearchQuery query;
    query.text = words.at(random.bounded(int(words.size())));
    if (random.bounded(2))
        query.near = GeoPoint{50.7 + random.bounded(2.3), 3.0 + random.bounded(3.0)};
    query.weekdays = random.bounded(3) == 0 ? quint8(1 + random.bounded(127)) : 0;
    query.partsOfDay = random.bounded(3) == 0 ? quint8(1 + random.bounded(7)) : 0;
    query.attendance = random.bounded(3) == 0 ? quint8(1 + random.bounded(7)) : 0;
    if (random.bounded(4) == 0)
        query.audience = random.bounded(2) ? Audience::Self : Audience::Relatives;
    if (random.bounded(4) == 0)
        query.themeIds = {directory.themes().at(random.bounded(int(directory.themes().size()))).id};
    query.wheelchairAccessible = random.bounded(5) == 0;
    query.language = random.bounded(6) == 0 ? QStringLiteral("fr") : QString();
    query.limit = 1 + random.bounded(80);
    return query;
}

} // namespace

class StoredCatalogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readBackItAnswersEveryQueryAsBuilt()
    {
        const auto directory = demoDirectory();
        QVERIFY(directory);
        const SearchIndex built = SearchIndex::build(directory, builtFor, scheduledTimes);
        const Result<SearchIndex> stored = SearchIndex::deserialize(built.serialize());
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error()));
        const SearchIndex &read = stored.value();
        QVERIFY(!read.directory());
        QCOMPARE(read.builtFor(), builtFor);
        QCOMPARE(read.groupCount(), directory->groups().size());
        QCOMPARE(read.meetingCount(), directory->meetingCount());
        for (int g = 0; g < read.groupCount(); ++g) {
            const Group &group = directory->groups().at(g);
            QCOMPARE(read.card(g).id, group.id);
            QCOMPARE(read.card(g).name, group.name);
            QCOMPARE(read.card(g).town, directory->townOf(group));
            QCOMPARE(read.groupPosition(group.id), g);
            QCOMPARE(read.themeNames(g, u"en"), built.themeNames(g, u"en"));
        }
        QCOMPARE(read.groupPosition(QStringLiteral("no-such-group")), -1);

        QRandomGenerator random(2026);
        int nonEmpty = 0;
        for (int round = 0; round < 400; ++round) {
            const SearchQuery query = randomQuery(random, *directory);
            const QList<SearchResult> expected = built.search(query);
            const QList<SearchResult> actual = read.search(query);
            QCOMPARE(actual.size(), expected.size());
            for (qsizetype i = 0; i < actual.size(); ++i) {
                QCOMPARE(actual[i].groupIndex, expected[i].groupIndex);
                QCOMPARE(actual[i].meetingIndex, expected[i].meetingIndex);
                QCOMPARE(actual[i].distanceKm, expected[i].distanceKm);
                QCOMPARE(actual[i].next, expected[i].next);
                QCOMPARE(read.town(actual[i]), built.town(expected[i]));
                QCOMPARE(read.timeZone(actual[i]), built.timeZone(expected[i]));
                QCOMPARE(read.isOnline(actual[i]), built.isOnline(expected[i]));
            }
            nonEmpty += actual.isEmpty() ? 0 : 1;
        }
        QVERIFY(nonEmpty > 100); // the queries were not all beside the point
    }

    void damagedBytesAreRefusedNotTrusted()
    {
        const QByteArray bytes = SearchIndex::build(demoDirectory(), builtFor, scheduledTimes).serialize();
        for (const qsizetype length :
             {qsizetype(0), qsizetype(3), qsizetype(40), bytes.size() / 2, bytes.size() - 1}) {
            const Result<SearchIndex> cut = SearchIndex::deserialize(bytes.first(length));
            QVERIFY2(!cut.ok(), qPrintable(QString::number(length)));
            QCOMPARE(cut.error(), QStringLiteral("The stored search index cannot be read."));
        }
        QByteArray otherVersion = bytes;
        otherVersion[7] = char(otherVersion[7] + 1);
        QVERIFY(!SearchIndex::deserialize(otherVersion).ok());
        QVERIFY(!SearchIndex::deserialize(bytes + "x").ok());

        // A changed byte anywhere is refused or still gives an index that searches inside itself.
        QRandomGenerator random(5);
        SearchQuery anything;
        anything.near = GeoPoint{51.44, 5.47};
        for (int round = 0; round < 300; ++round) {
            QByteArray changed = bytes;
            changed[random.bounded(int(changed.size()))] = char(random.bounded(256));
            const Result<SearchIndex> read = SearchIndex::deserialize(changed);
            if (!read.ok())
                continue;
            for (const SearchResult &result : read.value().search(anything))
                QVERIFY(result.groupIndex >= 0 && result.groupIndex < read.value().groupCount());
        }
    }

    // A stored index moves on with the clock: the next meeting is the next kept occurrence, until the kept
    // ones run out and the index must be built anew.
    void nextMeetingsMoveOnUntilTheKeptOnesRunOut()
    {
        const auto directory = demoDirectory();
        const SearchIndex built = SearchIndex::build(directory, builtFor, scheduledTimes);
        Result<SearchIndex> read = SearchIndex::deserialize(built.serialize());
        QVERIFY(read.ok());
        const QDateTime tenDaysLater = builtFor.addDays(10);
        QVERIFY(!read.value().isStale(tenDaysLater));
        read.value().advanceTo(tenDaysLater);
        const SearchIndex rebuilt = SearchIndex::build(directory, tenDaysLater, scheduledTimes);
        SearchQuery all;
        all.limit = 1000;
        const QList<SearchResult> moved = read.value().search(all);
        const QList<SearchResult> expected = rebuilt.search(all);
        QCOMPARE(moved.size(), expected.size());
        int known = 0;
        for (qsizetype i = 0; i < moved.size(); ++i) {
            QCOMPARE(moved[i].next, expected[i].next);
            QVERIFY(!moved[i].next || *moved[i].next >= tenDaysLater);
            known += moved[i].next ? 1 : 0;
        }
        QVERIFY(known > 50);
        QVERIFY(read.value().isStale(builtFor.addDays(400)));
    }

    // What search shows as a group's next meeting follows the contact person's announcements.
    void announcementsChangeTheNextMeeting()
    {
        const auto directory = demoDirectory();
        const Group *group = nullptr;
        for (const Group &candidate : directory->groups()) {
            if (candidate.meetings.size() == 1 && !candidate.meetings.first().rrule.isEmpty()) {
                group = &candidate;
                break;
            }
        }
        QVERIFY(group);
        const Meeting &meeting = group->meetings.first();
        const MeetingTimes before = scheduledTimes(meeting, builtFor);
        QVERIFY(before.next && before.later.size() >= 2);
        const QTimeZone zone(meeting.timeZone.toUtf8());
        const QDateTime next = before.next->toTimeZone(zone);

        SearchQuery byName;
        byName.text = group->name;
        byName.limit = 100;
        const auto nextOf = [&](const SearchIndex &index) -> std::optional<QDateTime> {
            for (const SearchResult &result : index.search(byName)) {
                if (index.card(result.groupIndex).id == group->id)
                    return result.next;
            }
            return std::nullopt;
        };
        const auto wholeDirectory = [&](const QString &) { return directory; };

        Announcement cancel;
        cancel.kind = AnnouncementKind::Cancel;
        cancel.groupId = group->id;
        cancel.date = next.date();
        SearchIndex cancelled = SearchIndex::build(directory, builtFor, scheduledTimes);
        QCOMPARE(nextOf(cancelled), before.next);
        DirectoryCatalog::applyAnnouncements(cancelled, {cancel}, wholeDirectory);
        QCOMPARE(nextOf(cancelled), std::optional<QDateTime>(before.later.first()));

        Announcement move;
        move.kind = AnnouncementKind::Move;
        move.groupId = group->id;
        move.date = next.date();
        move.movedTo = QDateTime(next.date().addDays(1), QTime(10, 0));
        SearchIndex moved = SearchIndex::build(directory, builtFor, scheduledTimes);
        DirectoryCatalog::applyAnnouncements(moved, {move}, wholeDirectory);
        QCOMPARE(nextOf(moved), std::optional<QDateTime>(QDateTime(move.movedTo.date(), QTime(10, 0), zone)));

        // An announcement for a group that is not in the directory changes nothing.
        Announcement elsewhere = cancel;
        elsewhere.groupId = QStringLiteral("not-in-this-directory");
        SearchIndex unchanged = SearchIndex::build(directory, builtFor, scheduledTimes);
        DirectoryCatalog::applyAnnouncements(unchanged, {elsewhere}, wholeDirectory);
        QCOMPARE(nextOf(unchanged), before.next);
    }

    void theCatalogIsStoredOnceAndReadAtLaterStarts()
    {
        QTemporaryDir dir;
        const Result<StartedStore> started = StoreStartup::start(dir.path(), testKey(), demoJson());
        QVERIFY(started.ok());
        Database &database = started.value().store->database();
        QVERIFY(!DirectoryCatalog::readStored(database, builtFor));

        const auto opened = DirectoryCatalog::open(database, QStringLiteral("directory.json"), builtFor);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error()));
        QVERIFY(opened.value()->directory()); // built from the snapshot
        const auto stored = DirectoryCatalog::readStored(database, builtFor.addDays(1));
        QVERIFY(stored);
        QVERIFY(!stored->directory()); // read back, not built
        QCOMPARE(stored->groupCount(), opened.value()->groupCount());
        QCOMPARE(stored->builtFor(), builtFor.addDays(1));

        // Before the moment it was built for (a clock set back), it is not used.
        QVERIFY(!DirectoryCatalog::readStored(database, builtFor.addDays(-1)));

        // A new snapshot takes the old catalog with it.
        QVERIFY(DirectoryRepository(database)
                    .replace({demoJson(), 3, {}}, StoreTesting::trustedVersions(1, 3))
                    .ok());
        QVERIFY(!DirectoryCatalog::readStored(database, builtFor.addDays(1)));
        QVERIFY(!CatalogRepository(database).groupChunk(0).value());
    }

    void theGroupPageReadsOneGroupFromTheStore()
    {
        QTemporaryDir dir;
        const Result<StartedStore> started = StoreStartup::start(dir.path(), testKey(), demoJson());
        QVERIFY(started.ok());
        Database &database = started.value().store->database();
        const auto index = DirectoryCatalog::open(database, QStringLiteral("directory.json"), builtFor);
        QVERIFY(index.ok());
        const auto directory = demoDirectory();
        QVERIFY(directory->groups().size() > DirectoryCatalog::groupsPerChunk); // more than one chunk
        for (const Group &group : directory->groups()) {
            const auto stored = DirectoryCatalog::groupDirectory(database, *index.value(), group.id);
            QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error()));
            QCOMPARE(stored.value()->groups().size(), 1);
            QCOMPARE(stored.value()->groups().first(), group);
            for (const Meeting &meeting : group.meetings) {
                if (meeting.hasVenue())
                    QCOMPARE(*stored.value()->venue(meeting.venueId), *directory->venue(meeting.venueId));
            }
            for (const QString &theme : group.themeIds)
                QCOMPARE(*stored.value()->theme(theme), *directory->theme(theme));
        }
        const auto missing =
            DirectoryCatalog::groupDirectory(database, *index.value(), QStringLiteral("no-such-group"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error(), QStringLiteral("This group is no longer in the directory."));
    }
};

QTEST_GUILESS_MAIN(StoredCatalogTest)
#include "tst_storedcatalog.moc"
