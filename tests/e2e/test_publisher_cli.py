# SPDX-License-Identifier: GPL-3.0-or-later
"""kring-publisher lists every command of docs/command-line.md; commands not built yet say so and exit 2."""
from e2e import KRING_PUBLISHER, check, run

COMMANDS = ["init", "rotate-root", "contact-key", "certify", "revoke", "announce", "build", "verify", "occurrences",
            "import-meeting-guide", "export-meeting-guide", "export-ics", "search", "parse-schedule", "export-sheet",
            "import-sheet"]

result = run([KRING_PUBLISHER, "--help"])
check(result.returncode == 0, f"--help exit {result.returncode}")
for command in COMMANDS:
    check(f"  {command} " in result.stdout, f"--help does not list {command}")

result = run([KRING_PUBLISHER])
check(result.returncode == 2 and "Usage" in result.stderr, "no command must print usage and exit 2")

result = run([KRING_PUBLISHER, "frobnicate"])
check(result.returncode == 2 and "unknown command" in result.stderr, "an unknown command is a usage error")

help_text = run([KRING_PUBLISHER, "--help"]).stdout
for command in COMMANDS:
    if f"  {command} " in help_text and "not built yet" in help_text.split(f"  {command} ", 1)[1].split("\n", 1)[0]:
        result = run([KRING_PUBLISHER, command])
        check(result.returncode == 2, f"{command}: exit {result.returncode}")
        check("not built yet" in result.stderr, f"{command}: {result.stderr!r}")
print("publisher cli: ok")
