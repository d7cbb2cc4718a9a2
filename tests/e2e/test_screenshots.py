# SPDX-License-Identifier: GPL-3.0-or-later
"""kring --screenshots DIR --lang nl|en writes the main pages at phone size (780x1688 pixels): the calm start page,
a result list, a search about suicide with help lines, a group, the other tabs, the first-start note and the lock
screen, and Nieuws van het netwerk."""
import os
import tempfile

from e2e import KRING, check, png_size, run

PAGES = ["find", "results", "crisis", "group", "group-when", "followed", "meeting", "contact", "settings", "welcome",
         "lock", "news"]

for lang in ["nl", "en"]:
    with tempfile.TemporaryDirectory() as data_dir, tempfile.TemporaryDirectory() as out:
        result = run([KRING, "--data-dir", data_dir, "--screenshots", out, "--lang", lang], timeout=170)
        check(result.returncode == 0, f"{lang}: exit {result.returncode}: {result.stderr}")
        written = sorted(os.listdir(out))
        check(written == sorted(p + ".png" for p in PAGES), f"{lang}: wrote {written}")
        sizes = {}
        for page in PAGES:
            path = os.path.join(out, page + ".png")
            check(png_size(path) == (780, 1688), f"{lang}: {page}.png is {png_size(path)}")
            sizes[page] = os.path.getsize(path)
        # The result list, the start page's themes and the meeting kit's texts carry far more detail than the lock
        # screen's keys.
        check(sizes["results"] > 1.5 * sizes["lock"], f"{lang}: results.png looks empty ({sizes})")
        check(sizes["find"] > 1.5 * sizes["lock"], f"{lang}: find.png looks empty ({sizes})")
        check(sizes["meeting"] > 1.5 * sizes["lock"], f"{lang}: meeting.png looks empty ({sizes})")
        # The lock screen shows "Kring" and a PIN pad, nothing of the pages: far less than the find page.
        check(sizes["lock"] < sizes["find"] / 2, f"{lang}: lock.png shows more than a lock screen ({sizes})")
        # Nieuws van het netwerk shows the demo feed's news: far more than the lock screen.
        check(sizes["news"] > 1.5 * sizes["lock"], f"{lang}: news.png looks empty ({sizes})")
print("screenshots: ok")
