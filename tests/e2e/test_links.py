# SPDX-License-Identifier: GPL-3.0-or-later
"""Withdrawals and share links from outside (docs/command-line.md, docs/trust.md): `announce` prints the digest
that `announce --withdraw` takes, `build` stops publishing the withdrawn announcement and refuses it again,
the link host comes from the signed root, and `kring LINK` takes a valid link and refuses another with a reason."""
import base64
import datetime
import json
import os
import re
import shutil
import tempfile

from e2e import KRING, SOURCE_DIR, check, demo_directory, ok, publisher, rejected, run

DIRECTORY = os.path.join(SOURCE_DIR, "tests", "data", "directory", "valid", "small.json")
GROUP = "ehv-rouw-partner"


def published(web):
    with open(os.path.join(web, "feed", "announcements.json"), encoding="utf-8") as f:
        return json.load(f)["announcements"]


def payload_of(item):
    envelope = json.loads(base64.urlsafe_b64decode(item + "=" * (-len(item) % 4)))
    return json.loads(base64.b64decode(envelope["payload"]))


work = tempfile.mkdtemp(prefix="kring-links-e2e-")
try:
    keys, web, inbox = (os.path.join(work, name) for name in ("keys", "web", "inbox"))
    os.mkdir(inbox)
    check(publisher("init", "--out", keys, "--link-host", "Kring.Example.NL").returncode == 2,
          "init --link-host with capitals is a usage error")
    ok(publisher("init", "--out", keys, "--link-host", "kring.example.nl", "--now", "2026-11-01T09:00:00Z"), "init")
    with open(os.path.join(keys, "root.json"), encoding="utf-8") as f:
        root_payload = json.loads(base64.b64decode(json.load(f)["payload"]))
    check(root_payload.get("link_host") == "kring.example.nl", f"root payload {root_payload}")

    contact = os.path.join(work, "contact.key")
    request = ok(publisher("contact-key", "--out", contact, "--group", GROUP), "contact-key").stdout.strip()
    cert = ok(publisher("certify", "--keys", keys, "--request", request, "--now", "2026-11-01T09:00:00Z"),
              "certify").stdout.strip()

    def announce(*kind, now="2026-11-02T10:00:00Z"):
        return publisher("announce", "--contact", contact, "--cert", cert, "--group", GROUP, *kind, "--now", now)

    # Every announcement names its digest on stderr.
    cancel = ok(announce("--cancel", "2026-12-08"), "announce --cancel")
    match = re.fullmatch(r"digest ([0-9a-f]{64}) sequence 1 expires 2026-12-08T23:00:00Z\n", cancel.stderr)
    check(match is not None, f"announce stderr {cancel.stderr!r}")
    digest = match.group(1)
    with open(os.path.join(inbox, "cancel.json"), "w") as f:
        f.write(cancel.stdout)
    ok(publisher("build", "--keys", keys, "--directory", DIRECTORY, "--inbox", inbox, "--out", web, "--now",
                 "2026-11-02T11:00:00Z"), "build 1")
    check(len(published(web)) == 1, "the cancellation is published")

    # The link host of the root, with --root; --link-host wins; without either, kring://.
    root = os.path.join(keys, "root.json")
    link = ok(announce("--note", "Koffie", "--until", "2026-12-01", "--root", root, "--link"), "announce --link").stdout
    check(link.startswith("https://kring.example.nl/a#"), f"link {link[:40]!r}")
    link = ok(announce("--note", "Thee", "--until", "2026-12-01", "--root", root, "--link", "--link-host",
                       "other.example.be"), "announce --link-host").stdout
    check(link.startswith("https://other.example.be/a#"), f"link {link[:40]!r}")
    link = ok(announce("--note", "Water", "--until", "2026-12-01", "--link"), "announce --link").stdout
    check(link.startswith("kring://a/"), f"link {link[:40]!r}")

    # Withdraw it: the withdrawal replaces it in the feed and the phone verifying the feed.
    check(announce("--withdraw", "abc").returncode == 2, "--withdraw needs 64 hex digits")
    check(announce("--withdraw", digest, "--until", "2026-12-01").returncode == 2, "--withdraw takes no --until")
    withdrawal = ok(announce("--withdraw", digest, now="2026-11-03T10:00:00Z"), "announce --withdraw")
    check(withdrawal.stderr.startswith("digest "), f"announce --withdraw stderr {withdrawal.stderr!r}")
    os.remove(os.path.join(inbox, "cancel.json"))
    with open(os.path.join(inbox, "withdraw.json"), "w") as f:
        f.write(withdrawal.stdout)
    state = os.path.join(work, "state.json")
    verified = ok(publisher("verify", "--root", root, "--feed", web, "--state", state, "--now",
                            "2026-11-02T12:00:00Z"), "verify 1")
    check(json.loads(verified.stdout)["announcements"] == 1, verified.stdout)
    ok(publisher("build", "--keys", keys, "--directory", DIRECTORY, "--inbox", inbox, "--out", web, "--now",
                 "2026-11-03T11:00:00Z"), "build 2")
    items = published(web)
    check(len(items) == 1 and payload_of(items[0])["kind"] == "withdraw", f"published {items}")
    check(payload_of(items[0])["withdraws"] == digest, "the withdrawal names the digest")
    verified = ok(publisher("verify", "--root", root, "--feed", web, "--state", state, "--now",
                            "2026-11-03T12:00:00Z"), "verify 2")
    check(json.loads(verified.stdout)["announcements"] == 1, verified.stdout)

    # The withdrawn announcement sent again is dropped, with the reason.
    with open(os.path.join(inbox, "again.json"), "w") as f:
        f.write(cancel.stdout)
    built = ok(publisher("build", "--keys", keys, "--directory", DIRECTORY, "--inbox", inbox, "--out", web, "--now",
                         "2026-11-04T11:00:00Z"), "build 3")
    check("dropped again.json: " in built.stderr and "withdrawn by its contact person" in built.stderr, built.stderr)
    check(len(published(web)) == 1, "still only the withdrawal")

    # rotate-root keeps the link host unless told otherwise.
    ok(publisher("rotate-root", "--keys", keys, "--now", "2026-11-05T09:00:00Z"), "rotate-root")
    with open(root, encoding="utf-8") as f:
        check(json.loads(base64.b64decode(json.load(f)["payload"])).get("link_host") == "kring.example.nl", "kept")
    ok(publisher("rotate-root", "--keys", keys, "--link-host", "links.example.be", "--now", "2026-11-06T09:00:00Z"),
       "rotate-root --link-host")
    with open(root, encoding="utf-8") as f:
        check(json.loads(base64.b64decode(json.load(f)["payload"])).get("link_host") == "links.example.be", "set")
