// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Kring
import Kring.Testing

// Mijn groepen: pulling the list down updates the directory, also while no group is followed.
Item {
    id: stage

    width: 390
    height: 844

    TestCase {
        name: "FollowedPage"
        when: windowShown

        Component {
            id: pageComponent

            FollowedPage {
                width: 390
                height: 844
                groups: Fixtures.app.followedGroups
            }
        }

        SignalSpy {
            id: refreshSpy

            signalName: "refreshRequested"
        }

        function pull(list, distance) {
            mousePress(list, list.width / 2, 20);
            for (let y = 20; y <= 20 + distance; y += 20)
                mouseMove(list, list.width / 2, y);
            mouseRelease(list, list.width / 2, 20 + distance);
        }

        function test_pullingTheListDownUpdates() {
            const page = createTemporaryObject(pageComponent, stage);
            verify(page);
            refreshSpy.target = page;
            const list = findChild(page, "followedList");
            pull(list, 300);
            tryVerify(() => !list.moving);
            compare(refreshSpy.count, 0, "no update without an address to update from");
            page.canSync = true;
            pull(list, 300);
            tryCompare(refreshSpy, "count", 1);
            page.syncing = true;
            const refresher = findChild(page, "pullToRefresh");
            verify(refresher.visible);
            compare(findChild(refresher, "pullLabel").text, "Bijwerken…");
        }
    }
}
