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

    function test_scheduleInWordsAndNextDates() {
        const window = openGroupPage();
        const group = Fixtures.app.currentGroup;
        const schedules = findChild(window.contentItem, "schedules");
        verify(schedules);
        verify(group.schedules.length > 0);
        compare(schedules.count, group.schedules.length);
        // Dutch, generated from the rule: "elke ...", "iedere ...", "om de week ..."
        verify(/(elke|iedere|om de|op) .*\d\d:\d\d–\d\d:\d\d/.test(group.schedules[0]), group.schedules[0]);

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
