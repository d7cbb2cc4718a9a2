# SPDX-License-Identifier: GPL-3.0-or-later
"""kring-publisher build as an attacker would like it to behave and must not: the directory's signed version never
goes back, an older announcement stays out after the newer one expired, and text from inbox files reaches the
operator's terminal only escaped (rules 11 and 12 of docs/trust.md)."""
import base64
import json
import os
import shutil
import tempfile

from e2e import KRING_PUBLISHER, SOURCE_DIR, check, ok, publisher, rejected, run

DIRECTORY = os.path.join(SOURCE_DIR, "tests", "data", "directory", "valid", "small.json")
GROUP = "ehv-rouw-partner"





def read(path):
    with open(path, "rb") as f:
        return f.read()


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def signed_directory(web):
    envelope = json.loads(read(os.path.join(web, "feed", "directory.json")))
    return json.loads(base64.b64decode(envelope["payload"]))


work = tempfile.mkdtemp(prefix="kring-build-e2e-")
try:
    keys, web, inbox = (os.path.join(work, name) for name in ("keys", "web", "inbox"))
    os.mkdir(inbox)
    ok(publisher("init", "--out", keys, "--now", "2026-11-01T09:00:00Z"), "init")
    contact = os.path.join(work, "contact.key")
    request = ok(publisher("contact-key", "--out", contact, "--group", GROUP), "contact-key").stdout.strip()
    cert = ok(publisher("certify", "--keys", keys, "--request", request, "--now", "2026-11-01T09:00:00Z"),
              "certify").stdout.strip()

    def build(now, directory=DIRECTORY):
        return publisher("build", "--keys", keys, "--directory", directory, "--inbox", inbox, "--out", web,
                         "--now", now)

    def announce(*kind):
        return ok(publisher("announce", "--contact", contact, "--cert", cert, "--group", GROUP, *kind, "--now",
                            "2026-11-02T10:00:00Z"), f"announce {kind}").stdout

    # Rule 11: the directory is signed with a version, one higher for every change and never lower.
    built = ok(build("2026-11-03T08:00:00Z"), "first build")
    check(signed_directory(web)["version"] == 1, f"first directory: {signed_directory(web).get('version')}")
    check("directory version 1" in built.stderr, built.stderr)
    ok(build("2026-11-03T09:00:00Z"), "unchanged directory")
    check(signed_directory(web)["version"] == 1, "an unchanged directory keeps its version")
    changed = json.loads(read(DIRECTORY))
    changed["network"]["name"] = "Testnetwerk Zuid"
    changed_path = os.path.join(work, "changed.json")
    write(changed_path, json.dumps(changed))
    ok(build("2026-11-03T10:00:00Z", changed_path), "changed directory")
    check(signed_directory(web)["version"] == 2, "a changed directory goes one version up")
    check(signed_directory(web)["network"]["name"] == "Testnetwerk Zuid", "the changed directory is signed")
    changed["version"] = 1
    write(changed_path, json.dumps(changed))
    snapshot = read(os.path.join(web, "feed", "snapshot.json"))
    rejected(build("2026-11-03T11:00:00Z", changed_path), "a lower version",
             "version 1 is lower than the version of the published directory (2)")
    check(read(os.path.join(web, "feed", "snapshot.json")) == snapshot, "a refused build wrote the snapshot")
    result = ok(publisher("verify", "--root", os.path.join(keys, "root.json"), "--feed", web, "--now",
                          "2026-11-03T12:00:00Z"), "verify")
    check(json.loads(result.stdout)["version"] == 3, result.stdout)

    # The highest sequence number published stays known after the announcement carrying it expired.
    older = announce("--cancel", "2026-12-08")
    newer = announce("--cancel", "2026-11-05")
    write(os.path.join(inbox, "newer.json"), newer)
    ok(build("2026-11-04T08:00:00Z"), "build with the newer announcement")
    published = json.loads(read(os.path.join(keys, "published-sequences.json")))
    check([item["seq"] for item in published["sequences"]] == [2], f"published-sequences.json: {published}")
    os.remove(os.path.join(inbox, "newer.json"))
    write(os.path.join(inbox, "older.json"), older)
    built = ok(build("2026-11-07T08:00:00Z"), "build after the newer one expired")
    check("dropped older.json: sequence number 1 is a replay or older than the newest published (2)" in built.stderr,
          f"the older announcement was not dropped: {built.stderr}")
    result = ok(publisher("verify", "--root", os.path.join(keys, "root.json"), "--feed", web, "--now",
                          "2026-11-07T09:00:00Z"), "verify without the older one")
    check(json.loads(result.stdout)["announcements"] == 0, result.stdout)
    os.remove(os.path.join(inbox, "older.json"))

    # Rule 12: control characters in a note are refused when signing.
    rejected(publisher("announce", "--contact", contact, "--cert", cert, "--group", GROUP, "--note",
                       "koffie\x1b[2K", "--until", "2026-12-31", "--now", "2026-11-02T10:00:00Z"),
             "escape in a note", "note: contains the control character U+001B")

    # Unsigned inbox items are read before any signature: what they say reaches the terminal escaped.
    write(os.path.join(inbox, "evil.json"),
          json.dumps({"payload": "e30=", "signatures": [], "\x1b[2K\rfeed version 99\n": 1}))
    write(os.path.join(inbox, "bidi.json"), json.dumps({"payload": "e30=", "\u202eAAAA": 1}, ensure_ascii=False))
    write(os.path.join(inbox, "long.json"), json.dumps({"\u0085" * 950: 1}, ensure_ascii=False))
    built = ok(build("2026-11-07T10:00:00Z"), "build with hostile inbox items")
    lines = built.stderr.splitlines()
    check("\x1b" not in built.stderr and "\u202e" not in built.stderr and "\u0085" not in built.stderr,
          f"raw control characters on the terminal: {built.stderr!r}")
    check(not any(line.startswith("feed version 99") for line in lines), f"a faked line: {built.stderr!r}")
    evil = [line for line in lines if "evil.json" in line]
    check(evil == ["dropped evil.json: \\x1b[2K\\rfeed version 99\\n: unknown key"], f"evil.json: {evil!r}")
    check("dropped bidi.json: \\u202eAAAA: unknown key" in lines, f"bidi.json: {built.stderr!r}")
    long = [line for line in lines if line.startswith("dropped long.json: ")]
    check(len(long) == 1 and len(long[0]) <= 2003 and long[0].endswith("..."), f"long.json: {long!r}")
    check(lines[-1].startswith("feed version "), f"the summary is not the last line: {lines[-1]!r}")
finally:
    shutil.rmtree(work, ignore_errors=True)
print("publisher build: ok")
