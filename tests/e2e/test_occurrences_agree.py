# SPDX-License-Identifier: GPL-3.0-or-later
"""kring-publisher occurrences agrees with an independent RFC 5545 implementation (python-dateutil) on every
rule kind, across the DST changes of Europe/Amsterdam and Europe/Brussels; and the EXDATE and RDATE that
export-ics writes give the same dates in dateutil."""
import datetime
import json
import os
import re
import tempfile
from zoneinfo import ZoneInfo

from dateutil import rrule as dateutil_rrule

from e2e import KRING_PUBLISHER, SOURCE_DIR, check, run

# Summer time: 29 March to 25 October 2026 (the last Sundays of March and October).
CASES = [
    # (rule, local start, zone, --from or None, --count)
    ("FREQ=WEEKLY;BYDAY=TU", "2026-03-10T19:30", "Europe/Amsterdam", None, 6),
    ("FREQ=WEEKLY;BYDAY=SU", "2026-10-11T10:00", "Europe/Brussels", None, 4),
    ("FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", "2026-10-07T19:30", "Europe/Brussels", None, 5),
    ("FREQ=WEEKLY;INTERVAL=3;BYDAY=TH", "2026-02-19T20:00", "Europe/Amsterdam", None, 6),
    ("FREQ=MONTHLY;BYDAY=2TU", "2026-01-13T19:30", "Europe/Amsterdam", None, 13),
    ("FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2", "2026-01-13T19:30", "Europe/Brussels", None, 13),
    ("FREQ=MONTHLY;BYDAY=-1TH", "2026-01-29T19:30", "Europe/Brussels", None, 13),
    ("FREQ=MONTHLY;BYDAY=-1SU", "2026-01-25T10:00", "Europe/Amsterdam", None, 13),
    ("FREQ=MONTHLY;BYDAY=1MO,3MO", "2026-03-02T14:00", "Europe/Amsterdam", None, 8),
    ("FREQ=WEEKLY;BYDAY=MO,TH", "2026-03-23T19:00", "Europe/Brussels", None, 8),
    ("FREQ=WEEKLY;BYDAY=MO,WE,FR", "2026-10-19T09:30", "Europe/Amsterdam", None, 9),
    ("FREQ=MONTHLY;BYDAY=2TU;BYMONTH=1,2,3,4,5,6,9,10,11,12", "2026-01-13T19:30", "Europe/Amsterdam", None, 12),
    ("FREQ=WEEKLY;BYDAY=TU;BYMONTH=1,2,3,4,5,6,9,10,11,12", "2026-06-02T19:30", "Europe/Brussels", None, 10),
    ("FREQ=MONTHLY;BYMONTHDAY=29", "2026-01-29T19:30", "Europe/Amsterdam", None, 12),
    ("FREQ=WEEKLY;BYDAY=TU;COUNT=5", "2026-03-17T19:30", "Europe/Amsterdam", None, 50),
    ("FREQ=MONTHLY;BYDAY=-1SU;COUNT=4", "2026-09-27T10:00", "Europe/Brussels", None, 50),
    ("FREQ=WEEKLY;BYDAY=FR;UNTIL=20261106T193000", "2026-10-02T19:30", "Europe/Brussels", None, 50),
    ("FREQ=WEEKLY;BYDAY=FR;UNTIL=20261106T182959Z", "2026-10-02T19:30", "Europe/Brussels", None, 50),
    ("FREQ=WEEKLY;BYDAY=FR;UNTIL=20260403T183000Z", "2026-03-13T19:30", "Europe/Amsterdam", None, 50),
    ("FREQ=WEEKLY;BYDAY=TU", "2025-01-07T19:30", "Europe/Amsterdam", "2026-10-01", 6),
    ("FREQ=MONTHLY;BYDAY=2TU", "2024-01-09T19:30", "Europe/Brussels", "2026-02-15", 6),
    ("FREQ=DAILY;INTERVAL=10", "2026-03-01T08:00", "Europe/Amsterdam", None, 40),
    # Starting later than the anchor: the interval keeps its phase from the start.
    ("FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", "2025-01-08T19:30", "Europe/Brussels", "2026-10-01", 6),
    ("FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", "2025-01-15T19:30", "Europe/Brussels", "2026-10-01", 6),
    ("FREQ=WEEKLY;INTERVAL=3;BYDAY=TH", "2024-02-01T20:00", "Europe/Amsterdam", "2026-03-01", 6),
    ("FREQ=MONTHLY;INTERVAL=2;BYDAY=1WE", "2025-01-01T19:30", "Europe/Amsterdam", "2026-02-10", 6),
    ("FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR", "2025-02-28T19:30", "Europe/Brussels", "2026-03-01", 4),
    ("FREQ=DAILY;INTERVAL=10", "2025-03-01T08:00", "Europe/Amsterdam", "2026-03-20", 5),
    ("FREQ=WEEKLY;BYDAY=FR;UNTIL=20261106T193000", "2025-10-03T19:30", "Europe/Brussels", "2026-10-20", 50),
    ("FREQ=WEEKLY;BYDAY=TU;COUNT=80", "2025-01-07T19:30", "Europe/Amsterdam", "2026-06-01", 50),
]


