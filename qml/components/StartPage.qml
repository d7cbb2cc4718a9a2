// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kring
import Kring.App

// What the find page shows before a search: no groups (a phone may be seen over a shoulder), but the themes to
// browse, by category.
Flickable {
    id: start

    required property FinderModel finder

    contentHeight: column.implicitHeight + 2 * Theme.margin
    clip: true
    boundsBehavior: Flickable.StopAtBounds

    ColumnLayout {
        id: column

        x: Theme.margin
        y: Theme.spacing
        width: start.width - 2 * Theme.margin
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("Type what you are looking for support with, choose a place, or browse the themes. Looking for someone else? There are groups for relatives too.")
            color: Theme.secondaryText
            wrapMode: Text.Wrap
        }

        Repeater {
            objectName: "categories"
            model: start.finder.categories

            ColumnLayout {
                id: category

                required property var modelData

                Layout.fillWidth: true
                spacing: 0

                SectionTitle {
                    Layout.fillWidth: true
                    text: category.modelData.name
                }

                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing / 2

                    Repeater {
                        model: category.modelData.themes

                        Chip {
                            required property var modelData

                            text: modelData.name
                            Accessible.name: qsTr("Show groups about %1").arg(modelData.name)
                            Accessible.role: Accessible.Button
                            onClicked: start.finder.chooseTheme(modelData.id)
                        }
                    }
                }
            }
        }

        Label {
            Layout.fillWidth: true
            Layout.topMargin: Theme.margin
            text: qsTr("Kring works without an account and does not keep track of what you do. What you search for stays on this phone.")
            color: Theme.secondaryText
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
    }
}
