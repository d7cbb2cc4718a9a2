# SPDX-License-Identifier: GPL-3.0-or-later
"""kring --self-test starts fully and prints the counts of the directory in use as one JSON line (CLI.md)."""
import json
import os
import re
import tempfile

from e2e import KRING, check, demo_directory, run

with tempfile.TemporaryDirectory() as data_dir:
    result = run([KRING, "--self-test", "--data-dir", data_dir])
    check(result.returncode == 0, f"exit {result.returncode}: {result.stderr}")
    lines = result.stdout.strip().splitlines()
    check(len(lines) == 1, f"expected one line on stdout, got {lines!r}")
    check(re.fullmatch(r'\{"feed_version":\d+,"groups":\d+,"meetings":\d+,"announcements":\d+,"followed":\d+\}',
                       lines[0]) is not None, f"not the CLI.md line: {lines[0]}")
    report = json.loads(lines[0])
    demo = demo_directory()
    check(report["groups"] == len(demo["groups"]), f"groups {report['groups']} != {len(demo['groups'])}")
    meetings = sum(len(g["meetings"]) for g in demo["groups"])
    check(report["meetings"] == meetings, f"meetings {report['meetings']} != {meetings}")
    check(report["followed"] == 0, "a fresh install follows no group")
    leftovers = [name for name in os.listdir(data_dir) if name.startswith("encryption-check")]
    check(not leftovers, f"scratch files left behind: {leftovers}")

with tempfile.TemporaryDirectory() as parent:
    blocked = os.path.join(parent, "file-not-dir")
    open(blocked, "w").close()
    result = run([KRING, "--self-test", "--data-dir", os.path.join(blocked, "data")])
    check(result.returncode != 0, "a data dir that cannot be created must fail the self-test")
    check("data" in result.stderr and result.stdout == "", f"unclear failure: {result.stderr!r}")

result = run([KRING, "--self-test", "--lang", "de"])
check(result.returncode == 2, f"--lang de must be a usage error, got {result.returncode}")
print("self-test: ok")
