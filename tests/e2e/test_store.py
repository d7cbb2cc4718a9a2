# SPDX-License-Identifier: GPL-3.0-or-later
"""The store under --data-dir: no byte of any file in it is readable, the folder and its files are the user's
alone, later starts read the store, and each failure path (wrong key, damaged file, damaged first page,
newer schema, read-only folder, a key file others could read) ends with a clear message and a non-zero exit,
the database bytes unchanged (a damaged file is kept aside, never deleted)."""
import glob
import hashlib
import json
import os
import stat
import subprocess
import tempfile

from e2e import KRING, check, demo_directory, run

PROBE = os.environ["KRING_STORE_PROBE"]
PAGE = 4096


def self_test(data_dir, **kwargs):
    return subprocess.run([KRING, "--self-test", "--lang", "en", "--data-dir", data_dir], capture_output=True, text=True,
                          timeout=120, **kwargs)


def database(data_dir):
    return os.path.join(data_dir, "kring.db")


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def started(data_dir):
    result = self_test(data_dir)
    check(result.returncode == 0, f"self-test failed: {result.stderr}")
    return json.loads(result.stdout)


def mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


def check_private(data_dir):
    check(mode(data_dir) == 0o700, f"data folder mode {oct(mode(data_dir))}, expected 0o700")
    for name in os.listdir(data_dir):
        path = os.path.join(data_dir, name)
        check(mode(path) == 0o600, f"{name} mode {oct(mode(path))}, expected 0o600")


def damaged_and_kept(data_dir, damage_at):
    """Damages the database at `damage_at`; the next start keeps the file aside and says so, the one after
    that starts from the bundled directory."""
    path = database(data_dir)
    with open(path, "r+b") as f:
        f.seek(damage_at)
        f.write(b"damage")
    damaged = sha256(path)
    result = self_test(data_dir)
    check(result.returncode != 0, "a damaged store must fail the self-test")
    check("damaged" in result.stderr, f"unclear message: {result.stderr!r}")
    kept = glob.glob(path + ".damaged-*")
    check(len(kept) == 1 and sha256(kept[0]) == damaged, f"the damaged file was not kept as it was: {kept}")
    check(kept[0] in result.stderr, "the message does not say where the damaged file is")
    check(started(data_dir)["groups"] == len(demo["groups"]), "no fresh start from the bundled directory")


def refused(data_dir, expected, **kwargs):
    before = sha256(database(data_dir))
    result = self_test(data_dir, **kwargs)
    check(result.returncode != 0, f"expected a refusal ({expected}), got exit 0")
    check(expected in result.stderr, f"expected {expected!r} in the message, got {result.stderr!r}")
    check(result.stdout == "", f"a refused self-test printed a report: {result.stdout!r}")
    check(sha256(database(data_dir)) == before, f"the database changed although it was refused ({expected})")


demo = demo_directory()
secrets = [g["name"] for g in demo["groups"]] + [v["name"] for v in demo.get("venues", [])]

# No plaintext: every byte of every file under the data dir, after a start and after a second one.
with tempfile.TemporaryDirectory() as data_dir:
    report = started(data_dir)
    check(report["groups"] == len(demo["groups"]), f"not the demo directory: {report}")
    check(report["followed"] == 0, "a fresh install follows no group")
    check(os.path.getsize(database(data_dir)) > len(json.dumps(demo)) // 2, "the directory was not stored")

    key_file = os.path.join(data_dir, "kring.key")
    check(os.path.exists(key_file), "no key file although no keyring was asked for")
    check(mode(key_file) == 0o600, f"key file mode {oct(mode(key_file))}, expected 0o600")

    # Later starts read the store: a follow written into it shows up in the report.
    follow = run([PROBE, "follow", data_dir, demo["groups"][0]["id"]])
    check(follow.returncode == 0, follow.stderr)
    check(started(data_dir)["followed"] == 1, "the self-test does not report what the store holds")

    for root, _, files in os.walk(data_dir):
        for name in files:
            with open(os.path.join(root, name), "rb") as f:
                content = f.read()
            check(b"SQLite format 3" not in content, f"{name} holds a plain SQLite header")
            leaked = [s for s in secrets if s.encode("utf-8") in content]
            check(not leaked, f"{name} holds plaintext: {leaked[:3]}")

# A new data folder and everything in it are the user's alone; an existing one that others could read is
# closed to them at the next start.
with tempfile.TemporaryDirectory() as parent:
    data_dir = os.path.join(parent, "new", "kring")
    started(data_dir)
    check_private(data_dir)
    os.chmod(data_dir, 0o755)
    for name in os.listdir(data_dir):
        if name != "kring.key":
            os.chmod(os.path.join(data_dir, name), 0o644)
    started(data_dir)
    check_private(data_dir)

# A key file that others could read may have been copied: Kring says so, uses nothing and changes nothing,
# until only the user can read it again.
with tempfile.TemporaryDirectory() as data_dir:
    started(data_dir)
    key_file = os.path.join(data_dir, "kring.key")
    os.chmod(key_file, 0o644)
    key_before = sha256(key_file)
    refused(data_dir, "Other users of this device can open Kring's key file")
    check(mode(key_file) == 0o644 and sha256(key_file) == key_before, "the exposed key file was changed")
    os.chmod(key_file, 0o600)
    check(started(data_dir)["groups"] == len(demo["groups"]), "the key file does not work again")

# A wrong key is refused and changes nothing.
with tempfile.TemporaryDirectory() as data_dir:
    started(data_dir)
    key_file = os.path.join(data_dir, "kring.key")
    with open(key_file, "r+b") as f:
        f.write(os.urandom(32))
    refused(data_dir, "cannot unlock")

# A newer schema opens read-only: the self-test says so and nothing is written.
with tempfile.TemporaryDirectory() as data_dir:
    started(data_dir)
    newer = run([PROBE, "set-version", data_dir, "99"])
    check(newer.returncode == 0, newer.stderr)
    refused(data_dir, "newer version of Kring")

# A read-only data folder: a clear message, nothing changed. Root ignores modes, so run as nobody then.
with tempfile.TemporaryDirectory() as data_dir:
    started(data_dir)
    as_nobody = {}
    if os.geteuid() == 0:
        for path in [data_dir] + glob.glob(os.path.join(data_dir, "*")):
            os.chown(path, 65534, 65534)
        as_nobody = {"user": 65534, "group": 65534}
    os.chmod(data_dir, 0o555)
    try:
        refused(data_dir, "cannot write in its data folder", **as_nobody)
    finally:
        os.chmod(data_dir, 0o755)

# A damaged file is kept aside unchanged, the person is told, and the next start works again.
with tempfile.TemporaryDirectory() as data_dir:
    started(data_dir)
    # The stored directory fills the last pages; every start reads it.
    damaged_and_kept(data_dir, (os.path.getsize(database(data_dir)) // PAGE - 3) * PAGE + 100)

# Damage in the first page reads to SQLCipher as a wrong key would; the key check tells them apart.
with tempfile.TemporaryDirectory() as data_dir:
    started(data_dir)
    damaged_and_kept(data_dir, 200)
print("store: ok")
