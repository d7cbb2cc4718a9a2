// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Kring

// The bottom bar with the main places of the app, within reach of one thumb.
TabBar {
    id: bar

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

    Repeater {
        model: [qsTr("Find"), qsTr("My groups"), qsTr("Meeting"), qsTr("More")]

        TabButton {
            required property string modelData
            required property int index

            text: modelData
            implicitHeight: Math.max(Theme.touchTarget + 8, implicitContentHeight + topPadding + bottomPadding)
            font.pixelSize: Theme.smallSize
            font.capitalization: Font.MixedCase
            font.weight: bar.currentIndex === index ? Font.DemiBold : Font.Normal
            Accessible.name: modelData
            onClicked: bar.tabChosen(index)
        }
    }
}
