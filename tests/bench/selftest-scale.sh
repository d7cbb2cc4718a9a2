#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Measures `kring --self-test` with the demo directory and with a 100,000-meeting directory in the store:
# wall time (median of 5 runs) and peak memory (max RSS). Usage: tests/bench/selftest-scale.sh [BUILD_DIR]
set -euo pipefail
build=$(realpath "${1:-build}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen KRING_SECRET_VAULT=file

measure() { # DATA_DIR -> "median_seconds max_rss_kib"
  local times=() rss=0
  for _ in 1 2 3 4 5; do
    /usr/bin/time -f '%e %M' -o "$work/time" "$build/app/kring/kring" --self-test --data-dir "$1" >/dev/null 2>&1
    read -r seconds kib <"$work/time"
    times+=("$seconds")
    ((kib > rss)) && rss=$kib
  done
  printf '%s %s\n' "$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)" "$rss"
}

"$build/app/kring/kring" --self-test --data-dir "$work/demo" >/dev/null 2>&1
"$build/app/kring/kring" --self-test --data-dir "$work/big" >/dev/null 2>&1
"$build/tests/bench/kring-write-directory" 100000 "$work/big.json"
"$build/tests/e2e/kring-store-probe" import "$work/big" "$work/big.json"
read -r demo_s demo_kib < <(measure "$work/demo")
read -r big_s big_kib < <(measure "$work/big")
echo "self-test demo:        median ${demo_s} s, peak ${demo_kib} KiB"
echo "self-test 100k:        median ${big_s} s, peak ${big_kib} KiB"
awk -v a="$big_s" -v b="$demo_s" -v c="$big_kib" -v d="$demo_kib" \
  'BEGIN { printf "ratio 100k/demo:       %.2fx time, +%.1f MB memory\n", a / b, (c - d) / 1024 }'
"$build/app/kring/kring" --self-test --data-dir "$work/big" 2>/dev/null
