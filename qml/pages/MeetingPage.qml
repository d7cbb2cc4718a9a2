// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kring
import Kring.App

// Bijeenkomst: the meeting kit, used during a meeting and without internet. In the order of a meeting: the
// group's opening, its agreements, the speaking timer for the rounds, its closing; then what the network
// stands for and the help lines of the group's country.
Page {
    id: page

    required property MeetingKit kit
    // The group list is open (always when no group is picked yet).
    property bool choosing: false
    readonly property bool showChoices: (choosing || !kit.hasGroup) && kit.choices.length > 0
    // The size texts are read aloud in: much larger in the reading mode, and always following Theme's scale
    // (the system font size).
    readonly property real readingSize: kit.largeText ? Math.round(Theme.bodySize * 1.6) : Theme.bodySize

    signal findRequested

    title: qsTr("Meeting")

    background: Rectangle {
        color: Theme.background
    }

    header: PageHeader {
        title: page.title
    }

    Flickable {
        id: flickable

        objectName: "meetingFlickable"
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ScrollIndicator.vertical: ScrollIndicator {}

        ColumnLayout {
            id: column

            x: Theme.margin
            y: Theme.margin
            width: flickable.width - 2 * Theme.margin
            spacing: Theme.spacing

            Notice {
                objectName: "meetingEmpty"
                Layout.fillWidth: true
                visible: !page.kit.hasGroup && page.kit.choices.length === 0
                title: qsTr("Your group's meeting, on this phone")
                text: qsTr("Here you find your group's opening and closing texts and agreements, a timer for speaking rounds, and help lines, all without internet. Follow your group, or open it and tap \"Open in Meeting\".")
            }

            Button {
                objectName: "findGroup"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                visible: !page.kit.hasGroup && page.kit.choices.length === 0
                text: qsTr("Find your group")
                Accessible.name: text
                onClicked: page.findRequested()
            }

            // The group in use.
            Label {
                objectName: "meetingGroupName"
                Layout.fillWidth: true
                visible: page.kit.hasGroup
                text: page.kit.groupName
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Label {
                objectName: "meetingWhen"
                Layout.fillWidth: true
                visible: page.kit.hasGroup && page.kit.whenText.length > 0
                text: page.kit.whenText
                color: Theme.secondaryText
                wrapMode: Text.Wrap
            }

            LinkButton {
                objectName: "chooseGroup"
                Layout.fillWidth: true
                visible: page.kit.hasGroup && page.kit.choices.length > 0
                text: page.choosing ? qsTr("Keep this group") : qsTr("Choose another group")
                detail: qsTr("From the groups you follow")
                onClicked: page.choosing = !page.choosing
            }

            SectionTitle {
                Layout.fillWidth: true
                visible: page.showChoices
                text: qsTr("Which group meets?")
            }

            Repeater {
                objectName: "meetingChoices"
                model: page.showChoices ? page.kit.choices : []

                ItemDelegate {
                    id: choice

                    required property var modelData
                    required property int index

                    objectName: "meetingChoice" + index
                    Layout.fillWidth: true
                    implicitHeight: Math.max(Theme.touchTarget + 8, implicitContentHeight + topPadding + bottomPadding)
                    leftPadding: 0
                    rightPadding: 0
                    highlighted: choice.modelData.groupId === page.kit.groupId
                    Accessible.name: choice.modelData.name + (choice.modelData.whenText.length > 0 ? ", " + choice.modelData.whenText : "")
                    onClicked: {
                        page.kit.pick(choice.modelData.groupId);
                        page.choosing = false;
                    }

                    contentItem: Column {
                        spacing: 2

                        Label {
                            width: parent.width
                            text: choice.modelData.name
                            color: Theme.accent
                            font.weight: Font.DemiBold
                            wrapMode: Text.Wrap
                        }

                        Label {
                            width: parent.width
                            visible: text.length > 0
                            text: choice.modelData.whenText
                            color: choice.modelData.now ? Theme.text : Theme.secondaryText
                            font.pixelSize: Theme.smallSize
                            font.weight: choice.modelData.now ? Font.DemiBold : Font.Normal
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }

            Switch {
                id: largeTextSwitch

                objectName: "largeText"
                Layout.fillWidth: true
                implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
                visible: page.kit.hasGroup
                text: qsTr("Large text for reading aloud")
                checked: page.kit.largeText
                Accessible.name: text
                onToggled: page.kit.largeText = checked

                contentItem: Label {
                    leftPadding: largeTextSwitch.indicator.width + largeTextSwitch.spacing
                    text: largeTextSwitch.text
                    color: Theme.text
                    wrapMode: Text.Wrap
                    verticalAlignment: Text.AlignVCenter
                }
            }

            // The texts, in the order of a meeting.
            Notice {
                objectName: "noTexts"
                Layout.fillWidth: true
                visible: page.kit.hasGroup && !page.kit.hasTexts
                text: qsTr("This group has no texts in the directory yet. The timer, the values and the help lines below work all the same.")
            }

            SectionTitle {
                Layout.fillWidth: true
                visible: page.kit.opening.length > 0
                text: qsTr("Opening")
            }

            Label {
                objectName: "openingText"
                Layout.fillWidth: true
                visible: page.kit.opening.length > 0
                text: page.kit.opening
                font.pixelSize: page.readingSize
                color: Theme.text
                wrapMode: Text.Wrap
                lineHeight: 1.15
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }

            SectionTitle {
                Layout.fillWidth: true
                visible: page.kit.agreements.length > 0
                text: qsTr("Our agreements")
            }

            Repeater {
                objectName: "agreements"
                model: page.kit.agreements

                RowLayout {
                    id: agreement

                    required property string modelData

                    Layout.fillWidth: true
                    spacing: Theme.spacing

                    Label {
                        Layout.alignment: Qt.AlignTop
                        text: "•"
                        font.pixelSize: page.readingSize
                        color: Theme.accent
                        Accessible.ignored: true
                    }

                    Label {
                        Layout.fillWidth: true
                        text: agreement.modelData
                        font.pixelSize: page.readingSize
                        color: Theme.text
                        wrapMode: Text.Wrap
                        lineHeight: 1.15
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                }
            }

            // The speaking timer for the rounds.
            SectionTitle {
                Layout.fillWidth: true
                visible: page.kit.hasGroup
                text: qsTr("Speaking rounds")
            }

            SpeakingRing {
                objectName: "speakingRing"
                Layout.alignment: Qt.AlignHCenter
                visible: page.kit.hasGroup
                timer: page.kit.timer
            }

            RowLayout {
                Layout.fillWidth: true
                visible: page.kit.hasGroup
                spacing: Theme.spacing

                Button {
                    id: fewerButton

                    objectName: "fewerMinutes"
                    Layout.minimumWidth: Theme.touchTarget
                    Layout.minimumHeight: Theme.touchTarget
                    text: "−"
                    topInset: 0
                    bottomInset: 0
                    enabled: page.kit.timer.minutes > 1
                    Accessible.name: qsTr("One minute less per round")
                    onClicked: page.kit.timer.minutes = page.kit.timer.minutes - 1

                    background: Rectangle {
                        radius: height / 2
                        color: fewerButton.enabled ? Theme.accentSoft : Theme.divider
                    }

                    contentItem: Label {
                        text: fewerButton.text
                        color: fewerButton.enabled ? Theme.accent : Theme.secondaryText
                        font.pixelSize: Theme.titleSize
                        font.weight: Font.DemiBold
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }
                }

                Label {
                    objectName: "minutesPerRound"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("%n minute(s) per round", "", page.kit.timer.minutes)
                    color: Theme.text
                    wrapMode: Text.Wrap
                }

                Button {
                    id: moreButton

                    objectName: "moreMinutes"
                    Layout.minimumWidth: Theme.touchTarget
                    Layout.minimumHeight: Theme.touchTarget
                    text: "+"
                    topInset: 0
                    bottomInset: 0
                    enabled: page.kit.timer.minutes < 10
                    Accessible.name: qsTr("One minute more per round")
                    onClicked: page.kit.timer.minutes = page.kit.timer.minutes + 1

                    background: Rectangle {
                        radius: height / 2
                        color: moreButton.enabled ? Theme.accentSoft : Theme.divider
                    }

                    contentItem: Label {
                        text: moreButton.text
                        color: moreButton.enabled ? Theme.accent : Theme.secondaryText
                        font.pixelSize: Theme.titleSize
                        font.weight: Font.DemiBold
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }
                }
            }

            Button {
                id: startPause

                objectName: "startPause"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget + 8
                visible: page.kit.hasGroup
                topInset: 0
                bottomInset: 0
                text: page.kit.timer.running ? qsTr("Pause") : page.kit.timer.paused ? qsTr("Go on") : qsTr("Start")
                font.pixelSize: Theme.headingSize
                Accessible.name: text
                onClicked: page.kit.timer.toggle()

                background: Rectangle {
                    radius: Theme.radius
                    color: startPause.down ? Qt.darker(Theme.accent, 1.2) : Theme.accent
                }

                contentItem: Label {
                    text: startPause.text
                    color: Theme.textOnAccent
                    font: startPause.font
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    wrapMode: Text.Wrap
                }
            }

            Button {
                id: nextSpeaker

                objectName: "nextSpeaker"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                visible: page.kit.hasGroup
                text: qsTr("Next speaker")
                topInset: 0
                bottomInset: 0
                Accessible.name: text
                onClicked: page.kit.timer.nextSpeaker()

                background: Rectangle {
                    radius: Theme.radius
                    color: nextSpeaker.down ? Theme.divider : Theme.accentSoft
                }

                contentItem: Label {
                    text: nextSpeaker.text
                    color: Theme.accent
                    font.weight: Font.DemiBold
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    wrapMode: Text.Wrap
                }
            }

            Switch {
                id: vibrateSwitch

                objectName: "vibrateAtEnd"
                Layout.fillWidth: true
                implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
                visible: page.kit.hasGroup
                text: qsTr("Vibrate gently when the time is up")
                checked: page.kit.timer.vibrateAtEnd
                Accessible.name: text
                onToggled: page.kit.timer.vibrateAtEnd = checked

                contentItem: Label {
                    leftPadding: vibrateSwitch.indicator.width + vibrateSwitch.spacing
                    text: vibrateSwitch.text
                    color: Theme.text
                    wrapMode: Text.Wrap
                    verticalAlignment: Text.AlignVCenter
                }
            }

            Label {
                Layout.fillWidth: true
                visible: page.kit.hasGroup
                text: qsTr("The timer never makes a sound. The screen stays on while it runs.")
                color: Theme.secondaryText
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }

            SectionTitle {
                Layout.fillWidth: true
                visible: page.kit.closing.length > 0
                text: qsTr("Closing")
            }

            Label {
                objectName: "closingText"
                Layout.fillWidth: true
                visible: page.kit.closing.length > 0
                text: page.kit.closing
                font.pixelSize: page.readingSize
                color: Theme.text
                wrapMode: Text.Wrap
                lineHeight: 1.15
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }

            Label {
                objectName: "networkTextsNote"
                Layout.fillWidth: true
                visible: page.kit.networkTexts
                text: page.kit.networkName.length > 0 ? qsTr("Where the group has no texts of its own, these are the texts of %1.").arg(page.kit.networkName) : qsTr("Where the group has no texts of its own, these are the network's texts.")
                color: Theme.secondaryText
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }

            // What self-help stands for, in the app's own words.
            SectionTitle {
                Layout.fillWidth: true
                text: qsTr("What we stand for")
            }

            Repeater {
                objectName: "values"
                model: [
                    {
                        "title": qsTr("Peer contact"),
                        "text": qsTr("You talk with people who go through the same. What counts is their experience, not a diploma.")
                    },
                    {
                        "title": qsTr("Anonymity"),
                        "text": qsTr("You do not have to say who you are. Your first name is enough.")
                    },
                    {
                        "title": qsTr("Safety"),
                        "text": qsTr("Everyone can speak here, or keep quiet, without being judged.")
                    },
                    {
                        "title": qsTr("Equality"),
                        "text": qsTr("Nobody stands above anyone else. Whoever leads the group is a peer too.")
                    },
                    {
                        "title": qsTr("Voluntariness"),
                        "text": qsTr("You come because you want to, and you are free to stay away.")
                    },
                    {
                        "title": qsTr("Own strength"),
                        "text": qsTr("You know best what is good for you. The group helps you find your own way.")
                    }
                ]

                Column {
                    id: value

                    required property var modelData

                    Layout.fillWidth: true
                    spacing: 2
                    Accessible.role: Accessible.StaticText
                    Accessible.name: value.modelData.title + ". " + value.modelData.text

                    Label {
                        width: parent.width
                        text: value.modelData.title
                        font.weight: Font.DemiBold
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }

                    Label {
                        width: parent.width
                        text: value.modelData.text
                        color: Theme.secondaryText
                        wrapMode: Text.Wrap
                    }
                }
            }

            SectionTitle {
                Layout.fillWidth: true
                visible: page.kit.helpLines.length > 0
                text: qsTr("Talk to someone now")
            }

            Repeater {
                objectName: "meetingHelpLines"
                model: page.kit.helpLines

                LinkButton {
                    required property var modelData

                    Layout.fillWidth: true
                    text: qsTr("Call %1").arg(modelData.number)
                    detail: modelData.name + ": " + modelData.what + ", " + modelData.when
                    Accessible.name: qsTr("Call %1, %2. %3").arg(modelData.name).arg(modelData.number).arg(modelData.what)
                    onClicked: Qt.openUrlExternally(modelData.callUrl)
                }
            }
        }
    }
}
