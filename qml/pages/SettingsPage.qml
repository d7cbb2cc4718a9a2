// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kring
import Kring.App

// Instellingen en Over: privacy, the app lock, discretion, updates, language, notifications, contact
// persons, and the way to Over Kring.
Page {
    id: page

    title: qsTr("More")

    property string language
    property string keyWarning
    property bool notificationsEnabled
    // The app lock; without one (tests of other sections) its section is left out.
    property AppLock lock
    property PrivateNotesController notes
    property int calendarTitle: AppController.TitleByTheme
    // "" (follow the phone), "nl" or "en".
    property string languageChoice

    signal calendarTitleChosen(int choice)
    signal languageChosen(string choice)
    signal welcomeChosen
    signal aboutChosen
    // Nieuws van het netwerk: how many items are shown and how many of them are new.
    property int newsCount
    property int newNewsCount
    signal newsChosen

    signal notificationsToggled(bool enabled)
    required property SyncSettings syncSettings

    signal contactPersonChosen
    // A share link of an announcement the person pasted, to be opened as if it was tapped.
    signal linkPasted(string link)

    background: Rectangle {
        color: Theme.background
    }

    // Stands in while no lock is given, so the section's bindings have an object.
    AppLock {
        id: fallbackLock
    }

    header: PageHeader {
        title: page.title
    }

    // Scrolls to the app lock (the first-start note's link).
    function showLockSettings() {
        flick.contentY = Math.max(0, Math.min(lockTitle.y, flick.contentHeight - flick.height));
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

            NewsEntry {
                objectName: "newsEntry"
                Layout.fillWidth: true
                count: page.newsCount
                newCount: page.newNewsCount
                onClicked: page.newsChosen()
            }

            SectionTitle {
                Layout.fillWidth: true
                text: qsTr("Your privacy")
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("Kring has no accounts and no tracking. The whole group directory is on this phone, so what you search for and where you are never leave it. What Kring keeps is stored encrypted.")
                color: Theme.text
                wrapMode: Text.Wrap
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("Someone who can unlock this phone, or who installed monitoring software on it, may still see that you use Kring.")
                color: Theme.secondaryText
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }

            LinkButton {
                objectName: "welcomeLink"
                Layout.fillWidth: true
                text: qsTr("What Kring protects, and what it cannot")
                detail: qsTr("The note you saw when you first started Kring")
                onClicked: page.welcomeChosen()
            }

            Notice {
                Layout.fillWidth: true
                visible: page.keyWarning.length > 0
                warning: true
                title: qsTr("How your data is locked")
                text: page.keyWarning
            }

            SectionTitle {
                id: lockTitle

                objectName: "lockSettings"
                Layout.fillWidth: true
                text: qsTr("App lock")
            }

            Label {
                objectName: "pinExplanation"
                Layout.fillWidth: true
                text: qsTr("A PIN keeps your data in Kring locked for someone who picks up your unlocked phone or gets a copy of your files. It does not protect against someone who knows your PIN or sees you type it, nor against monitoring software on your phone. If you forget your PIN, nobody can open your data again, not even the makers of Kring.")
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }

            PinSection {
                Layout.fillWidth: true
                visible: page.lock !== null
                lock: page.lock ?? fallbackLock
            }

            DiscretionSection {
                Layout.fillWidth: true
                calendarTitle: page.calendarTitle
                notes: page.notes
                onCalendarTitleChosen: choice => page.calendarTitleChosen(choice)
            }

            SyncSection {
                Layout.fillWidth: true
                settings: page.syncSettings
            }

            SectionTitle {
                Layout.fillWidth: true
                text: qsTr("Language")
            }

            Label {
                Layout.fillWidth: true
                text: page.language === "en" ? qsTr("Kring speaks English now.") : qsTr("Kring speaks Dutch now.")
                color: Theme.text
                wrapMode: Text.Wrap
            }

            Repeater {
                model: [{
                        "choice": "",
                        "label": qsTr("Follow the language of the phone")
                    }, {
                        "choice": "nl",
                        "label": "Nederlands"
                    }, {
                        "choice": "en",
                        "label": "English"
                    }]

                RadioButton {
                    required property var modelData

                    objectName: "language" + (modelData.choice.length > 0 ? modelData.choice : "Phone")
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touchTarget
                    text: modelData.label
                    checked: page.languageChoice === modelData.choice
                    Accessible.name: text
                    onClicked: page.languageChosen(modelData.choice)
                }
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("A new choice takes effect the next time Kring starts.")
                color: Theme.secondaryText
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }

            SectionTitle {
                Layout.fillWidth: true
                text: qsTr("Notifications")
            }

            Switch {
                id: notificationsSwitch

                objectName: "notificationsSwitch"
                Layout.fillWidth: true
                implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
                text: qsTr("Show a notification when a group you follow has news")
                checked: page.notificationsEnabled
                Accessible.name: text
                onToggled: page.notificationsToggled(checked)

                contentItem: Label {
                    leftPadding: notificationsSwitch.indicator.width + notificationsSwitch.spacing
                    text: notificationsSwitch.text
                    color: Theme.text
                    wrapMode: Text.Wrap
                    verticalAlignment: Text.AlignVCenter
                }
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("It only says \"There is news in Kring\": never which group, where or when.")
                color: Theme.secondaryText
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }

            SectionTitle {
                Layout.fillWidth: true
                text: qsTr("A link to an announcement")
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("Did you get a link from your group that does not open Kring by itself? Paste it here. Kring checks it on this phone.")
                color: Theme.secondaryText
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }

            TextField {
                id: linkField

                objectName: "linkField"
                Layout.fillWidth: true

                Layout.minimumHeight: Theme.touchTarget
                placeholderText: qsTr("Paste the link here")
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoPredictiveText
                Accessible.name: qsTr("Link to an announcement")
            }

            Button {
                objectName: "openLink"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                enabled: linkField.text.trim().length > 0
                text: qsTr("Open link")
                Accessible.name: text
                onClicked: {
                    page.linkPasted(linkField.text.trim());
                    linkField.clear();
                }
            }

            SectionTitle {
                Layout.fillWidth: true
                text: qsTr("For contact persons")
            }

            LinkButton {
                Layout.fillWidth: true
                text: qsTr("Contact person of a group")
                detail: qsTr("Announce changes to your group's meetings")
                onClicked: page.contactPersonChosen()
            }

            SectionTitle {
                Layout.fillWidth: true
                text: qsTr("About Kring")
            }

            LinkButton {
                objectName: "aboutLink"
                Layout.fillWidth: true
                text: qsTr("Privacy, credits and licences")
                detail: qsTr("Version %1").arg(Qt.application.version)
                onClicked: page.aboutChosen()
            }
        }
    }
}
