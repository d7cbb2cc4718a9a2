# SPDX-License-Identifier: GPL-3.0-or-later
"""The store listings in store-metadata/ fit the stores' limits in both languages, speak plainly (no medical
claims, the house words of the wording guide), and the Linux metainfo passes `appstreamcli validate`."""
import os
import shutil
import subprocess
import sys

SOURCE_DIR = os.environ["KRING_SOURCE_DIR"]
METAINFO = os.environ["KRING_METAINFO"]
META = os.path.join(SOURCE_DIR, "store-metadata")
LOCALES = ["nl-NL", "en-US"]
problems = []

# Limits in characters (Google Play Console; App Store Connect).
ANDROID = {"title.txt": 30, "short_description.txt": 80, "full_description.txt": 4000}
ANDROID_CHANGELOG = 500
IOS = {"name.txt": 30, "subtitle.txt": 30, "description.txt": 4000, "keywords.txt": 100,
       "release_notes.txt": 4000, "privacy_url.txt": 255, "support_url.txt": 255}
IOS_OPTIONAL = {"promotional_text.txt": 170}
# Words that would make a health claim or promise an outcome (the listing must not), and words the wording
# guide replaces in Dutch.
CLAIMS = ["genees", "geneest", "behandel", "therapie", "therapeut", "diagnos", "herstel gegarandeerd", "cure",
          "heal", "treat", "therapy", "diagnos", "clinically", "proven"]
DUTCH_NOT = ["melding", "sessie", "meeting", "tracking", "kring volgt je niet", "niemand krijgt te horen", "iedere ", "erkend"]


def text(path):
    with open(path, encoding="utf-8") as f:
        return f.read().rstrip("\n")


def check_file(path, limit, required=True):
    if not os.path.isfile(path):
        if required:
            problems.append(f"{os.path.relpath(path, SOURCE_DIR)} is missing")
        return None
    value = text(path)
    if not value.strip():
        problems.append(f"{os.path.relpath(path, SOURCE_DIR)} is empty")
    if len(value) > limit:
        problems.append(f"{os.path.relpath(path, SOURCE_DIR)} has {len(value)} characters; the limit is {limit}")
    return value


def check_words(path, value, dutch):
    lower = value.lower()
    for word in CLAIMS:
        if word in lower:
            problems.append(f"{os.path.relpath(path, SOURCE_DIR)} says \"{word}\" (no health claims)")
    if dutch:
        for word in DUTCH_NOT:
            if word in lower:
                problems.append(f"{os.path.relpath(path, SOURCE_DIR)} says \"{word.strip()}\" (see the wording guide)")


for locale in LOCALES:
    dutch = locale.startswith("nl")
    folder = os.path.join(META, "android", locale)
    for name, limit in ANDROID.items():
        value = check_file(os.path.join(folder, name), limit)
        if value:
            check_words(os.path.join(folder, name), value, dutch)
    changelogs = os.path.join(folder, "changelogs")
    logs = sorted(os.listdir(changelogs)) if os.path.isdir(changelogs) else []
    if not logs:
        problems.append(f"android/{locale}: no changelogs/<versionCode>.txt")
    for log in logs:
        if not log[:-4].isdigit() or not log.endswith(".txt"):
            problems.append(f"android/{locale}/changelogs/{log}: not <versionCode>.txt")
        check_file(os.path.join(changelogs, log), ANDROID_CHANGELOG)

    folder = os.path.join(META, "ios", locale)
    for name, limit in IOS.items():
        value = check_file(os.path.join(folder, name), limit)
        if value and name.endswith("_url.txt") and not value.startswith("https://"):
            problems.append(f"ios/{locale}/{name} is not an https address")
        if value and name == "keywords.txt":
            words = value.split(",")
            if any(w != w.strip() or not w for w in words):
                problems.append(f"ios/{locale}/keywords.txt: keywords are separated by a comma alone")
        if value and not name.endswith("_url.txt"):
            check_words(os.path.join(folder, name), value, dutch)
    for name, limit in IOS_OPTIONAL.items():
        check_file(os.path.join(folder, name), limit, required=False)

# The two languages say the same: each listing file exists in both.
for store in ["android", "ios"]:
    names = [sorted(f for f in os.listdir(os.path.join(META, store, loc)) if f.endswith(".txt")) for loc in LOCALES]
    if names[0] != names[1]:
        problems.append(f"{store}: the locales have different files: {names}")

# Screenshots made by scripts/store-screenshots.sh (if there): Play wants each side 320-3840 pixels and the long
# side at most twice the short one.
for root, _, files in os.walk(META):
    for name in files:
        if name.endswith(".png") and "phoneScreenshots" in root:
            with open(os.path.join(root, name), "rb") as f:
                header = f.read(24)
            w, h = int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")
            if not (320 <= min(w, h) and max(w, h) <= 3840 and max(w, h) <= 2 * min(w, h)):
                problems.append(f"{os.path.relpath(os.path.join(root, name), SOURCE_DIR)} is {w}x{h}")

appstream = shutil.which("appstreamcli")
if not appstream:
    problems.append("appstreamcli is not installed (package appstream)")
else:
    result = subprocess.run([appstream, "validate", "--no-net", "--pedantic", METAINFO], capture_output=True,
                            text=True)
    if result.returncode != 0:
        problems.append(f"appstreamcli validate: {result.stdout.strip()} {result.stderr.strip()}")

if problems:
    print("FAIL:\n  " + "\n  ".join(problems), file=sys.stderr)
    sys.exit(1)
print("store listings: ok")
