// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Kring
import Kring.Testing

// The group page says when the group meets, in words, and lists its next dates.
TestCase {
    id: testCase

    name: "GroupPage"
    when: windowShown

    Component {
        id: mainComponent

        Main {
            app: Fixtures.app
        }
    }

    function openGroupPage() {
        const window = createTemporaryObject(mainComponent, testCase);
        verify(window);
        tryVerify(() => window.settled);
        verify(window.showPage("group"));
        tryVerify(() => window.settled);
        return window;
    }

    function test_tappingRouteHandsThePlaceToTheMapsApp() {
        const window = openGroupPage();
        const places = findChild(window.contentItem, "places");
        verify(places);
        verify(places.count > 0);
        const route = places.itemAt(0);
        verify(route.height >= 48);
        mouseClick(route);
        tryVerify(() => Fixtures.lastOpenedUrl.toString().length > 0, 5000, "a tap on Route opened nothing");
        compare(Fixtures.lastOpenedUrl.toString(), Fixtures.app.currentGroup.routeUrl(0).toString());
    }

    function test_answersAFirstTimer() {
        const window = openGroupPage();
        const group = Fixtures.app.currentGroup;
        const facts = findChild(window.contentItem, "firstTimerFacts");
        verify(facts);
        const texts = [];
        for (let i = 0; i < facts.count; ++i)
            texts.push(facts.itemAt(i).modelData);
        const all = texts.join(" | ");
        verify(group.costText.length > 0 && all.indexOf(group.costText) >= 0, all);
        verify(/binnenlopen|eerst/.test(all), all);
        verify(/Open groep|Besloten groep/.test(all), all);
        verify(all.indexOf("Je hoeft niets te vertellen") >= 0, all);
        verify(/vrijwilligers/.test(all) && /hulpverlener/.test(all), all);
        verify(all.indexOf("Nederlands") >= 0, all);
        // The room and how to find it, with the route.
        const places = findChild(window.contentItem, "places");
        verify(places.itemAt(0).detail.indexOf("Zaal:") >= 0 || places.itemAt(0).detail.indexOf("zaal") >= 0, places.itemAt(0).detail);
        verify(group.directions[0].length > 0);
    }

    function test_onlineJoinLinkAndDialInOnTheDate() {
        const window = openGroupPage();
        const group = Fixtures.app.currentGroup;
        verify(group.online, group.name + " meets online");
        const nextDates = findChild(window.contentItem, "nextDates");
        tryVerify(() => nextDates.count > 0);
        let join = null;
        for (let i = 0; i < nextDates.count && !join; ++i) {
            if (nextDates.itemAt(i).joinUrl.length > 0)
                join = findChild(nextDates.itemAt(i), "joinOnline");
        }
        verify(join, "no date has a join button");
        verify(join.visible && join.height >= Theme.touchTarget);
        join.clicked();
        tryVerify(() => Fixtures.lastOpenedUrl.toString().indexOf("https://meet.example.org/") === 0);
    }

    function test_contactComesBeforeFollowAndReportMailsTheNetwork() {
        const window = openGroupPage();
        const follow = findChild(window.contentItem, "followButton");
        const contact = findChild(window.contentItem, "mailGroup");
        verify(contact.visible);
        verify(contact.mapToItem(null, 0, 0).y < follow.mapToItem(null, 0, 0).y, "contact is above follow");
        const report = findChild(window.contentItem, "report");
        verify(report.visible);
        report.clicked();
        tryVerify(() => Fixtures.lastOpenedUrl.toString().indexOf("mailto:netwerk@example.org?subject=") === 0);
        const shared = Fixtures.app.currentGroup.shareText;
        verify(shared.indexOf(Fixtures.app.currentGroup.name) === 0);
    }

    function test_scheduleInWordsAndNextDates() {
        const window = openGroupPage();
        const group = Fixtures.app.currentGroup;
        const schedules = findChild(window.contentItem, "schedules");
        verify(schedules);
        verify(group.schedules.length > 0);
        compare(schedules.count, group.schedules.length);
        // Dutch, generated from the rule: "elke ...", "om de twee weken ..."
        verify(/(elke|om de|op) .*\d\d:\d\d–\d\d:\d\d/.test(group.schedules[0]), group.schedules[0]);

        const nextDates = findChild(window.contentItem, "nextDates");
        verify(nextDates);
        tryCompare(nextDates, "count", group.nextDates.count);
        verify(nextDates.count > 0);
        const first = nextDates.itemAt(0);
        verify(/^(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) \d+ /.test(first.dateText), first.dateText);
        verify(first.Accessible.name.indexOf(first.timeText) > 0);

        const addToCalendar = findChild(window.contentItem, "addToCalendar");
        verify(addToCalendar);
        compare(addToCalendar.visible, group.hasCalendar);
        verify(addToCalendar.height >= Theme.touchTarget);
    }
}
