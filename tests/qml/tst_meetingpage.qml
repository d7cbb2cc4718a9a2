// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Kring
import Kring.Testing

// Bijeenkomst: a group's texts from the directory, the speaking timer on a clock the test moves (no waiting),
// the group list in the order of who meets now or next, large text, and the help lines of the group's country.
TestCase {
    id: testCase

    name: "MeetingPage"
    when: windowShown

    Component {
        id: mainComponent

        Main {
            app: Fixtures.app
        }
    }

    readonly property var kit: Fixtures.app.meetingKit

    function openKit(groupId) {
        const window = createTemporaryObject(mainComponent, testCase);
        verify(window);
        tryVerify(() => window.settled);
        if (groupId)
            kit.pick(groupId);
        verify(window.showPage("meeting"));
        tryVerify(() => window.settled);
        return window;
    }

    // Scrolls `item` into view on the page, then taps it as a person would.
    function tap(window, item) {
        const flickable = findChild(window.contentItem, "meetingFlickable");
        waitForRendering(window.contentItem); // the layout has placed what a new group brought
        const y = item.mapToItem(flickable.contentItem, 0, 0).y;
        flickable.contentY = Math.max(0, Math.min(y - flickable.height / 3, flickable.contentHeight - flickable.height));
        waitForRendering(window.contentItem);
        mouseClick(item);
    }

    function init() {
        Fixtures.useTestClock();
        kit.timer.reset();
        kit.timer.minutes = 3;
        kit.timer.vibrateAtEnd = false;
        kit.largeText = false;
    }

    function test_showsTheGroupsOwnTexts() {
        const window = openKit("ehv-alcohol");
        compare(kit.groupName, "Nuchter Verder Eindhoven");
        compare(findChild(window.contentItem, "meetingGroupName").text, kit.groupName);
        const opening = findChild(window.contentItem, "openingText");
        verify(opening.visible);
        verify(opening.text.indexOf("drank") >= 0, opening.text);
        const agreements = findChild(window.contentItem, "agreements");
        compare(agreements.count, 6);
        compare(agreements.itemAt(0).modelData, "Wat hier gezegd wordt, blijft hier.");
        verify(kit.agreements.join(" ").indexOf("nuchter") >= 0);
        // The group has no closing of its own: the network's, and the page says so.
        verify(findChild(window.contentItem, "closingText").text.indexOf("Tot de volgende keer") >= 0);
        verify(kit.networkTexts);
        verify(findChild(window.contentItem, "networkTextsNote").visible);
    }

    function test_aGroupWithoutTextsReadsTheNetworks() {
        const window = openKit("hmd-schulden");
        verify(kit.hasTexts);
        verify(kit.networkTexts);
        const all = kit.agreements.join(" | ");
        verify(all.indexOf("Wat hier gezegd wordt, blijft hier") >= 0, all);
        verify(all.indexOf("geen advies") >= 0, all);
        verify(all.indexOf("\"ik\"") >= 0, all);
        verify(all.indexOf("Telefoons staan op stil") >= 0, all);
        verify(kit.opening.indexOf("Welkom") === 0, kit.opening);
        verify(findChild(window.contentItem, "closingText").visible);
    }

    function test_timerCountsDownPausesAndGoesToTheNextSpeaker() {
        const window = openKit("ehv-rouw-partner");
        const timer = kit.timer;
        const ring = findChild(window.contentItem, "speakingRing");
        const startPause = findChild(window.contentItem, "startPause");
        compare(timer.remainingText, "3:00");
        compare(timer.fraction, 1);
        verify(!timer.keepAwake);
        compare(startPause.text, "Starten");

        tap(window, startPause);
        verify(timer.running);
        verify(timer.keepAwake, "the screen stays on while the timer runs");
        compare(startPause.text, "Pauzeren");
        Fixtures.advanceClock(45000);
        compare(timer.remainingText, "2:15");
        compare(timer.fraction, 0.75);
        compare(findChild(window.contentItem, "remainingTime").text, "2:15");
        verify(ring.Accessible.name.indexOf("2:15") >= 0, ring.Accessible.name);

        tap(window, startPause);
        verify(!timer.running);
        verify(timer.paused);
        verify(!timer.keepAwake, "the screen may turn off again once paused");
        compare(startPause.text, "Doorgaan");
        Fixtures.advanceClock(60000);
        compare(timer.remainingText, "2:15", "a paused timer does not count");

        tap(window, findChild(window.contentItem, "nextSpeaker"));
        compare(timer.speaker, 2);
        compare(timer.remainingText, "3:00");
        verify(timer.running);
        compare(findChild(window.contentItem, "speakerNumber").text, "Spreker 2");
    }

    function test_minutesPerRoundFromOneToTen() {
        const window = openKit("ehv-rouw-partner");
        const fewer = findChild(window.contentItem, "fewerMinutes");
        const more = findChild(window.contentItem, "moreMinutes");
        for (let i = 0; i < 12; ++i)
            tap(window, more);
        compare(kit.timer.minutes, 10);
        verify(!more.enabled);
        compare(kit.timer.remainingText, "10:00");
        for (let i = 0; i < 12; ++i)
            tap(window, fewer);
        compare(kit.timer.minutes, 1);
        verify(!fewer.enabled);
        compare(findChild(window.contentItem, "minutesPerRound").text, "1 minuut per ronde");
    }

    function test_theEndAsksForAVibrationOnlyWhenSwitchedOn() {
        openKit("ehv-rouw-partner");
        const timer = kit.timer;
        timer.minutes = 1;
        const before = timer.vibrationRequests;
        timer.start();
        Fixtures.advanceClock(61000);
        verify(timer.finished);
        verify(!timer.running);
        verify(!timer.keepAwake);
        compare(timer.fraction, 0);
        compare(timer.vibrationRequests, before, "no vibration with the setting off (the default)");

        timer.vibrateAtEnd = true;
        timer.start();
        verify(timer.running);
        compare(timer.remainingText, "1:00");
        Fixtures.advanceClock(30000);
        compare(timer.vibrationRequests, before);
        Fixtures.advanceClock(30000);
        verify(timer.finished);
        compare(timer.vibrationRequests, before + 1);
        // Stopped at the end: no second request for the same round.
        Fixtures.advanceClock(30000);
        compare(timer.vibrationRequests, before + 1);
    }

    function test_groupsMeetingNowOrNextComeFirst() {
        Fixtures.setMeetingNow(new Date(2026, 10, 16, 12, 0));
        Fixtures.app.showExampleChanges(); // follows three groups
        const choices = kit.choices;
        verify(choices.length >= 2, choices.length);
        for (let i = 1; i < choices.length; ++i)
            verify(choices[i - 1].start <= choices[i].start, `${choices[i - 1].name} before ${choices[i].name}`);
        compare(choices[0].now, false);

        // At the second group's next start, it meets now: it comes first, and says so.
        const second = choices[1];
        Fixtures.setMeetingNow(new Date(second.start.getTime() + 10 * 60000));
        Fixtures.app.showExampleChanges();
        verify(kit.choices[0].now);
        const meetingNow = kit.choices.filter(choice => choice.now).map(choice => choice.groupId);
        verify(meetingNow.indexOf(second.groupId) >= 0, meetingNow.join(", "));
        // Those meeting now come before all others.
        for (let i = meetingNow.length; i < kit.choices.length; ++i)
            verify(!kit.choices[i].now);
        verify(kit.choices[0].whenText.indexOf("Bijeenkomst nu") === 0, kit.choices[0].whenText);

        // Picking from the list shows that group.
        const window = openKit("");
        tap(window, findChild(window.contentItem, "chooseGroup"));
        const list = findChild(window.contentItem, "meetingChoices");
        tryVerify(() => list.count === kit.choices.length);
        tap(window, list.itemAt(2));
        compare(kit.groupId, kit.choices[2].groupId);
        Fixtures.setMeetingNow(new Date(NaN));
    }

    function test_largeTextForReadingAloud() {
        const window = openKit("ehv-alcohol");
        const opening = findChild(window.contentItem, "openingText");
        const normal = opening.font.pixelSize;
        const toggle = findChild(window.contentItem, "largeText");
        tap(window, toggle);
        verify(kit.largeText);
        verify(opening.font.pixelSize >= normal * 1.5, `${opening.font.pixelSize} vs ${normal}`);
        // Still wrapped inside the page at 390 dp, with the system's largest font.
        Theme.textScale = 1.3;
        waitForRendering(window.contentItem);
        verify(opening.font.pixelSize > normal * 1.5 * 1.2);
        verify(opening.width <= window.width);
        verify(opening.contentWidth <= opening.width + 1);
        verify(!opening.truncated);
        Theme.textScale = 1.0;
        tap(window, toggle);
        verify(!kit.largeText);
    }

    function test_helpLinesOfTheGroupsCountryCallWithTelLinks() {
        const window = openKit("gnt-alcohol");
        const lines = findChild(window.contentItem, "meetingHelpLines");
        verify(lines.count > 0);
        const numbers = kit.helpLines.map(line => line.number);
        verify(numbers.indexOf("1813") >= 0, numbers.join(", ")); // Belgium
        tap(window, lines.itemAt(0));
        tryVerify(() => Fixtures.lastOpenedUrl.toString().startsWith("tel:"), 5000);
        compare(Fixtures.lastOpenedUrl.toString(), kit.helpLines[0].callUrl.toString());

        kit.pick("ehv-alcohol");
        const dutch = kit.helpLines.map(line => line.number);
        verify(dutch.indexOf("113") >= 0, dutch.join(", "));
        // A full number is dialled with its country code.
        const full = kit.helpLines.filter(line => line.number.replace(/\D/g, "").length >= 9);
        verify(full.length > 0);
        verify(full[0].callUrl.toString().startsWith("tel:+31"), full[0].callUrl.toString());
    }

    function test_openInMeetingFromTheGroupPage() {
        const window = createTemporaryObject(mainComponent, testCase);
        tryVerify(() => window.settled);
        verify(window.showPage("group"));
        tryVerify(() => window.settled);
        const groupId = Fixtures.app.currentGroup.groupId;
        const button = findChild(window.contentItem, "openInMeeting");
        verify(button);
        button.clicked();
        tryVerify(() => window.settled);
        compare(kit.groupId, groupId);
        compare(window.currentTitle, "Bijeenkomst");
    }
}
