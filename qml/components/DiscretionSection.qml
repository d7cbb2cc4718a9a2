// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kring
import Kring.App

// Settings for discretion beyond the lock: quick-hide, the calendar title, and moving the private notes to
// another phone.
ColumnLayout {
    id: section

    property int calendarTitle: AppController.TitleByTheme
    property PrivateNotesController notes

    signal calendarTitleChosen(int choice)

    spacing: Theme.spacing

    SectionTitle {
        Layout.fillWidth: true
        text: qsTr("Hide quickly")
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("\"Hide\" at the top of every page, or a double tap with two fingers anywhere, switches at once to a plain screen that shows only \"Kring\". With a PIN, Kring is then locked. On a computer, Ctrl+H does the same.")
        color: Theme.text
        wrapMode: Text.Wrap
    }

    SectionTitle {
        Layout.fillWidth: true
        text: qsTr("Title in your calendar")
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("What \"Add to calendar\" calls a group's meetings. Others may see your calendar.")
        color: Theme.secondaryText
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }

    Repeater {
        model: [{
                "choice": AppController.TitleByTheme,
                "label": qsTr("\"Appointment\" for sensitive themes (such as addiction or mental health), otherwise the group's name")
            }, {
                "choice": AppController.TitleNeutral,
                "label": qsTr("Always \"Appointment\", without the name of the place")
            }, {
                "choice": AppController.TitleGroupName,
                "label": qsTr("Always the group's name")
            }]

        RadioButton {
            id: titleChoice

            required property var modelData

            objectName: "calendarTitle" + modelData.choice
            Layout.fillWidth: true
            implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
            text: modelData.label
            checked: section.calendarTitle === modelData.choice
            Accessible.name: text
            onClicked: section.calendarTitleChosen(modelData.choice)

            contentItem: Label {
                leftPadding: titleChoice.indicator.width + titleChoice.spacing
                text: titleChoice.text
                color: Theme.text
                wrapMode: Text.Wrap
                verticalAlignment: Text.AlignVCenter
            }
        }
    }

    SectionTitle {
        Layout.fillWidth: true
        visible: section.notes !== null
        text: qsTr("Move your notes")
    }

    ColumnLayout {
        Layout.fillWidth: true
        visible: section.notes !== null
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("Your notes never leave this phone by themselves. To take them to a new phone, export them to a file locked with a passphrase, copy the file yourself, and import it there with the same passphrase. No server is involved.")
            color: Theme.text
            wrapMode: Text.Wrap
        }

        TextField {
            id: pathField

            objectName: "notesPathField"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            text: section.notes ? section.notes.suggestedPath : ""
            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
            Accessible.name: qsTr("File for the notes")
        }

        TextField {
            id: passphraseField

            objectName: "notesPassphraseField"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
            placeholderText: qsTr("Passphrase (at least 8 characters)")
            Accessible.name: qsTr("Passphrase for the notes file")
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Button {
                objectName: "exportNotes"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                enabled: section.notes !== null && !section.notes.busy && passphraseField.text.length > 0
                text: qsTr("Export")
                Accessible.name: qsTr("Export the notes to the file")
                onClicked: section.notes.exportTo(pathField.text, passphraseField.text)
            }

            Button {
                objectName: "importNotes"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                enabled: section.notes !== null && !section.notes.busy && passphraseField.text.length > 0
                text: qsTr("Import")
                Accessible.name: qsTr("Import the notes from the file")
                onClicked: section.notes.importFrom(pathField.text, passphraseField.text)
            }
        }

        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            visible: running
            running: section.notes !== null && section.notes.busy
            Accessible.name: qsTr("Working on the notes file; this takes a few seconds")
        }

        Label {
            objectName: "notesFileMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            text: section.notes ? section.notes.message : ""
            color: section.notes && section.notes.failed ? Theme.warning : Theme.secondaryText
            wrapMode: Text.Wrap
        }
    }
}
