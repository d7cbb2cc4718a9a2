#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs, builds and starts Kring. Without a display it renders the main pages offscreen to build/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh --target kring
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  out=build/screenshots
  QT_QPA_PLATFORM=offscreen build/app/kring/kring --data-dir build/demo-data --screenshots "$out" --lang "${KRING_LANG:-nl}"
  echo "No display: Kring rendered its pages offscreen to $out/ (find.png is the find page)."
else
  exec build/app/kring/kring "$@"
fi
