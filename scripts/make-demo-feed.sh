#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Signs the demo feed the app bundles: assets/demo/directory.json and assets/demo/news.json, with one note of the
# DEMO contact person, signed with the committed DEMO keys in assets/trust/demo-keys/. The build runs it (see
# assets/CMakeLists.txt) into the build tree; nothing in the source tree is written.
#
# Usage: scripts/make-demo-feed.sh --out DIR [--now ISO8601] -- PUBLISHER [ARGS...]
#   DIR gets DIR/feed/ (replaced as a whole, only once it verifies). PUBLISHER is kring-publisher, or an
#   emulator and its arguments followed by kring-publisher (a cross build).
#   The signing time: --now, else SOURCE_DATE_EPOCH (reproducible builds), else the current time.
#
# The feed stays fresh for 365 days after its signing time, so the bundled copy verifies offline for a year
# after the build. The DEMO root is renewed with its own key in a scratch copy of the key folder (root version
# 2, issued at the signing time), so the pinned root v1 leads to a current root however old v1 is. No key is
# created here: a missing DEMO key file is an error.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
fail() { echo "make-demo-feed: $*" >&2; exit 1; }

out=""
now=""
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out=${2:-}; shift 2 ;;
    --now) now=${2:-}; shift 2 ;;
    --) shift; break ;;
    *) fail "unknown argument '$1' (usage: make-demo-feed.sh --out DIR [--now ISO8601] -- PUBLISHER [ARGS...])" ;;
  esac
done
[ -n "$out" ] || fail "--out DIR is required"
[ $# -gt 0 ] || fail "the publisher command is required after --"
publisher=("$@")
if [ -z "$now" ]; then
  if [ -n "${SOURCE_DATE_EPOCH:-}" ]; then
    [[ "$SOURCE_DATE_EPOCH" =~ ^[0-9]+$ ]] || fail "SOURCE_DATE_EPOCH is not a number of seconds: $SOURCE_DATE_EPOCH"
    now=$(python3 -c 'import datetime,sys; print(datetime.datetime.fromtimestamp(int(sys.argv[1]),
          datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))' "$SOURCE_DATE_EPOCH")
  else
    now=$(date -u +%Y-%m-%dT%H:%M:%SZ)
  fi
fi

keys="$root/assets/trust/demo-keys"
for file in root.json root/1.json root-v1.key feed.key revocations.json demo-contact.key demo-contact.request; do
  [ -f "$keys/$file" ] || fail "$keys/$file is missing: the DEMO keys are committed with the source (git checkout assets/trust/demo-keys)"
done

mkdir -p "$out"
work=$(mktemp -d "$out/.signing.XXXXXX")
trap 'rm -rf "$work"' EXIT
# kring-publisher, its stderr shown only when it fails.
pub() {
  "${publisher[@]}" "$@" 2>"$work/stderr" || { cat "$work/stderr" >&2; fail "kring-publisher $1 failed"; }
}
# A scratch copy: certify, announce and build keep records in the key folder.
cp -R "$keys" "$work/keys"
chmod -R u+w "$work/keys"
scratch="$work/keys"
pub rotate-root --keys "$scratch" --keep-key --now "$now"

# A DEMO contact person of the first demo group, with one announcement, so the demo shows what they look like.
group=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1], encoding="utf-8"))["groups"][0]["id"])' \
        "$root/assets/demo/directory.json")
contact="$scratch/demo-contact.key"
cert=$(pub certify --keys "$scratch" --request "$(cat "$scratch/demo-contact.request")" --days 366 \
       --now "$now")
mkdir "$work/inbox" "$work/news"
until=$(python3 -c 'import datetime,sys; print((datetime.date.fromisoformat(sys.argv[1][:10])
        + datetime.timedelta(days=300)).isoformat())' "$now")
pub announce --contact "$contact" --cert "$cert" --group "$group" --now "$now" \
    --note "Voorbeeld: na de bijeenkomst is er nog koffie tot 22:00 (demo-mededeling)." --until "$until" \
    > "$work/inbox/demo-note.json"
# The demo news (assets/demo/news.json, the team's input format), with their dates moved so the newest is the
# signing day and shown for 300 days, signed with the DEMO root key as sign-news does offline.
python3 - "$root/assets/demo/news.json" "$now" "$work/news/news-input.json" <<'PY'
import datetime, json, sys
news = json.load(open(sys.argv[1], encoding="utf-8"))
today = datetime.date.fromisoformat(sys.argv[2][:10])
newest = max(datetime.date.fromisoformat(item["date"]) for item in news["news"])
for item in news["news"]:
    item["date"] = (today - (newest - datetime.date.fromisoformat(item["date"]))).isoformat()
    item["until"] = (today + datetime.timedelta(days=300)).isoformat()
json.dump(news, open(sys.argv[3], "w", encoding="utf-8"), ensure_ascii=False, indent=2)
PY
pub sign-news --keys "$scratch" --news "$work/news/news-input.json" --out "$work/news/news.signed" \
    --now "$now"
pub build --keys "$scratch" --directory "$root/assets/demo/directory.json" --inbox "$work/inbox" \
    --out "$work/web" --news "$work/news/news.signed" --expires-days 365 --now "$now"
# Checked as the app does, under the pinned (committed) DEMO root.
pub verify --root "$keys/root.json" --feed "$work/web" --now "$now" >/dev/null
rm -rf "$out/feed"
mv "$work/web/feed" "$out/feed"
