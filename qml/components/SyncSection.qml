// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kring
import Kring.App

// The settings page's part about updating the group directory: when it was last updated (or why not),
// "Update now", how often Kring updates by itself, a SOCKS5 proxy such as Orbot, and (advanced) the address
// of the feed.
ColumnLayout {
    id: section

    required property SyncSettings settings

    spacing: Theme.spacing

    SectionTitle {
        Layout.fillWidth: true
        text: qsTr("Updating the groups")
    }

    Label {
        objectName: "syncStatus"
        Layout.fillWidth: true
        text: section.settings.statusText
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    Notice {
        objectName: "syncProblem"
        Layout.fillWidth: true
        visible: section.settings.problemText.length > 0
        warning: true
        title: qsTr("The last update did not work")
        text: section.settings.problemText
    }

    Button {
        objectName: "syncNowButton"
        implicitHeight: Theme.touchTarget
        text: section.settings.busy ? qsTr("Updating…") : qsTr("Update now")
        enabled: section.settings.canSync && !section.settings.busy
        Accessible.name: qsTr("Update the group directory now")
        onClicked: section.settings.syncNow()
    }

    Label {
        Layout.fillWidth: true
        topPadding: Theme.spacing
        text: qsTr("Update by itself")
        font.weight: Font.DemiBold
        color: Theme.text
    }

    RadioButton {
        objectName: "interval" + SyncSettings.Every15Minutes
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        text: qsTr("Every 15 minutes")
        checked: section.settings.interval === SyncSettings.Every15Minutes
        Accessible.name: qsTr("Update by itself: %1").arg(text)
        onClicked: section.settings.interval = SyncSettings.Every15Minutes
    }

    RadioButton {
        objectName: "interval" + SyncSettings.Hourly
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        text: qsTr("Every hour")
        checked: section.settings.interval === SyncSettings.Hourly
        Accessible.name: qsTr("Update by itself: %1").arg(text)
        onClicked: section.settings.interval = SyncSettings.Hourly
    }

    RadioButton {
        objectName: "interval" + SyncSettings.Off
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        text: qsTr("Off: only when you ask")
        checked: section.settings.interval === SyncSettings.Off
        Accessible.name: qsTr("Update by itself: %1").arg(text)
        onClicked: section.settings.interval = SyncSettings.Off
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("Kring also updates when you open it. When this is off, Kring only updates when you tap Update now or pull a list down.")
        color: Theme.secondaryText
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }

    Switch {
        id: proxySwitch

        objectName: "proxySwitch"
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        topPadding: Theme.spacing
        text: qsTr("Through a proxy, such as Orbot for Tor")
        // Stays on while an address that is not one waits to be corrected.
        checked: section.settings.proxyEnabled || section.settings.proxyError.length > 0
        Accessible.name: text
        onToggled: section.settings.setProxy(checked, proxyField.text)
    }

    TextField {
        id: proxyField

        objectName: "proxyField"
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget + 8
        visible: proxySwitch.checked
        text: section.settings.proxyAddress
        placeholderText: "127.0.0.1:9050"
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase | Qt.ImhPreferNumbers
        Accessible.name: qsTr("Proxy address and port")
        onEditingFinished: section.settings.setProxy(proxySwitch.checked, text)
    }

    Label {
        objectName: "proxyError"
        Layout.fillWidth: true
        visible: text.length > 0
        text: section.settings.proxyError
        color: Theme.warning
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    Label {
        Layout.fillWidth: true
        visible: proxySwitch.checked
        text: qsTr("Every update then goes through this SOCKS5 proxy, web addresses included. Orbot listens on 127.0.0.1:9050.")
        color: Theme.secondaryText
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }

    Label {
        Layout.fillWidth: true
        topPadding: Theme.spacing
        text: qsTr("Advanced: address of the group directory")
        font.weight: Font.DemiBold
        color: Theme.text
        wrapMode: Text.Wrap
    }

    TextField {
        id: feedField

        objectName: "feedUrlField"
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget + 8
        text: section.settings.feedUrl
        placeholderText: qsTr("https://… (empty: the network's own)")
        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
        Accessible.name: qsTr("Address of the group directory")
        onEditingFinished: section.settings.setFeedUrl(text)
    }

    Label {
        objectName: "feedUrlError"
        Layout.fillWidth: true
        visible: text.length > 0
        text: section.settings.feedUrlError
        color: Theme.warning
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    Label {
        Layout.fillWidth: true
        visible: section.settings.feedUrlFromCommandLine
        text: qsTr("Kring was started with another address (%1); it is used for now.").arg(section.settings.effectiveFeedUrl)
        color: Theme.secondaryText
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }
}
