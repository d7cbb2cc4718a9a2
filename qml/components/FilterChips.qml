// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Kring
import Kring.App

// The finder's filters as one row of chips that scrolls sideways under the thumb.
Flickable {
    id: chips

    required property FinderModel finder

    function toggled(mask, bit) {
        return (mask & bit) ? (mask & ~bit) : (mask | bit);
    }

    implicitHeight: row.implicitHeight
    contentWidth: row.implicitWidth + 2 * Theme.margin
    flickableDirection: Flickable.HorizontalFlick
    boundsBehavior: Flickable.StopAtBounds
    clip: true
    Accessible.role: Accessible.ToolBar
    Accessible.name: qsTr("Filters")

    Row {
        id: row

        x: Theme.margin
        spacing: Theme.spacing

        Chip {
            text: qsTr("For myself")
            checked: chips.finder.audience === "self"
            onClicked: chips.finder.audience = checked ? "" : "self"
        }

        Chip {
            text: qsTr("For relatives")
            checked: chips.finder.audience === "relatives"
            onClicked: chips.finder.audience = checked ? "" : "relatives"
        }

        Chip {
            objectName: "womenChip"
            text: qsTr("Women")
            Accessible.name: qsTr("Groups for women")
            checked: chips.finder.targetGroups & FinderModel.Women
            onClicked: chips.finder.targetGroups = chips.toggled(chips.finder.targetGroups, FinderModel.Women)
        }

        Chip {
            text: qsTr("Men")
            Accessible.name: qsTr("Groups for men")
            checked: chips.finder.targetGroups & FinderModel.Men
            onClicked: chips.finder.targetGroups = chips.toggled(chips.finder.targetGroups, FinderModel.Men)
        }

        Chip {
            text: qsTr("Young people")
            Accessible.name: qsTr("Groups for young people")
            checked: chips.finder.targetGroups & FinderModel.YoungPeople
            onClicked: chips.finder.targetGroups = chips.toggled(chips.finder.targetGroups, FinderModel.YoungPeople)
        }

        Chip {
            text: qsTr("LGBTQ+")
            Accessible.name: qsTr("Groups for LGBTQ+ people")
            checked: chips.finder.targetGroups & FinderModel.Lgbtq
            onClicked: chips.finder.targetGroups = chips.toggled(chips.finder.targetGroups, FinderModel.Lgbtq)
        }

        Chip {
            text: qsTr("Morning")
            checked: chips.finder.partsOfDay & FinderModel.Morning
            onClicked: chips.finder.partsOfDay = chips.toggled(chips.finder.partsOfDay, FinderModel.Morning)
        }

        Chip {
            text: qsTr("Afternoon")
            checked: chips.finder.partsOfDay & FinderModel.Afternoon
            onClicked: chips.finder.partsOfDay = chips.toggled(chips.finder.partsOfDay, FinderModel.Afternoon)
        }

        Chip {
            text: qsTr("Evening")
            checked: chips.finder.partsOfDay & FinderModel.Evening
            onClicked: chips.finder.partsOfDay = chips.toggled(chips.finder.partsOfDay, FinderModel.Evening)
        }

        Chip {
            text: qsTr("Online")
            checked: chips.finder.attendance & FinderModel.Online
            onClicked: chips.finder.attendance = chips.toggled(chips.finder.attendance,
                                                               FinderModel.Online | FinderModel.Hybrid)
        }

        Chip {
            text: qsTr("Wheelchair access")
            checked: chips.finder.wheelchairOnly
            onClicked: chips.finder.wheelchairOnly = !checked
        }

        Chip {
            text: qsTr("Mon")
            Accessible.name: qsTr("Monday")
            checked: chips.finder.weekdays & FinderModel.Monday
            onClicked: chips.finder.weekdays = chips.toggled(chips.finder.weekdays, FinderModel.Monday)
        }

        Chip {
            text: qsTr("Tue")
            Accessible.name: qsTr("Tuesday")
            checked: chips.finder.weekdays & FinderModel.Tuesday
            onClicked: chips.finder.weekdays = chips.toggled(chips.finder.weekdays, FinderModel.Tuesday)
        }

        Chip {
            text: qsTr("Wed")
            Accessible.name: qsTr("Wednesday")
            checked: chips.finder.weekdays & FinderModel.Wednesday
            onClicked: chips.finder.weekdays = chips.toggled(chips.finder.weekdays, FinderModel.Wednesday)
        }

        Chip {
            text: qsTr("Thu")
            Accessible.name: qsTr("Thursday")
            checked: chips.finder.weekdays & FinderModel.Thursday
            onClicked: chips.finder.weekdays = chips.toggled(chips.finder.weekdays, FinderModel.Thursday)
        }

        Chip {
            text: qsTr("Fri")
            Accessible.name: qsTr("Friday")
            checked: chips.finder.weekdays & FinderModel.Friday
            onClicked: chips.finder.weekdays = chips.toggled(chips.finder.weekdays, FinderModel.Friday)
        }

        Chip {
            text: qsTr("Sat")
            Accessible.name: qsTr("Saturday")
            checked: chips.finder.weekdays & FinderModel.Saturday
            onClicked: chips.finder.weekdays = chips.toggled(chips.finder.weekdays, FinderModel.Saturday)
        }

        Chip {
            text: qsTr("Sun")
            Accessible.name: qsTr("Sunday")
            checked: chips.finder.weekdays & FinderModel.Sunday
            onClicked: chips.finder.weekdays = chips.toggled(chips.finder.weekdays, FinderModel.Sunday)
        }
    }
}
