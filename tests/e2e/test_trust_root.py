# SPDX-License-Identifier: GPL-3.0-or-later
"""kring --trust-root FILE: a file that is not a current, self-signed root is refused with exit 1 and a clear
line; a data folder whose directory verified under another root does not show it (docs/trust.md, docs/command-line.md)."""
import json
import os
import tempfile

from e2e import KRING, KRING_PUBLISHER, check, run


def self_test(data_dir, *args):
    return run([KRING, "--self-test", "--data-dir", data_dir, *args], timeout=60)


def refused(data_dir, root, what):
    result = self_test(data_dir, "--trust-root", root)
    check(result.returncode == 1, f"{what}: expected exit 1, got {result.returncode}: {result.stderr.strip()}")
    check("--trust-root" in result.stderr and result.stdout == "", f"{what}: unclear refusal {result.stderr!r}")
    lines = [line for line in result.stderr.splitlines() if line.startswith("kring:")]
    check(len(lines) == 1, f"{what}: not one line: {result.stderr!r}")


with tempfile.TemporaryDirectory() as work:
    data_dir = os.path.join(work, "data")
    os.mkdir(data_dir)
    garbage = {
        "random bytes": os.urandom(4096),
        "an empty file": b"",
        "JSON that is not a root": b'{"payload": "e30=", "signatures": []}',
    }
    for what, content in garbage.items():
        path = os.path.join(work, what.replace(" ", "-"))
        with open(path, "wb") as f:
            f.write(content)
        refused(data_dir, path, what)
    fifo = os.path.join(work, "fifo")
    os.mkfifo(fifo)
    refused(data_dir, fifo, "a FIFO")
    refused(data_dir, "/dev/zero", "/dev/zero")
    refused(data_dir, work, "a folder")

    # Another network's root, expired long ago.
    expired_keys = os.path.join(work, "expired-keys")
    check(run([KRING_PUBLISHER, "init", "--out", expired_keys, "--now", "2020-01-01T00:00:00Z"]).returncode == 0,
          "init of the expired network")
    refused(data_dir, os.path.join(expired_keys, "root.json"), "an expired root")

    # The demo directory, stored under the demo root, is not shown under another network's current root.
    shown = self_test(data_dir)
    check(shown.returncode == 0, f"demo start: {shown.stderr}")
    check(json.loads(shown.stdout)["groups"] > 0, "the demo start shows the demo directory")
    other_keys = os.path.join(work, "other-keys")
    check(run([KRING_PUBLISHER, "init", "--out", other_keys]).returncode == 0, "init of the other network")
    hidden = self_test(data_dir, "--trust-root", os.path.join(other_keys, "root.json"), "--lang", "en")
    check(hidden.returncode == 0, f"other root: exit {hidden.returncode}: {hidden.stderr}")
    report = json.loads(hidden.stdout)
    check(report["groups"] == 0 and report["feed_version"] == 0, f"another root showed the demo data: {report}")
    check("another key" in hidden.stderr, f"no reason given: {hidden.stderr!r}")
    again = self_test(data_dir)
    check(json.loads(again.stdout)["groups"] == json.loads(shown.stdout)["groups"],
          "back under the demo root, the demo directory is shown again")
print("trust-root: ok")
