# SPDX-License-Identifier: GPL-3.0-or-later
"""parse-schedule, export-sheet and import-sheet, called exactly as docs/command-line.md writes them."""
import json
import os
import subprocess
import tempfile

from e2e import KRING_PUBLISHER, SOURCE_DIR, check, ok, publisher, rejected

DEMO = os.path.join(SOURCE_DIR, "assets", "demo", "directory.json")
SHEETS = os.path.join(SOURCE_DIR, "tests", "data", "sheet")


def normalized(directory):
    """The directory with the format's defaults written out, so two ways of writing it compare equal."""
    directory = json.loads(json.dumps(directory))
    for group in directory["groups"]:
        group.setdefault("languages", ["nl"])
        group.setdefault("audience", "self")
        for meeting in group["meetings"]:
            meeting.setdefault("duration_minutes", 120)
            meeting.setdefault("attendance", "in_person")
            meeting.setdefault("status", "active")
    return directory


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


# parse-schedule TEXT [--lang nl|en]: one JSON line, or exit 1 with the reason.
result = ok(publisher("parse-schedule", "de 2e en 4e dinsdag van de maand van 19.30 tot 21.30 uur"), "parse-schedule")
check(result.stdout == '{"rrule":"FREQ=MONTHLY;BYDAY=2TU,4TU","start":"19:30","end":"21:30"}\n', result.stdout)
result = ok(publisher("parse-schedule", "every other Tuesday 7pm", "--lang", "en"), "parse-schedule --lang en")
check(json.loads(result.stdout) == {"rrule": "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", "start": "19:00", "end": None},
      result.stdout)
check("first date" in result.stderr, f"an interval rule needs a first date: {result.stderr!r}")
result = ok(publisher("parse-schedule", "elke 1ste woensdag van de maand om 19u30"), "Flemish")
check(json.loads(result.stdout)["rrule"] == "FREQ=MONTHLY;BYDAY=1WE", result.stdout)
result = publisher("parse-schedule", "ongeveer één keer per maand")
rejected(result, "not a regular schedule", "geen vast rooster")
check(result.stdout == "", "nothing on stdout when refused")
rejected(publisher("parse-schedule", "in overleg", "--lang", "en"), "in overleg", "not a regular schedule")
rejected(publisher("parse-schedule", "elke dinsdg om 20.00"), "typo", "'dinsdg' is geen weekdag (bedoel je dinsdag?)")
check(publisher("parse-schedule").returncode == 2, "parse-schedule without TEXT is a usage error")
check(publisher("parse-schedule", "elke dinsdag", "--lang", "fr").returncode == 2, "--lang fr is a usage error")

with tempfile.TemporaryDirectory() as tmp:
    # export-sheet DIRECTORY [--out FILE.csv]; import-sheet FILE.csv [--base DIRECTORY]: lossless.
    sheet = os.path.join(tmp, "gids.csv")
    ok(publisher("export-sheet", DEMO, "--out", sheet), "export-sheet --out")
    with open(sheet, "rb") as f:
        data = f.read()
    check(data.startswith(b"\xef\xbb\xbfgroep;naam;"), "UTF-8 with BOM, semicolons, Dutch headers")
    stdout = subprocess.run([KRING_PUBLISHER, "export-sheet", DEMO], capture_output=True, timeout=120)
    check(stdout.returncode == 0 and stdout.stdout == data, "export-sheet without --out writes the same sheet to stdout")
    result = ok(publisher("import-sheet", sheet, "--base", DEMO), "import-sheet --base")
    check(normalized(json.loads(result.stdout)) == normalized(load(DEMO)), "export -> import changes the directory")
    demo = load(DEMO)
    meetings = sum(len(g["meetings"]) for g in demo["groups"])
    check(f"imported {meetings} meetings in {len(demo['groups'])} groups" in result.stderr, result.stderr)

    # Without --base: still a directory, with warnings for the themes it cannot name.
    result = ok(publisher("import-sheet", sheet), "import-sheet without --base")
    check(len(json.loads(result.stdout)["groups"]) == len(demo["groups"]), "every group without --base")

    # A rejected row: exit 1, nothing on stdout, the row and column in Dutch.
    broken = os.path.join(tmp, "kapot.csv")
    with open(broken, "wb") as f:
        f.write(data.replace("elke eerste maandag van de maand, 10:00–11:45".encode("utf-8"),
                             "elke eerste maandg van de maand, 10:00–11:45".encode("utf-8"), 1))
    result = publisher("import-sheet", broken, "--base", DEMO)
    rejected(result, "a typo in a schedule", "kolom rooster: 'maandg' is geen weekdag (bedoel je maandag?)")
    check(result.stdout == "", "nothing is half-imported")
    check("rij " in result.stderr, result.stderr)

    check(publisher("import-sheet").returncode == 2, "import-sheet without FILE is a usage error")
    check(publisher("import-sheet", os.path.join(tmp, "nope.csv")).returncode == 1, "a missing file is refused")

# What spreadsheet programs save, edited: both give the edited directory.
expected = normalized(load(os.path.join(SHEETS, "demo-edited.json")))
for name in ("demo-edited-excel-semicolon-1252.csv", "demo-edited-comma-utf8-bom.csv"):
    result = ok(publisher("import-sheet", os.path.join(SHEETS, name), "--base", DEMO), name)
    check(normalized(json.loads(result.stdout)) == expected, f"{name} does not give demo-edited.json")
print("sheet: ok")
