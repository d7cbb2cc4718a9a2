// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kring

// A month on a calendar (weeks starting on the locale's first day), one tap on a day to choose it. Days before `firstDate` cannot be chosen. The month
// shown starts at the chosen date, or at `firstDate`.
Popup {
    id: popup

    required property string title
    required property string firstDate // ISO
    property string selectedDate: ""   // ISO; empty: none yet
    property int shownYear: 2000
    property int shownMonth: 0 // 0 = January, as JavaScript dates count

    signal picked(string isoDate)

    function isoOf(year, month, day) {
        return year + "-" + String(month + 1).padStart(2, "0") + "-" + String(day).padStart(2, "0");
    }
    function showMonthOf(isoDate) {
        const parts = isoDate.split("-");
        if (parts.length !== 3)
            return;
        shownYear = Number(parts[0]);
        shownMonth = Number(parts[1]) - 1;
    }
    function moveMonth(step) {
        const months = shownYear * 12 + shownMonth + step;
        shownYear = Math.floor(months / 12);
        shownMonth = months % 12;
    }
    readonly property bool canGoBack: isoOf(shownYear, shownMonth, 1) > firstDate

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: parent ? Math.min(parent.width - 2 * Theme.margin, 7 * Theme.touchTarget + 2 * padding + 6 * 4) : 390
    modal: true
    focus: true
    padding: Theme.margin
    onAboutToShow: showMonthOf(selectedDate.length > 0 ? selectedDate : firstDate)

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.divider
    }

    ColumnLayout {
        width: popup.availableWidth
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: popup.title
            color: Theme.text
            font.pixelSize: Theme.headingSize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }

        RowLayout {
            Layout.fillWidth: true

            Button {
                objectName: "previousMonth"
                Layout.preferredWidth: Theme.touchTarget
                Layout.preferredHeight: Theme.touchTarget
                flat: true
                enabled: popup.canGoBack
                text: "‹"
                font.pixelSize: Theme.titleSize
                Accessible.name: qsTr("Previous month")
                onClicked: popup.moveMonth(-1)
            }

            Label {
                objectName: "shownMonth"
                Layout.fillWidth: true
                text: grid.locale.standaloneMonthName(popup.shownMonth, Locale.LongFormat) + " " + popup.shownYear
                color: Theme.text
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
            }

            Button {
                objectName: "nextMonth"
                Layout.preferredWidth: Theme.touchTarget
                Layout.preferredHeight: Theme.touchTarget
                flat: true
                text: "›"
                font.pixelSize: Theme.titleSize
                Accessible.name: qsTr("Next month")
                onClicked: popup.moveMonth(1)
            }
        }

        Grid {
            id: grid

            objectName: "calendarDays"
            readonly property var locale: Qt.locale()
            // Cells before the 1st: the days of the week before it, counted from the locale's first day.
            readonly property int leading: (new Date(popup.shownYear, popup.shownMonth, 1).getDay() - locale.firstDayOfWeek + 7) % 7
            readonly property int daysInMonth: new Date(popup.shownYear, popup.shownMonth + 1, 0).getDate()
            readonly property real cellWidth: (width - 6 * columnSpacing) / 7

            Layout.fillWidth: true
            columns: 7
            columnSpacing: 4
            rowSpacing: 4

            Repeater {
                model: 7

                delegate: Label {
                    required property int index
                    readonly property int weekday: (grid.locale.firstDayOfWeek + index) % 7

                    width: grid.cellWidth
                    text: grid.locale.dayName(weekday, Locale.NarrowFormat)
                    color: Theme.secondaryText
                    font.pixelSize: Theme.smallSize
                    horizontalAlignment: Text.AlignHCenter
                    Accessible.name: grid.locale.dayName(weekday, Locale.LongFormat)
                }
            }

            Repeater {
                model: Math.ceil((grid.leading + grid.daysInMonth) / 7) * 7

                delegate: AbstractButton {
                    id: cell

                    required property int index
                    readonly property int day: index - grid.leading + 1
                    readonly property bool inMonth: day >= 1 && day <= grid.daysInMonth
                    readonly property string isoDate: inMonth ? popup.isoOf(popup.shownYear, popup.shownMonth, day) : ""
                    readonly property bool chosen: inMonth && isoDate === popup.selectedDate

                    objectName: inMonth ? "day-" + isoDate : ""
                    width: grid.cellWidth
                    implicitHeight: Theme.touchTarget
                    enabled: inMonth && isoDate >= popup.firstDate
                    opacity: inMonth ? 1 : 0
                    text: inMonth ? String(day) : ""
                    Accessible.role: Accessible.Button
                    Accessible.name: inMonth ? grid.locale.toString(new Date(popup.shownYear, popup.shownMonth, day), "dddd d MMMM yyyy") : ""
                    Accessible.ignored: !inMonth
                    onClicked: {
                        popup.picked(isoDate);
                        popup.close();
                    }

                    contentItem: Label {
                        text: cell.text
                        color: cell.chosen ? Theme.textOnAccent : Theme.text
                        opacity: cell.enabled ? 1 : 0.4
                        font.pixelSize: Theme.bodySize
                        font.weight: cell.isoDate === popup.firstDate || cell.chosen ? Font.DemiBold : Font.Normal
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }

                    background: Rectangle {
                        color: cell.chosen ? Theme.accent : cell.pressed ? Theme.accentSoft : "transparent"
                        radius: height / 2
                        border.width: cell.visualFocus || cell.isoDate === popup.firstDate ? 1 : 0
                        border.color: Theme.accent
                    }
                }
            }
        }

        Button {
            Layout.alignment: Qt.AlignRight
            Layout.preferredHeight: Theme.touchTarget
            flat: true
            text: qsTr("Cancel")
            Accessible.name: text
            onClicked: popup.close()
        }
    }
}
