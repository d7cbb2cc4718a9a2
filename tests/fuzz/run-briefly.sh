#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every fuzz target briefly over its seed corpus (CI). Usage: run-briefly.sh FUZZ_BUILD_DIR [RUNS]
set -euo pipefail
bin=$1
runs=${2:-2000}
corpus=$(cd "$(dirname "$0")" && pwd)/corpus
for target in envelope feed announcement link jsontree meetingguide sheet schedule news; do
  work=$(mktemp -d)
  cp "$corpus/$target"/* "$work"/
  "$bin/fuzz_$target" -runs="$runs" -max_len=4096 -timeout=10 "$work" 2>&1 | tail -n 2
  rm -rf "$work"
done
