// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kring

// Bijeenkomst: the meeting kit for use during a meeting, offline.
Page {
    id: page

    title: qsTr("Meeting")

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
            title: qsTr("Meeting kit: coming soon")
            text: qsTr("Here you will find your group's opening and closing texts, a speaking timer for rounds, the network's values and help lines, all without internet.")
        }

        Item {
            Layout.fillHeight: true
        }
    }
}
