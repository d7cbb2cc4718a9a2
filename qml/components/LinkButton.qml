// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Kring

// A full-width action with a label and a detail line, at least one touch target high.
ItemDelegate {
    id: link

    property string detail

    implicitHeight: Math.max(Theme.touchTarget + 8, implicitContentHeight + topPadding + bottomPadding)
    leftPadding: 0
    rightPadding: 0
    Accessible.name: text + ": " + detail

    contentItem: Column {
        spacing: 2

        Label {
            width: parent.width
            text: link.text
            color: Theme.accent
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }

        Label {
            width: parent.width
            text: link.detail
            color: Theme.secondaryText
            font.pixelSize: Theme.smallSize
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
        }
    }
}
