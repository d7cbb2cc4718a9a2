# SPDX-License-Identifier: GPL-3.0-or-later
"""kring --self-test starts fully and prints the counts of the directory in use as one JSON line (docs/command-line.md)."""
import base64
import json
import os
import re
import tempfile

from e2e import DEMO_FEED, KRING, check, demo_directory, run

with tempfile.TemporaryDirectory() as data_dir:
    result = run([KRING, "--self-test", "--data-dir", data_dir])
    check(result.returncode == 0, f"exit {result.returncode}: {result.stderr}")
    lines = result.stdout.strip().splitlines()
    check(len(lines) == 1, f"expected one line on stdout, got {lines!r}")
    check(re.fullmatch(r'\{"feed_version":\d+,"groups":\d+,"meetings":\d+,"announcements":\d+,"followed":\d+\}',
                       lines[0]) is not None, f"not the line of docs/command-line.md: {lines[0]}")
    report = json.loads(lines[0])
    demo = demo_directory()
    check(report["groups"] == len(demo["groups"]), f"groups {report['groups']} != {len(demo['groups'])}")
    meetings = sum(len(g["meetings"]) for g in demo["groups"])
    check(report["meetings"] == meetings, f"meetings {report['meetings']} != {meetings}")
    check(report["followed"] == 0, "a fresh install follows no group")
    # The bundled directory is the signed demo feed, verified under the pinned DEMO root.
    feed_dir = DEMO_FEED
    check(os.path.isfile(os.path.join(feed_dir, "snapshot.json")), f"no demo feed in the build tree: {feed_dir!r}")
    with open(os.path.join(feed_dir, "snapshot.json"), encoding="utf-8") as f:
        snapshot = json.loads(base64.b64decode(json.load(f)["payload"]))
    check(report["feed_version"] == snapshot["version"], f"feed_version {report['feed_version']} != {snapshot['version']}")
    with open(os.path.join(feed_dir, "announcements.json"), encoding="utf-8") as f:
        announcements = json.load(f)["announcements"]
    check(report["announcements"] == len(announcements), f"announcements {report['announcements']}")
    leftovers = [name for name in os.listdir(data_dir) if name.startswith("encryption-check")]
    check(not leftovers, f"scratch files left behind: {leftovers}")

with tempfile.TemporaryDirectory() as parent:
    blocked = os.path.join(parent, "file-not-dir")
    open(blocked, "w").close()
    result = run([KRING, "--self-test", "--data-dir", os.path.join(blocked, "data")])
    check(result.returncode != 0, "a data dir that cannot be created must fail the self-test")
    check("data" in result.stderr and result.stdout == "", f"unclear failure: {result.stderr!r}")

# Pinned to another root, the demo feed is not used: only what verifies under that root is shown. The newest
# DEMO root of the feed (renewed when the feed was signed): a --trust-root must be current.
with tempfile.TemporaryDirectory() as data_dir:
    roots = os.path.join(DEMO_FEED, "root")
    root = os.path.join(roots, max(os.listdir(roots), key=lambda name: int(name.split(".")[0])))
    result = run([KRING, "--self-test", "--data-dir", data_dir, "--trust-root", root])
    check(result.returncode == 0, f"--trust-root: exit {result.returncode}: {result.stderr}")
    report = json.loads(result.stdout)
    check(report["groups"] == 0 and report["feed_version"] == 0, f"--trust-root without a feed showed {report}")
    result = run([KRING, "--self-test", "--data-dir", data_dir, "--trust-root", os.path.join(data_dir, "missing.json")])
    check(result.returncode == 1 and "trust-root" in result.stderr, "a missing --trust-root file must be refused")

result = run([KRING, "--self-test", "--lang", "de"])
check(result.returncode == 2, f"--lang de must be a usage error, got {result.returncode}")
print("self-test: ok")
