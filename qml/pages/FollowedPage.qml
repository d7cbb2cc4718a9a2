// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kring

// Mijn groepen: the groups you follow, with what changed since you last looked.
Page {
    id: page

    title: qsTr("My groups")

    background: Rectangle {
        color: Theme.background
    }

    header: PageHeader {
        title: page.title
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin

        Notice {
            Layout.fillWidth: true
            title: qsTr("You do not follow any group yet")
            text: qsTr("Following a group will show its next meetings and any changes here. It stays on this phone: nobody is told that you follow a group. Following arrives in a coming version of Kring.")
        }

        Item {
            Layout.fillHeight: true
        }
    }
}
