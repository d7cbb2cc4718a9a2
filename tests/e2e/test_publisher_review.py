# SPDX-License-Identifier: GPL-3.0-or-later
"""kring-publisher diff, the change summary of build, and status, as docs/command-line.md says: one JSON line per
changed group, what build signed on stderr, the snapshot and certificates that run out soon (exit 3)."""
import json
import os
import tempfile

from e2e import SOURCE_DIR, check, ok, publisher

SMALL = os.path.join(SOURCE_DIR, "tests", "data", "directory", "valid", "small.json")

with tempfile.TemporaryDirectory() as work:
    with open(SMALL, encoding="utf-8") as f:
        directory = json.load(f)
    changed = json.loads(json.dumps(directory))
    changed["groups"][0]["name"] = "Verder na het verlies van je partner"
    changed["groups"][0]["meetings"][0]["rrule"] = "FREQ=MONTHLY;BYDAY=3TU"
    removed = changed["groups"].pop()
    added = json.loads(json.dumps(removed))
    added["id"] = "nieuwe-groep"
    for number, meeting in enumerate(added["meetings"]):
        meeting["id"] = f"nieuwe-groep-{number}"
    changed["groups"].append(added)
    new_path = os.path.join(work, "new.json")
    with open(new_path, "w", encoding="utf-8") as f:
        json.dump(changed, f)

    # diff: one line per group, in the contract's key order; nothing for a directory against itself.
    result = publisher("diff", SMALL, new_path)
    ok(result, "diff")
    lines = result.stdout.splitlines()
    check(lines == [
        '{"group":"ehv-rouw-partner","change":"changed","fields":["name","schedule"]}',
        '{"group":"nieuwe-groep","change":"added","fields":[]}',
        f'{{"group":"{removed["id"]}","change":"removed","fields":[]}}',
    ], f"diff lines: {lines}")
    result = publisher("diff", SMALL, SMALL)
    ok(result, "diff same")
    check(result.stdout == "", f"no changes expected: {result.stdout!r}")
    result = publisher("diff", SMALL, os.path.join(work, "missing.json"))
    check(result.returncode == 1 and "missing.json" in result.stderr, f"missing: {result.returncode}")
    check(publisher("diff", SMALL).returncode == 2, "one directory is a usage error")

    # build shows what it signs against the directory published before.
    keys = os.path.join(work, "keys")
    web = os.path.join(work, "web")
    ok(publisher("init", "--out", keys), "init")
    first = publisher("build", "--keys", keys, "--directory", SMALL, "--out", web, "--now", "2026-11-20T12:00:00Z")
    ok(first, "first build")
    check("changes since" not in first.stderr, f"nothing to compare on the first build: {first.stderr}")
    second = publisher("build", "--keys", keys, "--directory", new_path, "--out", web,
                       "--now", "2026-11-21T12:00:00Z")
    ok(second, "second build")
    check("changes since the published directory (version 1): 3" in second.stderr, second.stderr)
    check("changed group ehv-rouw-partner: name, schedule" in second.stderr, second.stderr)

    # A contact that cannot be called is refused by build, naming the group.
    broken = json.loads(json.dumps(changed))
    broken["groups"][0]["contact"] = {"phone": "bel ons"}
    broken_path = os.path.join(work, "broken.json")
    with open(broken_path, "w", encoding="utf-8") as f:
        json.dump(broken, f)
    result = publisher("build", "--keys", keys, "--directory", broken_path, "--out", web,
                       "--now", "2026-11-21T13:00:00Z")
    check(result.returncode == 1 and "group ehv-rouw-partner: contact phone" in result.stderr,
          f"bad phone: {result.returncode} {result.stderr!r}")

    # status: fine a day after the build; a certificate handed out is recorded and listed when it runs out soon.
    result = publisher("status", keys, web, "--now", "2026-11-22T12:00:00Z")
    check(result.returncode == 0, f"status fresh: {result.returncode} {result.stderr}")
    report = json.loads(result.stdout)
    check(report["snapshot_version"] == 2 and report["snapshot_expires"] == "2026-11-28T12:00:00Z", report)
    check(report["certificates_expiring"] == [], report)
    request = publisher("contact-key", "--out", os.path.join(work, "contact.key"), "--group", "ehv-rouw-partner")
    ok(request, "contact-key")
    code = request.stdout.strip().splitlines()[-1]
    certified = publisher("certify", "--keys", keys, "--request", code, "--days", "90", "--now", "2026-11-21T12:00:00Z")
    ok(certified, "certify")
    serial = certified.stderr.split()[1]
    result = publisher("status", keys, web, "--now", "2026-11-22T12:00:00Z")
    check(result.returncode == 0, f"a certificate 89 days away is no reason: {result.returncode} {result.stderr}")
    result = publisher("status", keys, web, "--now", "2027-02-10T12:00:00Z")
    check(result.returncode == 3, f"expired snapshot and certificate: {result.returncode}")
    report = json.loads(result.stdout)
    check([c["serial"] for c in report["certificates_expiring"]] == [serial], report)
    check("expired" in result.stderr and serial in result.stderr, result.stderr)
    result = publisher("status", keys, web, "--now", "2026-11-27T00:00:00Z")
    check(result.returncode == 3 and "within 2 days" in result.stderr, f"{result.returncode} {result.stderr}")
    # A revoked certificate no longer needs renewing.
    ok(publisher("revoke", "--keys", keys, "--serial", serial), "revoke")
    result = publisher("status", keys, web, "--now", "2027-02-10T12:00:00Z")
    check(json.loads(result.stdout)["certificates_expiring"] == [], result.stdout)
    check(publisher("status", keys).returncode == 2, "status needs KEYDIR and WEBROOT")
    check(publisher("status", os.path.join(work, "nokeys"), web).returncode == 1, "no key folder")
print("publisher review: ok")
