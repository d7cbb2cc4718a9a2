// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kring
import Kring.App

// Zoeken: the groups of the directory.
Page {
    id: page

    title: qsTr("Find a group")

    required property GroupListModel groups
    property bool loading: false
    property string errorMessage

    signal groupChosen(string groupId)

    background: Rectangle {
        color: Theme.background
    }

    header: PageHeader {
        title: page.title
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            visible: page.groups.count > 0
            text: qsTr("%n self-help group(s), led by peers. Free and anonymous.", "", page.groups.count)
            color: Theme.secondaryText
            wrapMode: Text.Wrap
        }

        Notice {
            objectName: "loadError"
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            visible: page.errorMessage.length > 0
            warning: true
            title: qsTr("The group directory could not be loaded")
            text: page.errorMessage
        }

        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            visible: page.loading
            running: page.loading
            Accessible.name: qsTr("Loading the groups")
        }

        ListView {
            id: list

            objectName: "groupList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: page.groups
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Self-help groups")

            delegate: GroupRow {
                onChosen: groupId => page.groupChosen(groupId)
            }

            ScrollIndicator.vertical: ScrollIndicator {}
        }
    }
}
