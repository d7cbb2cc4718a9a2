// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kring

// A date chosen on a calendar, not typed: what it is for above, the chosen date (or "Kies een datum") below.
// Holds the date as ISO text (yyyy-MM-dd); empty until one is chosen.
AbstractButton {
    id: field

    required property string label
    // Where the calendar starts, and the first date that can be chosen (ISO).
    required property string today
    // The chosen date as it is shown ("dinsdag 24 november 2026"); given by the page, which knows the words.
    required property string shownDate
    property string isoDate: ""
    readonly property alias calendar: calendar

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + Theme.spacing)
    Accessible.role: Accessible.Button
    Accessible.name: label + ": " + (isoDate.length > 0 ? shownDate : qsTr("no date chosen"))
    onClicked: calendar.open()

    contentItem: ColumnLayout {
        spacing: 0

        Label {
            Layout.fillWidth: true
            text: field.label
            color: Theme.secondaryText
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }

        Label {
            Layout.fillWidth: true
            text: field.isoDate.length > 0 ? field.shownDate : qsTr("Choose a date")
            color: field.isoDate.length > 0 ? Theme.text : Theme.accent
            font.pixelSize: Theme.bodySize
            font.weight: field.isoDate.length > 0 ? Font.Normal : Font.DemiBold
            wrapMode: Text.Wrap
        }
    }

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius / 2
        border.width: field.visualFocus ? 2 : 1
        border.color: field.visualFocus ? Theme.accent : Theme.divider
    }

    CalendarPopup {
        id: calendar

        title: field.label
        firstDate: field.today
        selectedDate: field.isoDate
        onPicked: isoDate => field.isoDate = isoDate
    }
}
