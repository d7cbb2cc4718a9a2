// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kring
import Kring.App

// Nieuws van het netwerk: short news signed by the network, kept on the phone and shown offline; only
// those for everyone and for the person's regions, and none past its end date. A link shows its host first.
Page {
    id: page

    title: qsTr("News from the network")

    required property NewsController news

    signal back

    background: Rectangle {
        color: Theme.background
    }

    header: PageHeader {
        title: page.title
        showBack: true
        onBack: page.back()
    }

    // What was shown counts as seen once the person leaves the page (so it stays highlighted while read).
    StackView.onDeactivated: page.news.markSeen()

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
            spacing: Theme.spacing * 1.5

            Notice {
                objectName: "newsProblem"
                Layout.fillWidth: true
                visible: page.news.problem.length > 0
                warning: true
                text: page.news.problem
            }

            Notice {
                objectName: "noNews"
                Layout.fillWidth: true
                visible: page.news.count === 0
                title: qsTr("No news")
                text: qsTr("When the network shares news for everyone or for your region, you read it here. Kring checks it is really from the network.")
            }

            Repeater {
                model: page.news.items

                Rectangle {
                    id: card

                    required property var modelData
                    property bool confirming: false

                    Layout.fillWidth: true
                    implicitHeight: cardColumn.implicitHeight + 2 * Theme.margin
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: card.modelData.isNew ? Theme.accent : Theme.divider
                    border.width: card.modelData.isNew ? 2 : 1

                    ColumnLayout {
                        id: cardColumn

                        anchors.fill: parent
                        anchors.margins: Theme.margin
                        spacing: Theme.spacing / 2

                        Label {
                            Layout.fillWidth: true
                            text: card.modelData.isNew ? qsTr("New · %1").arg(card.modelData.date) : card.modelData.date
                            color: card.modelData.isNew ? Theme.accent : Theme.secondaryText
                            font.pixelSize: Theme.smallSize
                            font.weight: card.modelData.isNew ? Font.DemiBold : Font.Normal
                            wrapMode: Text.Wrap
                        }

                        Label {
                            Layout.fillWidth: true
                            text: card.modelData.title
                            color: Theme.text
                            font.pixelSize: Theme.headingSize
                            font.weight: Font.DemiBold
                            wrapMode: Text.Wrap
                            Accessible.role: Accessible.Heading
                            Accessible.name: text
                        }

                        Label {
                            Layout.fillWidth: true
                            text: card.modelData.text
                            color: Theme.text
                            wrapMode: Text.Wrap
                            textFormat: Text.PlainText
                        }

                        LinkButton {
                            objectName: card.modelData.link.length > 0 ? "readMore" : ""
                            Layout.fillWidth: true
                            visible: card.modelData.link.length > 0 && !card.confirming
                            text: qsTr("Read more")
                            detail: qsTr("On %1, in your browser").arg(card.modelData.host)
                            Accessible.name: qsTr("Read more on %1").arg(card.modelData.host)
                            onClicked: card.confirming = true
                        }

                        // The host first: the link opens only when the person says so.
                        Label {
                            Layout.fillWidth: true
                            visible: card.confirming
                            text: qsTr("This opens %1 in your browser. The website can see that someone visits it; Kring sends nothing along.").arg(card.modelData.host)
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }

                        Flow {
                            Layout.fillWidth: true
                            visible: card.confirming
                            spacing: Theme.spacing

                            PrimaryButton {
                                objectName: "openNewsLink"
                                text: qsTr("Open")
                                Accessible.name: qsTr("Open %1").arg(card.modelData.host)
                                onClicked: {
                                    card.confirming = false;
                                    Qt.openUrlExternally(card.modelData.link);
                                }
                            }

                            Button {
                                text: qsTr("Cancel")
                                Accessible.name: text
                                flat: true
                                onClicked: card.confirming = false
                            }
                        }
                    }
                }
            }
        }
    }
}
