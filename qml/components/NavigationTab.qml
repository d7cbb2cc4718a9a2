// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Kring

// One tab of the navigation bar.
TabButton {
    id: tab

    implicitHeight: Math.max(Theme.touchTarget + 8, implicitContentHeight + topPadding + bottomPadding)
    leftPadding: 2
    rightPadding: 2
    font.pixelSize: Theme.smallSize
    font.capitalization: Font.MixedCase
    font.weight: checked ? Font.DemiBold : Font.Normal
    Accessible.name: text

    contentItem: Label {
        text: tab.text
        font: tab.font
        color: tab.checked ? Theme.accent : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }

    background: Item {
        Rectangle {
            anchors.centerIn: parent
            width: Math.min(parent.width - 8, 96)
            height: 32
            radius: 16
            color: Theme.accentSoft
            visible: tab.checked
        }
    }
}
