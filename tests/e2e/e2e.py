# SPDX-License-Identifier: GPL-3.0-or-later
"""Small helpers shared by the end-to-end tests: run a built program, fail with a clear reason."""
import json
import os
import subprocess
import sys

KRING = os.environ["KRING"]
KRING_PUBLISHER = os.environ["KRING_PUBLISHER"]
SOURCE_DIR = os.environ["KRING_SOURCE_DIR"]
# The signed demo feed the build made and bundled into kring (assets/CMakeLists.txt).
DEMO_FEED = os.environ.get("KRING_DEMO_FEED", "")


def run(args, timeout=120, env=None):
    return subprocess.run(args, capture_output=True, text=True, timeout=timeout, env=env)


def check(condition, message):
    if not condition:
        print("FAIL: " + message, file=sys.stderr)
        sys.exit(1)


def demo_directory():
    with open(os.path.join(SOURCE_DIR, "assets", "demo", "directory.json"), encoding="utf-8") as f:
        return json.load(f)


def png_size(path):
    with open(path, "rb") as f:
        header = f.read(24)
    check(header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG")
    return int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")


def publisher(*args):
    return run([KRING_PUBLISHER, *args])


def ok(result, what):
    check(result.returncode == 0, f"{what}: exit {result.returncode}: {result.stderr.strip()}")
    return result


def rejected(result, what, text):
    check(result.returncode == 1, f"{what}: expected exit 1, got {result.returncode}: {result.stderr.strip()}")
    check(text in result.stderr, f"{what}: stderr does not say {text!r}: {result.stderr.strip()}")
