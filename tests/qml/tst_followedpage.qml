// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Kring
import Kring.Testing

// Mijn groepen: a followed group with news has a highlighted line in plain words, read out with the row,
// and the tab shows how many groups have news, until the group's page is opened.
TestCase {
    id: testCase

    name: "FollowedPage"
    when: windowShown

    Component {
        id: mainComponent

        Main {
            app: Fixtures.app
        }
    }

    function changedRows(list) {
        let rows = [];
        for (let i = 0; i < list.count; ++i) {
            const row = list.itemAtIndex(i);
            if (row && row.changeText.length > 0)
                rows.push(row);
        }
        return rows;
    }

    function test_changedGroupIsHighlightedUntilOpened() {
        const window = createTemporaryObject(mainComponent, testCase);
        verify(window);
        tryVerify(() => window.settled);
        Fixtures.app.showExampleChanges();
        verify(window.showPage("followed"));
        tryVerify(() => window.settled);

        const list = findChild(window.contentItem, "followedList");
        verify(list);
        tryCompare(list, "count", 3);
        tryVerify(() => changedRows(list).length === 2);
        const rows = changedRows(list);
        const cancelled = rows[0];
        verify(/^Nieuw: bijeenkomst van [a-z]+ \d+ [a-z]+ gaat niet door$/.test(cancelled.changeText), cancelled.changeText);
        compare(rows[1].changeText, "De tijden zijn veranderd");
        const line = findChild(cancelled, "changeText");
        verify(line);
        verify(line.visible);
        verify(line.height > 0);
        verify(cancelled.Accessible.name.indexOf(cancelled.changeText) > 0, cancelled.Accessible.name);
        verify(cancelled.height >= Theme.touchTarget);

        const tab = window.footer.itemAt(1);
        verify(tab);
        compare(tab.badge, 2);
        verify(findChild(tab, "badge").visible);
        compare(tab.Accessible.name, "Mijn groepen, 2 met nieuws");

        // Opening the group's page is seeing it.
        const openedId = cancelled.groupId;
        mouseClick(cancelled);
        tryVerify(() => window.settled && window.currentTitle !== "Mijn groepen");
        compare(Fixtures.app.currentGroup.groupId, openedId);
        compare(Fixtures.app.changedGroupCount, 1);
        verify(window.showPage("followed"));
        tryVerify(() => window.settled);
        tryVerify(() => changedRows(list).length === 1);
        compare(tab.badge, 1);
    }
}
