// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kring

// One group in a list: name, themes, town, and for whom it is.
ItemDelegate {
    id: row

    required property string groupId
    required property string name
    required property string themes
    required property string town
    required property string audienceText
    required property bool online
    required property string nextMeeting
    required property string distance

    signal chosen(string groupId)

    readonly property string placeText: {
        const place = town.length > 0 ? (online ? qsTr("%1 and online").arg(town) : town) : qsTr("Online");
        return distance.length > 0 ? qsTr("%1 · %2").arg(place).arg(distance) : place;
    }

    width: ListView.view ? ListView.view.width : implicitWidth
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    topPadding: Theme.spacing * 1.5
    bottomPadding: Theme.spacing * 1.5
    leftPadding: Theme.margin
    rightPadding: Theme.margin
    Accessible.role: Accessible.Button
    Accessible.name: {
        let parts = [name];
        for (const part of [themes, placeText, nextMeeting.length > 0 ? qsTr("next meeting %1").arg(nextMeeting) : "", audienceText]) {
            if (part.length > 0)
                parts.push(part);
        }
        return parts.join(", ");
    }
    onClicked: chosen(groupId)

    background: Rectangle {
        color: row.down ? Theme.accentSoft : Theme.surface

        Rectangle {
            anchors.bottom: parent.bottom
            x: Theme.margin
            width: parent.width - 2 * Theme.margin
            height: 1
            color: Theme.divider
        }
    }

    contentItem: ColumnLayout {
        spacing: 2

        Label {
            Layout.fillWidth: true
            text: row.name
            font.pixelSize: Theme.bodySize
            font.weight: Font.DemiBold
            color: Theme.text
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }

        Label {
            Layout.fillWidth: true
            text: row.themes
            visible: text.length > 0
            font.pixelSize: Theme.smallSize
            color: Theme.secondaryText
            elide: Text.ElideRight
        }

        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: row.nextMeeting
            font.pixelSize: Theme.smallSize
            font.weight: Font.DemiBold
            color: Theme.accent
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: row.placeText
                font.pixelSize: Theme.smallSize
                color: Theme.text
                elide: Text.ElideRight
            }

            Label {
                text: row.audienceText
                font.pixelSize: Theme.smallSize
                color: Theme.secondaryText
                elide: Text.ElideRight
                Layout.maximumWidth: row.availableWidth * 0.6
            }
        }
    }
}
