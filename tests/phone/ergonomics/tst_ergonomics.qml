// SPDX-License-Identifier: GPL-3.0-or-later
// Phone ergonomics on the 390x844 layout (run once per Qt scale factor, QT_SCALE_FACTOR=1, 2 and 3): every main
// page with the largest text (Theme.textScale 1.3, the largest font size Android offers by default and more than
// the desktop's "large text") has no clipped text, every control a person taps is at least 48x48 dp, and every
// colour Theme gives text has a contrast of at least 4.5:1 (WCAG AA) on every background it can stand on.
import QtQuick
import QtTest
import Kring
import Kring.Testing

TestCase {
    id: testCase

    name: "PhoneErgonomics"
    when: windowShown

    // The largest text the app is tested with: Android's "largest" font size (1.3) and GNOME's large text (1.25).
    readonly property real largestTextScale: 1.3
    readonly property int minimumTouchDp: 48

    // Theme's colours by what they are for; a new colour must be put in one of these lists.
    readonly property var textColours: ["text", "secondaryText", "accent", "warning"]
    readonly property var backgroundColours: ["background", "surface", "accentSoft"]
    readonly property var decorativeColours: ["divider"]

    Component {
        id: mainComponent

        Main {
            app: Fixtures.app
        }
    }

    function cleanup() {
        Theme.textScale = 1.0;
    }

    function createMain() {
        const window = createTemporaryObject(mainComponent, testCase);
        verify(window);
        tryVerify(() => window.settled);
        compare(window.width, 390);
        compare(window.height, 844);
        return window;
    }

    function isColour(value) {
        return value !== null && typeof value === "object" && value.hslHue !== undefined;
    }

    // WCAG 2 relative luminance and contrast ratio.
    function luminance(colour) {
        const channel = c => c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        return 0.2126 * channel(colour.r) + 0.7152 * channel(colour.g) + 0.0722 * channel(colour.b);
    }

    function contrast(a, b) {
        const la = luminance(a);
        const lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    function test_everyThemeColourIsClassified() {
        const known = textColours.concat(backgroundColours, decorativeColours, ["textOnAccent"]);
        let found = 0;
        for (const key in Theme) {
            if (!isColour(Theme[key]))
                continue;
            ++found;
            verify(known.indexOf(key) >= 0, `Theme.${key} is a colour the contrast test does not know`);
        }
        verify(found >= known.length, `only ${found} colours in Theme`);
    }

    function test_textContrast() {
        const low = [];
        for (const fg of textColours) {
            for (const bg of backgroundColours) {
                const ratio = contrast(Theme[fg], Theme[bg]);
                if (ratio < 4.5)
                    low.push(`${fg} on ${bg}: ${ratio.toFixed(2)}:1`);
            }
        }
        const onAccent = contrast(Theme.textOnAccent, Theme.accent);
        if (onAccent < 4.5)
            low.push(`textOnAccent on accent: ${onAccent.toFixed(2)}:1`);
        compare(low, [], low.join("; "));
    }

    function pages_data() {
        return [{
                "tag": "find"
            }, {
                "tag": "group"
            }, {
                "tag": "followed"
            }, {
                "tag": "meeting"
            }, {
                "tag": "contact"
            }, {
                "tag": "settings"
            }];
    }

    function describe(item) {
        const what = item.objectName || item.text || item.placeholderText || item.Accessible.name || String(item);
        return String(what).replace(/\s+/g, " ").slice(0, 60);
    }

    // Visits every visible item of the page, with `tapped` true below an item a person taps (its inner parts).
    function visit(item, fn, insideControl) {
        if (!item || !item.visible || item.opacity === 0)
            return;
        fn(item, insideControl);
        const control = insideControl || isTappable(item);
        for (let i = 0; i < item.children.length; ++i)
            visit(item.children[i], fn, control);
    }

    function isTappable(item) {
        if (!item.enabled)
            return false;
        if (typeof item.clicked === "function" && item.pressed !== undefined)
            return true; // buttons, switches, check boxes, mouse areas
        return item.placeholderText !== undefined && item.readOnly !== true; // text fields
    }

    function showLargest(window, page) {
        Theme.textScale = largestTextScale;
        verify(window.showPage(page));
        tryVerify(() => window.settled);
        wait(0); // one more frame for the layouts to take the new sizes
        waitForRendering(window.contentItem);
    }

    function test_noClippedTextWithTheLargestFont_data() {
        return pages_data();
    }

    function test_noClippedTextWithTheLargestFont(data) {
        const window = createMain();
        showLargest(window, data.tag);
        const clipped = [];
        let texts = 0;
        visit(window.contentItem, (item, insideControl) => {
            if (item.truncated === undefined || item.contentWidth === undefined || !item.text)
                return;
            ++texts;
            const where = item.mapToItem(window.contentItem, 0, 0);
            const drawnWidth = Math.min(item.contentWidth, item.width);
            if (item.truncated)
                clipped.push(`"${describe(item)}" is cut short`);
            else if (item.width > 0 && item.contentWidth > item.width + 1)
                clipped.push(`"${describe(item)}" is ${Math.round(item.contentWidth)} wide in ${Math.round(item.width)}`);
            else if (where.x < -1 || where.x + drawnWidth > window.width + 1)
                clipped.push(`"${describe(item)}" runs off the screen (x ${Math.round(where.x)}, width ${Math.round(drawnWidth)})`);
        }, false);
        verify(texts > 0, "no text found on the page");
        compare(clipped, [], clipped.join("; "));
    }

    function test_touchTargets_data() {
        return pages_data();
    }

    function test_touchTargets(data) {
        const window = createMain();
        showLargest(window, data.tag);
        // QT_SCALE_FACTOR scales logical pixels to device pixels; a logical pixel is one dp at every factor.
        const dpr = window.screen.devicePixelRatio;
        const small = [];
        let targets = 0;
        visit(window.contentItem, (item, insideControl) => {
            if (insideControl || !isTappable(item))
                return;
            ++targets;
            if (item.width < minimumTouchDp || item.height < minimumTouchDp)
                small.push(`"${describe(item)}" is ${Math.round(item.width)}x${Math.round(item.height)} dp (${Math.round(item.width * dpr)}x${Math.round(item.height * dpr)} px)`);
        }, false);
        verify(targets > 0, "nothing to tap on the page");
        compare(small, [], small.join("; "));
    }
}