def local_until(rule, zone):
    """dateutil wants a floating UNTIL with a floating start; RFC 5545 reads a UTC UNTIL as an instant."""
    match = re.search(r"UNTIL=(\d{8}T\d{6})Z", rule)
    if not match:
        return rule
    instant = datetime.datetime.strptime(match.group(1), "%Y%m%dT%H%M%S").replace(tzinfo=datetime.timezone.utc)
    local = instant.astimezone(ZoneInfo(zone)).replace(tzinfo=None)
    return rule.replace(match.group(0), "UNTIL=" + local.strftime("%Y%m%dT%H%M%S"))


def expected(rule, start, zone, from_date, count):
    dtstart = datetime.datetime.fromisoformat(start)
    first = datetime.datetime.fromisoformat(from_date) if from_date else dtstart.replace(hour=0, minute=0)
    result = []
    for local in dateutil_rrule.rrulestr(local_until(rule, zone), dtstart=dtstart):
        if local < first:
            continue
        result.append(local.replace(tzinfo=ZoneInfo(zone)).isoformat())
        if len(result) == count:
            break
    return result


for rule, start, zone, from_date, count in CASES:
    args = [KRING_PUBLISHER, "occurrences", "--rrule", rule, "--start", start, "--tz", zone, "--count", str(count)]
    if from_date:
        args += ["--from", from_date]
    result = run(args)
    check(result.returncode == 0, f"{rule}: exit {result.returncode}: {result.stderr}")
    got = result.stdout.split()
    want = expected(rule, start, zone, from_date, count)
    check(got == want, f"{rule} from {start} {zone}:\n kring:    {got}\n dateutil: {want}")
    check(len(got) > 0, f"{rule}: no occurrences")

# Usage and rejected input.
result = run([KRING_PUBLISHER, "occurrences", "--rrule", "FREQ=WEEKLY"])
check(result.returncode == 2, f"missing --start/--tz must be a usage error, got {result.returncode}")
result = run([KRING_PUBLISHER, "occurrences", "--rrule", "FREQ=FORTNIGHTLY", "--start", "2026-01-06T19:30",
              "--tz", "Europe/Amsterdam"])
check(result.returncode == 1 and "--rrule" in result.stderr and result.stderr.count("\n") == 1,
      f"a bad rule is rejected on one line naming --rrule: {result.returncode} {result.stderr!r}")
result = run([KRING_PUBLISHER, "occurrences", "--rrule", "FREQ=WEEKLY", "--start", "2026-01-06T19:30",
              "--tz", "Europe/Nowhere"])
check(result.returncode == 1 and "--tz" in result.stderr, f"a bad zone: {result.returncode} {result.stderr!r}")

# EXDATE, RDATE and breaks as export-ics writes them, read by dateutil, give the dates Kring means.
directory = {
    "format": "kring-directory/1",
    "venues": [{"id": "bib", "name": "Bibliotheek", "town": "Eindhoven", "country": "NL", "lat": 51.44,
                "lon": 5.47}],
    "groups": [{"id": "g", "name": "Groep", "meetings": [
        {"id": "m", "venue": "bib", "timezone": "Europe/Amsterdam", "start": "2026-03-03T19:30",
         "rrule": "FREQ=WEEKLY;BYDAY=TU;COUNT=12", "exdates": ["2026-03-31T19:30"],
         "rdates": ["2026-04-02T20:00"], "breaks": [{"from": "2026-04-20", "until": "2026-05-03"}]}]}],
}
with tempfile.TemporaryDirectory() as work:
    path = os.path.join(work, "directory.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(directory, f)
    result = run([KRING_PUBLISHER, "export-ics", path])
    check(result.returncode == 0, f"export-ics: {result.returncode} {result.stderr}")
    calendar = result.stdout.replace("\r\n ", "").replace("\n ", "")
    check("BEGIN:VTIMEZONE" in calendar and "TZID:Europe/Amsterdam" in calendar, "export-ics: no VTIMEZONE")
    event = calendar.split("BEGIN:VEVENT", 1)[1].split("END:VEVENT", 1)[0]
    lines = [line.strip() for line in event.splitlines() if re.match(r"(RRULE|EXDATE|RDATE)", line)]
    recurrence = "\n".join(re.sub(r";TZID=[^:]+", "", line) for line in lines)
    dtstart = datetime.datetime(2026, 3, 3, 19, 30)
    got = [d.strftime("%m-%d %H:%M") for d in dateutil_rrule.rrulestr(recurrence, dtstart=dtstart, forceset=True)]
    want = ["03-03 19:30", "03-10 19:30", "03-17 19:30", "03-24 19:30", "04-02 20:00", "04-07 19:30",
            "04-14 19:30", "05-05 19:30", "05-12 19:30", "05-19 19:30"]
    check(got == want, f"export-ics read by dateutil:\n got  {got}\n want {want}\n{recurrence}")
print(f"occurrences agree with dateutil: {len(CASES)} rules")
