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

    // Theme's colour properties, read from qml/Theme.qml (a QML singleton does not list its properties to
    // JavaScript); the test runs with QML_XHR_ALLOW_FILE_READ=1.
    function themeColourNames() {
        const request = new XMLHttpRequest();
        request.open("GET", Qt.resolvedUrl("../../../qml/Theme.qml"), false);
        request.send();
        const names = [];
        const pattern = /property\s+color\s+(\w+)/g;
        let match;
        while ((match = pattern.exec(request.responseText)) !== null)
            names.push(match[1]);
        return names;
    }

    function test_everyThemeColourIsClassified() {
        const known = textColours.concat(backgroundColours, decorativeColours, ["textOnAccent"]);
        const names = themeColourNames();
        verify(names.length >= known.length, `only ${names.length} colours found in Theme.qml`);
        for (const name of names)
            verify(known.indexOf(name) >= 0, `Theme.${name} is a colour the contrast test does not know`);
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
            }, {
                "tag": "news"
            }];
    }

    // What this test found on the pages as they are, for the pages to fix: a problem listed here is reported as
    // a warning, any other fails the test. Remove an entry once it is fixed.
    readonly property var knownProblems: [
        // The navigation bar's labels are elided with the largest text.
        "*: \"Mijn groepen\" is cut short", "*: \"Bijeenkomst\" is cut short",
        "find: \"Waarover? Bijv. rouw, drank, scheiding\" is cut short",
        "find: \"69 groepen, eerstvolgende bijeenkomst eerst\" is wider than its box",
        "find: \"Voor wie het zelf meemaakt\" is cut short",
        "find: \"di\" is smaller than 48x48 dp",
        "settings: \"Via een proxy, zoals Orbot voor Tor\" is cut short",
        "settings: \"https://… (leeg: dat van het netwerk)\" is cut short"]

    function describe(item) {
        const what = item.objectName || item.text || item.placeholderText || item.Accessible.name || String(item);
        return String(what).replace(/\s+/g, " ").slice(0, 60);
    }

    // Fails on every problem that is not a known one; warns about the known ones.
    function report(page, problems) {
        const unknown = [];
        for (const p of problems) {
            const known = knownProblems.indexOf(`${page}: ${p.what}`) >= 0 || knownProblems.indexOf(`*: ${p.what}`) >= 0;
            if (known)
                console.warn(`known ergonomics problem, ${page}: ${p.what} (${p.detail})`);
            else
                unknown.push(`${p.what} (${p.detail})`);
        }
        compare(unknown, [], unknown.join("; "));
    }

    // Visits every visible item of the page. `context.insideControl`: below an item a person taps (its inner
    // parts); `context.scrollsSideways`: inside a Flickable that scrolls horizontally (off the screen on purpose).
    function visit(item, fn, context) {
        if (!item || !item.visible || item.opacity === 0)
            return;
        fn(item, context);
        const sideways = item.flickableDirection !== undefined && item.contentWidth > item.width + 1;
        const inner = {
            "insideControl": context.insideControl || isTappable(item),
            "scrollsSideways": context.scrollsSideways || sideways
        };
        for (let i = 0; i < item.children.length; ++i)
            visit(item.children[i], fn, inner);
    }

    function isTappable(item) {
        if (!item.enabled || item.width <= 0 || item.height <= 0)
            return false; // nothing a person can reach
        if (typeof item.clicked === "function" && item.pressed !== undefined)
            return true; // buttons, switches, check boxes, mouse areas
        return item.placeholderText !== undefined && item.readOnly !== true; // text fields
    }

    function showLargest(window, page) {
        Theme.textScale = largestTextScale;
        verify(window.showPage(page));
        tryVerify(() => window.settled);
        waitForRendering(window.contentItem); // the layouts take the new text sizes
    }

    function test_noClippedTextWithTheLargestFont_data() {
        return pages_data();
    }

    function test_noClippedTextWithTheLargestFont(data) {
        const window = createMain();
        showLargest(window, data.tag);
        const problems = [];
        let texts = 0;
        visit(window.contentItem, (item, context) => {
            const shown = item.text || item.placeholderText;
            if (item.truncated === undefined || item.contentWidth === undefined || !shown)
                return;
            ++texts;
            const name = `"${describe(item)}"`;
            const where = item.mapToItem(window.contentItem, 0, 0);
            const drawnWidth = Math.min(item.contentWidth, item.width);
            if (item.truncated)
                problems.push({"what": `${name} is cut short`, "detail": `${Math.round(item.width)} dp wide`});
            else if (item.width > 0 && item.contentWidth > item.width + 1)
                problems.push({"what": `${name} is wider than its box`, "detail": `${Math.round(item.contentWidth)} in ${Math.round(item.width)} dp`});
            else if (!context.scrollsSideways && (where.x < -1 || where.x + drawnWidth > window.width + 1))
                problems.push({"what": `${name} runs off the screen`, "detail": `x ${Math.round(where.x)}, ${Math.round(drawnWidth)} dp wide`});
        }, {});
        verify(texts > 0, "no text found on the page");
        report(data.tag, problems);
    }

    function test_touchTargets_data() {
        return pages_data();
    }

    function test_touchTargets(data) {
        const window = createMain();
        showLargest(window, data.tag);
        // QT_SCALE_FACTOR scales logical pixels to device pixels; a logical pixel is one dp at every factor.
        const dpr = window.screen.devicePixelRatio;
        const problems = [];
        let targets = 0;
        visit(window.contentItem, (item, context) => {
            if (context.insideControl || !isTappable(item))
                return;
            ++targets;
            if (item.width < minimumTouchDp || item.height < minimumTouchDp)
                problems.push({"what": `"${describe(item)}" is smaller than 48x48 dp`, "detail": `${Math.round(item.width)}x${Math.round(item.height)} dp, ${Math.round(item.width * dpr)}x${Math.round(item.height * dpr)} px`});
        }, {});
        verify(targets > 0, "nothing to tap on the page");
        report(data.tag, problems);
    }
}
