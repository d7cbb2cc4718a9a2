# SPDX-License-Identifier: GPL-3.0-or-later
"""kring-publisher import-meeting-guide, export-meeting-guide and export-ics as docs/command-line.md says: the real feed
imports with nothing lost, a round trip keeps every weekly meeting, bad entries are skipped with a reason."""
import json
import os
import tempfile

from e2e import KRING_PUBLISHER, SOURCE_DIR, check, run

DATA = os.path.join(SOURCE_DIR, "tests", "data", "meeting-guide")
REAL_FEED = os.path.join(DATA, "spec-kansas-city-data-sample.json")

with tempfile.TemporaryDirectory() as work:
    # The real feed: every meeting imported, the summary line on stderr, the directory on stdout.
    result = run([KRING_PUBLISHER, "import-meeting-guide", REAL_FEED, "--tz", "America/Toronto"])
    check(result.returncode == 0, f"import: exit {result.returncode}: {result.stderr}")
    check(result.stderr.splitlines()[0] == "imported 45 meetings in 45 groups, 0 skipped", result.stderr)
    directory = json.loads(result.stdout)
    check(directory["format"] == "kring-directory/1", "import must write a Kring directory")
    kring_path = os.path.join(work, "directory.json")
    with open(kring_path, "w", encoding="utf-8") as f:
        f.write(result.stdout)

    # Round trip: every weekly meeting keeps its name, day, time and TC status.
    result = run([KRING_PUBLISHER, "export-meeting-guide", kring_path])
    check(result.returncode == 0, f"export: exit {result.returncode}: {result.stderr}")
    exported = json.loads(result.stdout)
    with open(REAL_FEED, encoding="utf-8") as f:
        original = json.load(f)

    def key(entry):
        return (entry["name"], int(entry["day"]), entry["time"], "TC" in entry.get("types", []))

    check(sorted(map(key, exported)) == sorted(map(key, original)), "round trip changed a weekly meeting")
    by_slug = {str(entry["slug"]): entry for entry in original}
    for entry in exported:
        source = by_slug[entry["slug"]]
        check(abs(entry["latitude"] - source["latitude"]) < 1e-9, f"{entry['slug']}: latitude changed")
        check(entry["location"] == source["location"], f"{entry['slug']}: location changed")

    # One bad entry never aborts: each is skipped with one reason line.
    result = run([KRING_PUBLISHER, "import-meeting-guide", os.path.join(DATA, "quirk-skipped.json")])
    check(result.returncode == 0, f"skipped fixture: exit {result.returncode}")
    lines = result.stderr.splitlines()
    check(lines[0] == "imported 1 meetings in 1 groups, 6 skipped", lines[0])
    check(len(lines) == 7 and all(line.startswith("skipped entry ") for line in lines[1:]), result.stderr)

    # Fields the directory has no place for are listed, with how many entries had them.
    result = run([KRING_PUBLISHER, "import-meeting-guide", os.path.join(DATA, "quirk-dropped-fields.json")])
    check(result.returncode == 0, f"dropped fields: exit {result.returncode}")
    check("not kept: region (in 2 entries)" in result.stderr.splitlines(), result.stderr)
    check("not kept: conference_url_notes (in 1 entries)" in result.stderr.splitlines(), result.stderr)

    # A TC meeting stays temporarily closed through import and export.
    result = run([KRING_PUBLISHER, "import-meeting-guide", os.path.join(DATA, "quirk-types.json")])
    paused_path = os.path.join(work, "paused.json")
    with open(paused_path, "w", encoding="utf-8") as f:
        f.write(result.stdout)
    check(json.loads(result.stdout)["groups"][0]["meetings"][0]["status"] == "paused", "TC must import as paused")
    result = run([KRING_PUBLISHER, "export-meeting-guide", paused_path])
    check("TC" in json.loads(result.stdout)[0]["types"], "paused must export as TC")

    # What the format cannot say is listed on stderr.
    small = os.path.join(SOURCE_DIR, "tests", "data", "directory", "valid", "small.json")
    result = run([KRING_PUBLISHER, "export-meeting-guide", small])
    check(result.returncode == 0, f"export small: {result.returncode} {result.stderr}")
    check("only knows weekly meetings" in result.stderr, f"export must say what it leaves out: {result.stderr!r}")

    # iCalendar for one group; an unknown group is rejected on one line.
    result = run([KRING_PUBLISHER, "export-ics", small, "--group", "ehv-rouw-partner"])
    check(result.returncode == 0 and result.stdout.startswith("BEGIN:VCALENDAR"), f"export-ics: {result.stderr}")
    check(result.stdout.count("BEGIN:VEVENT") == 1, "export-ics --group: one meeting expected")
    result = run([KRING_PUBLISHER, "export-ics", small, "--group", "nope"])
    check(result.returncode == 1 and "nope" in result.stderr and result.stderr.count("\n") == 1,
          f"unknown group: {result.returncode} {result.stderr!r}")

    # Rejected input and usage errors.
    not_json = os.path.join(work, "broken.json")
    with open(not_json, "w", encoding="utf-8") as f:
        f.write("{ not json")
    result = run([KRING_PUBLISHER, "import-meeting-guide", not_json])
    check(result.returncode == 1 and "broken.json" in result.stderr and result.stderr.count("\n") == 1,
          f"not JSON: {result.returncode} {result.stderr!r}")
    result = run([KRING_PUBLISHER, "import-meeting-guide", os.path.join(work, "missing.json")])
    check(result.returncode == 1, f"missing file: {result.returncode}")
    for args in (["import-meeting-guide"], ["export-meeting-guide"], ["export-ics", small, "--bogus", "x"]):
        result = run([KRING_PUBLISHER] + args)
        check(result.returncode == 2, f"{args}: usage error expected, got {result.returncode}")
print("meeting guide: ok")
