#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""deploy/systemd/ as systemd reads it: `systemd-analyze verify` of the build service and its timer, with the
service's ExecStart pointed at the kring-publisher of this build, has nothing to say. Skips (77) where systemd
is not installed (a container without it); the units are still only an example until a server runs them."""
import os
import shutil
import sys
import tempfile

from e2e import KRING_PUBLISHER, SOURCE_DIR, check, run

UNITS = ("kring-publisher-build.service", "kring-publisher-build.timer")
INSTALLED_PUBLISHER = "/usr/local/bin/kring-publisher"


def main():
    analyze = shutil.which("systemd-analyze")
    if not analyze:
        print("skipped: systemd-analyze is not installed")
        sys.exit(77)
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for name in UNITS:
            with open(os.path.join(SOURCE_DIR, "deploy", "systemd", name), encoding="utf-8") as f:
                text = f.read()
            if name.endswith(".service"):
                check(INSTALLED_PUBLISHER in text, name + " runs " + INSTALLED_PUBLISHER)
                text = text.replace(INSTALLED_PUBLISHER, KRING_PUBLISHER)
            path = os.path.join(folder, name)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            paths.append(path)
        result = run([analyze, "verify", *paths])
        said = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
        check(result.returncode == 0 and not said,
              "systemd-analyze verify: exit %d\n%s" % (result.returncode, "\n".join(said)))
        # A unit file with a mistake is noticed: the check is not blind.
        with open(paths[0], "a", encoding="utf-8") as f:
            f.write("\n[Service]\nExecStartPre=kring-publisher-without-a-path\n")
        broken = run([analyze, "verify", *paths])
        check(broken.returncode != 0 and broken.stdout + broken.stderr != "",
              "systemd-analyze verify did not notice a command without an absolute path")
    print("systemd units: ok")


if __name__ == "__main__":
    main()
