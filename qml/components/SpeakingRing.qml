// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Kring
import Kring.App

// The speaking timer as a ring that empties as the speaker's time runs out, with the time left in the middle
// (also what a screen reader says).
Item {
    id: ring

    required property SpeakingTimer timer
    readonly property real diameter: Math.max(200, Math.min(260, timeLabel.implicitWidth + 2 * Theme.margin + 2 * thickness))
    readonly property real thickness: 14

    implicitWidth: diameter
    implicitHeight: diameter
    Accessible.role: Accessible.ProgressBar
    Accessible.name: ring.timer.finished ? qsTr("Time is up for speaker %1").arg(ring.timer.speaker) : qsTr("%1 left for speaker %2").arg(ring.timer.remainingText).arg(ring.timer.speaker)

    Canvas {
        id: canvas

        anchors.fill: parent
        // Repainted when the time left, the size or the state changes.
        readonly property real fraction: ring.timer.fraction
        readonly property bool finished: ring.timer.finished
        onFractionChanged: requestPaint()
        onFinishedChanged: requestPaint()
        onWidthChanged: requestPaint()
        onPaint: {
            const context = getContext("2d");
            context.reset();
            const radius = (Math.min(width, height) - ring.thickness) / 2;
            const centreX = width / 2;
            const centreY = height / 2;
            context.lineWidth = ring.thickness;
            context.lineCap = "round";
            context.strokeStyle = Theme.divider;
            context.beginPath();
            context.arc(centreX, centreY, radius, 0, 2 * Math.PI);
            context.stroke();
            if (fraction > 0) {
                // From the top, clockwise, as much as is left.
                context.strokeStyle = Theme.accent;
                context.beginPath();
                context.arc(centreX, centreY, radius, -Math.PI / 2, -Math.PI / 2 + 2 * Math.PI * fraction);
                context.stroke();
            }
        }
    }

    Column {
        anchors.centerIn: parent
        width: ring.diameter - 2 * ring.thickness - Theme.margin
        spacing: 2

        Label {
            id: timeLabel

            objectName: "remainingTime"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: ring.timer.remainingText
            font.pixelSize: Math.round(Theme.titleSize * 2)
            font.weight: Font.DemiBold
            color: Theme.text
            Accessible.ignored: true
        }

        Label {
            objectName: "speakerNumber"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: ring.timer.finished ? qsTr("Time is up") : qsTr("Speaker %1").arg(ring.timer.speaker)
            color: Theme.secondaryText
            wrapMode: Text.Wrap
            Accessible.ignored: true
        }
    }
}
