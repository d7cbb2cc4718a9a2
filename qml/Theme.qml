// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton

import QtQuick

// Colours, sizes and spacing in one place. Colours meet WCAG AA (4.5:1) for text on their backgrounds.
QtObject {
    readonly property color background: "#fbfaf7"
    readonly property color surface: "#ffffff"
    readonly property color text: "#1d1b20"
    readonly property color secondaryText: "#55535a" // 7.0:1 on surface
    readonly property color accent: "#00695c"        // 6.5:1 on surface
    readonly property color textOnAccent: "#ffffff"
    readonly property color accentSoft: "#e0f2ef"
    readonly property color divider: "#e4e1e6"
    readonly property color warning: "#8a4b00" // 6.0:1 on surface

    // Every text size derives from baseSize, so one factor (the large-text setting, the meeting kit) scales it all.
    property real textScale: 1.0
    readonly property real baseSize: Math.round(16 * textScale)
    readonly property real bodySize: baseSize
    readonly property real smallSize: Math.round(baseSize * 0.875)
    readonly property real titleSize: Math.round(baseSize * 1.375)
    readonly property real headingSize: Math.round(baseSize * 1.125)
    readonly property string fontFamily: "Inter"

    readonly property int touchTarget: 48
    readonly property int spacing: 8
    readonly property int margin: 16
    readonly property int radius: 12
}
