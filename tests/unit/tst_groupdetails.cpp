// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupdetails.h"

#include "directory/directoryjson.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

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

    void answersAFirstTimer()
    {
        GroupDetails details;
        details.show(m_directory, QStringLiteral("ehv-rouw-partner"), QStringLiteral("en"));
        QCOMPARE(
            details.costText(),
            QStringLiteral(
                "Free; a voluntary contribution is welcome. A voluntary contribution for coffee and tea."));
        QCOMPARE(details.firstVisitText(), QStringLiteral("Call or e-mail the group first, before you go."));
        QCOMPARE(details.groupTypeText(),
                 QStringLiteral("Closed group: a fixed circle you join by arrangement."));
        QCOMPARE(details.howToJoin(),
                 QStringLiteral("Na een kennismakingsgesprek kun je twee keer op proef meedoen."));
        QVERIFY(details.ledByText().contains(u"not by professionals"));
        QCOMPARE(details.languagesText(), QStringLiteral("Dutch"));
        QCOMPARE(details.targetGroupsText(), QStringLiteral("Only for women and young people"));
        QCOMPARE(details.rooms(), QStringList{QStringLiteral("Studiezaal 2")});
        QCOMPARE(details.directions(), QStringList{QStringLiteral("Entrance on Emmasingel.")});
        // A group that says nothing about them shows nothing about them.
        details.show(m_directory, QStringLiteral("lvn-naasten-drank"), QStringLiteral("en"));
        QVERIFY(details.costText().isEmpty());
        QVERIFY(details.firstVisitText().isEmpty());
        QVERIFY(details.groupTypeText().isEmpty());
        QVERIFY(details.ledByText().isEmpty());
        QVERIFY(details.targetGroupsText().isEmpty());
    }

    void reportAndShareForReferrers()
    {
        GroupDetails details;
        details.show(m_directory, QStringLiteral("ehv-rouw-partner"), QStringLiteral("nl"));
        const QString report = QString::fromUtf8(details.reportUrl().toEncoded());
        QVERIFY2(report.startsWith(u"mailto:info@example.org?subject="), qPrintable(report));
        QVERIFY2(report.contains(u"ehv-rouw-partner"), qPrintable(report)); // the group's id, in the body
        QVERIFY2(!report.contains(u' '), qPrintable(report));               // every space encoded
        QCOMPARE(details.phoneUrl(), QUrl(QStringLiteral("tel:+31400000012")));
        const QStringList shared = details.shareText().split(u'\n');
        QCOMPARE(shared.first(), QStringLiteral("Verder na verlies van je partner"));
        QVERIFY(shared.contains(QStringLiteral("Bibliotheek Eindhoven, Emmasingel 22, Eindhoven")));
    }

    void aMeetingInProgressAndTheWayInOnline()
    {
        GroupDetails details;
        // Wednesday 4 February 2026, 20:30 in Leuven: the hybrid meeting began at 20:00 and lasts two hours.
        details.setNow(QDateTime(QDate(2026, 2, 4), QTime(20, 30), QTimeZone("Europe/Brussels")));
        details.show(m_directory, QStringLiteral("lvn-naasten-drank"), QStringLiteral("nl"));
        NextDatesModel *dates = details.nextDates();
        QVERIFY(dates->rowCount() > 0);
        const QModelIndex first = dates->index(0, 0);
        QVERIFY(dates->data(first, NextDatesModel::InProgressRole).toBool());
        QCOMPARE(dates->data(first, NextDatesModel::TimeTextRole).toString(),
                 QStringLiteral("in progress, until 22:00"));
        QCOMPARE(dates->data(first, NextDatesModel::JoinUrlRole).toString(),
                 QStringLiteral("https://meet.example.org/lvn"));
        // The way in shows once, on the first date.
        QVERIFY(dates->data(dates->index(1, 0), NextDatesModel::JoinUrlRole).toString().isEmpty());
        QVERIFY(!dates->data(dates->index(1, 0), NextDatesModel::InProgressRole).toBool());
        // After it ended, it is gone.
        details.setNow(QDateTime(QDate(2026, 2, 4), QTime(22, 1), QTimeZone("Europe/Brussels")));
        QVERIFY(!dates->data(dates->index(0, 0), NextDatesModel::InProgressRole).toBool());
        QCOMPARE(dates->data(dates->index(0, 0), NextDatesModel::StartRole).toDateTime().date(),
                 QDate(2026, 2, 18));
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
