#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes assets/translations/kring_nl.ts from every translatable string in core/, app/ and qml/.
# Then translate what is new (Qt Linguist, or by hand): tests/unit fails while a Dutch translation is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
"$LUPDATE" -locations none -no-obsolete -source-language en -target-language nl core app qml \
  -ts assets/translations/kring_nl.ts "$@"
