// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kring
import Kring.App

// What the window shows while Kring is hidden or locked, and nothing else: a neutral screen with the name
// "Kring" only. Locked, the PIN pad opens it; hidden without a PIN, "Continue" does. It covers every page and
// every sheet, at once (no animation), and shows no group, theme or place.
Popup {
    id: screen

    required property AppLock lock

    readonly property bool locked: lock.state === AppLock.Locked

    objectName: "lockScreen"
    parent: Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0
    z: 1000
    padding: 0
    modal: true
    dim: false
    closePolicy: Popup.NoAutoClose
    enter: null
    exit: null
    visible: lock.state !== AppLock.Open

    onLockedChanged: pad.clear()
    onOpened: pad.forceActiveFocus()

    background: Rectangle {
        color: Theme.background
    }

    Connections {
        target: screen.lock

        function onMessageChanged() {
            if (screen.lock.message.length > 0)
                pad.clear();
        }
    }

    Item {
        anchors.fill: parent

        ColumnLayout {
            anchors.centerIn: parent
            width: Math.min(parent.width - 2 * Theme.margin, 360)
            spacing: Theme.margin

            Label {
                objectName: "lockTitle"
                Layout.alignment: Qt.AlignHCenter
                text: qsTr("Kring")
                font.pixelSize: Theme.titleSize * 1.4
                font.weight: Font.DemiBold
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Label {
                Layout.fillWidth: true
                visible: screen.locked
                text: qsTr("Enter your PIN")
                color: Theme.secondaryText
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
            }

            PinPad {
                id: pad

                objectName: "pinPad"
                Layout.alignment: Qt.AlignHCenter
                visible: screen.locked
                busy: screen.lock.checking
                message: screen.lock.message
                onEntered: pin => screen.lock.unlock(pin)
            }

            Button {
                objectName: "continueButton"
                Layout.alignment: Qt.AlignHCenter
                Layout.minimumHeight: Theme.touchTarget
                Layout.minimumWidth: 160
                visible: !screen.locked
                text: qsTr("Continue")
                Accessible.name: qsTr("Continue to Kring")
                onClicked: screen.lock.reveal()
            }
        }
    }
}
