#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the store screenshots from the app itself (`kring --screenshots`, the demo directory), never by hand:
#   store-metadata/android/<locale>/images/phoneScreenshots/N_page.png   844x1688 (Play: long side <= 2x short)
#   store-metadata/ios/screenshots/<locale>/N_page.png                   1284x2778 (App Store, 6.5" iPhone)
# nl-NL from --lang nl, en-US from --lang en. Run it again whenever pages change; tests/phone checks the sizes.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
[ -f build/CMakeCache.txt ] || cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
nice cmake --build build --parallel "$(nproc)" --target kring kring-page-tool
kring=build/app/kring/kring
tool=build/tests/phone/kring-page-tool
pages=(find group followed meeting contact settings)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for locale in nl-NL en-US; do
  lang=${locale%%-*}
  for scale in 2 3; do
    KRING_SECRET_VAULT=file QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=$scale \
      "$kring" --data-dir "$work/data-$lang-$scale" --screenshots "$work/$lang-$scale" --lang "$lang" 2>/dev/null
  done
  android=store-metadata/android/$locale/images/phoneScreenshots
  ios=store-metadata/ios/screenshots/$locale
  rm -rf "$android" "$ios"
  mkdir -p "$android" "$ios"
  n=1
  for page in "${pages[@]}"; do
    "$tool" fit "$work/$lang-2/$page.png" "$android/${n}_$page.png" 844 1688
    "$tool" fit "$work/$lang-3/$page.png" "$ios/${n}_$page.png" 1284 2778
    n=$((n + 1))
  done
done
