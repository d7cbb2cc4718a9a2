// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Kring
import Kring.App

// The finder's filters as one row of chips that scrolls sideways under the thumb.
Flickable {
    id: chips

    required property FinderModel finder

    // One entry per chip: the finder property it shows, and for a set of flags the flag it stands for
    // (`flags`: what a tap switches, when more than the flag itself), for a choice the value it picks.
    readonly property var filters: [
        { text: qsTr("For myself"), property: "audience", value: "self" },
        { text: qsTr("For relatives"), property: "audience", value: "relatives" },
        { text: qsTr("Women"), name: qsTr("Groups for women"), property: "targetGroups", flag: FinderModel.Women, objectName: "womenChip" },
        { text: qsTr("Men"), name: qsTr("Groups for men"), property: "targetGroups", flag: FinderModel.Men },
        { text: qsTr("Young people"), name: qsTr("Groups for young people"), property: "targetGroups", flag: FinderModel.YoungPeople },
        { text: qsTr("LGBTQ+"), name: qsTr("Groups for LGBTQ+ people"), property: "targetGroups", flag: FinderModel.Lgbtq },
        { text: qsTr("Morning"), property: "partsOfDay", flag: FinderModel.Morning },
        { text: qsTr("Afternoon"), property: "partsOfDay", flag: FinderModel.Afternoon },
        { text: qsTr("Evening"), property: "partsOfDay", flag: FinderModel.Evening },
        { text: qsTr("Online"), property: "attendance", flag: FinderModel.Online, flags: FinderModel.Online | FinderModel.Hybrid },
        { text: qsTr("Wheelchair access"), property: "wheelchairOnly" },
        { text: qsTr("Mon"), name: qsTr("Monday"), property: "weekdays", flag: FinderModel.Monday },
        { text: qsTr("Tue"), name: qsTr("Tuesday"), property: "weekdays", flag: FinderModel.Tuesday },
        { text: qsTr("Wed"), name: qsTr("Wednesday"), property: "weekdays", flag: FinderModel.Wednesday },
        { text: qsTr("Thu"), name: qsTr("Thursday"), property: "weekdays", flag: FinderModel.Thursday },
        { text: qsTr("Fri"), name: qsTr("Friday"), property: "weekdays", flag: FinderModel.Friday },
        { text: qsTr("Sat"), name: qsTr("Saturday"), property: "weekdays", flag: FinderModel.Saturday },
        { text: qsTr("Sun"), name: qsTr("Sunday"), property: "weekdays", flag: FinderModel.Sunday }
    ]

    function isOn(filter) {
        const current = finder[filter.property];
        if (filter.value !== undefined)
            return current === filter.value;
        if (filter.flag !== undefined)
            return (current & filter.flag) !== 0;
        return current;
    }

    function toggle(filter) {
        const current = finder[filter.property];
        if (filter.value !== undefined)
            finder[filter.property] = current === filter.value ? "" : filter.value;
        else if (filter.flag !== undefined)
            finder[filter.property] = isOn(filter) ? current & ~(filter.flags ?? filter.flag) : current | (filter.flags ?? filter.flag);
        else
            finder[filter.property] = !current;
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

        Repeater {
            model: chips.filters

            Chip {
                required property var modelData

                objectName: modelData.objectName ?? ""
                text: modelData.text
                Accessible.name: modelData.name ?? modelData.text
                checked: chips.isOn(modelData)
                onClicked: chips.toggle(modelData)
            }
        }
    }
}
