// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Kring
import Kring.Testing

// Nieuws van het netwerk: Meer shows how many items are new, the page shows them (only those for everyone
// without a place or followed group), a link shows its host and opens only after the person confirms, and
// leaving the page counts the items as seen.
TestCase {
    id: testCase

    name: "NewsPage"
    when: windowShown

    Component {
        id: mainComponent

        Main {
            app: Fixtures.app
        }
    }

    function test_newsAreShownAndSeenAndLinksAskFirst() {
        const window = createTemporaryObject(mainComponent, testCase);
        tryVerify(() => window.settled);
        const news = Fixtures.app.news;
        // The demo feed: two items for everyone, one for Noord-Brabant (not shown without a place there).
        compare(news.count, 2);
        compare(news.newCount, 2);
        verify(window.showPage("settings"));
        const entry = findChild(window.contentItem, "newsEntry");
        verify(entry);
        verify(entry.Accessible.name.indexOf("2") > 0, entry.Accessible.name);
        mouseClick(entry);
        tryVerify(() => findChild(window.contentItem, "noNews") !== null);
        tryVerify(() => window.settled);
        verify(!findChild(window.contentItem, "noNews").visible);

        const item = news.items.find(i => i.link.length > 0);
        verify(item);
        compare(item.host, "www.example.org");
        const before = Fixtures.lastOpenedUrl.toString();
        const readMore = findChild(window.contentItem, "readMore");
        verify(readMore);
        mouseClick(readMore);
        const open = findChild(window.contentItem, "openNewsLink");
        tryVerify(() => open.visible);
        verify(open.Accessible.name.indexOf("www.example.org") >= 0, open.Accessible.name);
        // Nothing opened before the person confirms.
        compare(Fixtures.lastOpenedUrl.toString(), before);
        mouseClick(open);
        tryVerify(() => Fixtures.lastOpenedUrl.toString() === item.link);

        // Leaving the page: what was shown counts as seen.
        verify(window.showPage("find"));
        tryCompare(news, "newCount", 0);
        compare(news.count, 2);
    }
}
