// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kring

// Contactpersoon: enrolment and announcements for a group's contact person.
Page {
    id: page

    title: qsTr("Contact person")

    signal back

    background: Rectangle {
        color: Theme.background
    }

    header: PageHeader {
        title: page.title
        showBack: true
        onBack: page.back()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin

        Notice {
            Layout.fillWidth: true
            title: qsTr("For contact persons of a group: coming soon")
            text: qsTr("Contact persons certified by the network will be able to announce a cancelled or moved meeting here. Every announcement is signed, so nobody can send people to a fake meeting.")
        }

        Item {
            Layout.fillHeight: true
        }
    }
}
