# SPDX-License-Identifier: GPL-3.0-or-later
"""The root keys stay offline (docs/trust.md, docs/network.md): the team signs the directory where the root keys
are kept, the server holds a folder made by `server-keys` (feed key, root metadata, revocations) and builds the
feed with the signed directory; what apps take is the same, and a server cannot certify, revoke or rotate."""
import json
import os
import shutil
import stat
import tempfile

from e2e import SOURCE_DIR, check, ok, publisher, rejected

DIRECTORY = os.path.join(SOURCE_DIR, "tests", "data", "directory", "valid", "small.json")


def verify(root, web, now, state):
    result = ok(publisher("verify", "--root", root, "--feed", web, "--state", state, "--now", now), "verify")
    return json.loads(result.stdout)


work = tempfile.mkdtemp(prefix="kring-offline-e2e-")
try:
    keys, server, web = (os.path.join(work, name) for name in ("keys", "server", "web"))
    state = os.path.join(work, "state.json")
    ok(publisher("init", "--out", keys, "--now", "2026-11-01T09:00:00Z"), "init")
    pinned = os.path.join(work, "pinned-root.json")
    shutil.copy(os.path.join(keys, "root.json"), pinned)

    ok(publisher("server-keys", "--keys", keys, "--out", server), "server-keys")
    check(not [name for name in os.listdir(server) if name.startswith("root-v")], "a root key went to the server")
    check(stat.S_IMODE(os.stat(os.path.join(server, "feed.key")).st_mode) == 0o600, "feed.key is not 0600")
    check(stat.S_IMODE(os.stat(server).st_mode) == 0o700, "the server's key folder is not 0700")

    # The server cannot sign: not the directory, nor certificates, revocations or a new root.
    rejected(publisher("build", "--keys", server, "--directory", DIRECTORY, "--out", web,
                       "--now", "2026-11-01T10:00:00Z"), "build of an unsigned directory", "sign-directory")
    check(not os.path.exists(os.path.join(web, "feed", "snapshot.json")), "a refused build wrote a feed")
    request = ok(publisher("contact-key", "--out", os.path.join(work, "contact.key"), "--group", "ehv-rouw-partner"),
                 "contact-key").stdout.strip()
    for command in (["certify", "--request", request], ["revoke", "--serial", "0011223344556677"], ["rotate-root"]):
        rejected(publisher(command[0], "--keys", server, *command[1:]), f"{command[0]} on the server",
                 "holds no root key")

    # Offline: sign; on the server: build; on a phone: verify.
    signed1 = os.path.join(work, "signed-1.json")
    ok(publisher("sign-directory", "--keys", keys, "--directory", DIRECTORY, "--out", signed1), "sign-directory")
    ok(publisher("build", "--keys", server, "--directory", signed1, "--out", web, "--now", "2026-11-01T10:00:00Z"),
       "build with the signed directory")
    first = verify(pinned, web, "2026-11-01T10:01:00Z", state)
    check(first["version"] == 1 and first["groups"] > 0, f"verify after the first build: {first}")

    # A changed directory signed against the published one: version 2, taken by the phone.
    changed = os.path.join(work, "changed.json")
    with open(DIRECTORY, encoding="utf-8") as source, open(changed, "w", encoding="utf-8") as target:
        target.write(source.read().replace("Testnetwerk", "Testnetwerk Zuid"))
    published = os.path.join(web, "feed", "directory.json")
    signed2 = os.path.join(work, "signed-2.json")
    unstamped = os.path.join(work, "unstamped.json")
    ok(publisher("sign-directory", "--keys", keys, "--directory", changed, "--out", unstamped), "sign, no --published")
    rejected(publisher("build", "--keys", server, "--directory", unstamped, "--out", web,
                       "--now", "2026-11-01T10:05:00Z"), "same version, other contents", "already published")
    ok(publisher("sign-directory", "--keys", keys, "--directory", changed, "--published", published,
                 "--out", signed2), "sign against the published directory")
    ok(publisher("build", "--keys", server, "--directory", signed2, "--out", web, "--now", "2026-11-01T10:06:00Z"),
       "build of version 2")
    check(verify(pinned, web, "2026-11-01T10:07:00Z", state)["version"] == 2, "the phone did not take version 2")

    # Someone on the server who replays the older signed directory gets nothing published.
    rejected(publisher("build", "--keys", server, "--directory", signed1, "--out", web,
                       "--now", "2026-11-01T10:08:00Z"), "an older signed directory", "older than the published")

    # A root rotation offline reaches the server with server-keys again; the feed key and the built state stay.
    ok(publisher("rotate-root", "--keys", keys, "--now", "2026-11-02T09:00:00Z"), "rotate-root")
    signed3 = os.path.join(work, "signed-3.json")
    ok(publisher("sign-directory", "--keys", keys, "--directory", changed, "--published", published,
                 "--out", signed3), "sign with the new root")
    rejected(publisher("build", "--keys", server, "--directory", signed3, "--out", web,
                       "--now", "2026-11-02T10:00:00Z"), "build before the server has the new root", "not trusted")
    ok(publisher("server-keys", "--keys", keys, "--out", server), "server-keys after the rotation")
    check(os.path.exists(os.path.join(server, "root", "2.json")), "root/2.json did not reach the server")
    check(not [name for name in os.listdir(server) if name.startswith("root-v")], "a root key went to the server")
    ok(publisher("build", "--keys", server, "--directory", signed3, "--out", web, "--now", "2026-11-02T10:00:00Z"),
       "build after the rotation")
    check(verify(pinned, web, "2026-11-02T10:01:00Z", state)["version"] == 3,
          "a phone that pinned root v1 did not follow the rotation")

    # Another network's key folder is never mixed into this server's.
    other = os.path.join(work, "other")
    ok(publisher("init", "--out", other, "--now", "2026-11-01T09:00:00Z"), "init of another network")
    rejected(publisher("server-keys", "--keys", other, "--out", server), "another feed key", "another feed key")
    print("offline signing: ok")
finally:
    shutil.rmtree(work, ignore_errors=True)
