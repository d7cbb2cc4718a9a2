// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kring
import Kring.App

// Contactpersoon: the contact key on this phone, its certificate, the group's coming meetings with one tap to
// announce a change, and what was sent.
Page {
    id: page

    required property ContactController contact

    title: qsTr("Contact person")

    signal back
    signal findGroup

    readonly property bool certified: contact.state === "certified"
    readonly property bool needsCertificate: contact.state === "waiting" || contact.state === "expired" || contact.state === "revoked" || contact.state === "superseded" || contact.state === "notYetValid"

    function openSheet(kind, date) {
        sheet.kind = kind;
        sheet.date = date;
        contact.cancelDraft();
        sheet.open();
    }

    background: Rectangle {
        color: Theme.background
    }

    header: PageHeader {
        title: page.title
        showBack: true
        onBack: page.back()
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true

        ColumnLayout {
            id: column

            x: Theme.margin
            y: Theme.spacing
            width: parent.width - 2 * Theme.margin
            spacing: Theme.spacing

            Notice {
                Layout.fillWidth: true
                visible: page.contact.message.length > 0
                warning: page.contact.messageIsError
                text: page.contact.message
            }

            // Nobody enrolled on this phone yet.
            Notice {
                Layout.fillWidth: true
                visible: page.contact.state === "none"
                title: qsTr("Are you the contact person of a group?")
                text: qsTr("Look up your group and choose \"I am the contact person\" on its page. Kring makes a key on this phone, and the network confirms it is you. Then you can tell everyone when a meeting is cancelled or moved, and Kring checks every announcement.")
            }

            PrimaryButton {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                visible: page.contact.state === "none"
                text: qsTr("Look up your group")
                Accessible.name: text
                onClicked: page.findGroup()
            }

            Notice {
                Layout.fillWidth: true
                visible: page.contact.state === "unavailable"
                warning: true
                text: qsTr("Kring's data is not open, so there is nothing to show here now.")
            }

            // The group and where the certificate stands.
            Label {
                Layout.fillWidth: true
                visible: page.contact.groupId.length > 0
                text: page.contact.groupName.length > 0 ? page.contact.groupName : page.contact.groupId
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
                color: Theme.text
                wrapMode: Text.Wrap
            }

            Notice {
                Layout.fillWidth: true
                visible: page.contact.statusText.length > 0
                warning: page.contact.state === "expired" || page.contact.state === "revoked" || page.contact.state === "superseded"
                text: page.contact.statusText
            }

            // The request code, to be certified by the network.
            SectionTitle {
                Layout.fillWidth: true
                visible: page.needsCertificate
                text: qsTr("Your request code")
            }

            Label {
                objectName: "requestCode"
                Layout.fillWidth: true
                visible: page.needsCertificate
                text: page.contact.requestCode
                font.family: "monospace"
                font.pixelSize: Theme.smallSize
                color: Theme.text
                wrapMode: Text.WrapAnywhere
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Request code")
            }

            Image {
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: Math.min(column.width, 200)
                Layout.preferredHeight: Layout.preferredWidth
                visible: page.needsCertificate && page.contact.requestCode.length > 0
                source: visible ? "image://qr/" + encodeURIComponent(page.contact.requestCode) : ""
                sourceSize.width: 400
                sourceSize.height: 400
                smooth: false
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("QR code of your request code")
            }

            Button {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                visible: page.needsCertificate
                text: qsTr("Copy request code")
                Accessible.name: text
                onClicked: page.contact.copyToClipboard(page.contact.requestCode)
            }

            SectionTitle {
                Layout.fillWidth: true
                visible: page.needsCertificate
                text: qsTr("Certificate from the network")
            }

            TextArea {
                id: certificateField

                objectName: "certificateField"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget * 2
                visible: page.needsCertificate
                placeholderText: qsTr("Paste the certificate code here")
                wrapMode: TextEdit.WrapAnywhere
                font.pixelSize: Theme.smallSize
                Accessible.name: qsTr("Certificate code")
            }

            PrimaryButton {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                visible: page.needsCertificate
                enabled: certificateField.text.trim().length > 0
                text: qsTr("Use certificate")
                Accessible.name: text
                onClicked: {
                    page.contact.importCertificate(certificateField.text);
                    if (page.certified)
                        certificateField.clear();
                }
            }

            // The group's coming meetings: one tap to announce a change.
            SectionTitle {
                Layout.fillWidth: true
                visible: page.certified
                text: qsTr("Coming meetings")
            }

            Label {
                Layout.fillWidth: true
                visible: page.certified
                text: page.contact.group.nextDates.count > 0 ? qsTr("Tap a meeting to cancel it, move it or add a note.") : qsTr("Your group has no coming meetings in the list.")
                color: Theme.secondaryText
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }

            Repeater {
                model: page.certified ? page.contact.group.nextDates : null

                delegate: NextDateRow {
                    id: dateRow

                    required dateText
                    required timeText
                    required statusText
                    required takesPlace
                    required meetingName
                    required notes
                    required property date start

                    Layout.fillWidth: true

                    TapHandler {
                        onTapped: page.openSheet("cancel", Qt.formatDate(dateRow.start, "yyyy-MM-dd"))
                    }
                }
            }

            LinkButton {
                objectName: "holidayStop"
                Layout.fillWidth: true
                visible: page.certified
                text: qsTr("Holiday stop")
                detail: qsTr("No meetings for a while, for example in the summer")
                onClicked: page.openSheet("pause", "")
            }

            LinkButton {
                Layout.fillWidth: true
                visible: page.certified
                text: qsTr("Change the regular schedule")
                detail: qsTr("Propose a new day, time or place from a date on")
                onClicked: page.openSheet("reschedule", "")
            }

            // What was sent, and whether the network has it.
            SectionTitle {
                Layout.fillWidth: true
                visible: page.contact.history.length > 0
                text: qsTr("Sent")
            }

            Repeater {
                model: page.contact.history

                delegate: Rectangle {
                    id: sentRow

                    required property var modelData

                    Layout.fillWidth: true
                    implicitHeight: sentColumn.implicitHeight + 2 * Theme.spacing
                    color: Theme.surface
                    radius: Theme.radius
                    border.color: Theme.divider

                    ColumnLayout {
                        id: sentColumn

                        anchors.fill: parent
                        anchors.margins: Theme.spacing
                        spacing: 2

                        Label {
                            Layout.fillWidth: true
                            text: sentRow.modelData.text
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }

                        Label {
                            Layout.fillWidth: true
                            text: sentRow.modelData.deliveryText
                            color: sentRow.modelData.delivered ? Theme.accent : Theme.secondaryText
                            font.pixelSize: Theme.smallSize
                            wrapMode: Text.Wrap
                        }

                        Button {
                            Layout.preferredHeight: Theme.touchTarget
                            flat: true
                            text: qsTr("Copy link for your group's chat")
                            Accessible.name: text
                            onClicked: page.contact.copyToClipboard(page.contact.linkOf(sentRow.modelData.id))
                        }

                        Button {
                            id: withdrawButton

                            Layout.preferredHeight: Theme.touchTarget
                            visible: sentRow.modelData.canWithdraw && !confirmWithdraw.visible
                            flat: true
                            text: qsTr("Take back")
                            Accessible.name: qsTr("Take back: %1").arg(sentRow.modelData.text)
                            onClicked: confirmWithdraw.visible = true
                        }

                        // Asked once more, in place: phones that have it drop the announcement.
                        PrimaryButton {
                            id: confirmWithdraw

                            Layout.fillWidth: true
                            Layout.preferredHeight: Theme.touchTarget
                            visible: false
                            text: qsTr("Yes, take this announcement back")
                            Accessible.name: text
                            onClicked: {
                                visible = false;
                                page.contact.withdraw(sentRow.modelData.id);
                            }
                        }
                    }
                }
            }

            Button {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                visible: page.contact.groupId.length > 0
                flat: true
                text: qsTr("Remove the contact key from this phone")
                Accessible.name: text
                onClicked: confirmForget.visible = true
            }

            // Asked once more, in place: removing cannot be undone.
            ColumnLayout {
                id: confirmForget

                Layout.fillWidth: true
                visible: false
                spacing: Theme.spacing

                Label {
                    Layout.fillWidth: true
                    text: qsTr("You can no longer send announcements from this phone. To start again, you need a new certificate from the network.")
                    color: Theme.text
                    wrapMode: Text.Wrap
                }

                Button {
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTarget
                    text: qsTr("Yes, remove the contact key")
                    Accessible.name: text
                    onClicked: {
                        confirmForget.visible = false;
                        page.contact.forget();
                    }
                }
            }
        }
    }

    AnnouncementSheet {
        id: sheet

        contact: page.contact
        width: page.width
        height: Math.min(page.height, implicitHeight)
    }
}
