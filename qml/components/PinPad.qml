// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kring

// A PIN pad: the digits typed so far as dots, keys of at least one touch target, and a calm message. Digits
// typed on a keyboard count too.
FocusScope {
    id: pad

    property bool busy: false
    property string message
    property string pin: ""

    // The person finished typing (OK or Enter).
    signal entered(string pin)

    function clear() {
        pin = "";
    }
    function type(digit) {
        if (!busy && pin.length < 12)
            pin += digit;
    }
    function erase() {
        if (!busy)
            pin = pin.slice(0, -1);
    }
    function submit() {
        if (!busy && pin.length > 0)
            entered(pin);
    }

    implicitWidth: grid.implicitWidth
    implicitHeight: layout.implicitHeight
    focus: true

    Keys.onPressed: event => {
        if (event.text.length === 1 && event.text >= "0" && event.text <= "9") {
            pad.type(event.text);
            event.accepted = true;
        } else if (event.key === Qt.Key_Backspace) {
            pad.erase();
            event.accepted = true;
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            pad.submit();
            event.accepted = true;
        }
    }

    ColumnLayout {
        id: layout

        anchors.fill: parent
        spacing: Theme.margin

        Label {
            objectName: "pinDots"
            Layout.alignment: Qt.AlignHCenter
            Layout.minimumHeight: Theme.touchTarget
            text: pad.pin.length > 0 ? "\u25CF ".repeat(pad.pin.length).trim() : " "
            font.pixelSize: Theme.titleSize
            color: Theme.text
            verticalAlignment: Text.AlignVCenter
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("%n digit(s) entered", "", pad.pin.length)
        }

        Label {
            objectName: "pinMessage"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            text: pad.busy ? qsTr("Checking your PIN…") : pad.message
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }

        GridLayout {
            id: grid

            Layout.alignment: Qt.AlignHCenter
            columns: 3
            rowSpacing: Theme.spacing
            columnSpacing: Theme.margin

            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]

                delegate: PadKey {
                    required property string modelData

                    objectName: "key" + modelData
                    text: modelData
                    Accessible.name: modelData
                    onClicked: pad.type(modelData)
                }
            }

            PadKey {
                objectName: "keyErase"
                text: "\u232B"
                enabled: pad.pin.length > 0 && !pad.busy
                Accessible.name: qsTr("Erase the last digit")
                onClicked: pad.erase()
            }

            PadKey {
                objectName: "key0"
                text: "0"
                Accessible.name: "0"
                onClicked: pad.type("0")
            }

            PadKey {
                objectName: "keyOk"
                text: qsTr("OK")
                enabled: pad.pin.length > 0 && !pad.busy
                highlighted: true
                Accessible.name: qsTr("Open with this PIN")
                onClicked: pad.submit()
            }
        }
    }

    component PadKey: RoundButton {
        Layout.preferredWidth: 72
        Layout.preferredHeight: 72
        Layout.minimumHeight: Theme.touchTarget
        Layout.minimumWidth: Theme.touchTarget
        font.pixelSize: Theme.titleSize
        focusPolicy: Qt.NoFocus
        enabled: !pad.busy
        Accessible.role: Accessible.Button
    }
}
