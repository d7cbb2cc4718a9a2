// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Kring
import Kring.Testing

TestCase {
    id: testCase

    name: "Main"
    when: windowShown

    Component {
        id: mainComponent

        Main {
            app: Fixtures.app
        }
    }

    function createMain() {
        const window = createTemporaryObject(mainComponent, testCase);
        verify(window);
        tryVerify(() => window.settled);
        return window;
    }

    // The app opens calmly: the find page with the themes, no list of groups.
    function test_opensOnTheFindPage() {
        Fixtures.app.finder.clearSearch();
        Fixtures.app.finder.clearPlace();
        const window = createMain();
        const start = findChild(window.contentItem, "startPage");
        verify(start);
        tryVerify(() => start.visible);
        compare(findChild(window.contentItem, "groupList").count, 0);
    }

    function test_showsEachMainPage_data() {
        return [{
                "tag": "find",
                "title": "Zoek een groep"
            }, {
                "tag": "results",
                "title": "Zoek een groep"
            }, {
                "tag": "crisis",
                "title": "Zoek een groep"
            }, {
                "tag": "group",
                "title": "Groep"
            }, {
                "tag": "followed",
                "title": "Mijn groepen"
            }, {
                "tag": "meeting",
                "title": "Bijeenkomst"
            }, {
                "tag": "contact",
                "title": "Contactpersoon"
            }, {
                "tag": "settings",
                "title": "Meer"
            }];
    }

    function test_showsEachMainPage(data) {
        const window = createMain();
        verify(window.showPage(data.tag));
        tryVerify(() => window.settled);
        compare(window.currentTitle, data.title);
    }

    function test_groupPageShowsTheFirstGroup() {
        const window = createMain();
        verify(window.showPage("group"));
        tryVerify(() => window.settled);
        const name = findChild(window.contentItem, "groupName");
        verify(name);
        compare(name.text, Fixtures.app.currentGroup.name);
        verify(name.text.length > 0);
    }

    function test_unknownPageIsRefused() {
        const window = createMain();
        verify(!window.showPage("nonsense"));
    }
}
