// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kring

// The first-start note: what Kring protects and what it cannot, plainly. Shown once, skippable, and
// reachable again from Meer.
Page {
    id: page

    title: qsTr("Before you start")

    // The person read or skipped the note.
    signal done
    // The person wants to set a PIN (the lock settings in Meer).
    signal lockSettingsChosen

    background: Rectangle {
        color: Theme.background
    }

    header: PageHeader {
        title: page.title
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true

        ColumnLayout {
            id: column

            x: Theme.margin
            y: Theme.spacing
            width: parent.width - 2 * Theme.margin
            spacing: Theme.spacing

            SectionTitle {
                Layout.fillWidth: true
                text: qsTr("What Kring protects")
            }

            Repeater {
                model: [qsTr("Kring works without an account and does not keep track of what you do."),
                    qsTr("What you search for, where you are and which groups you follow stay on this phone. Kring only fetches the group directory, which is the same for everyone."),
                    qsTr("What Kring keeps on this phone is stored encrypted.")]

                Label {
                    required property string modelData

                    Layout.fillWidth: true
                    text: "• " + modelData
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
            }

            SectionTitle {
                Layout.fillWidth: true
                text: qsTr("What Kring cannot protect against")
            }

            Repeater {
                model: [qsTr("Someone who can unlock your phone can also open Kring, unless you lock Kring with its own PIN."),
                    qsTr("Monitoring software on your phone can see everything you see, in Kring too."),
                    qsTr("Someone who sees Kring on your phone knows you have it. Its name and icon say nothing about groups or themes.")]

                Label {
                    required property string modelData

                    Layout.fillWidth: true
                    text: "• " + modelData
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
            }

            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                text: qsTr("\"Hide\" at the top of every page switches at once to a plain screen.")
                color: Theme.secondaryText
                wrapMode: Text.Wrap
            }

            LinkButton {
                objectName: "welcomeLockSettings"
                Layout.fillWidth: true
                text: qsTr("Lock Kring with a PIN")
                detail: qsTr("In the settings, under App lock")
                onClicked: page.lockSettingsChosen()
            }

            Button {
                objectName: "welcomeDone"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                text: qsTr("Continue")
                Accessible.name: qsTr("Continue to Kring")
                onClicked: page.done()
            }
        }
    }
}
