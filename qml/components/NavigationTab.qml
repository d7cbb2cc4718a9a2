// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Kring

// One tab of the navigation bar.
TabButton {
    id: tab

    // A number shown beside the label (groups with news); 0: none.
    property int badge: 0

    implicitHeight: Math.max(Theme.touchTarget + 8, implicitContentHeight + topPadding + bottomPadding)
    leftPadding: 2
    rightPadding: 2
    font.pixelSize: Theme.smallSize
    font.capitalization: Font.MixedCase
    font.weight: checked ? Font.DemiBold : Font.Normal
    Accessible.name: badge > 0 ? qsTr("%1, %n with news", "", badge).arg(text) : text

    contentItem: Label {
        text: tab.text
        font: tab.font
        color: tab.checked ? Theme.accent : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }

    Rectangle {
        objectName: "badge"
        visible: tab.badge > 0
        anchors.top: parent.top
        anchors.topMargin: 4
        anchors.right: parent.right
        anchors.rightMargin: Math.max(2, (parent.width - Math.min(parent.width - 8, 96)) / 2 - 4)
        width: Math.max(height, badgeLabel.implicitWidth + 8)
        height: badgeLabel.implicitHeight + 2
        radius: height / 2
        color: Theme.accent

        Label {
            id: badgeLabel

            anchors.centerIn: parent
            text: tab.badge > 99 ? "99+" : tab.badge
            font.pixelSize: Theme.smallSize - 2
            font.weight: Font.DemiBold
            color: Theme.textOnAccent
        }
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
