// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kring
import Kring.App

// Your own note about a group: kept encrypted on this phone, never sent anywhere.
Page {
    id: page

    title: qsTr("Your note")

    required property PrivateNotesController notes

    signal back

    background: Rectangle {
        color: Theme.background
    }

    header: PageHeader {
        title: page.title
        showBack: true
        onBack: {
            page.notes.save(editor.text);
            page.back();
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Label {
            objectName: "notesGroupName"
            Layout.fillWidth: true
            text: page.notes.groupName
            font.pixelSize: Theme.headingSize
            font.weight: Font.DemiBold
            color: Theme.text
            wrapMode: Text.Wrap
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("Only for you: kept encrypted on this phone and never sent. To move it to another phone, use \"Move your notes\" under More.")
            color: Theme.secondaryText
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }

        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 4 * Theme.touchTarget

            TextArea {
                id: editor

                objectName: "noteEditor"
                text: page.notes.text
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("What you want to remember about this group")
                Accessible.name: qsTr("Your note about %1").arg(page.notes.groupName)
                background: Rectangle {
                    color: Theme.surface
                    radius: Theme.radius
                    border.color: Theme.divider
                }
            }
        }

        Label {
            objectName: "notesMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            text: page.notes.message
            color: page.notes.failed ? Theme.warning : Theme.secondaryText
            wrapMode: Text.Wrap
        }

        Button {
            objectName: "saveNote"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            text: qsTr("Keep")
            Accessible.name: qsTr("Keep this note on this phone")
            onClicked: page.notes.save(editor.text)
        }
    }
}
