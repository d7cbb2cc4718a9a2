// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kring
import Kring.App

// From a tapped date (or a period) to a signed announcement: what changes, a preview exactly as seekers will
// see the dates, then send.
Popup {
    id: sheet

    required property ContactController contact
    property string kind: "cancel"
    property string date: ""

    function fields() {
        return {
            "date": sheet.date.length > 0 ? sheet.date : fromField.isoDate,
            "until": untilField.isoDate,
            "newDate": newDateField.isoDate,
            "newTime": timeField.text,
            "time": timeField.text,
            "venue": venueField.text,
            "note": noteField.text,
            "rrule": ""
        };
    }

    readonly property bool forDate: date.length > 0
    readonly property bool previewing: contact.previewReady

    y: parent ? parent.height - height : 0
    modal: true
    padding: Theme.margin
    implicitHeight: content.implicitHeight + 2 * padding
    onOpened: {
        fromField.isoDate = "";
        untilField.isoDate = "";
        newDateField.isoDate = date;
        timeField.clear();
        venueField.clear();
        noteField.clear();
    }
    onClosed: contact.cancelDraft()

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.divider
    }

    ColumnLayout {
        id: content

        width: sheet.availableWidth
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: sheet.forDate ? qsTr("Meeting of %1").arg(sheet.contact.dateText(sheet.date)) : sheet.kind === "pause" ? qsTr("Holiday stop") : qsTr("New regular schedule")
            font.pixelSize: Theme.headingSize
            font.weight: Font.DemiBold
            color: Theme.text
            wrapMode: Text.Wrap
        }

        // What changes for this date.
        Flow {
            Layout.fillWidth: true
            visible: sheet.forDate && !sheet.previewing
            spacing: Theme.spacing

            Repeater {
                model: [{
                        "kind": "cancel",
                        "label": qsTr("Cancelled")
                    }, {
                        "kind": "move",
                        "label": qsTr("Other time")
                    }, {
                        "kind": "relocate",
                        "label": qsTr("Other place")
                    }, {
                        "kind": "note",
                        "label": qsTr("Note")
                    }]

                delegate: Chip {
                    required property var modelData

                    text: modelData.label
                    checked: sheet.kind === modelData.kind
                    onClicked: sheet.kind = modelData.kind
                }
            }
        }

        DateField {
            id: fromField

            objectName: "fromDate"
            Layout.fillWidth: true
            visible: !sheet.forDate && !sheet.previewing
            label: qsTr("From")
            today: sheet.contact.today
            shownDate: sheet.contact.dateText(fromField.isoDate)
        }

        DateField {
            id: untilField

            objectName: "untilDate"
            Layout.fillWidth: true
            visible: (sheet.kind === "pause" || sheet.kind === "note") && !sheet.previewing
            label: qsTr("Until")
            today: sheet.date.length > 0 ? sheet.date : fromField.isoDate.length > 0 ? fromField.isoDate : sheet.contact.today
            shownDate: sheet.contact.dateText(untilField.isoDate)
        }

        DateField {
            id: newDateField

            objectName: "newDate"
            Layout.fillWidth: true
            visible: sheet.kind === "move" && !sheet.previewing
            label: qsTr("New date")
            today: sheet.contact.today
            shownDate: sheet.contact.dateText(newDateField.isoDate)
        }

        TextField {
            id: timeField

            Layout.fillWidth: true

            Layout.minimumHeight: Theme.touchTarget
            visible: (sheet.kind === "move" || sheet.kind === "reschedule") && !sheet.previewing
            placeholderText: qsTr("Start time, for example 19:30")
            inputMethodHints: Qt.ImhTime
            Accessible.name: placeholderText
        }

        TextField {
            id: venueField

            Layout.fillWidth: true

            Layout.minimumHeight: Theme.touchTarget
            visible: (sheet.kind === "relocate" || sheet.kind === "reschedule") && !sheet.previewing
            placeholderText: qsTr("Where: place and room")
            Accessible.name: placeholderText
        }

        TextArea {
            id: noteField

            Layout.fillWidth: true
            visible: sheet.kind === "note" && !sheet.previewing
            placeholderText: qsTr("Your note (at most %1 characters)").arg(sheet.contact.noteLimit)
            wrapMode: TextEdit.Wrap
            Accessible.name: placeholderText
        }

        Label {
            Layout.fillWidth: true
            visible: sheet.contact.messageIsError && sheet.contact.message.length > 0
            text: sheet.contact.message
            color: Theme.warning
            wrapMode: Text.Wrap
        }

        // The preview: the group's coming dates as seekers will see them.
        Label {
            Layout.fillWidth: true
            visible: sheet.previewing
            text: qsTr("This is how people will see it:")
            color: Theme.secondaryText
            wrapMode: Text.Wrap
        }

        Label {
            Layout.fillWidth: true
            visible: sheet.previewing
            text: sheet.contact.previewSummary
            font.weight: Font.DemiBold
            color: Theme.text
            wrapMode: Text.Wrap
        }

        Repeater {
            model: sheet.previewing ? sheet.contact.preview.nextDates : null

            delegate: NextDateRow {
                required dateText
                required timeText
                required statusText
                required takesPlace
                required meetingName
                required notes

                Layout.fillWidth: true
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Button {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                flat: true
                text: sheet.previewing ? qsTr("Change") : qsTr("Cancel")
                Accessible.name: text
                onClicked: sheet.previewing ? sheet.contact.cancelDraft() : sheet.close()
            }

            PrimaryButton {
                objectName: "sheetNext"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                text: sheet.previewing ? qsTr("Send") : qsTr("Preview")
                Accessible.name: text
                onClicked: {
                    if (!sheet.previewing) {
                        sheet.contact.prepare(sheet.kind, sheet.fields());
                        return;
                    }
                    if (sheet.contact.send())
                        sheet.close();
                }
            }
        }
    }
}
