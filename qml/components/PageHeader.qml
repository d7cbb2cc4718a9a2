// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kring

// A page title, with a back button when the page was opened from another one, and the quick-hide button.
ToolBar {
    id: header

    property string title
    property bool showBack: false
    // The lock screen and the first-start note have no quick-hide of their own.
    property bool showQuickHide: true

    signal back

    implicitHeight: Math.max(Theme.touchTarget, titleLabel.implicitHeight) + 16
    background: Rectangle {
        color: Theme.background
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: header.showBack ? 4 : Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: 4

        ToolButton {
            visible: header.showBack
            text: "\u2039"
            font.pixelSize: Theme.titleSize * 1.4
            implicitWidth: Theme.touchTarget
            implicitHeight: Theme.touchTarget
            Accessible.name: qsTr("Back")
            onClicked: header.back()
        }

        Label {
            id: titleLabel

            Layout.fillWidth: true
            text: header.title
            // Two lines rather than a cut title with the largest system font.
            wrapMode: Text.Wrap
            maximumLineCount: 2
            font.pixelSize: Theme.titleSize
            font.weight: Font.DemiBold
            color: Theme.text
            elide: Text.ElideRight
            Accessible.role: Accessible.Heading
        }

        ToolButton {
            objectName: "quickHide"
            visible: header.showQuickHide
            text: qsTr("Hide")
            implicitHeight: Theme.touchTarget
            implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + leftPadding + rightPadding)
            Accessible.name: qsTr("Hide Kring at once")
            onClicked: QuickHide.hide()
        }
    }
}
