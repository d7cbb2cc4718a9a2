// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kring
import Kring.App

// Over Kring: privacy in plain words, who made what Kring is built from, and every licence, readable offline.
Page {
    id: page

    title: qsTr("About Kring")

    property string shownFile
    property string shownName

    signal back

    background: Rectangle {
        color: Theme.background
    }

    header: PageHeader {
        title: page.title
        showBack: true
        onBack: page.back()
    }

    Flickable {
        id: flick

        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true

        ColumnLayout {
            id: column

            x: Theme.margin
            y: Theme.spacing
            width: parent.width - 2 * Theme.margin
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: qsTr("Kring is free software for self-help groups: peers who meet without professionals. The groups shown now are a fictional demo directory.")
                color: Theme.text
                wrapMode: Text.Wrap
            }

            SectionTitle {
                Layout.fillWidth: true
                text: qsTr("Your privacy, in plain words")
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("Kring works without an account and does not keep track of what you do. It fetches the group directory, the same for everyone, and never sends what you search for, where you are, which groups you follow or what you write in your notes. What it keeps on this phone is encrypted. Notifications never name a group, a theme or a place.")
                color: Theme.text
                wrapMode: Text.Wrap
            }

            SectionTitle {
                Layout.fillWidth: true
                text: qsTr("Made with")
            }

            Repeater {
                model: Licences.parts

                LinkButton {
                    required property var modelData

                    Layout.fillWidth: true
                    text: modelData.name + " · " + modelData.licence
                    detail: modelData.use
                    Accessible.name: qsTr("%1, licence %2: read the licence").arg(modelData.name).arg(modelData.licence)
                    onClicked: {
                        page.shownName = modelData.name;
                        page.shownFile = modelData.file;
                        flick.contentY = Math.max(0, licenceTitle.y - Theme.margin);
                    }
                }
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("Version %1").arg(Qt.application.version)
                color: Theme.secondaryText
                font.pixelSize: Theme.smallSize
            }

            SectionTitle {
                id: licenceTitle

                Layout.fillWidth: true
                visible: page.shownFile.length > 0
                text: qsTr("Licence of %1").arg(page.shownName)
            }

            Label {
                objectName: "licenceText"
                Layout.fillWidth: true
                visible: page.shownFile.length > 0
                text: page.shownFile.length > 0 ? Licences.text(page.shownFile) : ""
                color: Theme.text
                font.pixelSize: Theme.smallSize
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                textFormat: Text.PlainText
            }
        }
    }
}
