// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Kring.App

ApplicationWindow {
    id: window

    required property AppController app
    // True when nothing is loading and no page transition runs: screenshots and tests wait for it.
    readonly property bool settled: !app.loading && !stack.busy
    readonly property string currentTitle: (stack.currentItem as Page)?.title ?? ""

    // Shows a main page by name ("find", "group", "followed", "meeting", "contact", "settings").
    function showPage(name) {
        const tabs = ["find", "followed", "meeting", "settings"];
        if (name === "group") {
            showPage("find");
            if (app.groups.count === 0)
                return false;
            openGroup(app.groups.data(app.groups.index(0, 0), GroupListModel.GroupIdRole));
            return true;
        }
        if (name === "contact") {
            showPage("settings");
            stack.push(contactPage, {}, StackView.Immediate);
            return true;
        }
        const tab = tabs.indexOf(name);
        if (tab < 0)
            return false;
        navigation.currentIndex = tab;
        stack.replace(null, [findPage, followedPage, meetingPage, settingsPage][tab], {}, StackView.Immediate);
        return true;
    }

    function openGroup(groupId) {
        app.openGroup(groupId);
        stack.push(groupPage);
    }

    width: 390
    height: 844
    visible: true
    title: qsTr("Kring")
    color: Theme.background
    font.family: Theme.fontFamily
    font.pixelSize: Theme.bodySize

    StackView {
        id: stack

        anchors.fill: parent
        initialItem: findPage
    }

    Component {
        id: findPage

        FindPage {
            groups: window.app.groups
            loading: window.app.loading
            errorMessage: window.app.errorMessage
            onGroupChosen: groupId => window.openGroup(groupId)
        }
    }

    Component {
        id: groupPage

        GroupPage {
            group: window.app.currentGroup
            onBack: stack.pop()
        }
    }

    Component {
        id: followedPage

        FollowedPage {}
    }

    Component {
        id: meetingPage

        MeetingPage {}
    }

    Component {
        id: settingsPage

        SettingsPage {
            language: window.app.language
            onContactPersonChosen: stack.push(contactPage)
        }
    }

    Component {
        id: contactPage

        ContactPage {
            onBack: stack.pop()
        }
    }

    footer: NavigationBar {
        id: navigation

        onTabChosen: index => window.showPage(["find", "followed", "meeting", "settings"][index])
    }
}
