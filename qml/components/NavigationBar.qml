// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Kring

// The bottom bar with the main places of the app, within reach of one thumb.
TabBar {
    id: bar

    // Followed groups with news the person has not seen yet (a badge on Mijn groepen).
    property int followedBadge: 0

    // A tab was tapped (also when it is the current one: that returns to its first page).
    signal tabChosen(int index)

    position: TabBar.Footer
    background: Rectangle {
        color: Theme.surface

        Rectangle {
            width: parent.width
            height: 1
            color: Theme.divider
        }
    }

    // No sliding indicator: each tab marks itself, so the bar is right in every frame.
    contentItem: ListView {
        model: bar.contentModel
        currentIndex: bar.currentIndex
        orientation: ListView.Horizontal
        interactive: false
        highlightMoveDuration: 0
    }

    NavigationTab {
        text: qsTr("Find")
        onClicked: bar.tabChosen(0)
    }

    NavigationTab {
        objectName: "followedTab"
        text: qsTr("My groups")
        badge: bar.followedBadge
        onClicked: bar.tabChosen(1)
    }

    NavigationTab {
        text: qsTr("Meeting")
        onClicked: bar.tabChosen(2)
    }

    NavigationTab {
        text: qsTr("More")
        onClicked: bar.tabChosen(3)
    }
}
