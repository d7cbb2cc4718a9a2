# SPDX-License-Identifier: GPL-3.0-or-later
"""kring --self-test --trust-root FILE --feed-url URL fetches the signed feed, verifies it and keeps it (docs/command-line.md):
a newer feed is taken, an older one after a restart is refused and the newer data stays, an unreachable server
changes nothing, and every request is a plain GET of a feed file that looks the same from every install. A second
sync asks for the small files with If-None-Match, gets 304 Not Modified and still reports the data."""
import datetime
import hashlib
import http.server
import json
import os
import shutil
import tempfile
import threading

from e2e import KRING, KRING_PUBLISHER, SOURCE_DIR, check, run

DIRECTORY = os.path.join(SOURCE_DIR, "tests", "data", "directory", "valid", "small.json")
GROUP = "ehv-rouw-partner"


class Recorder(http.server.SimpleHTTPRequestHandler):
    """Serves the web root and records what each request carried."""
    requests = []
    redirect_to = None

    def do_GET(self):
        record = {"method": "GET", "path": self.path, "headers": dict(self.headers.items()), "status": 200}
        Recorder.requests.append(record)
        if Recorder.redirect_to and self.path.endswith("snapshot.json"):
            self.send_response(302)
            self.send_header("Location", Recorder.redirect_to)
            self.end_headers()
            return
        # An ETag per file content, as nginx gives one; 304 when the app sends it back.
        self.etag = None
        path = self.translate_path(self.path)
        if os.path.isfile(path):
            with open(path, "rb") as f:
                self.etag = '"' + hashlib.sha256(f.read()).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == self.etag:
                record["status"] = 304
                self.send_response(304)
                self.end_headers()
                return
        super().do_GET()

    def end_headers(self):
        if getattr(self, "etag", None):
            self.send_header("ETag", self.etag)
        super().end_headers()

    def log_message(self, *args):
        pass


def serve(web_root):
    handler = lambda *args, **kwargs: Recorder(*args, directory=web_root, **kwargs)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def publisher(*args):
    result = run([KRING_PUBLISHER, *args])
    check(result.returncode == 0, f"kring-publisher {args[0]}: {result.stderr.strip()}")
    return result


def self_test(data_dir, root, url, env_extra=None):
    env = dict(os.environ, **(env_extra or {}))
    return run([KRING, "--self-test", "--data-dir", data_dir, "--trust-root", root, "--feed-url", url], env=env)


def report(result, what):
    check(result.returncode == 0, f"{what}: exit {result.returncode}: {result.stderr.strip()}")
    return json.loads(result.stdout)


