#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates assets/trust/demo-feed/ from assets/demo/directory.json, signed with the DEMO keys in
# assets/trust/demo-keys/ (created on first run). The demo feed stays fresh for a year so the bundled copy
# verifies offline; real feeds use the 7-day default.
# Usage: scripts/make-demo-feed.sh [build/app/publisher/kring-publisher] [--now ISO8601]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
publisher=${1:-$root/build/app/publisher/kring-publisher}
shift || true
now=(--now "$(date -u +%Y-%m-%dT%H:%M:%SZ)")
[ "${1:-}" = "--now" ] && now=(--now "$2")
keys="$root/assets/trust/demo-keys"
out="$root/assets/trust/demo-feed"

if [ ! -f "$keys/root.json" ]; then
  "$publisher" init --out "$keys" "${now[@]}"
fi
rm -rf "$out"
"$publisher" build --keys "$keys" --directory "$root/assets/demo/directory.json" --out "$out" \
    --expires-days 366 "${now[@]}"
"$publisher" verify --root "$keys/root.json" --feed "$out" "${now[@]}"
