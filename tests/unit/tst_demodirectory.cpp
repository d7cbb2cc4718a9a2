// SPDX-License-Identifier: GPL-3.0-or-later
// The demo directory the app ships: valid, large and varied enough to show what Kring does, and fictional.
#include "directory/directoryjson.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace kring;

class DemoDirectoryTest : public QObject
{
    Q_OBJECT

private:
    Directory m_directory;

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(QStringLiteral(KRING_SOURCE_DIR "/assets/demo/directory.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto result = DirectoryJson::parse(file.readAll(), QStringLiteral("directory.json"));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));
        m_directory = std::move(result).value();
    }

    void coversBothRegions()
    {
        QVERIFY(m_directory.groups().size() >= 60);
        QSet<QString> towns;
        for (const Group &group : m_directory.groups())
            towns.insert(m_directory.townOf(group));
        for (const char *town : {"Eindhoven", "Helmond", "Veldhoven", "Geldrop", "Best", "Nuenen",
                                 "Antwerpen", "Leuven", "Gent", "Hasselt", "Mechelen"})
            QVERIFY2(towns.contains(QLatin1String(town)), town);
    }

    void usesEveryThemeAndAudience()
    {
        QSet<QString> usedThemes;
        QHash<Audience, int> audiences;
        for (const Group &group : m_directory.groups()) {
            for (const QString &theme : group.themeIds)
                usedThemes.insert(theme);
            ++audiences[group.audience];
            QVERIFY2(!group.summary.nl.isEmpty() && !group.summary.en.isEmpty(), qPrintable(group.id));
        }
        QVERIFY(m_directory.themes().size() >= 20);
        for (const Theme &theme : m_directory.themes()) {
            QVERIFY2(usedThemes.contains(theme.id), qPrintable(theme.id));
            QVERIFY2(!theme.name.en.isEmpty(), qPrintable(theme.id));
        }
        QVERIFY(audiences[Audience::Self] >= 20);
        QVERIFY(audiences[Audience::Relatives] >= 10);
        QVERIFY(audiences[Audience::Both] >= 1);
    }

    void hasTheSchedulesRealGroupsHave()
    {
        QSet<QString> kinds;
        int online = 0;
        int hybrid = 0;
        for (const Group &group : m_directory.groups()) {
            for (const Meeting &meeting : group.meetings) {
                if (meeting.rrule.contains(u"FREQ=WEEKLY") && !meeting.rrule.contains(u"INTERVAL"))
                    kinds.insert(QStringLiteral("weekly"));
                if (meeting.rrule.contains(u"INTERVAL=2"))
                    kinds.insert(QStringLiteral("every other week"));
                if (meeting.rrule.contains(
                        QRegularExpression(QStringLiteral("BYDAY=[1-4](MO|TU|WE|TH|FR|SA|SU)"))))
                    kinds.insert(QStringLiteral("nth weekday of the month"));
                if (meeting.rrule.contains(u"BYDAY=-1"))
                    kinds.insert(QStringLiteral("last weekday of the month"));
                if (!meeting.breaks.isEmpty())
                    kinds.insert(QStringLiteral("break"));
                if (meeting.rrule.isEmpty() && !meeting.scheduleNote.isEmpty())
                    kinds.insert(QStringLiteral("described in words only"));
                online += meeting.attendance == Attendance::Online;
                hybrid += meeting.attendance == Attendance::Hybrid;
            }
        }
        QCOMPARE(kinds.size(), 6);
        QVERIFY(online >= 3);
        QVERIFY(hybrid >= 3);
    }

    void venuesArePlacesInTheRegion()
    {
        int accessible = 0;
        for (const Venue &venue : m_directory.venues()) {
            QVERIFY2(venue.country == u"NL" || venue.country == u"BE", qPrintable(venue.id));
            // The Low Countries' bounding box.
            QVERIFY2(venue.latitude > 49.4 && venue.latitude < 53.6, qPrintable(venue.id));
            QVERIFY2(venue.longitude > 2.5 && venue.longitude < 7.3, qPrintable(venue.id));
            accessible += venue.wheelchairAccessible.value_or(false);
        }
        QVERIFY(accessible >= 10);
    }

    // Every group answers what a first-timer asks, and every kind of answer is there to see.
    void answersAFirstTimer()
    {
        QSet<Cost> costs;
        QSet<GroupType> types;
        QSet<Leadership> leaders;
        QSet<FirstVisit> visits;
        quint8 targetGroups = 0;
        int dialIns = 0;
        for (const Group &group : m_directory.groups()) {
            QVERIFY2(group.cost != Cost::Unknown && group.firstVisit != FirstVisit::Unknown &&
                         group.groupType != GroupType::Unknown && group.ledBy != Leadership::Unknown &&
                         !group.howToJoin.en.isEmpty(),
                     qPrintable(group.id));
            // A closed group is never walked into.
            if (group.groupType == GroupType::Closed)
                QCOMPARE(group.firstVisit, FirstVisit::CallFirst);
            costs.insert(group.cost);
            types.insert(group.groupType);
            leaders.insert(group.ledBy);
            visits.insert(group.firstVisit);
            targetGroups |= group.targetGroups;
            for (const Meeting &meeting : group.meetings) {
                if (meeting.hasVenue()) {
                    QVERIFY2(!meeting.room.isEmpty(), qPrintable(meeting.id));
                    QVERIFY2(!m_directory.venue(meeting.venueId)->directions.isEmpty(),
                             qPrintable(meeting.id));
                }
                dialIns += !meeting.onlinePhone.isEmpty();
            }
        }
        QCOMPARE(costs.size(), 4);
        QCOMPARE(types.size(), 2);
        QCOMPARE(leaders.size(), 2);
        QCOMPARE(visits.size(), 2);
        QCOMPARE(targetGroups, quint8(TargetGroup::Women | TargetGroup::Men | TargetGroup::YoungPeople |
                                      TargetGroup::Lgbtq));
        QVERIFY(dialIns >= 3);
    }

    // What the house wording asks of the demo: one word per thing, and a summary that says "elke
    // week" meets weekly.
    void readsAsPeopleTalk()
    {
        for (const Group &group : m_directory.groups()) {
            const QString summary = group.summary.nl.toLower();
            QVERIFY2(!summary.contains(u"thuis zit"), qPrintable(group.id));
            QVERIFY2(!summary.contains(u"iedere "), qPrintable(group.id));
            if (summary.contains(u"elke week") || summary.contains(u"wekelijks"))
                QVERIFY2(group.meetings.first().rrule.startsWith(u"FREQ=WEEKLY;BYDAY"), qPrintable(group.id));
            // A place name on both sides of the border gets the town.
            if (group.name.contains(u"Kempen"))
                QVERIFY2(group.name.contains(m_directory.townOf(group)), qPrintable(group.name));
        }
    }

    void contactChannelsAreFictional()
    {
        const QRegularExpression networkPhone(QStringLiteral("^\\+3[12] [0-9]{1,2} 000 [0-9 ]+$"));
        QVERIFY2(networkPhone.match(m_directory.networkPhone).hasMatch(),
                 qPrintable(m_directory.networkPhone));
        QVERIFY(m_directory.networkEmail.endsWith(u"@example.org"));
        const QRegularExpression fictionalPhone(QStringLiteral("^\\+3[12] [0-9]{1,2} 000 [0-9 ]+$"));
        for (const Group &group : m_directory.groups()) {
            if (!group.contact.email.isEmpty())
                QVERIFY2(group.contact.email.endsWith(u"@example.org"), qPrintable(group.contact.email));
            if (!group.contact.website.isEmpty())
                QVERIFY2(group.contact.website.startsWith(u"https://example.org/"),
                         qPrintable(group.contact.website));
            if (!group.contact.phone.isEmpty())
                QVERIFY2(fictionalPhone.match(group.contact.phone).hasMatch(),
                         qPrintable(group.contact.phone));
            for (const Meeting &meeting : group.meetings) {
                if (!meeting.onlineUrl.isEmpty())
                    QVERIFY2(QUrl(meeting.onlineUrl).host().endsWith(u"example.org"),
                             qPrintable(meeting.onlineUrl));
            }
        }
    }
};

QTEST_GUILESS_MAIN(DemoDirectoryTest)
#include "tst_demodirectory.moc"
