// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Kring
import Kring.App

// The settings page's update controls: the interval choice, the proxy switch and its address with a plain
// error, the feed address with its reason, "Update now", and the status line.
Item {
    id: stage

    width: 390
    height: 844

    TestCase {
        id: testCase

        name: "SettingsPage"
        when: windowShown

        Component {
            id: pageComponent

            SettingsPage {
                width: 390
                height: 844
                language: "nl"
                syncSettings: SyncSettings {
                }
            }
        }

        SignalSpy {
            id: syncSpy

            signalName: "syncRequested"
        }

        function createPage() {
            const page = createTemporaryObject(pageComponent, stage);
            verify(page);
            syncSpy.target = page.syncSettings;
            syncSpy.clear();
            return page;
        }

        function test_intervalChoices() {
            const page = createPage();
            const settings = page.syncSettings;
            compare(settings.interval, SyncSettings.Every15Minutes);
            const hourly = findChild(page, "interval" + SyncSettings.Hourly);
            const off = findChild(page, "interval" + SyncSettings.Off);
            verify(findChild(page, "interval" + SyncSettings.Every15Minutes).checked);
            hourly.clicked();
            compare(settings.interval, SyncSettings.Hourly);
            off.clicked();
            compare(settings.interval, SyncSettings.Off);
            verify(off.checked);
            verify(!hourly.checked);
        }

        function test_proxyNeedsAnAddressAndPort() {
            const page = createPage();
            const settings = page.syncSettings;
            const proxySwitch = findChild(page, "proxySwitch");
            const field = findChild(page, "proxyField");
            const error = findChild(page, "proxyError");
            verify(!field.visible);
            proxySwitch.toggle();
            proxySwitch.toggled();
            tryVerify(() => field.visible);
            // Switched on without an address: not taken, and the page says how to write one.
            verify(!settings.proxyEnabled);
            verify(error.visible);
            verify(error.text.indexOf("127.0.0.1:9050") >= 0, error.text);
            field.forceActiveFocus();
            field.text = "127.0.0.1:9050";
            field.editingFinished();
            verify(settings.proxyEnabled);
            compare(settings.proxyAddress, "127.0.0.1:9050");
            verify(!error.visible);
            field.text = "orbot";
            field.editingFinished();
            verify(error.visible);
            compare(settings.proxyAddress, "127.0.0.1:9050");
            proxySwitch.toggle();
            proxySwitch.toggled();
            verify(!settings.proxyEnabled);
        }

        function test_feedAddressIsChecked() {
            const page = createPage();
            const settings = page.syncSettings;
            const field = findChild(page, "feedUrlField");
            const error = findChild(page, "feedUrlError");
            field.text = "http://feed.example.org/feed/";
            field.editingFinished();
            verify(error.visible);
            verify(error.text.indexOf("https") >= 0, error.text);
            compare(settings.feedUrl, "");
            field.text = "https://feed.example.org/feed/";
            field.editingFinished();
            verify(!error.visible);
            compare(settings.feedUrl, "https://feed.example.org/feed/");
            compare(settings.effectiveFeedUrl, "https://feed.example.org/feed/");
        }

        function test_updateNowAsksForASync() {
            const page = createPage();
            const settings = page.syncSettings;
            const button = findChild(page, "syncNowButton");
            verify(button.height >= 48);
            compare(button.Accessible.name.length > 0, true);
            // No store to update yet: the button waits.
            verify(!button.enabled);
            compare(findChild(page, "syncStatus").text, settings.statusText);
            verify(settings.statusText.length > 0);
        }

        SignalSpy {
            id: linkSpy

            signalName: "linkPasted"
        }

        function test_aPastedLinkIsOpened() {
            const page = createPage();
            linkSpy.target = page;
            linkSpy.clear();
            const field = findChild(page, "linkField");
            const button = findChild(page, "openLink");
            verify(!button.enabled);
            field.text = "  kring://a/eyJwYXlsb2FkIjoi  ";
            verify(button.enabled);
            button.clicked();
            compare(linkSpy.count, 1);
            compare(linkSpy.signalArguments[0][0], "kring://a/eyJwYXlsb2FkIjoi");
            compare(field.text, "");
        }

        function test_controlsAreLargeEnoughAndNamed() {
            const page = createPage();
            for (const name of ["proxySwitch", "syncNowButton", "interval0", "interval1", "interval2", "feedUrlField", "linkField", "openLink"]) {
                const control = findChild(page, name);
                verify(control, name);
                verify(control.height >= 48, name + " is " + control.height + " high");
                verify(control.Accessible.name.length > 0, name + " has no accessible name");
            }
        }
    }
}
