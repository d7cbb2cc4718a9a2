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
  libqt6dbus6  # notifications on Linux (its CMake files and headers come with qt6-base-dev; optional in CMake)
  qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript qml6-module-qtquick
  qml6-module-qtquick-controls qml6-module-qtquick-templates qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qttest qml6-module-qtpositioning
  # libraries
  libsqlcipher-dev libssl-dev libsodium-dev libical-dev libqrencode-dev libbenchmark-dev libsecret-1-dev
  # fonts for offscreen rendering
  fonts-inter fonts-dejavu-core fontconfig
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "setup: installing ${#missing[@]} package(s): ${missing[*]}" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
echo "setup: all packages present" >&2
