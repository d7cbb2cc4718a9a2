// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kring

// A calm block of text for empty, offline, error and "not yet" states.
Rectangle {
    id: notice

    property string title
    property string text
    property bool warning: false

    implicitHeight: column.implicitHeight + 2 * Theme.margin
    radius: Theme.radius
    color: warning ? "#fff4e5" : Theme.accentSoft
    Accessible.role: Accessible.StaticText
    Accessible.name: title + ". " + text

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing / 2

        Label {
            Layout.fillWidth: true
            visible: notice.title.length > 0
            text: notice.title
            font.pixelSize: Theme.headingSize
            font.weight: Font.DemiBold
            color: notice.warning ? Theme.warning : Theme.text
            wrapMode: Text.Wrap
        }

        Label {
            Layout.fillWidth: true
            text: notice.text
            color: Theme.text
            wrapMode: Text.Wrap
        }
    }
}
