// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Kring
import Kring.Testing

// A walk over every page, the lock screen and the first-start note: each control a person can use has a
// name and a role a screen reader can say.
TestCase {
    id: testCase

    name: "Accessibility"
    when: windowShown

    Component {
        id: mainComponent

        Main {
            app: Fixtures.app
        }
    }

    function cleanup() {
        Fixtures.resetLock();
    }

    function test_everyControlHasANameAndARole_data() {
        return ["find", "group", "followed", "meeting", "contact", "settings", "notes", "about", "welcome", "lock", "news"].map(page => ({
                    "tag": page
                }));
    }

    function test_everyControlHasANameAndARole(data) {
        const window = createTemporaryObject(mainComponent, testCase);
        tryVerify(() => window.settled);
        if (data.tag === "lock")
            Fixtures.usePin("1234");
        verify(window.showPage(data.tag));
        tryVerify(() => window.settled);
        const root = data.tag === "lock" ? window.Overlay.overlay : window.contentItem;
        const unnamed = Fixtures.unnamedControls(root);
        compare(unnamed.join("\n"), "", data.tag);
        // Something was walked: each page has at least its quick-hide button, the lock screen its keys.
        verify(Fixtures.controlCount(root) >= (data.tag === "lock" ? 10 : 1), data.tag);
    }
}