with tempfile.TemporaryDirectory() as work:
    keys, web, inbox = (os.path.join(work, name) for name in ("keys", "web", "inbox"))
    os.mkdir(inbox)
    publisher("init", "--out", keys)
    publisher("build", "--keys", keys, "--directory", DIRECTORY, "--out", web)
    first_feed = os.path.join(work, "feed-v1")
    shutil.copytree(os.path.join(web, "feed"), first_feed)
    root = os.path.join(keys, "root.json")
    server = serve(web)
    url = f"http://127.0.0.1:{server.server_address[1]}/feed/"
    data_dir = os.path.join(work, "data")
    os.mkdir(data_dir)

    # The first sync takes the feed.
    first = report(self_test(data_dir, root, url), "first sync")
    with open(DIRECTORY, encoding="utf-8") as f:
        groups = len(json.load(f)["groups"])
    check(first["feed_version"] == 1 and first["groups"] == groups, f"first sync reported {first}")

    # Every request: a GET of a feed file, no query, no cookie, the same headers whatever the language.
    check(Recorder.requests, "the app sent no request")
    for request in Recorder.requests:
        check(request["method"] == "GET" and request["path"].startswith("/feed/"), f"request {request}")
        check("?" not in request["path"] and "#" not in request["path"], f"a query in {request['path']}")
        names = {name.lower() for name in request["headers"]}
        check("cookie" not in names, f"a cookie was sent: {request}")
        check(request["headers"].get("User-Agent") == "Kring", f"User-Agent {request['headers']}")
    check(not any("If-None-Match" in r["headers"] for r in Recorder.requests), "a first sync sent a validator")
    first_snapshot = next(r for r in Recorder.requests if r["path"] == "/feed/snapshot.json")
    dutch = [r["headers"] for r in Recorder.requests]
    Recorder.requests = []
    again = report(self_test(data_dir, root, url, {"LANG": "en_GB.UTF-8", "LC_ALL": "en_GB.UTF-8", "LANGUAGE": "en"}),
                   "sync with English locale")
    english = [r["headers"] for r in Recorder.requests]
    conditional = {"host", "if-none-match", "if-modified-since"}
    strip = lambda headers: {k: v for k, v in headers.items() if k.lower() not in conditional}
    check(strip(dutch[0]) == strip(english[0]), f"headers differ by locale: {dutch[0]} vs {english[0]}")

    # The second sync asked for the snapshot with its ETag, got 304 and still has the data.
    snapshot = next(r for r in Recorder.requests if r["path"] == "/feed/snapshot.json")
    check(snapshot["headers"].get("If-None-Match", "").startswith('"'), f"no If-None-Match: {snapshot}")
    check(snapshot["status"] == 304, f"the snapshot was sent again: {snapshot}")
    check(again == first, f"after a 304 the app reported {again}, before {first}")
    check(first_snapshot["status"] == 200, f"first snapshot request: {first_snapshot}")

    # A newer feed with an announcement is taken.
    contact = os.path.join(work, "contact.key")
    request = publisher("contact-key", "--out", contact, "--group", GROUP).stdout.strip()
    cert = publisher("certify", "--keys", keys, "--request", request).stdout.strip()
    in_a_month = (datetime.date.today() + datetime.timedelta(days=30)).isoformat()
    cancel = publisher("announce", "--contact", contact, "--cert", cert, "--group", GROUP, "--cancel",
                       in_a_month).stdout
    with open(os.path.join(inbox, "cancel.json"), "w") as f:
        f.write(cancel)
    publisher("build", "--keys", keys, "--directory", DIRECTORY, "--inbox", inbox, "--out", web)
    second = report(self_test(data_dir, root, url), "second sync")
    check(second["feed_version"] == 2 and second["announcements"] == 1, f"second sync reported {second}")

    # After a restart, the old feed served again is refused and the newer data stays.
    shutil.rmtree(os.path.join(web, "feed"))
    shutil.copytree(first_feed, os.path.join(web, "feed"))
    rolled = self_test(data_dir, root, url)
    check(report(rolled, "rolled-back feed")["feed_version"] == 2, "an older feed replaced the newer data")
    check("older than version 2" in rolled.stderr or "ouder dan" in rolled.stderr,
          f"no reason for the refused feed: {rolled.stderr!r}")

    # A file over its size cap is not read to the end, and changes nothing.
    with open(os.path.join(web, "feed", "snapshot.json"), "wb") as f:
        f.write(b" " * (2 * 1024 * 1024))
    oversized = self_test(data_dir, root, url)
    check(report(oversized, "oversized snapshot")["feed_version"] == 2, "an oversized snapshot changed the data")
    check("1048576" in oversized.stderr, f"no reason for the oversized snapshot: {oversized.stderr!r}")

    # A redirect to another host is not followed.
    Recorder.redirect_to = "http://example.org/feed/snapshot.json"
    redirected = self_test(data_dir, root, url)
    check(report(redirected, "redirect")["feed_version"] == 2, "a redirect changed the data")
    check("redirect" in redirected.stderr.lower() or "doorgestuurd" in redirected.stderr,
          f"no reason for the refused redirect: {redirected.stderr!r}")
    Recorder.redirect_to = None
    server.shutdown()
    server.server_close()

    # An unreachable server changes nothing and is not a failure.
    gone = self_test(data_dir, root, url)
    check(report(gone, "unreachable server")["feed_version"] == 2, "an unreachable server changed the data")
    check("could not be fetched" in gone.stderr or "niet worden opgehaald" in gone.stderr,
          f"no reason for the unreachable feed: {gone.stderr!r}")

    # A feed address that could carry more than the file asked for is a usage error.
    for bad in ("https://example.org/feed/?id=1", "http://example.org/feed/", "https://user@example.org/feed/"):
        result = run([KRING, "--self-test", "--data-dir", data_dir, "--trust-root", root, "--feed-url", bad])
        check(result.returncode == 2, f"--feed-url {bad}: exit {result.returncode}")
print("sync: ok")
