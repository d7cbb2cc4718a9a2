#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes assets/translations/kring_nl.ts from every translatable string in core/, app/ and qml/.
# Then translate what is new (Qt Linguist, or by hand): tests/unit fails while a Dutch translation is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
"$LUPDATE" -locations none -no-obsolete -source-language en -target-language nl core app qml platform \
  -ts assets/translations/kring_nl.ts "$@"
# English is the source language; only its plural forms need a translation file.
"$LUPDATE" -locations none -no-obsolete -pluralonly -source-language en -target-language en core app qml platform \
  -ts assets/translations/kring_en.ts "$@"
