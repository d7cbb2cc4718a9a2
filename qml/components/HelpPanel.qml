// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kring
import Kring.App

// Help lines of the person's country and the network to ask, calmly: shown for a search about suicide or
// self-harm and when nothing is found. Every number is a tap to call.
ColumnLayout {
    id: panel

    required property FinderModel finder
    // The search was about suicide or self-harm: the lines come first, with a word for the person.
    property bool crisis: false

    spacing: Theme.spacing / 2

    Label {
        Layout.fillWidth: true
        visible: panel.crisis
        text: qsTr("You do not have to carry this alone. You can talk to someone now, day and night, for free and without giving your name.")
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    SectionTitle {
        Layout.fillWidth: true
        text: qsTr("Talk to someone now")
    }

    Repeater {
        objectName: "helpLines"
        model: panel.finder.helpLines

        LinkButton {
            required property var modelData

            Layout.fillWidth: true
            text: qsTr("Call %1").arg(modelData.number)
            detail: modelData.what + ": " + modelData.name + ", " + modelData.when
            Accessible.name: qsTr("Call %1, %2. %3").arg(modelData.name).arg(modelData.number).arg(modelData.what)
            onClicked: Qt.openUrlExternally(modelData.callUrl)
        }
    }

    SectionTitle {
        objectName: "askTheNetwork"
        Layout.fillWidth: true
        visible: panel.finder.networkPhone.length > 0 || panel.finder.networkEmail.length > 0
        text: qsTr("Ask the network")
    }

    Label {
        Layout.fillWidth: true
        visible: panel.finder.networkPhone.length > 0 || panel.finder.networkEmail.length > 0
        text: qsTr("The people of %1 know the groups and help you find one that suits you.").arg(panel.finder.networkName.length > 0 ? panel.finder.networkName : qsTr("the network"))
        color: Theme.secondaryText
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }

    LinkButton {
        objectName: "callNetwork"
        Layout.fillWidth: true
        visible: panel.finder.networkPhone.length > 0
        text: qsTr("Call")
        detail: panel.finder.networkPhone
        onClicked: Qt.openUrlExternally(panel.finder.networkCallUrl)
    }

    LinkButton {
        objectName: "mailNetwork"
        Layout.fillWidth: true
        visible: panel.finder.networkEmail.length > 0
        text: qsTr("E-mail")
        detail: panel.finder.networkEmail
        onClicked: Qt.openUrlExternally(panel.finder.networkMailUrl)
    }
}