finally:
    shutil.rmtree(work, ignore_errors=True)

# kring LINK: a contact person certified by the DEMO root shares a cancellation of a demo group.
demo_group = demo_directory()["groups"][0]["id"]
with tempfile.TemporaryDirectory() as work:
    # A copy: certify records what it hands out in the key folder, and the committed one stays as it is.
    demo_keys = os.path.join(work, "demo-keys")
    shutil.copytree(os.path.join(SOURCE_DIR, "assets", "trust", "demo-keys"), demo_keys)
    contact = os.path.join(work, "contact.key")
    request = ok(publisher("contact-key", "--out", contact, "--group", demo_group), "contact-key").stdout.strip()
    cert = ok(publisher("certify", "--keys", demo_keys, "--request", request), "certify (demo)").stdout.strip()
    date = (datetime.date.today() + datetime.timedelta(days=7)).isoformat()
    link = ok(publisher("announce", "--contact", contact, "--cert", cert, "--group", demo_group, "--cancel", date,
                        "--link"), "announce (demo)").stdout.strip()

    data_dir = os.path.join(work, "data")
    os.mkdir(data_dir)
    before = run([KRING, "--self-test", "--data-dir", data_dir])
    check(before.returncode == 0, f"self-test: {before.stderr}")
    result = run([KRING, "--self-test", "--data-dir", data_dir, link])
    check(result.returncode == 0, f"self-test with a link: exit {result.returncode}: {result.stderr}")
    check(json.loads(result.stdout)["announcements"] == json.loads(before.stdout)["announcements"] + 1,
          f"{before.stdout} -> {result.stdout}")

    # Refused: a cut-off link (exit 1, the reason in the interface language, nothing stored).
    for lang, words in (("en", "incomplete or damaged"), ("nl", "onvolledig of beschadigd")):
        refused = run([KRING, "--self-test", "--lang", lang, "--data-dir", data_dir, link[:80]])
        check(refused.returncode == 1 and refused.stdout == "", f"a damaged link: exit {refused.returncode}")
        check(words in refused.stderr, f"--lang {lang}: {refused.stderr!r}")
    # Not for this root's link host (the demo root names none): refused.
    https = "https://kring.example.nl/a#" + link[len("kring://a/"):]
    refused = run([KRING, "--self-test", "--lang", "en", "--data-dir", data_dir, https])
    check(refused.returncode == 1 and "website of the network" in refused.stderr, refused.stderr)
    after = run([KRING, "--self-test", "--data-dir", data_dir])
    check(json.loads(after.stdout)["announcements"] == json.loads(result.stdout)["announcements"],
          "a refused link changes nothing")
    check(run([KRING, "--self-test", "--data-dir", data_dir, link, link]).returncode == 2, "two links: usage error")
print("links: ok")
