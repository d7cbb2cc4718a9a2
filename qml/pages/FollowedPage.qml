// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kring
import Kring.App

// Mijn groepen: the groups the person follows. The list stays on this phone.
Page {
    id: page

    required property GroupListModel groups
    // Pulling the list down updates the directory when `canSync`; `syncing` while it runs.
    property bool canSync: false
    property bool syncing: false

    signal groupChosen(string groupId)
    signal refreshRequested

    title: qsTr("My groups")
    Component.onCompleted: groups.chosen.connect(groupId => page.groupChosen(groupId))

    background: Rectangle {
        color: Theme.background
    }

    header: PageHeader {
        title: page.title
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Notice {
            objectName: "nothingFollowed"
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            visible: page.groups.count === 0
            title: qsTr("You do not follow any group yet")
            text: qsTr("Open a group and tap Follow to find it here quickly. It stays on this phone: nobody is told that you follow a group.")
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            PullToRefresh {
                objectName: "pullToRefresh"
                z: 1
                anchors.top: parent.top
                anchors.left: parent.left
                anchors.right: parent.right
                view: followedList
                enabled: page.canSync
                busy: page.syncing
                onRefresh: page.refreshRequested()
            }

            ListView {
                id: followedList

                objectName: "followedList"
                anchors.fill: parent
                clip: true
                model: page.groups
                Accessible.role: Accessible.List
                Accessible.name: page.title

                delegate: ItemDelegate {
                    id: followedRow

                    required property string groupId
                    required property string name
                    required property string themes
                    required property string town
                    required property string changeText
                    required property int index

                    width: ListView.view.width
                    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
                    leftPadding: Theme.margin
                    rightPadding: Theme.margin
                    Accessible.name: {
                        let parts = [];
                        for (const part of [name, changeText, themes, town]) {
                            if (part.length > 0)
                                parts.push(part);
                        }
                        return parts.join(", ");
                    }
                    onClicked: followedRow.ListView.view.model.choose(index)

                    contentItem: Column {
                        spacing: 2

                        Label {
                            width: parent.width
                            text: followedRow.name
                            font.weight: Font.DemiBold
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }

                        Label {
                            width: parent.width
                            visible: text.length > 0
                            text: followedRow.town.length > 0 ? followedRow.themes + " · " + followedRow.town : followedRow.themes
                            font.pixelSize: Theme.smallSize
                            color: Theme.secondaryText
                            elide: Text.ElideRight
                        }

                        // What changed since the person last opened the group, until they do.
                        Label {
                            objectName: "changeText"
                            width: parent.width
                            visible: followedRow.changeText.length > 0
                            text: followedRow.changeText
                            topPadding: Theme.spacing / 2
                            bottomPadding: Theme.spacing / 2
                            leftPadding: Theme.spacing + 4
                            rightPadding: Theme.spacing
                            font.pixelSize: Theme.smallSize
                            font.weight: Font.DemiBold
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Accessible.ignored: true // part of the row's name

                            background: Rectangle {
                                color: Theme.accentSoft
                                radius: 4

                                Rectangle {
                                    width: 4
                                    height: parent.height
                                    radius: 2
                                    color: Theme.accent
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
