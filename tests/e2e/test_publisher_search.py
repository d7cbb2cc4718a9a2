# SPDX-License-Identifier: GPL-3.0-or-later
"""kring-publisher search finds groups in people's own words, with the app's ranking, and says the order."""
import json
import os

from e2e import SOURCE_DIR, check, demo_directory, ok, publisher

DIRECTORY = os.path.join(SOURCE_DIR, "assets", "demo", "directory.json")
THEMES = {group["id"]: group["themes"] for group in demo_directory()["groups"]}


def search(*args):
    result = ok(publisher("search", DIRECTORY, "--now", "2026-12-01T12:00:00Z", *args), f"search {args}")
    return [json.loads(line) for line in result.stdout.splitlines()], result.stderr


found, stderr = search("--text", "mijn vrouw is overleden")
check(found and "rouw" in THEMES[found[0]["group"]], f"a sentence about a death: {found[:3]}")
check("best match first" in stderr, f"the order is not said: {stderr!r}")

found, _ = search("--text", "drugsverslaving", "--near", "Antwerpen")
check(found and "verslaving-drugs" in THEMES[found[0]["group"]], f"a compound: {found[:3]}")
check(all("verslaving-drugs" in THEMES[row["group"]] for row in found), f"other addictions too: {found}")

found, _ = search("--text", "aa")
check(found and all("seksueel-misbruik" not in THEMES[row["group"]] for row in found), f"aa: {found}")

found, stderr = search("--near", "Leuven")
check(found and "nearest first" in stderr, f"a place and no words: {stderr!r}")
print("publisher search: ok")
