// SPDX-License-Identifier: GPL-3.0-or-later
// What a sync changed for the followed groups: each kind of change is found, only for followed groups, and
// nothing when nothing changed.
#include "follow/followedchanges.h"

#include <QTest>
#include <QTimeZone>

using namespace kring;
using namespace kring::FollowedChanges;

namespace {

const QDateTime now(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);

Venue venue(const QString &id, const QString &street)
{
    Venue venue;
    venue.id = id;
    venue.name = QStringLiteral("Buurthuis ") + id;
    venue.street = street;
    venue.postcode = QStringLiteral("1234 AB");
    venue.town = QStringLiteral("Utrecht");
    venue.country = QStringLiteral("NL");
    return venue;
}

Meeting meeting(const QString &id, const QString &venueId)
{
    Meeting meeting;
    meeting.id = id;
    meeting.venueId = venueId;
    meeting.timeZone = QStringLiteral("Europe/Amsterdam");
    meeting.start = QDateTime(QDate(2026, 1, 6), QTime(19, 30), QTimeZone("Europe/Amsterdam"));
    meeting.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=TU");
    return meeting;
}

Group group(const QString &id, QList<Meeting> meetings)
{
    Group group;
    group.id = id;
    group.name = QStringLiteral("Groep ") + id;
    group.meetings = std::move(meetings);
    return group;
}

std::shared_ptr<const Directory> own(const Group &group, QList<Venue> venues)
{
    return std::make_shared<const Directory>(QList<Theme>(), std::move(venues), QList<Group>{group});
}

Announcement cancel(const QString &groupId, QDate date)
{
    Announcement announcement;
    announcement.kind = AnnouncementKind::Cancel;
    announcement.groupId = groupId;
    announcement.date = date;
    return announcement;
}

// Two followed groups ("a", "b") and one that is not followed ("x"), each meeting weekly at one venue.
FollowedData baseline()
{
    FollowedData data;
    for (const QString id : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("x")})
        data.groups.insert(id, own(group(id, {meeting(id + QStringLiteral("-1"), QStringLiteral("v") + id)}),
                                   {venue(QStringLiteral("v") + id, QStringLiteral("Dorpsstraat 1"))}));
    data.announcements.append({cancel(QStringLiteral("b"), QDate(2026, 3, 10)), now.addDays(10)});
    return data;
}

const QSet<QString> followed{QStringLiteral("a"), QStringLiteral("b")};

// Group `id` of `data` changed by `change`, with `venues` as its venues.
void changeGroup(FollowedData &data, const QString &id, const std::function<void(Group &)> &change,
                 std::optional<QList<Venue>> venues = std::nullopt)
{
    const std::shared_ptr<const Directory> old = data.groups.value(id);
    Group changed = *old->group(id);
    change(changed);
    data.groups.insert(id, own(changed, venues ? *venues : old->venues()));
}

QList<Kind> kinds(const QList<Change> &changes)
{
    QList<Kind> found;
    for (const Change &change : changes)
        found.append(change.kind);
    return found;
}

} // namespace

class FollowedChangesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingChangedGivesNothing()
    {
        QVERIFY(compare(baseline(), baseline(), followed, now).isEmpty());
        QVERIFY(compare(FollowedData(), FollowedData(), followed, now).isEmpty());
    }

    void newAnnouncementIsFound()
    {
        FollowedData after = baseline();
        const Announcement added = cancel(QStringLiteral("a"), QDate(2026, 3, 3));
        after.announcements.append({added, now.addDays(2)});
        const QList<Change> changes = compare(baseline(), after, followed, now);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].kind, Kind::Announced);
        QCOMPARE(changes[0].groupId, QStringLiteral("a"));
        QCOMPARE(changes[0].groupName, QStringLiteral("Groep a"));
        QCOMPARE(changes[0].announcement, std::optional<Announcement>(added));
    }

    void disappearedAnnouncementIsWithdrawn()
    {
        FollowedData after = baseline();
        after.announcements.clear();
        const QList<Change> changes = compare(baseline(), after, followed, now);
        QCOMPARE(kinds(changes), QList<Kind>{Kind::Withdrawn});
        QCOMPARE(changes[0].groupId, QStringLiteral("b"));
        QCOMPARE(changes[0].announcement->date, QDate(2026, 3, 10));
    }

    void expiredAnnouncementIsNotWithdrawn()
    {
        FollowedData before = baseline();
        before.announcements[0].expires = now.addSecs(-1);
        FollowedData after = baseline();
        after.announcements.clear();
        QVERIFY(compare(before, after, followed, now).isEmpty());
    }

    void scheduleChangesAreFound_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("meeting added") << 0 << Kind::MeetingAdded;
        QTest::newRow("meeting removed") << 1 << Kind::MeetingRemoved;
        QTest::newRow("other time") << 2 << Kind::TimesChanged;
        QTest::newRow("other rule") << 3 << Kind::TimesChanged;
        QTest::newRow("a break") << 4 << Kind::TimesChanged;
        QTest::newRow("other venue") << 5 << Kind::PlaceChanged;
        QTest::newRow("venue moved") << 6 << Kind::PlaceChanged;
        QTest::newRow("other room") << 7 << Kind::PlaceChanged;
        QTest::newRow("online now") << 8 << Kind::PlaceChanged;
    }

    void scheduleChangesAreFound()
    {
        QFETCH(int, change);
        QFETCH(Kind, kind);
        const QString id = QStringLiteral("a");
        FollowedData after = baseline();
        const QList<Venue> both{venue(QStringLiteral("va"), QStringLiteral("Dorpsstraat 1")),
                                venue(QStringLiteral("vz"), QStringLiteral("Kerkplein 3"))};
        switch (change) {
        case 0:
            changeGroup(after, id, [](Group &g) { g.meetings.append(meeting(QStringLiteral("a-2"), {})); });
            break;
        case 1:
            changeGroup(after, id, [](Group &g) { g.meetings.clear(); });
            break;
        case 2:
            changeGroup(after, id, [](Group &g) { g.meetings[0].start = g.meetings[0].start.addSecs(1800); });
            break;
        case 3:
            changeGroup(after, id,
                        [](Group &g) { g.meetings[0].rrule = QStringLiteral("FREQ=MONTHLY;BYDAY=1TU"); });
            break;
        case 4:
            changeGroup(after, id, [](Group &g) {
                g.meetings[0].breaks.append({QDate(2026, 7, 1), QDate(2026, 8, 31)});
            });
            break;
        case 5:
            changeGroup(
                after, id, [](Group &g) { g.meetings[0].venueId = QStringLiteral("vz"); }, both);
            break;
        case 6:
            changeGroup(
                after, id, [](Group &) {},
                QList<Venue>{venue(QStringLiteral("va"), QStringLiteral("Markt 9"))});
            break;
        case 7:
            changeGroup(after, id, [](Group &g) { g.meetings[0].room = QStringLiteral("zaal 2"); });
            break;
        case 8:
            changeGroup(after, id, [](Group &g) {
                g.meetings[0].attendance = Attendance::Online;
                g.meetings[0].venueId.clear();
                g.meetings[0].onlineUrl = QStringLiteral("https://meet.example.org/a");
            });
            break;
        }
        const QList<Change> changes = compare(baseline(), after, followed, now);
        QCOMPARE(kinds(changes), QList<Kind>{kind});
        QCOMPARE(changes[0].groupId, id);
        QVERIFY(!changes[0].announcement);
    }

    void timeAndPlaceTogetherAreTwoChanges()
    {
        FollowedData after = baseline();
        changeGroup(after, QStringLiteral("a"), [](Group &g) {
            g.meetings[0].start = g.meetings[0].start.addDays(1);
            g.meetings[0].room = QStringLiteral("boven");
        });
        QCOMPARE(kinds(compare(baseline(), after, followed, now)),
                 (QList<Kind>{Kind::TimesChanged, Kind::PlaceChanged}));
    }

    void groupGoneFromTheDirectoryIsOnlyThat()
    {
        FollowedData after = baseline();
        after.groups.remove(QStringLiteral("b"));
        after.announcements.clear(); // its announcement went with it
        const QList<Change> changes = compare(baseline(), after, followed, now);
        QCOMPARE(kinds(changes), QList<Kind>{Kind::Gone});
        QCOMPARE(changes[0].groupId, QStringLiteral("b"));
        QCOMPARE(changes[0].groupName, QStringLiteral("Groep b"));
    }

    void groupThatCouldNotBeReadIsNeitherGoneNorCompared()
    {
        FollowedData after = baseline();
        after.groups.insert(QStringLiteral("a"), nullptr);
        QVERIFY(compare(baseline(), after, followed, now).isEmpty());
        FollowedData before = baseline();
        before.groups.insert(QStringLiteral("a"), nullptr);
        QVERIFY(compare(before, baseline(), followed, now).isEmpty());
    }

    void unfollowedGroupsAreIgnored()
    {
        FollowedData after = baseline();
        const QString other = QStringLiteral("x");
        changeGroup(after, other, [](Group &g) { g.meetings[0].room = QStringLiteral("boven"); });
        after.announcements.append({cancel(other, QDate(2026, 3, 4)), now.addDays(3)});
        QVERIFY(compare(baseline(), after, followed, now).isEmpty());
        after.groups.remove(other);
        QVERIFY(compare(baseline(), after, followed, now).isEmpty());
        QCOMPARE(compare(baseline(), after, followed + QSet<QString>{other}, now).size(), 1);
    }

    void announcementsOnlyUpdateComparesAnnouncements()
    {
        // The directory is unchanged: the caller hands the same groups as after.
        const FollowedData before = baseline();
        FollowedData after;
        after.groups = before.groups;
        after.announcements = {{cancel(QStringLiteral("a"), QDate(2026, 3, 3)), now.addDays(2)}};
        QCOMPARE(kinds(compare(before, after, followed, now)),
                 (QList<Kind>{Kind::Announced, Kind::Withdrawn}));
    }

    void kindNamesReadBack()
    {
        for (const Kind kind : {Kind::Announced, Kind::Withdrawn, Kind::MeetingAdded, Kind::MeetingRemoved,
                                Kind::TimesChanged, Kind::PlaceChanged, Kind::Gone})
            QCOMPARE(kindFromName(kindName(kind)), std::optional<Kind>(kind));
        QVERIFY(!kindFromName(QStringLiteral("something-new")));
    }
};

QTEST_GUILESS_MAIN(FollowedChangesTest)
#include "tst_followedchanges.moc"
