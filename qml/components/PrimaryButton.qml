// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Kring

// The one action a sheet or step leads to: white on the accent colour. Drawn without the Material style's
// shadow layer, which the software renderer (screenshots, phones without a GPU) leaves out entirely.
Button {
    id: button

    implicitHeight: Theme.touchTarget
    Accessible.name: text

    contentItem: Label {
        text: button.text
        color: button.enabled ? Theme.textOnAccent : Theme.secondaryText
        font.pixelSize: Theme.bodySize
        font.weight: Font.DemiBold
        font.capitalization: button.font.capitalization // as the style writes its other buttons
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }

    background: Rectangle {
        implicitWidth: 64
        radius: Theme.radius / 2
        color: !button.enabled ? Theme.divider : button.down ? Qt.darker(Theme.accent, 1.2) : Theme.accent
        border.width: button.visualFocus ? 2 : 0
        border.color: Theme.text
    }
}
