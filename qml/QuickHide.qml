// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton

import QtQuick

// Quick-hide, reachable from every page header without wiring each page: Main.qml answers `requested` by
// switching at once to the neutral screen (and locking when there is a PIN).
QtObject {
    signal requested

    function hide() {
        requested();
    }
}
