// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kring.App

ApplicationWindow {
    id: window

    required property AppController app
    // True when nothing is loading and no page transition runs: screenshots and tests wait for it.
    readonly property bool settled: !app.loading && (app.finder.ready || app.errorMessage.length > 0) && !stack.busy
    readonly property string currentTitle: stack.depth > 1 ? (stack.currentItem as Page)?.title ?? "" : tabs.title

    // True while the lock screen or the neutral screen covers everything.
    readonly property bool hidden: app.lock.state !== AppLock.Open

    // The pages `kring --screenshots` writes, in this order (each a name showPage knows).
    readonly property var screenshotPages: ["find", "results", "crisis", "group", "group-when", "followed",
        "meeting", "contact", "settings", "welcome", "news", "lock"]

    // Shows a page by name: one of screenshotPages, or "notes" or "about" ("lock" shows the lock screen).
    function showPage(name) {
        if (name === "lock") {
            showPage("find");
            if (app.lock.pinSet)
                app.lock.lockNow();
            else
                app.lock.hide();
            return true;
        }
        if (name === "welcome" || name === "about") {
            showPage("settings");
            stack.push(name === "welcome" ? welcomePage : aboutPage, {}, StackView.Immediate);
            return true;
        }
        if (name === "notes") {
            if (!showPage("group"))
                return false;
            app.notes.open(app.currentGroup.groupId, app.currentGroup.name);
            stack.push(notesPage, {}, StackView.Immediate);
            return true;
        }
        if (name === "group-when") {
            if (!showPage("group"))
                return false;
            groupPage.showWhen = true;
            return true;
        }
        if (name === "group") {
            showPage("find");
            const groupId = app.exampleGroupId();
            if (groupId.length === 0)
                return false;
            app.openGroup(groupId);
            groupPage.showWhen = false;
            stack.push(groupPage, {}, StackView.Immediate);
            return true;
        }
        // The find page with results, and with a search about suicide (help lines first).
        if (name === "results" || name === "crisis") {
            showPage("find");
            app.finder.clearSearch();
            app.finder.text = name === "results" ? qsTr("grief") : qsTr("I do not want to live anymore");
            return true;
        }
        // The kit of a group: the one picked before, else the first followed group, else an example group.
        if (name === "meeting" && !app.meetingKit.hasGroup) {
            const first = app.meetingKit.firstChoice();
            app.meetingKit.pick(first.length > 0 ? first : app.exampleGroupId());
        }
        if (name === "news") {
            showPage("settings");
            stack.push(newsPage, {}, StackView.Immediate);
            return true;
        }
        if (name === "contact") {
            showPage("settings");
            stack.push(contactPage, {}, StackView.Immediate);
            return true;
        }
        const tab = tabNames.indexOf(name);
        if (tab < 0)
            return false;
        stack.pop(null, StackView.Immediate);
        navigation.currentIndex = tab;
        return true;
    }

    function openGroup(groupId) {
        app.openGroup(groupId);
        groupPage.showWhen = false;
        stack.push(groupPage);
    }

    readonly property var tabNames: ["find", "followed", "meeting", "settings"]

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
        initialItem: tabs
        // While hidden or locked the window draws the lock screen only (also what an app switcher shows).
        visible: !window.hidden
    }

    // The four main places, one per tab of the navigation bar.
    StackLayout {
        id: tabs

        readonly property string title: (children[currentIndex] as Page)?.title ?? ""

        currentIndex: navigation.currentIndex

        FindPage {
            finder: window.app.finder
            places: window.app.places
            locator: window.app.locator
            loading: window.app.loading
            errorMessage: window.app.errorMessage
            storeNotice: window.app.storeNotice
            feedNotice: window.app.syncSettings.problemText.length > 0 ? window.app.syncSettings.problemText : window.app.feedNotice
            canSync: window.app.syncSettings.canSync
            syncing: window.app.syncSettings.busy
            onGroupChosen: groupId => window.openGroup(groupId)
            onRefreshRequested: window.app.syncSettings.syncNow()
        }

        FollowedPage {
            groups: window.app.followedGroups
            canSync: window.app.syncSettings.canSync
            syncing: window.app.syncSettings.busy
            onGroupChosen: groupId => window.openGroup(groupId)
            onRefreshRequested: window.app.syncSettings.syncNow()
        }

        MeetingPage {
            kit: window.app.meetingKit
            onFindRequested: window.showPage("find")
        }

        SettingsPage {
            id: settingsPage

            language: window.app.language
            lock: window.app.lock
            notes: window.app.notes
            calendarTitle: window.app.calendarTitle
            languageChoice: window.app.languageChoice
            onCalendarTitleChosen: choice => window.app.calendarTitle = choice
            onLanguageChosen: choice => window.app.languageChoice = choice
            onWelcomeChosen: stack.push(welcomePage)
            onAboutChosen: stack.push(aboutPage)
            newsCount: window.app.news.count
            newNewsCount: window.app.news.newCount
            onNewsChosen: stack.push(newsPage)
            keyWarning: window.app.keyWarning
            notificationsEnabled: window.app.notificationsEnabled
            onNotificationsToggled: enabled => window.app.notificationsEnabled = enabled
            syncSettings: window.app.syncSettings
            onContactPersonChosen: stack.push(contactPage)
            onLinkPasted: link => window.app.openLink(link)
        }
    }

    GroupPage {
        id: groupPage

        visible: false
        group: window.app.currentGroup
        onBack: stack.pop()
        onNotesChosen: (groupId, groupName) => {
            window.app.notes.open(groupId, groupName);
            stack.push(notesPage);
        }
        onMeetingChosen: groupId => {
            window.app.meetingKit.pick(groupId);
            window.showPage("meeting");
        }
        onContactPersonChosen: groupId => {
            if (window.app.contact.state === "none")
                window.app.contact.enrol(groupId);
            stack.push(contactPage);
        }
    }

    NotesPage {
        id: notesPage

        visible: false
        notes: window.app.notes
        onBack: stack.pop()
    }

    WelcomePage {
        id: welcomePage

        visible: false
        onDone: {
            window.app.markWelcomeSeen();
            stack.pop();
        }
        onLockSettingsChosen: {
            window.app.markWelcomeSeen();
            window.showPage("settings");
            settingsPage.showLockSettings();
        }
    }

    NewsPage {
        id: newsPage

        visible: false
        news: window.app.news
        onBack: stack.pop()
    }

    AboutPage {
        id: aboutPage

        visible: false
        onBack: stack.pop()
    }

    LockScreen {
        lock: window.app.lock
    }

    // Quick-hide: the button in every page header, Ctrl+H, and a double tap with two fingers (AppLock).
    Connections {
        target: QuickHide

        function onRequested() {
            window.app.lock.hide();
        }
    }

    Shortcut {
        sequences: ["Ctrl+H"]
        context: Qt.ApplicationShortcut
        onActivated: QuickHide.hide()
    }

    // The first-start note, once, as soon as the store says it was not seen.
    Connections {
        target: window.app

        function onWelcomeSeenChanged() {
            if (window.app.welcomeSeen)
                return;
            if (stack.currentItem !== welcomePage)
                stack.push(welcomePage, {}, StackView.Immediate);
            // Shown once: leaving it by any way (Verder, a tab, Back) counts as seen.
            window.app.markWelcomeSeen();
        }
    }

    ContactPage {
        id: contactPage

        visible: false
        contact: window.app.contact
        onBack: stack.pop()
        onFindGroup: window.showPage("find")
    }

    // A shared link: its group opens when it was taken; otherwise a notice says why, until tapped.
    Connections {
        target: window.app

        function onLinkChecked() {
            linkNotice.shown = window.app.linkMessage.length > 0;
        }

        function onCertificateLinkOpened() {
            if (stack.currentItem !== contactPage)
                stack.push(contactPage);
        }

        function onLinkOpened() {
            if (stack.currentItem !== groupPage)
                stack.push(groupPage);
        }
    }

    Notice {
        id: linkNotice

        property bool shown: false

        z: 1
        visible: shown && !window.hidden
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        warning: true
        title: qsTr("This link was not opened")
        text: window.app.linkMessage

        TapHandler {
            onTapped: linkNotice.shown = false
        }
    }

    footer: NavigationBar {
        id: navigation

        visible: !window.hidden
        followedBadge: window.app.changedGroupCount
        onTabChosen: stack.pop(null)
    }
}
