# SPDX-License-Identifier: GPL-3.0-or-later
"""The trust commands of kring-publisher as the network team and a contact person use them (docs/command-line.md, docs/trust.md):
keys, enrolment, announcements, building the signed feed from an inbox, and verifying it as the app does."""
import base64
import json
import os
import shutil
import stat
import tempfile

from e2e import KRING_PUBLISHER, SOURCE_DIR, check, ok, publisher, rejected, run

DIRECTORY = os.path.join(SOURCE_DIR, "tests", "data", "directory", "valid", "small.json")
GROUP = "ehv-rouw-partner"





def verify(root, web, now, state=None):
    args = ["verify", "--root", root, "--feed", web, "--now", now]
    if state:
        args += ["--state", state]
    return publisher(*args)


work = tempfile.mkdtemp(prefix="kring-trust-e2e-")
try:
    keys, web, inbox = (os.path.join(work, name) for name in ("keys", "web", "inbox"))
    os.mkdir(inbox)
    state = os.path.join(work, "state.json")

    # init: secret keys 0600, the public root v1 that apps pin; never overwrites keys.
    ok(publisher("init", "--out", keys, "--now", "2026-11-01T09:00:00Z"), "init")
    for secret in ("root-v1.key", "feed.key"):
        mode = stat.S_IMODE(os.stat(os.path.join(keys, secret)).st_mode)
        check(mode == 0o600, f"{secret} has mode {oct(mode)}")
    pinned_v1 = os.path.join(work, "pinned-root-v1.json")
    shutil.copy(os.path.join(keys, "root.json"), pinned_v1)
    rejected(publisher("init", "--out", keys), "init twice", "already holds keys")
    check(publisher("init").returncode == 2, "init without --out is a usage error")

    # Enrolment: request code -> certificate code and serial.
    contact = os.path.join(work, "contact.key")
    request = ok(publisher("contact-key", "--out", contact, "--group", GROUP), "contact-key").stdout.strip()
    check(request.startswith("KRING-REQ-"), f"request code {request!r}")
    check(stat.S_IMODE(os.stat(contact).st_mode) == 0o600, "contact key is not 0600")
    certified = ok(publisher("certify", "--keys", keys, "--request", request, "--now", "2026-11-01T09:00:00Z"),
                   "certify")
    cert = certified.stdout.strip()
    check(cert.startswith("KRING-CERT-"), f"certificate code {cert[:20]!r}")
    check(certified.stderr.startswith("serial "), f"certify stderr {certified.stderr!r}")
    serial = certified.stderr.split()[1]
    typo = request[:-3] + ("A" if request[-3] != "A" else "B") + request[-2:]
    rejected(publisher("certify", "--keys", keys, "--request", typo), "mistyped request", "checksum")

    # Announcements: an envelope on stdout, or a share link.
    def announce(*kind, now="2026-11-02T10:00:00Z"):
        return publisher("announce", "--contact", contact, "--cert", cert, "--group", GROUP, *kind, "--now", now)

    cancel = ok(announce("--cancel", "2026-12-08"), "announce --cancel").stdout
    check(json.loads(cancel).keys() == {"payload", "signatures"}, "announce prints an envelope")
    with open(os.path.join(inbox, "cancel.json"), "w") as f:
        f.write(cancel)
    link = ok(announce("--move", "2026-12-15", "--to", "2026-12-16T19:30", "--link"), "announce --link").stdout
    check(link.startswith("kring://a/"), f"link {link[:20]!r}")
    https = ok(announce("--pause", "2027-02-01", "--until", "2027-03-31", "--link", "--link-host",
                        "kring.example.org"), "announce https link").stdout
    check(https.startswith("https://kring.example.org/a#"), f"link {https[:40]!r}")
    rejected(announce("--note", "x" * 281, "--until", "2026-12-31"), "long note", "at most 280")
    # The certificate ends 90 days after 2026-11-01: a note may run at most 90 days beyond that.
    rejected(announce("--note", "Zomerstop", "--until", "2099-12-31"), "note until 2099", "may run at most until")
    ok(announce("--note", "Zomerstop", "--until", "2027-04-28"), "note within 90 days of the certificate's end")
    check(announce("--cancel", "2026-12-08", "--pause", "2026-12-09").returncode == 2, "two kinds: usage error")
    check(announce("--move", "2026-12-15").returncode == 2, "--move without --to: usage error")
    rejected(publisher("announce", "--contact", contact, "--cert", cert, "--group", "lvn-naasten-drank",
                       "--cancel", "2026-12-08", "--now", "2026-11-02T10:00:00Z"), "other group",
             "does not name group")

    # Inbox items that must be dropped, each with a reason.
    with open(os.path.join(inbox, "garbage.json"), "w") as f:
        f.write("not json at all")
    with open(os.path.join(inbox, "big.json"), "w") as f:
        f.write(" " * 3000)
    forged = json.loads(cancel)
    payload = bytearray(base64.b64decode(forged["payload"]))
    payload[payload.index(b"2026-12-08")+9] = ord("9")
    forged["payload"] = base64.b64encode(bytes(payload)).decode()
    with open(os.path.join(inbox, "forged.json"), "w") as f:
        json.dump(forged, f)

    built = ok(publisher("build", "--keys", keys, "--directory", DIRECTORY, "--inbox", inbox, "--out", web,
                         "--now", "2026-11-03T08:00:00Z"), "build")
    dropped = [line for line in built.stderr.splitlines() if line.startswith("dropped ")]
    check(len(dropped) == 3, f"expected 3 dropped lines: {built.stderr}")
    for name, reason in (("garbage.json", "not valid JSON"), ("big.json", "over the limit of 2048"),
                         ("forged.json", "signature does not match")):
        check(any(line.startswith(f"dropped {name}: ") and reason in line for line in dropped),
              f"{name} not dropped with {reason!r}: {dropped}")
    for path in ("root/1.json", "snapshot.json", "directory.json", "revocations.json", "announcements.json"):
        check(os.path.isfile(os.path.join(web, "feed", path)), f"feed/{path} missing")
    check(not [n for n in os.listdir(os.path.join(web, "feed")) if n.endswith((".tmp", "~")) or "XXXX" in n],
          "temporary files left")

    result = ok(verify(pinned_v1, web, "2026-11-04T00:00:00Z", state), "verify")
    check(json.loads(result.stdout) == {"version": 1, "groups": 2, "announcements": 1, "news": 0}, result.stdout)
    v1_copy = os.path.join(work, "web-v1")
    shutil.copytree(web, v1_copy)

    # A replay: sequence number 1 again with other content is dropped; the published one stays.
    os.remove(os.path.join(inbox, "garbage.json"))
    os.remove(os.path.join(inbox, "big.json"))
    os.remove(os.path.join(inbox, "forged.json"))
    with open(contact + ".sequence", "w") as f:
        f.write("0\n")
    with open(os.path.join(inbox, "replay.json"), "w") as f:
        f.write(ok(announce("--cancel", "2026-12-22"), "announce replay").stdout)
    built = ok(publisher("build", "--keys", keys, "--directory", DIRECTORY, "--inbox", inbox, "--out", web,
                         "--now", "2026-11-04T08:00:00Z"), "build 2")
    check("dropped replay.json: " in built.stderr and "replay or older" in built.stderr, built.stderr)
    check("cancel.json" not in built.stderr, f"an already published item is not dropped: {built.stderr}")
    result = ok(verify(pinned_v1, web, "2026-11-05T00:00:00Z", state), "verify 2")
    check(json.loads(result.stdout) == {"version": 2, "groups": 2, "announcements": 1, "news": 0}, result.stdout)

    # Rollback: the old feed again, with the state of the newer one.
    rejected(verify(pinned_v1, v1_copy, "2026-11-05T00:00:00Z", state), "rollback", "older than version 2")
    # A byte changed in a published file.
    tampered = os.path.join(work, "web-tampered")
    shutil.copytree(web, tampered)
    with open(os.path.join(tampered, "feed", "directory.json"), "r+b") as f:
        f.seek(100)
        byte = f.read(1)
        f.seek(100)
        f.write(b"A" if byte != b"A" else b"B")
    rejected(verify(pinned_v1, tampered, "2026-11-05T00:00:00Z"), "tampered", "hash differs")
    # Expired.
    rejected(verify(pinned_v1, web, "2026-11-20T00:00:00Z"), "expired", "expired on")

    # Revoking the certificate removes its announcement from the next feed.
    os.remove(os.path.join(inbox, "replay.json"))
    check(publisher("revoke", "--keys", keys, "--serial", "not a serial").returncode == 2, "bad serial: usage error")
    ok(publisher("revoke", "--keys", keys, "--serial", serial, "--now", "2026-11-05T09:00:00Z"), "revoke")
    ok(publisher("build", "--keys", keys, "--directory", DIRECTORY, "--out", web, "--now", "2026-11-05T10:00:00Z"),
       "build 3")
    result = ok(verify(pinned_v1, web, "2026-11-05T11:00:00Z", state), "verify 3")
    check(json.loads(result.stdout)["announcements"] == 0, f"revoked announcement still there: {result.stdout}")

    # Root rotation: an app pinned to v1 follows to v2.
    ok(publisher("rotate-root", "--keys", keys, "--now", "2026-11-06T09:00:00Z"), "rotate-root")
    check(json.loads(open(os.path.join(keys, "root.json")).read())["payload"], "root.json")
    ok(publisher("build", "--keys", keys, "--directory", DIRECTORY, "--out", web, "--now", "2026-11-06T10:00:00Z"),
       "build 4")
    check(os.path.isfile(os.path.join(web, "feed", "root", "2.json")), "root/2.json not published")
    result = ok(verify(pinned_v1, web, "2026-11-06T11:00:00Z", state), "verify after rotation")
    check(json.loads(result.stdout)["version"] == 4, result.stdout)
    ok(verify(os.path.join(keys, "root.json"), web, "2026-11-06T11:00:00Z"), "verify pinned to v2")

    # A device clock set back does not revive an expired feed: trusted time is the newest issued time seen.
    ok(publisher("build", "--keys", keys, "--directory", DIRECTORY, "--out", web, "--now", "2026-10-01T10:00:00Z",
                 "--expires-days", "7"), "build issued in the past")
    ok(verify(pinned_v1, web, "2026-10-02T00:00:00Z"), "verify without state at the old time")
    rejected(verify(pinned_v1, web, "2026-10-02T00:00:00Z", state), "clock set back", "expired on")

    check(publisher("verify", "--root", pinned_v1).returncode == 2, "verify without --feed is a usage error")

    # Renewing the root with the same key: after every earlier version expired, an app pinned to v1 still
    # follows the chain, and the key folder has no new key (root-v3.key is root-v2.key under the new name).
    renewed = os.path.join(work, "renewed")
    shutil.copytree(keys, renewed)
    shutil.rmtree(web)
    check(publisher("rotate-root", "--keys", renewed, "--keep-key", "--link-host", "kring.example.nl").returncode == 2,
          "--keep-key with --link-host is a usage error")
    ok(publisher("rotate-root", "--keys", renewed, "--keep-key", "--now", "2027-12-20T09:00:00Z"), "renew root")
    with open(os.path.join(renewed, "root-v2.key"), encoding="utf-8") as old, \
            open(os.path.join(renewed, "root-v3.key"), encoding="utf-8") as new:
        check(json.load(old) == json.load(new), "the renewed root has another key")
    ok(publisher("build", "--keys", renewed, "--directory", DIRECTORY, "--out", web, "--now", "2027-12-20T10:00:00Z"),
       "build after renewal")
    result = ok(verify(pinned_v1, web, "2027-12-24T00:00:00Z"), "verify pinned to v1 after v1 and v2 expired")
    check(json.loads(result.stdout)["groups"] > 0, result.stdout)
    with open(os.path.join(renewed, "root.json"), encoding="utf-8") as f:
        root = json.loads(base64.b64decode(json.load(f)["payload"]))
    check(root["version"] == 3 and root["expires"] == "2028-12-19T09:00:00Z", f"renewed root {root}")
finally:
    shutil.rmtree(work, ignore_errors=True)
print("publisher trust: ok")
