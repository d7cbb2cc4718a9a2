# SPDX-License-Identifier: GPL-3.0-or-later
"""The kill test: a process importing large directory snapshots while writing follows and notes is killed
(SIGKILL) at random points, many times. Every time, the store opens with the old or the new snapshot, whole,
its trust state matches it, and no committed follow or note is lost."""
import json
import os
import random
import signal
import subprocess
import tempfile

from e2e import check

PROBE = os.environ["KRING_STORE_PROBE"]
MEETINGS = "20000"
KILLS = 24

seed = int(os.environ.get("KRING_KILL_SEED", random.randrange(1 << 30)))
rng = random.Random(seed)
print(f"kill test seed {seed} (set KRING_KILL_SEED to repeat)")


def inspect(data_dir):
    result = subprocess.run([PROBE, "check", data_dir, MEETINGS], capture_output=True, text=True, timeout=120)
    check(result.returncode == 0, f"the store does not open after a kill: {result.stderr}")
    return json.loads(result.stdout)


with tempfile.TemporaryDirectory() as data_dir:
    committed = 0
    for round_number in range(1, KILLS + 1):
        # "opened" comes first, then one line per committed snapshot: kill after 1 to 4 lines.
        lines_before_kill = rng.randint(1, 4)
        child = subprocess.Popen([PROBE, "stress", data_dir, MEETINGS], stdout=subprocess.PIPE, text=True)
        for _ in range(lines_before_kill):
            line = child.stdout.readline().strip()
            check(line != "", f"round {round_number}: the stress process ended early")
            if line.startswith("committed "):
                committed = int(line.split()[1])
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()

        state = inspect(data_dir)
        where = f"round {round_number} (killed after {lines_before_kill} lines, last commit {committed}): {state}"
        nothing_yet = committed == 0 and state["snapshot"] == 0  # killed before the first commit: the old state
        check(state["complete"] or nothing_yet, "the snapshot is not whole: " + where)
        check(state["snapshot"] in (committed, committed + 1), "neither the old nor the new snapshot: " + where)
        check(state["trust_snapshot"] == state["snapshot"], "trust state and snapshot disagree: " + where)
        check(state["user_data_intact_up_to"] >= committed, "committed follows or notes were lost: " + where)
        check(state["user_data_intact_up_to"] == state["follows"], "follows without their notes: " + where)
        committed = state["snapshot"]
print(f"store kill: ok ({KILLS} kills, last snapshot {committed})")
