#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every Debian 12 package Kring needs to build, run and test. Idempotent: run it as often as you like.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git clang llvm clang-format file python3 python3-dateutil tzdata binutils
  libclang-rt-14-dev  # libFuzzer and sanitizer runtimes for tests/fuzz (only recommended by clang)
  # Qt 6.4
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools qt6-qmllint-plugins
  qt6-positioning-dev libqt6positioning6-plugins qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-qpa-plugins qt6-translations-l10n
  qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript qml6-module-qtquick
  qml6-module-qtquick-controls qml6-module-qtquick-templates qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qttest qml6-module-qtpositioning
  # libraries
  libsqlcipher-dev libssl-dev libsodium-dev libical-dev libqrencode-dev libbenchmark-dev libsecret-1-dev
  # fonts for offscreen rendering
  fonts-inter fonts-dejavu-core fontconfig
)

# The network's web server (deploy/nginx/), for tests/e2e/test_nginx_sync.py, which runs its own nginx on a loopback
# port. Debian 12's "nginx" is the core build and has what the config uses (static files, DAV PUT, limit_req);
# "nginx-light" there is only "nginx" plus the echo module, so the smaller package is taken.
server_packages=(nginx)

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

missing=()
for p in "${packages[@]}"; do
  installed "$p" || missing+=("$p")
done
missing_server=()
for p in "${server_packages[@]}"; do
  installed "$p" || missing_server+=("$p")
done

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
if ((${#missing[@]} + ${#missing_server[@]})); then
  echo "setup: installing $((${#missing[@]} + ${#missing_server[@]})) package(s): ${missing[*]} ${missing_server[*]}" >&2
  $SUDO apt-get update -qq
fi
if ((${#missing[@]})); then
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if ((${#missing_server[@]})); then
  # Installing nginx would start the system's nginx on port 80: that fails the install where port 80 is taken and
  # means nothing in a container without an init system. Starting services is refused for this one install (the
  # policy-rc.d convention, which invoke-rc.d and deb-systemd-invoke follow) unless a policy is already in place,
  # and the service a fresh install enabled is disabled again: the tests never use the system's nginx.
  policy=/usr/sbin/policy-rc.d
  own_policy=""
  if [ ! -e "$policy" ]; then
    own_policy=1
    printf '#!/bin/sh\n# written by Kring scripts/setup-debian.sh while it installs nginx\nexit 101\n' \
      | $SUDO tee "$policy" >/dev/null
    $SUDO chmod 755 "$policy"
    trap '$SUDO rm -f "$policy"' EXIT
  fi
  $SUDO apt-get install -y -qq --no-install-recommends "${missing_server[@]}" >/dev/null
  if [ -n "$own_policy" ]; then
    $SUDO rm -f "$policy"
    trap - EXIT
  fi
  if command -v systemctl >/dev/null; then
    $SUDO systemctl disable nginx.service >/dev/null 2>&1 || true
  fi
fi
echo "setup: all packages present" >&2
