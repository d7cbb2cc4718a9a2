#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Debian packages into dist/ for Debian 12 and Debian-based Linux phones (Mobian, PureOS):
#   kring_<version>_<arch>.deb            the app: /usr/bin/kring, its desktop file (also the kring:// handler),
#                                         AppStream metainfo and icons
#   kring-publisher_<version>_<arch>.deb  the network team's command line: /usr/bin/kring-publisher
# for amd64 (from ./build) and arm64 (from ./build-arm64, made by scripts/build-arm64.sh). Depends come from
# dpkg-shlibdeps (shared libraries) plus the QML modules the app loads at run time. Every package is checked
# with lintian; an error fails the script. scripts/check-packages.sh installs the amd64 one with apt and runs it.
#
#   bash scripts/package.sh              amd64, and arm64 when build-arm64/ holds a build
#   bash scripts/package.sh amd64 arm64  those (arm64 is cross-built first when it is not there)
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-debian.sh
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
for tool in lintian:lintian dpkg-shlibdeps:dpkg-dev; do
  if ! command -v "${tool%%:*}" >/dev/null; then
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${tool##*:}" >/dev/null
  fi
done

arches=("$@")
if ((${#arches[@]} == 0)); then
  arches=(amd64)
  [ -x build-arm64/app/kring/kring ] && arches+=(arm64)
fi

version=$(sed -n 's/^project(Kring VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
debversion="$version-1"
app_id=$(sed -n 's/^set(KRING_APP_ID "\([^"]*\)".*/\1/p' CMakeLists.txt)
maintainer="Kring <kring@kringapp.org>"
date_rfc=$(date -R -u -d "@$(git log -1 --format=%ct 2>/dev/null || date +%s)")
first_year=$(git log --max-parents=0 --format=%cd --date=format:%Y 2>/dev/null | sort | sed -n 1p || true)
copyright_years="${first_year:-$(date +%Y)}-$(date -u -d "$date_rfc" +%Y)"
mkdir -p dist

# Run-time needs that dpkg-shlibdeps cannot see: the QML modules Main.qml imports (QtQuick, Controls with the
# Material style, Layouts) and what they load.
app_depends="qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-templates,\
 qml6-module-qtquick-layouts, qml6-module-qtquick-window, qml6-module-qtqml-workerscript, qml6-module-qtqml-models"
# Native Wayland (Phosh, Plasma Mobile), the position backends (GeoClue), the Inter typeface of the pages.
app_recommends="qt6-wayland, libqt6positioning6-plugins, fonts-inter"

build_dir_for() { [ "$1" = amd64 ] && echo build || echo build-arm64; }
strip_for() { [ "$1" = amd64 ] && echo strip || echo aarch64-linux-gnu-strip; }

ensure_built() {
  local arch=$1
  if [ "$arch" = arm64 ]; then
    if [ ! -x build-arm64/app/kring/kring ] || [ ! -x build-arm64/app/publisher/kring-publisher ]; then
      KRING_ARM64_SKIP_TESTS=1 bash scripts/build-arm64.sh
    fi
    nice -n 19 cmake --build build-arm64 --parallel 2 --target kring kring-publisher
  else
    [ -f build/CMakeCache.txt ] || cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    nice cmake --build build --parallel "$(nproc)" --target kring kring-publisher
  fi
  # The install rules and the files they name are written at configure time.
  cmake "$(build_dir_for "$arch")" >/dev/null
}

# copyright (machine-readable) and changelog for /usr/share/doc/PACKAGE.
write_docs() {
  local stage=$1 package=$2
  local doc=$stage/usr/share/doc/$package
  install -d -m 755 "$doc"
  cat >"$doc/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Kring
Source: https://kringapp.org/

Files: *
Copyright: $copyright_years the Kring contributors
License: GPL-3+

Files: usr/share/metainfo/* usr/share/icons/*
Copyright: $copyright_years the Kring contributors
License: CC0-1.0
 To the extent possible under law, the Kring contributors have waived all copyright and related or
 neighboring rights to these files.
 .
 On Debian systems, the complete text of the CC0 1.0 Universal license can be found in
 "/usr/share/common-licenses/CC0-1.0".

License: GPL-3+
 This program is free software: you can redistribute it and/or modify it under the terms of the GNU General
 Public License as published by the Free Software Foundation, either version 3 of the License, or (at your
 option) any later version.
 .
 On Debian systems, the complete text of the GNU General Public License version 3 can be found in
 "/usr/share/common-licenses/GPL-3".
EOF
  chmod 644 "$doc/copyright"
  printf '%s (%s) unstable; urgency=medium\n\n  * Package built from the Kring sources (scripts/package.sh).\n\n -- %s  %s\n' \
    "$package" "$debversion" "$maintainer" "$date_rfc" | gzip -9n >"$doc/changelog.Debian.gz"
  chmod 644 "$doc/changelog.Debian.gz"
}

# shlibs:Depends of the ELF files in STAGE for ARCH, from dpkg-shlibdeps.
shlib_depends() {
  local arch=$1 stage=$2 package=$3
  local work
  work=$(mktemp -d)
  mkdir -p "$work/debian"
  printf 'Source: kring\n\nPackage: %s\nArchitecture: any\n' "$package" >"$work/debian/control"
  local elves=()
  while IFS= read -r -d '' f; do
    file -b "$f" | grep -q '^ELF' && elves+=("-e$f")
  done < <(find "$stage/usr/bin" -type f -print0)
  (cd "$work" && eval "$(dpkg-architecture -a "$arch" -s 2>/dev/null)" &&
    dpkg-shlibdeps -O --warnings=1 "${elves[@]}" 2>/dev/null) | sed -n 's/^shlibs:Depends=//p'
  rm -rf "$work"
}

build_package() {
  local arch=$1 package=$2 component=$3 extra_depends=$4 recommends=$5 summary=$6 description=$7
  local builddir stage
  builddir=$(build_dir_for "$arch")
  stage=$(mktemp -d)
  DESTDIR=$stage cmake --install "$builddir" --prefix /usr --component "$component" >/dev/null
  # Release binaries: no debug sections.
  find "$stage/usr/bin" -type f -exec "$(strip_for "$arch")" --strip-unneeded --remove-section=.comment \
    --remove-section=.note {} +
  write_docs "$stage" "$package"
  [ -d "$stage/usr/share/man" ] && find "$stage/usr/share/man" -type f -name '*.1' -exec gzip -9n {} +
  find "$stage" -type d -exec chmod 755 {} +
  local depends
  depends=$(shlib_depends "$arch" "$stage" "$package")
  [ -n "$extra_depends" ] && depends="$depends, $extra_depends"
  install -d -m 755 "$stage/DEBIAN"
  {
    echo "Package: $package"
    echo "Version: $debversion"
    echo "Architecture: $arch"
    echo "Maintainer: $maintainer"
    echo "Installed-Size: $(du -sk --exclude=DEBIAN "$stage" | cut -f1)"
    echo "Depends: $depends"
    [ -n "$recommends" ] && echo "Recommends: $recommends"
    echo "Section: utils"
    echo "Priority: optional"
    echo "Homepage: https://kringapp.org/"
    echo "Description: $summary"
    printf '%s\n' "$description" | fold -s -w 78 | sed 's/ *$//; s/^/ /'
  } >"$stage/DEBIAN/control"
  (cd "$stage" && find usr -type f -print0 | sort -z | xargs -0 md5sum >DEBIAN/md5sums)
  chmod 644 "$stage/DEBIAN/control" "$stage/DEBIAN/md5sums"
  local out=dist/${package}_${debversion}_${arch}.deb
  dpkg-deb --root-owner-group -Zxz --build "$stage" "$out" >/dev/null
  rm -rf "$stage"
  echo "package: $out" >&2
  echo "  Depends: $depends" >&2
}

for arch in "${arches[@]}"; do
  case $arch in amd64 | arm64) ;; *) echo "package: unknown architecture $arch (amd64, arm64)" >&2; exit 2 ;; esac
  ensure_built "$arch"
  build_package "$arch" kring app "$app_depends" "$app_recommends" \
    "find a self-help group near you" \
    "Kring helps people find a self-help group in the Netherlands and Flanders: peers who meet as equals, without professionals. Search in your own words, near you or near a town or postcode, and see when each group meets next. No account and no tracking: the whole directory is on the device, searches and location never leave it, and what Kring keeps is encrypted. Made for phones (Phosh, Plasma Mobile) and works on the desktop. Application id: $app_id."
  build_package "$arch" kring-publisher publisher "" "" \
    "publish the signed group directory of a Kring network" \
    "The command line of a self-help network's team: keep the trust keys, certify contact persons, sign and build the directory feed the Kring app downloads, and import or export Meeting Guide JSON and iCalendar."
done

# lintian: errors fail, warnings are shown.
status=0
for deb in dist/*_"$debversion"_*.deb; do
  echo "lintian: $deb" >&2
  lintian --fail-on error --tag-display-limit 0 "$deb" || status=1
done
exit $status
