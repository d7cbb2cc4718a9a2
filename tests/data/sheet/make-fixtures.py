#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Makes the spreadsheet fixtures: the demo directory exported with kring-publisher export-sheet, edited as staff
would edit it, and saved as spreadsheet programs save CSV: Dutch Excel ("CSV (puntkomma gescheiden)": semicolons,
Windows-1252, dates turned into d-m-yyyy) and "CSV UTF-8" with commas (BOM, LF). The same edits applied to the
demo JSON give demo-edited.json, what importing either file with --base must give.

Usage: make-fixtures.py KRING_PUBLISHER   (run from anywhere; writes beside this script)"""
import copy
import csv
import io
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEMO = os.path.join(HERE, "..", "..", "..", "assets", "demo", "directory.json")

exported = subprocess.run([sys.argv[1], "export-sheet", DEMO], capture_output=True, check=True).stdout
rows = list(csv.reader(io.StringIO(exported.decode("utf-8-sig"), newline=""), delimiter=";"))
header, body = rows[0], rows[1:]
col = {name: i for i, name in enumerate(header)}


def where(meeting=None, group=None):
    return [r for r in body if (meeting is None or r[col["bijeenkomst"]] == meeting)
            and (group is None or r[col["groep"]] == group)]


with open(DEMO, encoding="utf-8") as f:
    expected = json.load(f)
groups = {g["id"]: g for g in expected["groups"]}
meetings = {m["id"]: m for g in expected["groups"] for m in g["meetings"]}
venues = {v["id"]: v for v in expected["venues"]}

# 1. A group renamed (on each of its rows), another with an accented name.
for r in where(group="ehv-rouw-partner"):
    r[col["naam"]] = "Verder na het verlies van je partner"
groups["ehv-rouw-partner"]["name"] = "Verder na het verlies van je partner"
for r in where(group="ehv-gokken"):
    r[col["naam"]] = "Gokken: praatcafé"
groups["ehv-gokken"]["name"] = "Gokken: praatcafé"

# 2. A schedule typed as people write it, with a first date that falls on it.
r = where(meeting="ehv-rouw-partner-1")[0]
r[col["rooster"]] = "de 2e en 4e dinsdag van de maand van 19.30 tot 21.30 uur"
r[col["eerste datum"]] = "9-9-2025"
meetings["ehv-rouw-partner-1"].update(start="2025-09-09T19:30", rrule="FREQ=MONTHLY;BYDAY=2TU,4TU",
                                       duration_minutes=120)

# 3. One more date without a meeting.
where(meeting="ehv-alcohol-1")[0][col["geen bijeenkomst op"]] = "2026-12-23, 2026-12-30"
meetings["ehv-alcohol-1"]["exdates"] = ["2026-12-23T14:00", "2026-12-30T14:00"]

# 4. A new online meeting on a new row, without a code: it gets the first free one.
new = list(where(meeting="ehv-alcohol-1")[0])
for name in ("bijeenkomst", "naam bijeenkomst", "regel", "toelichting rooster", "geen bijeenkomst op",
             "extra bijeenkomsten", "pauzes", "talen bijeenkomst", "locatie", "naam locatie", "adres", "postcode",
             "plaats", "land", "breedtegraad", "lengtegraad", "rolstoeltoegankelijk", "zaal", "online telefoon"):
    new[col[name]] = ""
new[col["vorm"]] = "online"
new[col["rooster"]] = "elke maandag van 20u tot 21u30"
new[col["eerste datum"]] = "2026-01-05"
new[col["online link"]] = "https://meet.example.org/ehv-alcohol-maandag"
body.insert(body.index(where(meeting="ehv-alcohol-2")[0]) + 1, new)
groups["ehv-alcohol"]["meetings"].append({
    "id": "ehv-alcohol-3", "attendance": "online", "online": {"url": "https://meet.example.org/ehv-alcohol-maandag"},
    "timezone": "Europe/Amsterdam", "start": "2026-01-05T20:00", "duration_minutes": 90,
    "rrule": "FREQ=WEEKLY;BYDAY=MO"})

# 5. A group that met by appointment now has a fixed evening; the note goes.
r = where(meeting="tnh-hart-1")[0]
r[col["rooster"]] = "elke 1ste woensdag van de maand om 19u30"
r[col["eerste datum"]] = "7-1-2026"
r[col["toelichting rooster"]] = ""
m = meetings["tnh-hart-1"]
del m["schedule_note"]
m.update(start="2026-01-07T19:30", rrule="FREQ=MONTHLY;BYDAY=1WE", duration_minutes=120)

# 6. A venue moved (its street on every row that names it).
for r in body:
    if r[col["locatie"]] == "ehv-pand-p":
        r[col["adres"]] = "Leenderweg 67"
venues["ehv-pand-p"]["street"] = "Leenderweg 67"

# 7. A group stopped: its rows deleted (its venue stays in the directory).
body = [r for r in body if r[col["groep"]] != "krt-pijn"]
expected["groups"] = [g for g in expected["groups"] if g["id"] != "krt-pijn"]

# 8. A summary with a line break and quotes (the English text stays).
summary = 'Samen praten over "somberheid".\nIedereen is welkom.'
for r in where(group="ehv-depressie"):
    r[col["omschrijving"]] = summary
groups["ehv-depressie"]["summary"]["nl"] = summary

with open(os.path.join(HERE, "demo-edited.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=1)
    f.write("\n")

# Dutch Excel: dates typed as ISO become dates and are saved as d-m-yyyy.
excel = []
for r in [header] + body:
    excel.append([re.sub(r"^(\d{4})-(\d\d)-(\d\d)$", lambda m: f"{int(m[3])}-{int(m[2])}-{m[1]}", c) for c in r])
out = io.StringIO(newline="")
csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(excel)
with open(os.path.join(HERE, "demo-edited-excel-semicolon-1252.csv"), "wb") as f:
    f.write(out.getvalue().encode("cp1252"))

out = io.StringIO(newline="")
csv.writer(out, delimiter=",", lineterminator="\n").writerows([header] + body)
with open(os.path.join(HERE, "demo-edited-comma-utf8-bom.csv"), "wb") as f:
    f.write(b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"))
