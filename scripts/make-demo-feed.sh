#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates assets/trust/demo-feed/ from assets/demo/directory.json, signed with the DEMO keys in
# assets/trust/demo-keys/ (created on first run). The demo feed stays fresh for a year so the bundled copy
# verifies offline; real feeds use the 7-day default.
# Usage: scripts/make-demo-feed.sh [build/app/publisher/kring-publisher] [--now ISO8601]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
publisher=${1:-$root/build/app/publisher/kring-publisher}
shift || true
now=(--now "$(date -u +%Y-%m-%dT%H:%M:%SZ)")
[ "${1:-}" = "--now" ] && now=(--now "$2")
keys="$root/assets/trust/demo-keys"
out="$root/assets/trust/demo-feed"

if [ ! -f "$keys/root.json" ]; then
  "$publisher" init --out "$keys" "${now[@]}"
fi
# A DEMO contact person of the first demo group, with one announcement, so the demo shows what they look like.
group=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["groups"][0]["id"])' \
        "$root/assets/demo/directory.json")
contact="$keys/demo-contact.key"
if [ ! -f "$contact" ]; then
  "$publisher" contact-key --out "$contact" --group "$group" > "$keys/demo-contact.request"
fi
cert=$("$publisher" certify --keys "$keys" --request "$(cat "$keys/demo-contact.request")" --days 366 \
       "${now[@]}" 2>/dev/null)
inbox=$(mktemp -d)
newsdir=$(mktemp -d)
trap 'rm -rf "$inbox" "$newsdir"' EXIT
until=$(python3 -c 'import datetime,sys; print((datetime.date.fromisoformat(sys.argv[1][:10])
        + datetime.timedelta(days=300)).isoformat())' "${now[1]}")
"$publisher" announce --contact "$contact" --cert "$cert" --group "$group" "${now[@]}" \
    --note "Voorbeeld: na de bijeenkomst is er nog koffie tot 22:00 (demo-mededeling)." --until "$until" \
    > "$inbox/demo-note.json"
# The demo news (assets/demo/news.json, the team's input format), with their dates moved so the newest is --now
# and shown for 300 days, signed with the DEMO root key as sign-news does offline.
python3 - "$root/assets/demo/news.json" "${now[1]}" "$newsdir/news-input.json" <<'PY'
import datetime, json, sys
news = json.load(open(sys.argv[1], encoding="utf-8"))
today = datetime.date.fromisoformat(sys.argv[2][:10])
newest = max(datetime.date.fromisoformat(item["date"]) for item in news["news"])
for item in news["news"]:
    item["date"] = (today - (newest - datetime.date.fromisoformat(item["date"]))).isoformat()
    item["until"] = (today + datetime.timedelta(days=300)).isoformat()
json.dump(news, open(sys.argv[3], "w", encoding="utf-8"), ensure_ascii=False, indent=2)
PY
"$publisher" sign-news --keys "$keys" --news "$newsdir/news-input.json" --out "$newsdir/news.signed" "${now[@]}"
rm -rf "$out"
"$publisher" build --keys "$keys" --directory "$root/assets/demo/directory.json" --inbox "$inbox" --out "$out" \
    --news "$newsdir/news.signed" --expires-days 366 "${now[@]}"
"$publisher" verify --root "$keys/root.json" --feed "$out" "${now[@]}"
