#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Cross-builds Kring for arm64 Linux phones (Mobian, postmarketOS, PureOS on the PinePhone, Librem 5, OnePlus 6…)
# into ./build-arm64 on a Debian 12 amd64 machine, then runs the phone tests: the arm64 kring under
# qemu-user-static (--self-test, --screenshots compared with the amd64 pages).
#
# Debian multiarch gives the arm64 libraries next to the amd64 ones; Qt's host tools (moc, rcc, qmlcachegen,
# qmltyperegistrar, lrelease) are the amd64 ones (their packages are Multi-Arch: foreign), named through
# QT_HOST_PATH in cmake/aarch64-linux-gnu.cmake. Development packages that cannot be installed for two
# architectures at once (libsqlcipher-dev, libical-dev, libsecret-1-dev and libgcrypt20-dev below it) are
# unpacked from their arm64 .debs into build-arm64/deps/ instead; their shared libraries come with apt.
# SQLCipher is linked statically, from the same Debian package as on amd64 (libsqlcipher.a).
#
# Environment: KRING_ARM64_JOBS (default 2), KRING_ARM64_SKIP_TESTS=1 to only build.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

# The amd64 build: Qt's host tools, and the reference pages of the phone test.
bash scripts/setup-debian.sh

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

packages=(
  crossbuild-essential-arm64 qemu-user-static binfmt-support
  # what the arm64 build links against (Multi-Arch: same, installable beside the amd64 ones)
  qt6-base-dev:arm64 qt6-declarative-dev:arm64 qt6-positioning-dev:arm64 qt6-tools-dev:arm64
  libsodium-dev:arm64 libqrencode-dev:arm64 libssl-dev:arm64 libglib2.0-dev:arm64 libicu-dev:arm64
  libical3:arm64 libsecret-1-0:arm64 libgcrypt20:arm64 libgpg-error0:arm64
  # what the arm64 kring needs at run time under qemu
  qt6-qpa-plugins:arm64 libqt6positioning6-plugins:arm64 libqt6dbus6:arm64
  qml6-module-qtqml:arm64 qml6-module-qtqml-models:arm64 qml6-module-qtqml-workerscript:arm64
  qml6-module-qtquick:arm64 qml6-module-qtquick-controls:arm64 qml6-module-qtquick-templates:arm64
  qml6-module-qtquick-layouts:arm64 qml6-module-qtquick-window:arm64 qml6-module-qtpositioning:arm64
)
# Unpacked into build-arm64/deps (not installable beside their amd64 versions).
unpacked=(libsqlcipher-dev libical-dev libsecret-1-dev libgcrypt20-dev libgpg-error-dev)

if ! dpkg --print-foreign-architectures | grep -qx arm64; then
  echo "build-arm64: adding the arm64 architecture to dpkg" >&2
  $SUDO dpkg --add-architecture arm64
  $SUDO apt-get update -qq
fi
missing=()
for p in "${packages[@]}"; do
  installed "$p" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "build-arm64: installing ${#missing[@]} package(s): ${missing[*]}" >&2
  # A Multi-Arch: same library must have one version for both architectures: when the arm64 one is newer
  # (a Debian point release), the amd64 one is upgraded with it; apt must never remove an amd64 package.
  $SUDO apt-get update -qq
  if $SUDO apt-get install -s --no-install-recommends "${missing[@]}" | grep -q '^Remv'; then
    echo "build-arm64: apt would remove packages to install ${missing[*]}; refusing" >&2
    $SUDO apt-get install -s --no-install-recommends "${missing[@]}" | grep '^Remv' >&2
    exit 1
  fi
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# Running arm64 programs: through binfmt_misc when the kernel allows it (not in most containers); the build
# and the tests call qemu-aarch64-static directly, so this is only a convenience.
if [ -d /proc/sys/fs/binfmt_misc ] && [ -e /proc/sys/fs/binfmt_misc/register ]; then
  $SUDO update-binfmts --enable qemu-aarch64 >/dev/null 2>&1 || true
fi

deps=$root/build-arm64/deps
stamp=$deps/.unpacked
want="${unpacked[*]}"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  rm -rf "$deps"
  mkdir -p "$deps/debs"
  (cd "$deps/debs" && apt-get download -qq "${unpacked[@]/%/:arm64}")
  for deb in "$deps"/debs/*.deb; do
    dpkg-deb -x "$deb" "$deps/root"
  done
  # Headers and libraries only (their documentation carries build files of its own examples).
  rm -rf "$deps/root/usr/share/doc" "$deps/root/usr/share/man"
  libdir=$deps/root/usr/lib/aarch64-linux-gnu
  # The .pc files name /usr: point them at the unpacked tree (headers, the static SQLCipher, .so links).
  sed -i "s|^prefix=/usr\$|prefix=$deps/root/usr|" "$libdir"/pkgconfig/*.pc
  # The unpacked .so links point at a versioned library the arm64 runtime package installed in the system.
  for link in "$libdir"/*.so; do
    [ -L "$link" ] || continue
    target=$(readlink "$link")
    [ -e "$libdir/$target" ] || ln -sf "/usr/lib/aarch64-linux-gnu/$(basename "$target")" "$link"
  done
  echo "$want" >"$stamp"
fi

source_ccache=()
if command -v ccache >/dev/null; then
  source_ccache=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
# The build signs the bundled demo feed with kring-publisher: the amd64 one, built first, runs at full speed
# (the arm64 one would run under qemu).
if [ ! -f build/CMakeCache.txt ]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${source_ccache[@]}" >/dev/null
fi
nice -n 19 cmake --build build --parallel "${KRING_ARM64_JOBS:-2}" --target kring-publisher
cmake -S . -B build-arm64 -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_TOOLCHAIN_FILE="$root/cmake/aarch64-linux-gnu.cmake" -DKRING_ARM64_DEPS="$deps/root" \
  -DKRING_HOST_PUBLISHER="$root/build/app/publisher/kring-publisher" \
  -DKRING_BUILD_TESTS=OFF -DKRING_BUILD_BENCHMARKS=OFF "${source_ccache[@]}" >/dev/null
nice -n 19 cmake --build build-arm64 --parallel "${KRING_ARM64_JOBS:-2}" --target kring kring-publisher
file build-arm64/app/kring/kring

[ "${KRING_ARM64_SKIP_TESTS:-0}" = 1 ] && exit 0
# The phone tests live in the amd64 build (they compare the arm64 pages with the amd64 ones).
nice -n 19 cmake --build build --parallel "${KRING_ARM64_JOBS:-2}" --target kring kring-page-tool tst_qml
# Here a missing arm64 build or qemu is a failure, not a skip.
cd build && KRING_REQUIRE_ARM64=1 ctest -L phone --output-on-failure --timeout 1800
