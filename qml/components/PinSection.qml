// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kring
import Kring.App

// App lock: set, change or remove the PIN, and when Kring locks by itself.
ColumnLayout {
    id: section

    required property AppLock lock

    spacing: Theme.spacing

    Label {
        objectName: "pinState"
        Layout.fillWidth: true
        text: section.lock.pinSet ? qsTr("Kring is locked with a PIN.") : qsTr("Kring has no PIN now: anyone who can unlock this phone can open it.")
        color: Theme.text
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
    }

    TextField {
        id: newPin

        objectName: "newPinField"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        echoMode: TextInput.Password
        inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        validator: RegularExpressionValidator {
            regularExpression: /[0-9]{0,12}/
        }
        placeholderText: section.lock.pinSet ? qsTr("New PIN (digits)") : qsTr("PIN (digits)")
        Accessible.name: placeholderText
    }

    TextField {
        id: repeatPin

        objectName: "repeatPinField"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        echoMode: TextInput.Password
        inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        validator: RegularExpressionValidator {
            regularExpression: /[0-9]{0,12}/
        }
        placeholderText: qsTr("The same PIN again")
        Accessible.name: placeholderText
    }

    Label {
        objectName: "pinMismatch"
        Layout.fillWidth: true
        visible: repeatPin.text.length > 0 && repeatPin.text !== newPin.text
        text: qsTr("The two PINs are not the same.")
        color: Theme.warning
        wrapMode: Text.Wrap
    }

    Button {
        objectName: "setPinButton"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        enabled: newPin.text.length > 0 && repeatPin.text === newPin.text && !section.lock.changingPin
        text: section.lock.pinSet ? qsTr("Change PIN") : qsTr("Set PIN")
        Accessible.name: text
        onClicked: {
            section.lock.changePin(newPin.text);
            newPin.clear();
            repeatPin.clear();
        }
    }

    Button {
        objectName: "removePinButton"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        visible: section.lock.pinSet
        enabled: !section.lock.changingPin
        flat: true
        text: qsTr("Remove PIN")
        Accessible.name: qsTr("Remove the PIN: Kring no longer locks")
        onClicked: section.lock.changePin("")
    }

    Label {
        objectName: "pinChangeMessage"
        Layout.fillWidth: true
        visible: text.length > 0
        text: section.lock.pinChangeMessage
        color: section.lock.pinChangeFailed ? Theme.warning : Theme.secondaryText
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    Label {
        Layout.fillWidth: true
        topPadding: Theme.spacing
        text: qsTr("Lock when Kring is left alone")
        wrapMode: Text.Wrap
        font.weight: Font.DemiBold
        color: Theme.text
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("Left alone: not touched, or not on the screen (another app, the phone's lock screen).")
        color: Theme.secondaryText
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }

    Repeater {
        model: [{
                "seconds": 0,
                "label": qsTr("At once, as soon as Kring leaves the screen")
            }, {
                "seconds": 60,
                "label": qsTr("After 1 minute")
            }, {
                "seconds": 300,
                "label": qsTr("After 5 minutes")
            }, {
                "seconds": 900,
                "label": qsTr("After 15 minutes")
            }]

        RadioButton {
            id: delayChoice

            required property var modelData

            objectName: "lockDelay" + modelData.seconds
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            enabled: section.lock.pinSet
            text: modelData.label
            checked: section.lock.lockDelay === modelData.seconds
            Accessible.name: text
            onClicked: section.lock.lockDelay = modelData.seconds
            // Wraps with the largest system font instead of being cut.
            contentItem: Label {
                text: delayChoice.text
                wrapMode: Text.Wrap
                leftPadding: delayChoice.indicator.width + delayChoice.spacing
                verticalAlignment: Text.AlignVCenter
                color: Theme.text
            }
        }
    }
}
