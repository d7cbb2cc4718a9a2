// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kring
import Kring.App

// Zoeken: words, a place or a theme, then filters and the groups that match. Before that, a calm start page
// with the themes by category and no groups. Everything is searched on the phone.
Page {
    id: page

    required property FinderModel finder
    required property PlaceSuggestions places
    required property Locator locator
    property bool loading: false
    property string errorMessage
    // Something about the stored data the person should know (a damaged file set aside, read-only data).
    property string storeNotice
    // When the directory shown could not be checked lately, is not checked at all, or is not shown.
    property string feedNotice
    // Pulling the list down updates the directory when `canSync`; `syncing` while it runs.
    property bool canSync: false
    property bool syncing: false

    signal groupChosen(string groupId)
    signal refreshRequested

    title: qsTr("Find a group")

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
            text: qsTr("What are you looking for support with?")
            color: Theme.text
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }

        TextField {
            id: searchField

            objectName: "searchField"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            implicitHeight: Theme.touchTarget + 8
            placeholderText: qsTr("e.g. grief, drink, divorce")
            inputMethodHints: Qt.ImhNoPredictiveText
            Accessible.name: qsTr("Search groups by subject")
            text: page.finder.text
            onTextEdited: page.finder.text = text
        }

        // The place and "start over" side by side when both fit, else one under the other (large text).
        GridLayout {
            Layout.fillWidth: true
            columns: placeButton.implicitWidth + (startOver.visible ? startOver.implicitWidth : 0) <= width ? 2 : 1
            columnSpacing: 0
            rowSpacing: 0

            ItemDelegate {
                id: placeButton

                objectName: "placeButton"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                leftPadding: Theme.margin
                rightPadding: Theme.margin
                text: page.finder.hasPlace ? qsTr("Near %1").arg(page.finder.placeName) : qsTr("Choose a town or postcode")
                Accessible.name: page.finder.hasPlace ? qsTr("Searching near %1. Change the place").arg(page.finder.placeName)
                                                      : qsTr("Choose a town or postcode to see the nearest groups first")
                onClicked: placePicker.open()

                contentItem: Label {
                    text: placeButton.text
                    color: Theme.accent
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                    verticalAlignment: Text.AlignVCenter
                }
            }

            ItemDelegate {
                id: startOver

                objectName: "startOver"
                visible: page.finder.active
                implicitHeight: Theme.touchTarget
                leftPadding: Theme.margin
                rightPadding: Theme.margin
                text: qsTr("Start over")
                Accessible.name: qsTr("Start over: clear the search and show the themes")
                onClicked: {
                    page.finder.clearSearch();
                    searchField.text = "";
                }

                contentItem: Label {
                    text: startOver.text
                    color: Theme.accent
                    font.weight: Font.DemiBold
                    verticalAlignment: Text.AlignVCenter
                }
            }
        }

        RowLayout {
            objectName: "chosenTheme"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            visible: page.finder.themeId.length > 0
            spacing: Theme.spacing

            Chip {
                visible: page.finder.themeId.length > 0
                checked: true
                text: page.finder.themeName + "  ✕"
                Accessible.name: qsTr("Theme %1. Tap to show every theme again").arg(page.finder.themeName)
                onClicked: page.finder.chooseTheme("")
            }
        }

        FilterChips {
            objectName: "filters"
            Layout.fillWidth: true
            visible: page.finder.active
            finder: page.finder
        }

        Label {
            objectName: "resultHeader"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            visible: page.finder.ready && page.finder.active && page.finder.count > 0
            text: page.finder.order === "bestMatch" ? qsTr("%n group(s), best match first", "", page.finder.count)
                  : page.finder.order === "nearest" ? qsTr("%n group(s), nearest first", "", page.finder.count)
                  : qsTr("%n group(s), next meeting first", "", page.finder.count)
            color: Theme.secondaryText
            font.pixelSize: Theme.smallSize
            Accessible.role: Accessible.StaticText
        }

        Notice {
            objectName: "storeNotice"
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            visible: page.storeNotice.length > 0
            warning: true
            title: qsTr("About your stored data")
            text: page.storeNotice
        }

        Notice {
            objectName: "feedNotice"
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            visible: page.feedNotice.length > 0
            title: qsTr("About the group directory")
            text: page.feedNotice
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
            visible: page.loading || (!page.finder.ready && page.errorMessage.length === 0)
            running: visible
            Accessible.name: qsTr("Loading the groups")
        }

        // Calmly, above the results: help lines for a search about suicide or self-harm, and when nothing is
        // found, help lines and the network to ask.
        Flickable {
            objectName: "helpArea"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(helpColumn.implicitHeight + Theme.margin, page.finder.count > 0 ? page.height * 0.45 : page.height)
            Layout.fillHeight: page.finder.count === 0
            visible: page.finder.ready && page.finder.active && (page.finder.crisis || page.finder.count === 0)
            contentHeight: helpColumn.implicitHeight + Theme.margin
            clip: true
            boundsBehavior: Flickable.StopAtBounds

            ColumnLayout {
                id: helpColumn

                x: Theme.margin
                width: parent.width - 2 * Theme.margin
                spacing: Theme.spacing

                Notice {
                    objectName: "noResults"
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    visible: page.finder.count === 0 && !page.finder.crisis
                    title: qsTr("No groups found")
                    text: page.finder.filtered ? qsTr("Fewer filters give more groups.")
                                               : qsTr("Try another word, such as grief, drink or caring. Looking for someone else? There are groups for relatives too.")
                }

                Button {
                    visible: page.finder.count === 0 && page.finder.filtered
                    implicitHeight: Theme.touchTarget
                    text: qsTr("Clear filters")
                    Accessible.name: text
                    onClicked: page.finder.clearFilters()
                }

                HelpPanel {
                    objectName: "helpPanel"
                    Layout.fillWidth: true
                    finder: page.finder
                    crisis: page.finder.crisis
                }

                SectionTitle {
                    Layout.fillWidth: true
                    visible: page.finder.count > 0
                    text: qsTr("Groups")
                }
            }
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            StartPage {
                objectName: "startPage"
                anchors.fill: parent
                visible: page.finder.ready && !page.finder.active
                finder: page.finder
            }

            ListView {
                id: list

                objectName: "groupList"
                anchors.fill: parent
                visible: page.finder.active
                clip: true
                model: page.finder
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Self-help groups")

                delegate: GroupRow {
                    onChosen: groupId => page.groupChosen(groupId)
                }

                ScrollIndicator.vertical: ScrollIndicator {}
            }

            PullToRefresh {
                objectName: "pullToRefresh"
                anchors.top: parent.top
                anchors.left: parent.left
                anchors.right: parent.right
                view: list
                enabled: page.canSync
                busy: page.syncing
                onRefresh: page.refreshRequested()
            }
        }
    }

    PlacePicker {
        id: placePicker

        places: page.places
        locator: page.locator
        onPlaceChosen: (latitude, longitude, name, country) => page.finder.setPlace(latitude, longitude, name, country)
        onPlaceCleared: page.finder.clearPlace()
    }
}
