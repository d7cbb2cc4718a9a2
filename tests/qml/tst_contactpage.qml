// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Kring
import Kring.Testing

// Contactpersoon: a holiday stop is set on a calendar, not typed. Days before today cannot be chosen, the
// "until" calendar starts at the first day of the stop, nothing is sent before the preview, and sending adds
// it to what was sent.
TestCase {
    id: testCase

    name: "ContactPage"
    when: windowShown

    Component {
        id: mainComponent

        Main {
            app: Fixtures.app
        }
    }

    function isoDaysAfter(iso, days) {
        const parts = iso.split("-").map(Number);
        const date = new Date(parts[0], parts[1] - 1, parts[2] + days);
        return date.getFullYear() + "-" + String(date.getMonth() + 1).padStart(2, "0") + "-" + String(date.getDate()).padStart(2, "0");
    }

    function dayOf(field, iso) {
        const day = findChild(field.calendar.contentItem, "day-" + iso);
        return day && day.visible ? day : null;
    }

    // Opens the calendar of `field` and taps `iso`, turning to later months as a person would.
    function pick(field, iso) {
        mouseClick(field);
        tryVerify(() => field.calendar.opened);
        for (let months = 0; months < 3 && !dayOf(field, iso); ++months) {
            mouseClick(findChild(field.calendar.contentItem, "nextMonth"));
            waitForItemPolished(findChild(field.calendar.contentItem, "calendarDays"));
        }
        const day = dayOf(field, iso);
        verify(day, "the calendar shows " + iso);
        verify(day.enabled, iso + " can be chosen");
        mouseClick(day);
        tryVerify(() => !field.calendar.visible);
        compare(field.isoDate, iso);
    }

    function test_aHolidayStopIsChosenOnTheCalendar() {
        const window = createTemporaryObject(mainComponent, testCase);
        tryVerify(() => window.settled);
        verify(Fixtures.useContactExample(new Date(Date.UTC(2026, 10, 2, 9, 0))));
        const contact = Fixtures.app.contact;
        compare(contact.state, "certified");
        const today = contact.today;
        const sentBefore = contact.history.length;
        verify(window.showPage("contact"));
        tryVerify(() => findChild(window.contentItem, "holidayStop") !== null);
        const holidayStop = findChild(window.contentItem, "holidayStop");
        tryVerify(() => holidayStop.visible);
        holidayStop.clicked();
        tryVerify(() => findChild(window.Overlay.overlay, "untilDate") !== null);
        const from = findChild(window.Overlay.overlay, "fromDate");
        const until = findChild(window.Overlay.overlay, "untilDate");
        tryVerify(() => from.visible && until.visible);
        compare(from.isoDate, "");
        verify(from.Accessible.name.length > 0);

        // Without dates there is nothing to preview, and the sheet says why.
        const next = findChild(window.Overlay.overlay, "sheetNext");
        mouseClick(next);
        verify(!contact.previewReady);
        verify(contact.messageIsError && contact.message.length > 0);

        // The calendar starts at this month: today can be chosen, yesterday and the month before cannot;
        // closing it chooses nothing.
        mouseClick(from);
        tryVerify(() => from.calendar.opened);
        verify(dayOf(from, today).enabled);
        const yesterday = findChild(from.calendar.contentItem, "day-" + isoDaysAfter(today, -1));
        verify(!yesterday || !yesterday.visible || !yesterday.enabled, "yesterday cannot be chosen");
        verify(!findChild(from.calendar.contentItem, "previousMonth").enabled);
        keyClick(Qt.Key_Escape);
        tryVerify(() => !from.calendar.visible);
        compare(from.isoDate, "");

        // Two weeks, starting in three weeks: the "until" calendar opens at the first day of the stop.
        const first = isoDaysAfter(today, 21);
        const last = isoDaysAfter(today, 35);
        pick(from, first);
        verify(from.Accessible.name.indexOf(from.shownDate) > 0, from.Accessible.name);
        mouseClick(until);
        tryVerify(() => until.calendar.opened);
        verify(dayOf(until, first), "the until calendar shows the month the stop starts in");
        verify(!dayOf(until, isoDaysAfter(first, -1)) || !dayOf(until, isoDaysAfter(first, -1)).enabled);
        keyClick(Qt.Key_Escape);
        tryVerify(() => !until.calendar.visible);
        pick(until, last);

        // The preview says what seekers will read; only then is it sent.
        mouseClick(next);
        tryVerify(() => contact.previewReady);
        verify(!contact.messageIsError, contact.message);
        compare(contact.history.length, sentBefore);
        const dayAndMonth = text => text.split(" ").slice(0, 3).join(" ");
        verify(contact.previewSummary.indexOf(dayAndMonth(contact.dateText(first))) >= 0, contact.previewSummary);
        verify(contact.previewSummary.indexOf(dayAndMonth(contact.dateText(last))) >= 0, contact.previewSummary);
        mouseClick(next);
        tryVerify(() => contact.history.length === sentBefore + 1);
        tryVerify(() => !from.visible);
    }
}
