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

with tempfile.TemporaryDirectory() as arm_dir, tempfile.TemporaryDirectory() as amd_dir, \
        tempfile.TemporaryDirectory() as data_a, tempfile.TemporaryDirectory() as data_b:
    arm = run([qemu, ARM64, "--data-dir", data_a, "--screenshots", arm_dir, "--lang", "nl"], timeout=900)
    if arm.returncode != 0:
        fail(f"arm64 --screenshots: exit {arm.returncode}: {arm.stderr.strip()}")
    amd = run([KRING, "--data-dir", data_b, "--screenshots", amd_dir, "--lang", "nl"], timeout=300)
    if amd.returncode != 0:
        fail(f"amd64 --screenshots: exit {amd.returncode}: {amd.stderr.strip()}")
    failures = []
    for page in PAGES:
        a, b = os.path.join(arm_dir, page + ".png"), os.path.join(amd_dir, page + ".png")
        if not os.path.isfile(a):
            failures.append(f"{page}: the arm64 kring wrote no picture")
            continue
        compared = subprocess.run([PAGE_TOOL, "compare", a, b, str(CHANNEL_TOLERANCE)], capture_output=True,
                                  text=True, timeout=120)
        if compared.returncode != 0:
            failures.append(f"{page}: {compared.stdout.strip()} {compared.stderr.strip()}")
            continue
        fields = dict(part.split("=") for part in compared.stdout.split())
        share = int(fields["differing"]) / int(fields["total"])
        print(f"{page}: {fields['differing']} of {fields['total']} pixels differ ({share:.4%}), "
              f"largest channel difference {fields['max']}")
        if share > PAGE_TOLERANCE:
            kept = os.path.join(tempfile.gettempdir(), "kring-phone-" + page)
            os.makedirs(kept, exist_ok=True)
            shutil.copy(a, os.path.join(kept, "arm64.png"))
            shutil.copy(b, os.path.join(kept, "amd64.png"))
            failures.append(f"{page}: {share:.3%} of the pixels differ (kept in {kept})")
    if failures:
        fail("; ".join(failures))
print("phone arm64: ok")
