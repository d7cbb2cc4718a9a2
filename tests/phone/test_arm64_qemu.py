# SPDX-License-Identifier: GPL-3.0-or-later
"""The arm64 kring (build-arm64/, scripts/build-arm64.sh) runs under qemu-user-static: --self-test passes, and
--screenshots draws the same pages as the amd64 kring of this build, pixel for pixel within a small tolerance.

Without an arm64 build or without qemu the test is skipped (exit 77), unless KRING_REQUIRE_ARM64=1 (set by
scripts/build-arm64.sh), where that is a failure."""
import os
import shutil
import subprocess
import sys
import tempfile

KRING = os.environ["KRING"]
PAGE_TOOL = os.environ["KRING_PAGE_TOOL"]
SOURCE_DIR = os.environ["KRING_SOURCE_DIR"]
ARM64 = os.environ.get("KRING_ARM64") or os.path.join(SOURCE_DIR, "build-arm64", "app", "kring", "kring")
REQUIRED = os.environ.get("KRING_REQUIRE_ARM64") == "1"
PAGES = ["find", "group", "followed", "meeting", "contact", "settings"]
# A pixel differs when a channel differs by more than CHANNEL_TOLERANCE; a page matches when at most
# PAGE_TOLERANCE of its pixels differ (anti-aliased edges of glyphs may round the other way on another CPU).
CHANNEL_TOLERANCE = 24
PAGE_TOLERANCE = 0.002


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def skip(message):
    if REQUIRED:
        fail(message)
    print("SKIP: " + message)
    sys.exit(77)


def is_arm64_elf(path):
    with open(path, "rb") as f:
        header = f.read(20)
    # ELF, 64-bit, little-endian, e_machine 183 (EM_AARCH64)
    return header[:4] == b"\x7fELF" and header[4] == 2 and header[5] == 1 and \
        int.from_bytes(header[18:20], "little") == 183


def run(args, timeout):
    env = dict(os.environ, KRING_SECRET_VAULT="file", QT_QPA_PLATFORM="offscreen")
    return subprocess.run(args, capture_output=True, text=True, timeout=timeout, env=env)


if not os.path.isfile(ARM64):
    skip(f"no arm64 build at {ARM64} (bash scripts/build-arm64.sh makes one)")
qemu = shutil.which("qemu-aarch64-static") or shutil.which("qemu-aarch64")
if not qemu:
    skip("qemu-user-static is not installed")
if not is_arm64_elf(ARM64):
    fail(f"{ARM64} is not an arm64 program")

with tempfile.TemporaryDirectory() as data_dir:
    result = run([qemu, ARM64, "--data-dir", data_dir, "--self-test"], timeout=600)
    if result.returncode != 0:
        fail(f"arm64 --self-test: exit {result.returncode}: {result.stderr.strip()}")
    if '"groups":' not in result.stdout:
        fail(f"arm64 --self-test printed {result.stdout!r}")
    print("arm64 --self-test:", result.stdout.strip())



def screenshots(command, out, timeout):
    with tempfile.TemporaryDirectory() as data_dir:
        return run(command + ["--data-dir", data_dir, "--screenshots", out, "--lang", "nl"], timeout=timeout)


def compare(a, b):
    """Share of differing pixels of two pictures, or None and the reason."""
    compared = subprocess.run([PAGE_TOOL, "compare", a, b, str(CHANNEL_TOLERANCE)], capture_output=True,
                              text=True, timeout=120)
    if compared.returncode != 0:
        return None, f"{compared.stdout.strip()} {compared.stderr.strip()}"
    fields = dict(part.split("=") for part in compared.stdout.split())
    return int(fields["differing"]) / int(fields["total"]), f"largest channel difference {fields['max']}"


# The pages show the next meetings from the current time: the amd64 pages are drawn just before and just after
# the (slower) arm64 ones, and each arm64 page is compared with the closer of the two, so that a meeting that
# starts meanwhile does not count as a difference between the machines.
with tempfile.TemporaryDirectory() as arm_dir, tempfile.TemporaryDirectory() as before_dir, \
        tempfile.TemporaryDirectory() as after_dir:
    for command, out, timeout, what in [([KRING], before_dir, 300, "amd64"), ([qemu, ARM64], arm_dir, 900, "arm64"),
                                        ([KRING], after_dir, 300, "amd64")]:
        result = screenshots(command, out, timeout)
        if result.returncode != 0:
            fail(f"{what} --screenshots: exit {result.returncode}: {result.stderr.strip()}")
    failures = []
    for page in PAGES:
        a = os.path.join(arm_dir, page + ".png")
        if not os.path.isfile(a):
            failures.append(f"{page}: the arm64 kring wrote no picture")
            continue
        results = [compare(a, os.path.join(d, page + ".png")) for d in (before_dir, after_dir)]
        shares = [r for r in results if r[0] is not None]
        if not shares:
            failures.append(f"{page}: {results[0][1]}")
            continue
        share, detail = min(shares)
        print(f"{page}: {share:.4%} of the pixels differ, {detail}")
        if share > PAGE_TOLERANCE:
            kept = os.path.join(tempfile.gettempdir(), "kring-phone-" + page)
            os.makedirs(kept, exist_ok=True)
            shutil.copy(a, os.path.join(kept, "arm64.png"))
            shutil.copy(os.path.join(before_dir, page + ".png"), os.path.join(kept, "amd64.png"))
            failures.append(f"{page}: {share:.3%} of the pixels differ (kept in {kept})")
    if failures:
        fail("; ".join(failures))
print("phone arm64: ok")
