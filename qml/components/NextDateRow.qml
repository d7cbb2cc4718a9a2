// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kring

// One coming date of a group: day and time, and what changed (cancelled, moved, another place, a note).
Rectangle {
    id: row

    property string dateText
    property string timeText
    property string statusText
    property bool takesPlace: true
    property string meetingName
    property string notes
    property bool inProgress: false
    // The online meeting's way in, on its first coming date.
    property string joinUrl
    property string dialIn
    property url dialInUrl

    implicitHeight: Math.max(Theme.touchTarget, column.implicitHeight + Theme.spacing * 2)
    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.divider
    Accessible.role: Accessible.StaticText
    Accessible.name: dateText + ", " + timeText + (meetingName.length > 0 ? ", " + meetingName : "") + (statusText.length > 0 ? ", " + statusText : "") + (notes.length > 0 ? ", " + notes : "")

    ColumnLayout {
        id: column

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: Theme.margin
        spacing: 2

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: row.dateText
                color: row.takesPlace ? Theme.text : Theme.secondaryText
                font.weight: Font.DemiBold
                font.strikeout: !row.takesPlace
                wrapMode: Text.Wrap
            }

            Label {
                text: row.timeText
                color: row.inProgress ? Theme.accent : row.takesPlace ? Theme.text : Theme.secondaryText
                font.weight: row.inProgress ? Font.DemiBold : Font.Normal
                font.strikeout: !row.takesPlace
            }
        }

        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: row.meetingName
            color: Theme.secondaryText
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }

        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: row.statusText
            color: row.takesPlace ? Theme.accent : Theme.warning
            font.pixelSize: Theme.smallSize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }

        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: row.notes
            color: Theme.text
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }

        Flow {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing / 2
            visible: row.joinUrl.length > 0 || row.dialIn.length > 0
            spacing: Theme.spacing

            AbstractButton {
                id: joinButton

                objectName: "joinOnline"
                visible: row.joinUrl.length > 0
                implicitHeight: Theme.touchTarget
                implicitWidth: implicitContentWidth + 2 * Theme.margin
                text: qsTr("Join online")
                Accessible.name: qsTr("Join this meeting online, in your browser")
                onClicked: Qt.openUrlExternally(row.joinUrl)

                contentItem: Label {
                    text: joinButton.text
                    color: Theme.textOnAccent
                    font.weight: Font.DemiBold
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }

                background: Rectangle {
                    radius: height / 2
                    color: Theme.accent
                    opacity: joinButton.down ? 0.8 : 1
                }
            }

            AbstractButton {
                id: dialButton

                objectName: "dialIn"
                visible: row.dialIn.length > 0
                implicitHeight: Theme.touchTarget
                implicitWidth: implicitContentWidth + 2 * Theme.margin
                text: qsTr("Dial in: %1").arg(row.dialIn)
                Accessible.name: qsTr("Join this meeting by phone: call %1").arg(row.dialIn)
                onClicked: Qt.openUrlExternally(row.dialInUrl)

                contentItem: Label {
                    text: dialButton.text
                    color: Theme.accent
                    font.weight: Font.DemiBold
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }

                background: Rectangle {
                    radius: height / 2
                    color: Theme.surface
                    border.width: 1
                    border.color: Theme.accent
                    opacity: dialButton.down ? 0.8 : 1
                }
            }
        }
    }
}
