// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Kring
import Kring.App
import Kring.Testing

// Discretion in the whole window: the lock screen opens only with the right PIN and says so calmly when it
// is wrong; quick-hide from every page covers everything at once; the calendar title follows the setting.
TestCase {
    id: testCase

    name: "Discretion"
    when: windowShown

    readonly property var pages: ["find", "group", "followed", "meeting", "contact", "settings", "notes", "about", "welcome"]

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

    function cleanup() {
        Fixtures.resetLock();
        Fixtures.app.calendarTitle = AppController.TitleByTheme;
    }

    function lockScreenOf(window) {
        // The lock screen is a popup: it lives in the window's overlay, not among the pages.
        return findChild(window.Overlay.overlay, "lockScreen") ?? findChild(window, "lockScreen");
    }

    function typePin(window, pin) {
        for (const digit of pin) {
            const key = findChild(window.Overlay.overlay, "key" + digit);
            verify(key, "key " + digit);
            mouseClick(key);
        }
        mouseClick(findChild(window.Overlay.overlay, "keyOk"));
    }

    function test_theRightPinUnlocksAndAWrongOneIsRefusedCalmly() {
        const window = createMain();
        Fixtures.usePin("482916");
        Fixtures.app.lock.lockNow();
        tryVerify(() => window.hidden);
        const pad = findChild(window.Overlay.overlay, "pinPad");
        verify(pad);
        tryVerify(() => pad.visible);
        // Nothing of the pages is drawn while locked.
        verify(!findVisibleQuickHide(window.contentItem));
        verify(!window.footer.visible);

        typePin(window, "111111");
        const message = findChild(window.Overlay.overlay, "pinMessage");
        tryCompare(message, "text", "Die pincode klopt niet. Probeer het opnieuw.");
        compare(Fixtures.app.lock.state, AppLock.Locked);
        compare(pad.pin, ""); // the dots are cleared for the next try

        typePin(window, "482916");
        tryCompare(Fixtures.app.lock, "state", AppLock.Open);
        verify(!window.hidden);
        verify(window.footer.visible);
    }

    function test_keyboardDigitsWorkToo() {
        const window = createMain();
        Fixtures.usePin("2580");
        Fixtures.app.lock.lockNow();
        const pad = findChild(window.Overlay.overlay, "pinPad");
        tryVerify(() => pad.visible && pad.activeFocus);
        waitForRendering(pad);
        keyClick(Qt.Key_2);
        keyClick(Qt.Key_5);
        keyClick(Qt.Key_8);
        keyClick(Qt.Key_0);
        compare(pad.pin, "2580");
        keyClick(Qt.Key_Return);
        tryCompare(Fixtures.app.lock, "state", AppLock.Open);
    }

    function test_quickHideFromEveryPage_data() {
        return pages.map(page => ({
                    "tag": page
                }));
    }

    function test_quickHideFromEveryPage(data) {
        const window = createMain();
        verify(window.showPage(data.tag));
        tryVerify(() => window.settled);
        const button = findVisibleQuickHide(window.contentItem);
        verify(button, "no quick-hide button on " + data.tag);
        mouseClick(button);
        // At once: no animation, nothing of the page left.
        verify(window.hidden);
        compare(Fixtures.app.lock.state, AppLock.Covered);
        const continueButton = findChild(window.Overlay.overlay, "continueButton");
        verify(continueButton.visible);
        compare(findChild(window.Overlay.overlay, "pinPad").visible, false);
        mouseClick(continueButton);
        tryVerify(() => !window.hidden);
        // With a PIN, quick-hide locks.
        Fixtures.usePin("1234");
        mouseClick(findVisibleQuickHide(window.contentItem));
        compare(Fixtures.app.lock.state, AppLock.Locked);
        tryVerify(() => findChild(window.Overlay.overlay, "pinPad").visible);
    }

    function findVisibleQuickHide(item) {
        if (!item || !item.visible)
            return null;
        if (item.objectName === "quickHide")
            return item;
        for (let i = 0; i < item.children.length; ++i) {
            const found = findVisibleQuickHide(item.children[i]);
            if (found)
                return found;
        }
        return null;
    }

    function test_twoFingerDoubleTapHides() {
        const window = createMain();
        const center = Qt.point(window.width / 2, window.height / 2);
        for (let tap = 0; tap < 2; ++tap) {
            const touch = touchEvent(window.contentItem);
            touch.press(0, window.contentItem, center.x - 40, center.y).press(1, window.contentItem, center.x + 40, center.y).commit();
            touch.release(0, window.contentItem, center.x - 40, center.y).release(1, window.contentItem, center.x + 40, center.y).commit();
        }
        tryCompare(Fixtures.app.lock, "state", AppLock.Covered);
    }

    function test_oneFingerDoubleTapDoesNotHide() {
        const window = createMain();
        const center = Qt.point(window.width / 2, window.height / 2);
        for (let tap = 0; tap < 2; ++tap) {
            const touch = touchEvent(window.contentItem);
            touch.press(0, window.contentItem, center.x, center.y).commit();
            touch.release(0, window.contentItem, center.x, center.y).commit();
        }
        wait(0);
        compare(Fixtures.app.lock.state, AppLock.Open);
    }

    function test_calendarTitleFollowsTheSetting() {
        const window = createMain();
        // A group about grief: not a sensitive theme, so its own name by default.
        window.openGroup("ehv-rouw-partner");
        tryVerify(() => window.settled);
        const group = Fixtures.app.currentGroup;
        const calendar = findChild(window.contentItem, "addToCalendar");
        verify(calendar);
        Fixtures.app.calendarTitle = AppController.TitleByTheme;
        compare(group.calendarTitle, group.name);
        verify(calendar.detail.indexOf(group.name) >= 0, calendar.detail);
        // Chosen in Meer: always neutral.
        verify(window.showPage("settings"));
        const neutral = findChild(window.contentItem, "calendarTitle" + AppController.TitleNeutral);
        verify(neutral);
        neutral.clicked();
        compare(Fixtures.app.calendarTitle, AppController.TitleNeutral);
        compare(group.calendarTitle, "Afspraak");
        window.openGroup("ehv-rouw-partner");
        tryVerify(() => window.settled);
        verify(findChild(window.contentItem, "addToCalendar").detail.indexOf("Afspraak") >= 0);
    }

    function test_aSensitiveThemeIsNeutralByDefault() {
        createMain();
        Fixtures.app.calendarTitle = AppController.TitleByTheme;
        Fixtures.app.openGroup("ehv-alcohol");
        compare(Fixtures.app.currentGroup.calendarTitle, "Afspraak");
        Fixtures.app.calendarTitle = AppController.TitleGroupName;
        compare(Fixtures.app.currentGroup.calendarTitle, Fixtures.app.currentGroup.name);
    }
}
