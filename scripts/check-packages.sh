#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the amd64 packages from dist/ (scripts/package.sh) with apt, as a person would on Debian 12 or Mobian,
# runs the installed kring --self-test and kring-publisher, checks that the desktop file, metainfo and icons are
# where desktops and software centres look, and removes the packages again (unless --keep).
set -euo pipefail
cd "$(dirname "$0")/.."
keep=0
[ "${1:-}" = --keep ] && keep=1
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive

newest() { find dist -maxdepth 1 -name "$1" -printf '%f\n' 2>/dev/null | sort -V | tail -1; }
app=$(newest 'kring_*_amd64.deb')
publisher=$(newest 'kring-publisher_*_amd64.deb')
if [ -z "$app" ] || [ -z "$publisher" ]; then
  echo "check-packages: no amd64 packages in dist/ (bash scripts/package.sh makes them)" >&2
  exit 1
fi
app=dist/$app
publisher=dist/$publisher
app_id=$(sed -n 's/^set(KRING_APP_ID "\([^"]*\)".*/\1/p' CMakeLists.txt)
for p in kring kring-publisher; do
  if dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    echo "check-packages: $p is already installed; remove it first" >&2
    exit 1
  fi
done
cleanup() { [ $keep = 1 ] || $SUDO apt-get purge -y -qq kring kring-publisher >/dev/null 2>&1 || true; }
trap cleanup EXIT

$SUDO apt-get install -y -qq --no-install-recommends "./$app" "./$publisher" >/dev/null
echo "check-packages: installed $app $publisher" >&2
for f in /usr/bin/kring /usr/bin/kring-publisher "/usr/share/applications/$app_id.desktop" \
  "/usr/share/metainfo/$app_id.metainfo.xml" "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
  "/usr/share/icons/hicolor/48x48/apps/$app_id.png"; do
  [ -e "$f" ] || { echo "check-packages: $f is missing" >&2; exit 1; }
done
data=$(mktemp -d)
trap 'rm -rf "$data"; cleanup' EXIT
# The installed binary, not the one in build/: a missing run-time dependency (a QML module) fails here.
out=$(cd / && KRING_SECRET_VAULT=file QT_QPA_PLATFORM=offscreen /usr/bin/kring --data-dir "$data/app" --self-test)
echo "check-packages: kring --self-test: $out" >&2
echo "$out" | grep -q '"groups":' || { echo "check-packages: no self-test report" >&2; exit 1; }
/usr/bin/kring-publisher --help >/dev/null 2>&1 || /usr/bin/kring-publisher help >/dev/null 2>&1 || {
  echo "check-packages: kring-publisher does not run" >&2
  exit 1
}
appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml" >/dev/null
echo "check-packages: ok" >&2
