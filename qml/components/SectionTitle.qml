// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Kring

Label {
    topPadding: Theme.margin
    font.pixelSize: Theme.headingSize
    font.weight: Font.DemiBold
    color: Theme.text
    wrapMode: Text.Wrap
    Accessible.role: Accessible.Heading
}
