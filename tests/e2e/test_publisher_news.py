# SPDX-License-Identifier: GPL-3.0-or-later
"""Network news (docs/trust.md, docs/network.md): the team writes a plain input file, signs it offline with the
root keys (`sign-news`), the server publishes it with `build --news` and keeps publishing it; a phone (`verify`)
takes it, refuses an older one served again, and a server without root keys cannot sign news."""
import json
import os
import shutil
import tempfile

from e2e import SOURCE_DIR, check, ok, publisher, rejected

DIRECTORY = os.path.join(SOURCE_DIR, "tests", "data", "directory", "valid", "small.json")


def write_input(path, items):
    with open(path, "w", encoding="utf-8") as target:
        json.dump({"format": "kring-news-input/1", "news": items}, target, ensure_ascii=False)


def verify(root, web, now, state):
    result = ok(publisher("verify", "--root", root, "--feed", web, "--state", state, "--now", now), "verify")
    return json.loads(result.stdout), result.stderr


work = tempfile.mkdtemp(prefix="kring-news-e2e-")
try:
    keys, server, web = (os.path.join(work, name) for name in ("keys", "server", "web"))
    state = os.path.join(work, "state.json")
    ok(publisher("init", "--out", keys, "--now", "2026-11-01T09:00:00Z"), "init")
    pinned = os.path.join(work, "pinned-root.json")
    shutil.copy(os.path.join(keys, "root.json"), pinned)
    ok(publisher("server-keys", "--keys", keys, "--out", server), "server-keys")
    signed_directory = os.path.join(work, "directory.signed.json")
    ok(publisher("sign-directory", "--keys", keys, "--directory", DIRECTORY, "--out", signed_directory),
       "sign-directory")

    news_input = os.path.join(work, "nieuws.json")
    write_input(news_input, [
        {"title": "De nieuwe Zelfhulpkrant is uit", "text": "Met drie nieuwe groepen.", "date": "2026-11-01",
         "link": "https://www.example.org/krant"},
        {"title": "Themavond over rouw", "text": "Iedereen welkom.", "date": "2026-11-12",
         "until": "2026-11-13", "region": "Noord-Brabant"}])

    # Only where the root keys are: the server's folder cannot sign news.
    rejected(publisher("sign-news", "--keys", server, "--news", news_input, "--out", os.path.join(work, "x.json")),
             "sign-news on the server", "holds no root key")
    signed1 = os.path.join(work, "news-1.json")
    made = ok(publisher("sign-news", "--keys", keys, "--news", news_input, "--out", signed1,
                        "--now", "2026-11-01T10:00:00Z"), "sign-news")
    check("2 items" in made.stderr, f"sign-news did not count the items: {made.stderr}")
    ok(publisher("build", "--keys", server, "--directory", signed_directory, "--news", signed1, "--out", web,
                 "--now", "2026-11-01T10:00:00Z"), "build --news")
    check(os.path.exists(os.path.join(web, "feed", "news.json")), "build did not publish news.json")
    summary, _ = verify(pinned, web, "2026-11-01T10:01:00Z", state)
    check(summary["news"] == 2, f"the phone did not take the news: {summary}")

    # The next build without --news keeps publishing them.
    ok(publisher("build", "--keys", server, "--directory", signed_directory, "--out", web,
                 "--now", "2026-11-02T10:00:00Z"), "build without --news")
    check(os.path.exists(os.path.join(web, "feed", "news.json")), "news.json was dropped by the next build")

    # Newer news signed against the published ones, then the older ones again: the build refuses them.
    write_input(news_input, [{"title": "Gezocht: contactpersonen", "text": "Voor groepen die in maart beginnen.",
                              "date": "2026-11-20", "region": "iedereen"}])
    signed2 = os.path.join(work, "news-2.json")
    ok(publisher("sign-news", "--keys", keys, "--news", news_input, "--out", signed2,
                 "--published", os.path.join(web, "feed", "news.json"), "--now", "2026-11-20T09:00:00Z"),
       "sign-news against the published news")
    ok(publisher("build", "--keys", server, "--directory", signed_directory, "--news", signed2, "--out", web,
                 "--now", "2026-11-20T09:00:00Z"), "build of the newer news")
    summary, _ = verify(pinned, web, "2026-11-20T09:01:00Z", state)
    check(summary["news"] == 1, f"the phone did not take the newer news: {summary}")
    rejected(publisher("build", "--keys", server, "--directory", signed_directory, "--news", signed1, "--out", web,
                       "--now", "2026-11-20T09:05:00Z"), "older signed news", "older than the published")

    # Someone on the server puts the old news.json back and lists it in a new snapshot: the phone keeps the
    # newer news and says why (the rest of the feed is taken).
    old_web = os.path.join(work, "old-web")
    ok(publisher("build", "--keys", server, "--directory", signed_directory, "--out", web,
                 "--now", "2026-11-20T09:10:00Z"), "a build after the refused one")
    shutil.copytree(web, old_web)
    shutil.copy(signed1, os.path.join(old_web, "feed", "news.json"))
    # Rebuild in the copy: the server's build takes the news.json it finds as published and lists it.
    ok(publisher("build", "--keys", server, "--directory", signed_directory, "--out", old_web,
                 "--now", "2026-11-20T09:20:00Z"), "the replayed news listed by the feed key")
    summary, errors = verify(pinned, old_web, "2026-11-20T09:21:00Z", state)
    check(summary["news"] == 0 and "older than version" in errors,
          f"the phone took the replayed news: {summary} {errors}")

    # status says how many published items are past their until.
    status = publisher("status", keys, web, "--now", "2026-12-25T09:00:00Z")
    check("1 items, 1 past their until" in status.stderr, f"status about the news: {status.stderr}")

    # Bad input says which item and why.
    write_input(news_input, [{"title": "Themavond", "text": "x", "date": "2026-11-20", "link": "http://x.org"}])
    rejected(publisher("sign-news", "--keys", keys, "--news", news_input, "--out", os.path.join(work, "y.json")),
             "a http link", "news[1]: link")
    write_input(news_input, [{"title": "T" * 81, "text": "x", "date": "2026-11-20"}])
    rejected(publisher("sign-news", "--keys", keys, "--news", news_input, "--out", os.path.join(work, "y.json")),
             "a title of 81 characters", "1 to 80 characters")
finally:
    shutil.rmtree(work, ignore_errors=True)
print("publisher news: sign-news, build --news, replay refused")
