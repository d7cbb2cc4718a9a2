// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kring
import Kring.App

// A sheet from the bottom to choose where to search from: a town or postcode typed, or no place at all.
Drawer {
    id: picker

    required property PlaceSuggestions places
    required property Locator locator
    // The explanation comes before the first request for the position (and the system's permission question).
    property bool positionExplained: false

    signal placeChosen(double latitude, double longitude, string name, string country)
    signal placeCleared

    edge: Qt.BottomEdge
    width: parent ? parent.width : 390
    height: parent ? parent.height * 0.75 : 600
    modal: true
    onOpened: field.forceActiveFocus()
    onClosed: explanation.visible = false

    Component.onCompleted: {
        places.chosen.connect((latitude, longitude, name, country) => {
            picker.placeChosen(latitude, longitude, name, country);
            picker.close();
        });
        locator.located.connect((latitude, longitude) => {
            picker.placeChosen(latitude, longitude, qsTr("your position"), "");
            picker.close();
        });
    }

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("Search near")
            font.pixelSize: Theme.headingSize
            font.weight: Font.DemiBold
            color: Theme.text
            Accessible.role: Accessible.Heading
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("Type a town or postcode. It stays on this phone: Kring never sends where you search.")
            color: Theme.secondaryText
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }

        Button {
            objectName: "usePositionButton"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            visible: !explanation.visible
            enabled: picker.locator.state !== Locator.Locating
            text: picker.locator.state === Locator.Locating ? qsTr("Finding your position…") : qsTr("Use my position")
            Accessible.name: text
            onClicked: {
                if (picker.positionExplained)
                    picker.locator.locate();
                else
                    explanation.visible = true;
            }
        }

        Notice {
            id: explanation

            objectName: "positionExplanation"
            Layout.fillWidth: true
            visible: false
            title: qsTr("Your position stays on this phone")
            text: qsTr("Kring uses it only to show the nearest groups first. It is never sent or stored. Your phone may ask whether Kring may use your position.")
        }

        RowLayout {
            Layout.fillWidth: true
            visible: explanation.visible
            spacing: Theme.spacing

            PrimaryButton {
                objectName: "allowPositionButton"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                text: qsTr("Use my position")
                Accessible.name: text
                onClicked: {
                    picker.positionExplained = true;
                    explanation.visible = false;
                    picker.locator.locate();
                }
            }

            Button {
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                flat: true
                text: qsTr("Type a place")
                Accessible.name: text
                onClicked: {
                    explanation.visible = false;
                    field.forceActiveFocus();
                }
            }
        }

        Label {
            Layout.fillWidth: true
            visible: picker.locator.state === Locator.Failed
            text: picker.locator.errorMessage
            color: Theme.warning
            wrapMode: Text.Wrap
        }

        TextField {
            id: field

            objectName: "placeField"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget + 8
            placeholderText: qsTr("Town or postcode, e.g. Eindhoven or 3000")
            inputMethodHints: Qt.ImhNoPredictiveText
            Accessible.name: qsTr("Town or postcode")
            onTextEdited: picker.places.query = text
        }

        Label {
            Layout.fillWidth: true
            visible: field.text.length > 1 && picker.places.count === 0
            text: picker.places.errorMessage.length > 0 ? picker.places.errorMessage
                                                         : qsTr("No town or postcode in the Netherlands or Belgium starts like that.")
            color: Theme.secondaryText
            wrapMode: Text.Wrap
        }

        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: picker.places

            delegate: ItemDelegate {
                id: suggestion

                required property string name
                required property string detail
                required property double latitude
                required property double longitude
                required property int index

                width: ListView.view.width
                implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
                Accessible.name: name + ", " + detail
                onClicked: suggestion.ListView.view.model.choose(suggestion.index)

                contentItem: Column {
                    Label {
                        text: suggestion.name
                        color: Theme.text
                        font.weight: Font.DemiBold
                    }

                    Label {
                        text: suggestion.detail
                        color: Theme.secondaryText
                        font.pixelSize: Theme.smallSize
                    }
                }
            }
        }

        Button {
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            flat: true
            text: qsTr("Search everywhere (no place)")
            Accessible.name: text
            onClicked: {
                picker.placeCleared();
                picker.close();
            }
        }
    }
}
