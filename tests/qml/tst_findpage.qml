// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Kring
import Kring.App
import Kring.Testing

// TestCase itself is invisible: pages are created in this item so they are shown and laid out.
Item {
    id: stage

    width: 390
    height: 844

    TestCase {
        id: testCase

        name: "FindPage"
        when: windowShown

        Component {
            id: pageComponent

            FindPage {
                width: 390
                height: 844
                finder: Fixtures.app.finder
                places: Fixtures.app.places
                locator: Fixtures.app.locator
            }
        }

        SignalSpy {
            id: chosenSpy

            signalName: "groupChosen"
        }

        // The find page at its start: no words, no place, no theme, no filters.
        function createStartPage() {
            tryCompare(Fixtures.app, "loading", false);
            tryCompare(Fixtures.app.finder, "ready", true);
            Fixtures.app.finder.clearSearch();
            Fixtures.app.finder.clearPlace();
            const page = createTemporaryObject(pageComponent, stage);
            verify(page);
            chosenSpy.target = page;
            chosenSpy.clear();
            return page;
        }

        // The find page with every group listed: a place chosen (Eindhoven).
        function createPage() {
            const page = createStartPage();
            Fixtures.app.finder.setPlace(51.4416, 5.4697, "Eindhoven", "NL");
            const list = findChild(page, "groupList");
            tryVerify(() => list.count >= 60);
            return page;
        }

        function test_startPageListsNoGroupsButThemes() {
            const page = createStartPage();
            const list = findChild(page, "groupList");
            const start = findChild(page, "startPage");
            tryVerify(() => start.visible);
            verify(!list.visible);
            compare(list.count, 0);
            verify(!findChild(page, "filters").visible, "filters show once there are results");
            const categories = findChild(page, "categories");
            verify(categories.count >= 8);
            // Not a group name in sight: the themes are named, the groups are not.
            for (let i = 0; i < categories.count; ++i)
                verify(categories.itemAt(i).modelData.themes.length > 0);
        }

        function test_choosingAThemeShowsItsGroupsWithFilters() {
            const page = createStartPage();
            Fixtures.app.finder.chooseTheme("verslaving-alcohol");
            const list = findChild(page, "groupList");
            tryVerify(() => list.visible && list.count > 0);
            verify(findChild(page, "filters").visible);
            verify(!findChild(page, "startPage").visible);
            for (let i = 0; i < list.count; ++i) {
                const row = list.itemAtIndex(i);
                if (row)
                    verify(row.themes.indexOf("Alcohol") >= 0, row.name);
            }
            mouseClick(findChild(page, "startOver"));
            tryVerify(() => findChild(page, "startPage").visible);
            compare(Fixtures.app.finder.themeId, "");
        }

        function test_aCrisisQueryShowsHelpLinesCalmly() {
            const page = createStartPage();
            Fixtures.app.finder.text = "ik wil niet meer leven";
            const panel = findChild(page, "helpPanel");
            tryVerify(() => panel && panel.visible);
            const lines = findChild(page, "helpLines");
            verify(lines.count >= 3);
            // Dutch lines for a Dutch language setting; a tap calls.
            const first = lines.itemAt(0);
            verify(first.text.indexOf("113") >= 0, first.text);
            verify(first.height >= Theme.touchTarget);
            first.clicked();
            tryVerify(() => Fixtures.lastOpenedUrl.toString() === "tel:113");
            // A Belgian place: the Belgian lines.
            Fixtures.app.finder.setPlace(51.0543, 3.7174, "Gent", "BE");
            tryVerify(() => lines.itemAt(0) && lines.itemAt(0).text.indexOf("1813") >= 0);
            Fixtures.app.finder.clearPlace();
        }

        function test_noResultsShowHelpLinesAndTheNetwork() {
            const page = createStartPage();
            Fixtures.app.finder.text = "xqzzy";
            const empty = findChild(page, "noResults");
            tryVerify(() => empty && empty.visible);
            verify(findChild(page, "helpPanel").visible);
            verify(findChild(page, "helpLines").count >= 3);
            const call = findChild(page, "callNetwork");
            verify(call.visible);
            verify(call.detail.length > 0);
            call.clicked();
            tryVerify(() => Fixtures.lastOpenedUrl.toString().indexOf("tel:") === 0);
            const mail = findChild(page, "mailNetwork");
            verify(mail.visible);
            mail.clicked();
            tryVerify(() => Fixtures.lastOpenedUrl.toString().indexOf("mailto:") === 0);
        }

        function test_aFilterForWhomTheGroupIs() {
            const page = createPage();
            const list = findChild(page, "groupList");
            const all = list.count;
            const women = findChild(page, "womenChip");
            tryVerify(() => women.visible && women.width > 0);
            women.clicked();
            tryVerify(() => Fixtures.app.finder.filtered);
            tryVerify(() => list.count > 0 && list.count < all);
            Fixtures.app.finder.clearFilters();
            tryCompare(list, "count", all);
        }

        function firstRow(page) {
            const list = findChild(page, "groupList");
            tryVerify(() => list.itemAtIndex(0) !== null);
            return list.itemAtIndex(0);
        }

        function test_listsTheDemoGroups() {
            const page = createPage();
            const row = firstRow(page);
            verify(row.name.length > 0);
            verify(row.themes.length > 0);
            verify(row.placeText.length > 0);
        }

        function test_rowsAreLargeEnoughToTouch() {
            const page = createPage();
            const list = findChild(page, "groupList");
            // Once laid out, a phone-sized page shows several rows.
            tryVerify(() => list.itemAtIndex(4) !== null);
            for (let i = 0; i < 5; ++i) {
                const row = list.itemAtIndex(i);
                verify(row.height >= 48, "row " + i + " is " + row.height + " high");
                compare(row.width, page.width);
            }
        }

        function test_rowsTellScreenReadersWhatTheyAre() {
            const page = createPage();
            const row = firstRow(page);
            verify(row.Accessible.name.indexOf(row.name) === 0);
            verify(row.Accessible.name.indexOf(row.audienceText) > 0);
        }

        function test_tappingARowChoosesThatGroup() {
            const page = createPage();
            const row = firstRow(page);
            mouseClick(row);
            compare(chosenSpy.count, 1);
            compare(chosenSpy.signalArguments[0][0], row.groupId);
        }

        function test_showsWhyTheListIsEmpty() {
            const page = createTemporaryObject(pageComponent, stage, {
                    "errorMessage": "directory.json: $.groups: expected an array"
                });
            verify(page);
            const notice = findChild(page, "loadError");
            verify(notice.visible);
            verify(notice.text.indexOf("expected an array") >= 0);
        }

        function test_saysWhenTheDirectoryWasLastChecked() {
            const page = createPage();
            const notice = findChild(page, "feedNotice");
            verify(!notice.visible);
            page.feedNotice = "Kring could not check the group directory, so it may be out of date. Last checked: 1 December 2026.";
            verify(notice.visible);
            verify(notice.Accessible.name.indexOf("Last checked") >= 0);
            verify(findChild(page, "groupList").count >= 60, "the stored groups stay listed");
        }

        function test_typingNarrowsTheList() {
            const page = createPage();
            const field = findChild(page, "searchField");
            const list = findChild(page, "groupList");
            const all = list.count;
            field.forceActiveFocus();
            keyClick(Qt.Key_D);
            keyClick(Qt.Key_R);
            keyClick(Qt.Key_A);
            keyClick(Qt.Key_N);
            keyClick(Qt.Key_K);
            compare(Fixtures.app.finder.text, "drank");
            tryVerify(() => list.count > 0 && list.count < all);
            compare(Fixtures.app.finder.order, "bestMatch");
            verify(findChild(page, "resultHeader").text.indexOf("beste match") > 0, findChild(page, "resultHeader").text);
            for (let i = 0; i < list.count; ++i) {
                const row = list.itemAtIndex(i);
                if (row)
                    verify(row.themes.indexOf("Alcohol") >= 0 || row.name.toLowerCase().indexOf("drank") >= 0 || row.name.toLowerCase().indexOf("drink") >= 0, row.name + " / " + row.themes);
            }
        }

        function test_noResultsSaysWhatToDo() {
            const page = createPage();
            Fixtures.app.finder.text = "xqzzy";
            const list = findChild(page, "groupList");
            tryVerify(() => list.count === 0);
            const empty = findChild(page, "noResults");
            tryVerify(() => empty && empty.visible);
            Fixtures.app.finder.text = "";
            tryVerify(() => !empty.visible);
        }

        function test_aChosenPlaceSortsNearestFirst() {
            const page = createPage();
            Fixtures.app.places.query = "Leuven";
            tryVerify(() => Fixtures.app.places.count > 0);
            Fixtures.app.places.choose(0);
            compare(Fixtures.app.finder.placeName, "Leuven");
            tryVerify(() => firstRow(page).town === "Leuven");
            if (Fixtures.app.finder.text.length === 0)
                compare(Fixtures.app.finder.order, "nearest");
            verify(firstRow(page).distance.indexOf("km") > 0 || firstRow(page).distance.indexOf(" m") > 0);
        }

        function test_clearingFiltersResetsEveryFilter() {
            const page = createPage();
            verify(!Fixtures.app.finder.filtered);
            Fixtures.app.finder.wheelchairOnly = true;
            verify(Fixtures.app.finder.filtered);
            Fixtures.app.finder.clearFilters();
            verify(!Fixtures.app.finder.wheelchairOnly);
        }

        SignalSpy {
            id: refreshSpy

            signalName: "refreshRequested"
        }

        // Drags `list` down by `distance` in steps, as a finger does, and lets go.
        function pull(list, distance) {
            mousePress(list, list.width / 2, 20);
            for (let y = 20; y <= 20 + distance; y += 20)
                mouseMove(list, list.width / 2, y);
            mouseRelease(list, list.width / 2, 20 + distance);
        }

        function test_pullingTheListDownUpdates() {
            const page = createPage();
            page.canSync = true;
            refreshSpy.target = page;
            refreshSpy.clear();
            const list = findChild(page, "groupList");
            const refresher = findChild(page, "pullToRefresh");
            // A short pull does nothing.
            pull(list, 40);
            tryVerify(() => !list.moving);
            compare(refreshSpy.count, 0);
            // Past the threshold, letting go asks for an update.
            pull(list, 300);
            tryCompare(refreshSpy, "count", 1);
            tryVerify(() => !list.moving);
            // While it runs, the page says so.
            page.syncing = true;
            const label = findChild(page, "pullLabel");
            verify(refresher.visible);
            compare(label.text, "Bijwerken…");
            page.syncing = false;
            verify(!refresher.visible);
        }

        function test_noPullWithoutAnAddressToUpdateFrom() {
            const page = createPage();
            refreshSpy.target = page;
            refreshSpy.clear();
            const list = findChild(page, "groupList");
            pull(list, 300);
            tryVerify(() => !list.moving);
            compare(refreshSpy.count, 0);
        }
    }
}
