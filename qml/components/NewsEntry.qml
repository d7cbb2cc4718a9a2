// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Kring

// The calm way to "Nieuws van het netwerk": how many items there are, highlighted while some are new.
ItemDelegate {
    id: entry

    property int count
    property int newCount
    readonly property string detail: newCount > 0 ? qsTr("%n new item(s)", "", newCount) : count > 0 ? qsTr("%n item(s), all seen", "", count) : qsTr("No news")

    implicitHeight: Math.max(Theme.touchTarget + 8, implicitContentHeight + topPadding + bottomPadding)
    leftPadding: Theme.margin / 2
    rightPadding: Theme.margin / 2
    text: qsTr("News from the network")
    Accessible.name: text + ": " + detail

    background: Rectangle {
        radius: Theme.radius
        color: entry.newCount > 0 ? Theme.accentSoft : "transparent"
    }

    contentItem: Column {
        spacing: 2

        Label {
            width: parent.width
            text: entry.text
            color: Theme.accent
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }

        Label {
            width: parent.width
            text: entry.detail
            color: entry.newCount > 0 ? Theme.text : Theme.secondaryText
            font.pixelSize: Theme.smallSize
            font.weight: entry.newCount > 0 ? Font.DemiBold : Font.Normal
            wrapMode: Text.Wrap
        }
    }
}
