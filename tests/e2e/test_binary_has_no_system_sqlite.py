# SPDX-License-Identifier: GPL-3.0-or-later
"""The app links SQLCipher statically, exports no sqlite3_* symbol and loads no system SQLite or Qt Sql."""
from e2e import KRING, check, run

ldd = run(["ldd", KRING])
check(ldd.returncode == 0, ldd.stderr)
for library in ["libsqlite3", "libsqlcipher", "libQt6Sql"]:
    check(library not in ldd.stdout, f"kring loads {library}:\n{ldd.stdout}")

symbols = run(["nm", "-D", "--defined-only", KRING])
check(symbols.returncode == 0, symbols.stderr)
exported = [line for line in symbols.stdout.splitlines() if " sqlite3_" in line]
check(not exported, f"kring exports SQLite symbols: {exported[:5]}")

# It does contain SQLCipher: the codec's pragma is compiled in.
with open(KRING, "rb") as f:
    check(b"cipher_version" in f.read(), "kring does not contain SQLCipher")
print("binary: ok")
