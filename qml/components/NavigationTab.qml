// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Kring

// One tab of the navigation bar.
TabButton {
    implicitHeight: Math.max(Theme.touchTarget + 8, implicitContentHeight + topPadding + bottomPadding)
    font.pixelSize: Theme.smallSize
    font.capitalization: Font.MixedCase
    font.weight: checked ? Font.DemiBold : Font.Normal
    Accessible.name: text
}
