// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Kring

// A filter that can be switched on and off; the visible pill is 36 high, the touch target 48.
AbstractButton {
    id: chip

    // The finder holds the state; a chip only shows it (so "clear filters" resets every chip).
    checkable: false
    implicitHeight: Theme.touchTarget
    implicitWidth: implicitContentWidth + 2 * Theme.margin
    Accessible.role: Accessible.CheckBox
    Accessible.name: text
    Accessible.checkable: true
    Accessible.checked: checked

    contentItem: Label {
        text: chip.text
        color: chip.checked ? Theme.textOnAccent : Theme.text
        font.pixelSize: Theme.smallSize
        font.weight: chip.checked ? Font.DemiBold : Font.Normal
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }

    background: Rectangle {
        anchors.centerIn: parent
        width: parent.width
        height: 36
        radius: 18
        color: chip.checked ? Theme.accent : Theme.surface
        border.width: chip.checked ? 0 : 1
        border.color: Theme.divider
    }
}
