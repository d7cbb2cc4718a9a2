// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Kring

// Pull a list down past `threshold` and let go to update the group directory. Shown above the list while it
// is pulled or while the update runs ("Updating…"). The same update is on the settings page as a button,
// for those who cannot make the gesture.
Item {
    id: pull

    required property Flickable view
    property bool busy: false
    property bool enabled: true
    readonly property real threshold: 64
    readonly property real pulled: Math.max(0, -view.verticalOvershoot)
    readonly property bool armed: pulled >= threshold

    signal refresh

    // Called when the pull is let go of; also for tests.
    function release() {
        if (pull.armed && pull.enabled && !pull.busy)
            pull.refresh();
    }

    readonly property bool shown: busy || (enabled && pulled > 0)

    height: shown ? Theme.touchTarget : 0
    visible: shown

    Connections {
        target: pull.view

        function onDragEnded() {
            pull.release();
        }
    }

    Label {
        id: label

        objectName: "pullLabel"
        anchors.centerIn: parent
        text: pull.busy ? qsTr("Updating…") : pull.armed ? qsTr("Release to update") : qsTr("Pull down to update")
        color: Theme.secondaryText
        font.pixelSize: Theme.smallSize
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
}
