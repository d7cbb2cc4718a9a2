// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kring
import Kring.App

// Groep: what the group is, for whom, where it meets and how to reach it.
Page {
    id: page

    title: qsTr("Group")

    required property GroupDetails group

    signal back
    // The person says they are this group's contact person.
    signal contactPersonChosen(string groupId)
    // The person opens their private note about this group.
    signal notesChosen(string groupId, string groupName)
    // Open this group in the Bijeenkomst tab (the meeting kit).
    signal meetingChosen(string groupId)

    background: Rectangle {
        color: Theme.background
    }

    header: PageHeader {
        title: page.title
        showBack: true
        onBack: page.back()
    }

    // Scrolled to "Wanneer" (screenshots of the dates with their join buttons).
    property bool showWhen: false

    Binding {
        target: flick
        property: "contentY"
        value: Math.max(0, Math.min(whenTitle.y, flick.contentHeight - flick.height))
        when: page.showWhen
    }

    Flickable {
        id: flick

        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true

        ColumnLayout {
            id: column

            x: Theme.margin
            y: Theme.spacing
            width: parent.width - 2 * Theme.margin
            spacing: Theme.spacing

            Label {
                objectName: "groupName"
                Layout.fillWidth: true
                text: page.group.name
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }

            Label {
                Layout.fillWidth: true
                text: page.group.themes
                color: Theme.secondaryText
                wrapMode: Text.Wrap
            }

            Label {
                text: page.group.audienceText
                color: Theme.accent
                font.weight: Font.DemiBold
                leftPadding: Theme.spacing
                rightPadding: Theme.spacing
                topPadding: 4
                bottomPadding: 4
                background: Rectangle {
                    color: Theme.accentSoft
                    radius: height / 2
                }
            }

            Label {
                objectName: "targetGroups"
                Layout.fillWidth: true
                visible: text.length > 0
                text: page.group.targetGroupsText
                color: Theme.text
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }

            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                visible: text.length > 0
                text: page.group.summary
                color: Theme.text
                wrapMode: Text.Wrap
                lineHeight: 1.15
            }

            // What a first-timer asks before going.
            SectionTitle {
                Layout.fillWidth: true
                text: qsTr("Your first time")
            }

            Repeater {
                objectName: "firstTimerFacts"
                model: page.group.firstTimerFacts

                Label {
                    required property string modelData

                    Layout.fillWidth: true
                    text: "•  " + modelData
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.StaticText
                    Accessible.name: modelData
                }
            }

            SectionTitle {
                Layout.fillWidth: true
                text: qsTr("Where")
            }

            Repeater {
                objectName: "places"
                model: page.group.placeDetails
                // Wired here: delegates cannot reach the page's ids (qmllint, Qt 6.4).
                onItemAdded: (index, item) => (item as LinkButton).clicked.connect(() => page.group.openRoute(index))

                LinkButton {
                    required property string modelData

                    Layout.fillWidth: true
                    text: qsTr("Route")
                    detail: modelData
                    Accessible.name: qsTr("Route to %1, in your maps app").arg(modelData)
                }
            }

            Label {
                Layout.fillWidth: true
                visible: page.group.online
                text: qsTr("Also meets online: the link to join is on the date.")
                color: Theme.text
                wrapMode: Text.Wrap
            }

            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: page.group.accessibility
                color: Theme.secondaryText
                wrapMode: Text.Wrap
            }

            SectionTitle {
                id: whenTitle

                Layout.fillWidth: true
                text: qsTr("When")
            }

            Repeater {
                objectName: "schedules"
                model: page.group.schedules

                Label {
                    required property string modelData

                    Layout.fillWidth: true
                    text: modelData
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
            }

            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                visible: page.group.nextDates.count > 0
                text: qsTr("Coming meetings")
                color: Theme.secondaryText
                font.weight: Font.DemiBold
            }

            Repeater {
                objectName: "nextDates"
                model: page.group.nextDates

                NextDateRow {
                    required dateText
                    required timeText
                    required statusText
                    required takesPlace
                    required meetingName
                    required notes
                    required inProgress
                    required joinUrl
                    required dialIn
                    required dialInUrl

                    Layout.fillWidth: true
                }
            }

            LinkButton {
                objectName: "addToCalendar"
                Layout.fillWidth: true
                visible: page.group.hasCalendar
                text: qsTr("Add to calendar")
                detail: qsTr("All meetings of this group, with their breaks, titled \"%1\" (see More)").arg(page.group.calendarTitle)
                onClicked: page.group.addToCalendar()
            }

            LinkButton {
                objectName: "notesLink"
                Layout.fillWidth: true
                text: qsTr("Your note")
                detail: qsTr("Only for you, encrypted on this phone")
                onClicked: page.notesChosen(page.group.groupId, page.group.name)
            }

            LinkButton {
                objectName: "openInMeeting"
                Layout.fillWidth: true
                text: qsTr("Open in Meeting")
                detail: qsTr("The group's texts, a timer for rounds and help lines, also without internet")
                onClicked: page.meetingChosen(page.group.groupId)
            }

            SectionTitle {
                Layout.fillWidth: true
                visible: page.group.email.length > 0 || page.group.phone.length > 0 || page.group.website.length > 0
                text: qsTr("Contact the group")
            }

            Label {
                Layout.fillWidth: true
                visible: page.group.email.length > 0 || page.group.phone.length > 0
                text: qsTr("You reach a volunteer of the group, not a professional. You do not have to give your name.")
                color: Theme.secondaryText
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }

            LinkButton {
                objectName: "callGroup"
                Layout.fillWidth: true
                visible: page.group.canCall
                text: qsTr("Call")
                detail: page.group.phone
                onClicked: Qt.openUrlExternally(page.group.phoneUrl)
            }

            LinkButton {
                objectName: "mailGroup"
                Layout.fillWidth: true
                visible: page.group.canMail
                text: qsTr("E-mail")
                detail: page.group.email
                onClicked: Qt.openUrlExternally(page.group.emailUrl)
            }

            LinkButton {
                Layout.fillWidth: true
                visible: page.group.website.length > 0
                text: qsTr("Website")
                detail: page.group.website
                onClicked: Qt.openUrlExternally(page.group.website)
            }

            SectionTitle {
                Layout.fillWidth: true
                text: qsTr("Follow")
            }

            AbstractButton {
                id: followButton

                objectName: "followButton"
                implicitHeight: Theme.touchTarget
                implicitWidth: implicitContentWidth + 2 * Theme.margin
                text: page.group.followed ? qsTr("Following ✓") : qsTr("Follow")
                Accessible.name: page.group.followed ? qsTr("You follow this group. Tap to stop following.")
                                                     : qsTr("Follow this group: its coming meetings and changes appear under My groups. It stays on this phone.")
                onClicked: page.group.toggleFollow()

                contentItem: Label {
                    text: followButton.text
                    color: page.group.followed ? Theme.accent : Theme.textOnAccent
                    font.weight: Font.DemiBold
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }

                background: Rectangle {
                    radius: height / 2
                    color: page.group.followed ? Theme.surface : Theme.accent
                    border.width: page.group.followed ? 1 : 0
                    border.color: Theme.accent
                    opacity: followButton.down ? 0.8 : 1
                }
            }

            Label {
                objectName: "followingExplained"
                Layout.fillWidth: true
                visible: page.group.followingExplained
                text: qsTr("Only you see which groups you follow. Kring does not tell anyone.")
                color: Theme.secondaryText
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }

            SectionTitle {
                Layout.fillWidth: true
                text: qsTr("Share")
            }

            LinkButton {
                id: shareButton

                property bool open: false

                objectName: "share"
                Layout.fillWidth: true
                text: qsTr("Share")
                detail: qsTr("For someone you refer: the group in a few lines, as text or a QR code")
                onClicked: open = !open
            }

            Image {
                objectName: "shareCode"
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: Math.min(column.width, 220)
                Layout.preferredHeight: Layout.preferredWidth
                visible: shareButton.open
                source: visible ? "image://qr/" + encodeURIComponent(page.group.shareText) : ""
                sourceSize.width: 440
                sourceSize.height: 440
                smooth: false
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("QR code of this group's details")
            }

            Button {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                visible: shareButton.open
                text: qsTr("Copy the text")
                Accessible.name: qsTr("Copy the group's details")
                onClicked: page.group.copyShareText()
            }

            LinkButton {
                objectName: "report"
                Layout.fillWidth: true
                visible: page.group.canReport
                text: qsTr("Something not right?")
                detail: qsTr("Tell the network, by e-mail")
                onClicked: Qt.openUrlExternally(page.group.reportUrl)
            }

            LinkButton {
                objectName: "contactPerson"
                Layout.fillWidth: true
                text: qsTr("I am the contact person of this group")
                detail: qsTr("Ask the network for a certificate, to announce changes to the meetings")
                onClicked: page.contactPersonChosen(page.group.groupId)
            }
        }
    }
}
