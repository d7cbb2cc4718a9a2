#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates testnet/: a TEST network (its secret keys are public, used only by tests) with a signed feed
# before and after a root rotation, built by kring-publisher at fixed times.
# Usage: tests/data/trust/make-fixtures.sh build/app/publisher/kring-publisher
set -euo pipefail
publisher=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
out="$here/testnet"
rm -rf "$out"
mkdir -p "$out/inbox"
cd "$out"
directory="$here/../directory/valid/small.json"

"$publisher" init --out keys --now 2026-11-01T09:00:00Z 2>/dev/null
cp keys/root.json root-v1.json
request=$("$publisher" contact-key --out contact.key --group ehv-rouw-partner)
cert=$("$publisher" certify --keys keys --request "$request" --now 2026-11-01T09:00:00Z 2>/dev/null)
echo "$cert" > contact.cert
"$publisher" announce --contact contact.key --cert "$cert" --group ehv-rouw-partner --cancel 2026-12-08 \
    --now 2026-11-02T10:00:00Z > inbox/cancel.json
"$publisher" build --keys keys --directory "$directory" --inbox inbox --out feed-v1 \
    --now 2026-11-03T08:00:00Z 2>/dev/null
"$publisher" rotate-root --keys keys --now 2026-11-04T09:00:00Z 2>/dev/null
cp -r feed-v1 feed-v2
"$publisher" build --keys keys --directory "$directory" --out feed-v2 --now 2026-11-05T08:00:00Z 2>/dev/null
rm -rf inbox contact.key.sequence
