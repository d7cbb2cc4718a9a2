// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupdetails.h"

#include "directory/directoryjson.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace kring;

class GroupDetailsTest : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const Directory> m_directory;

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(QStringLiteral(KRING_TEST_DATA "/directory/valid/small.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto result = DirectoryJson::parse(file.readAll(), QStringLiteral("small.json"));
        QVERIFY(result.ok());
        m_directory = std::make_shared<const Directory>(std::move(result).value());
    }

    void showsWhereAndHowToReachTheGroup()
    {
        GroupDetails details;
        QSignalSpy changed(&details, &GroupDetails::changed);
        details.show(m_directory, QStringLiteral("ehv-rouw-partner"), QStringLiteral("en"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(details.name(), QStringLiteral("Verder na verlies van je partner"));
        QCOMPARE(details.summary(), QStringLiteral("Peers who lost their partner."));
        QCOMPARE(details.themes(), QStringLiteral("Grief and loss"));
        QCOMPARE(details.places(),
                 QStringList{QStringLiteral("Bibliotheek Eindhoven, Emmasingel 22, Eindhoven")});
        QCOMPARE(details.accessibility(), QStringLiteral("Wheelchair accessible"));
        QCOMPARE(details.email(), QStringLiteral("rouw@example.org"));
        QVERIFY(!details.online());
    }

    // The Call and mail buttons open links built here: the number in E.164 in the group's country, the
    // address encoded so a "?cc=" in the field cannot add a recipient; no link (button hidden) when unusable.
    void contactLinksAreBuiltFromTheGroupsCountry()
    {
        Venue venue;
        venue.id = QStringLiteral("bib");
        venue.name = QStringLiteral("Bibliotheek");
        venue.town = QStringLiteral("Eindhoven");
        venue.country = QStringLiteral("NL");
        Meeting meeting;
        meeting.id = QStringLiteral("m1");
        meeting.venueId = venue.id;
        meeting.timeZone = QStringLiteral("Europe/Amsterdam");
        Group group;
        group.id = QStringLiteral("brug");
        group.name = QStringLiteral("De Brug");
        group.contact.phone = QStringLiteral("040 123 4567 toestel 12");
        group.contact.email = QStringLiteral("brug@example.org");
        group.meetings = {meeting};
        Group unusable = group;
        unusable.id = QStringLiteral("kapot");
        unusable.meetings.first().id = QStringLiteral("m2");
        unusable.contact.phone = QStringLiteral("bel ons");
        unusable.contact.email = QStringLiteral("brug@example.org?cc=ander@example.org");
        const auto directory = std::make_shared<const Directory>(QList<Theme>{}, QList<Venue>{venue},
                                                                 QList<Group>{group, unusable});
        GroupDetails details;
        details.show(directory, QStringLiteral("brug"), QStringLiteral("nl"));
        QCOMPARE(details.phoneUrl().toString(QUrl::FullyEncoded), QStringLiteral("tel:+31401234567;ext=12"));
        QCOMPARE(details.emailUrl().toString(QUrl::FullyEncoded), QStringLiteral("mailto:brug@example.org"));
        details.show(directory, QStringLiteral("kapot"), QStringLiteral("nl"));
        QVERIFY(details.phoneUrl().isEmpty());
        QVERIFY(details.emailUrl().isEmpty());
        QVERIFY(!details.canCall());
        QVERIFY(!details.canMail());
        QCOMPARE(details.phone(), QStringLiteral("bel ons")); // still shown as text
    }

    void showsOnlineMeetingsAndScheduleNotes()
    {
        GroupDetails details;
        details.show(m_directory, QStringLiteral("lvn-naasten-drank"), QStringLiteral("nl"));
        QVERIFY(details.online());
        QCOMPARE(details.scheduleNotes(), QStringList{QStringLiteral("ongeveer één keer per maand")});
        QCOMPARE(details.accessibility(),
                 QString()); // not known for that venue: say nothing rather than guess
        QCOMPARE(details.audienceText(), QStringLiteral("For relatives"));
    }

    // The route goes to the maps app with the destination only: never the person's position or searches.
    void routeHandsTheDestinationToTheMapsApp()
    {
        GroupDetails details;
        details.show(m_directory, QStringLiteral("ehv-rouw-partner"), QStringLiteral("nl"));
        const QUrl url = details.routeUrl(0);
        QVERIFY(url.isValid());
        QCOMPARE(url.host(), QStringLiteral("www.openstreetmap.org"));
        QCOMPARE(url.query(), QStringLiteral("to=51.43900,5.47410"));
        QVERIFY(!details.routeUrl(1).isValid());
        QVERIFY(!details.routeUrl(-1).isValid());
    }

    void unknownGroupShowsNothing()
    {
        GroupDetails details;
        details.show(m_directory, QStringLiteral("ehv-rouw-partner"), QStringLiteral("nl"));
        details.show(m_directory, QStringLiteral("no-such-group"), QStringLiteral("nl"));
        QCOMPARE(details.name(), QString());
        QCOMPARE(details.places(), QStringList());
        QCOMPARE(details.audienceText(), QString());
    }
};

QTEST_GUILESS_MAIN(GroupDetailsTest)
#include "tst_groupdetails.moc"
