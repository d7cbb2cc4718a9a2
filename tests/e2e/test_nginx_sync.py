# SPDX-License-Identifier: GPL-3.0-or-later
"""The network's server as deployed (deploy/nginx/, docs/hosting.md), run as its own nginx on a loopback port: seekers
sync the feed from it, a contact person's cancellation goes into the inbox by PUT, `kring-publisher build --inbox`
publishes it and the seekers see it. nginx's access log shows that seekers only GET feed files, without query
string or cookie, and that installs in Dutch and in English send the same requests. The inbox takes a small PUT
of a well-formed name and nothing else, and limits how often.

Time: the app has no clock option, so the feed is built with the real clock (as the network's timer does) and the
cancellation is for the third coming date the seeker's group page shows; nothing asserted depends on the date.
As in production, the root keys stay off the server: the directory is signed with them (`sign-directory`) and
the server builds from a key folder without them (`server-keys`)."""
import base64
import datetime
import grp
import http.client
import json
import os
import pwd
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time

from e2e import KRING, KRING_PUBLISHER, SOURCE_DIR, check, ok, run

NGINX_DIR = os.path.join(SOURCE_DIR, "deploy", "nginx")
DIRECTORY = os.path.join(SOURCE_DIR, "tests", "data", "directory", "valid", "small.json")
GROUP = "ehv-rouw-partner"
FEED_FILES = {"/feed/snapshot.json", "/feed/directory.json", "/feed/revocations.json", "/feed/announcements.json",
              "/feed/news.json"}
SKIP = 77  # ctest SKIP_RETURN_CODE

# Every request header the checks below look at, and what identifies a request; no time and no client port, so
# that two installs' requests can be compared line by line.
LOG_FORMAT = ("escape=json '{"
              '"method":"$request_method","request_uri":"$request_uri","uri":"$uri","args":"$args",'
              '"protocol":"$server_protocol","status":"$status","cookie":"$http_cookie",'
              '"user_agent":"$http_user_agent","accept_language":"$http_accept_language","accept":"$http_accept",'
              '"accept_encoding":"$http_accept_encoding","authorization":"$http_authorization",'
              '"referer":"$http_referer","if_none_match":"$http_if_none_match",'
              '"if_modified_since":"$http_if_modified_since","content_length":"$http_content_length"'
              "}'")


def find_nginx():
    found = shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx",) if os.access(p, os.X_OK)), None)
    if found:
        return found
    reason = "nginx is not installed (scripts/setup-debian.sh installs it)"
    check(os.environ.get("CI") != "true", reason)
    print(f"SKIP: {reason}")
    sys.exit(SKIP)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(condition, what, seconds=10.0):
    deadline = time.monotonic() + seconds
    while not condition():
        check(time.monotonic() < deadline, f"timed out waiting for {what}")
        time.sleep(0.02)


class Nginx:
    """Our own nginx: the repository's http-level file and locations inside a loopback test server."""

    def __init__(self, binary, prefix):
        self.prefix = prefix
        self.www = os.path.join(prefix, "www")
        self.inbox = os.path.join(prefix, "inbox")
        self.access_log = os.path.join(prefix, "access.log")
        for folder in (self.www, self.inbox, os.path.join(prefix, "tmp")):
            os.makedirs(folder, exist_ok=True)
        for attempt in range(3):
            self.port = free_port()
            conf = self.write_config()
            self.process = subprocess.Popen(
                [binary, "-p", prefix, "-c", conf, "-e", os.path.join(prefix, "error.log"), "-g", "daemon off;"],
                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            wait_for(lambda: self.process.poll() is not None or self.answers(), "nginx to listen")
            if self.process.poll() is None:
                return
            error = self.process.stderr.read()
            if "Address already in use" not in error or attempt == 2:
                check(False, f"nginx did not start: {error.strip()}")

    def write_config(self):
        p = self.prefix
        # As root, nginx would run its workers as nobody, who may not enter the temporary folders.
        user = ""
        if os.geteuid() == 0:
            user = f"user {pwd.getpwuid(os.geteuid()).pw_name} {grp.getgrgid(os.getegid()).gr_name};"
        temp_paths = "\n".join(f"    {kind}_temp_path {p}/tmp/{kind};"
                               for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
        conf = os.path.join(p, "nginx.conf")
        with open(conf, "w", encoding="utf-8") as f:
            f.write(f"""{user}
worker_processes 1;
pid {p}/nginx.pid;
error_log {p}/error.log warn;
events {{ worker_connections 64; }}
http {{
    include {NGINX_DIR}/kring-http.conf;
    log_format kring_test {LOG_FORMAT};
    access_log {self.access_log} kring_test;
{temp_paths}
    server {{
        listen 127.0.0.1:{self.port};
        root {self.www};
        set $kring_inbox {self.inbox};
        include {NGINX_DIR}/kring-locations.conf;
    }}
}}
""")
        return conf

    def answers(self):
        try:
            socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
            return True
        except OSError:
            return False

    def request(self, method, path, body=None, headers=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            return response.status, dict(response.getheaders()), response.read()
        finally:
            connection.close()

    def log_lines(self):
        with open(self.access_log, encoding="utf-8") as f:
            return [json.loads(line) for line in f]

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def publisher(*args):
    return ok(run([KRING_PUBLISHER, *args]), f"kring-publisher {args[0]}")


def send_cancellation(server, keys, root, group, date, work):
    """A contact person cancels the meeting of `group` on `date` the way the app's Contactpersoon page does
    (kring-contact-probe runs its code on a data folder of its own): a contact key made on the phone, the
    network team's certificate taken in, the cancellation signed and PUT to the inbox beside the feed.
    Returns the name the inbox holds it under and the share link."""
    phone = os.path.join(work, "contact-phone")
    os.mkdir(phone)
    before = set(inbox_names(server))
    request = contact_probe("enrol", phone, root, group).stdout.strip()
    cert = publisher("certify", "--keys", keys, "--request", request).stdout.strip()
    contact_probe("certificate", phone, root, cert)
    link = contact_probe("cancel", phone, root, date, f"http://127.0.0.1:{server.port}/feed/").stdout.strip()
    added = sorted(set(inbox_names(server)) - before)
    check(len(added) == 1, f"the inbox gained {added} from the contact person's phone")
    return added[0], link


def contact_probe(*args):
    result = run([os.environ["KRING_CONTACT_PROBE"], *args])
    check(result.returncode == 0, f"kring-contact-probe {args[0]}: {result.stderr.strip()}")
    return result


def seeker(data_dir, root, url, language):
    locale = {"nl": "nl_NL.UTF-8", "en": "en_US.UTF-8"}[language]
    env = dict(os.environ, LANG=locale, LC_ALL=locale, LANGUAGE=locale.split(".")[0])
    result = run([KRING, "--self-test", "--data-dir", data_dir, "--trust-root", root, "--feed-url", url], env=env)
    check(result.returncode == 0, f"self-test: exit {result.returncode}: {result.stderr.strip()}")
    return json.loads(result.stdout)


def rendered_dates(data_dir, root, url, group):
    """The coming dates on the group page of `group` as the seeker's app renders it (kring-seeker-probe)."""
    result = run([os.environ["KRING_SEEKER_PROBE"], data_dir, root, url, group])
    check(result.returncode == 0, f"kring-seeker-probe: {result.stderr.strip()}")
    return [json.loads(line) for line in result.stdout.splitlines()]


def seeker_requests(server, data_dir, root, url, language):
    """A seeker's sync, and the requests nginx logged for it."""
    before = len(server.log_lines())
    report = seeker(data_dir, root, url, language)
    return report, server.log_lines()[before:]


def check_seeker_requests(requests, who):
    check(requests, f"{who}: nginx logged no request")
    for r in requests:
        check(r["method"] == "GET", f"{who}: a {r['method']} request: {r}")
        check(r["uri"] in FEED_FILES or (r["uri"].startswith("/feed/root/") and r["uri"].endswith(".json")),
              f"{who}: a request outside the feed files: {r}")
        check(r["request_uri"] == r["uri"] and r["args"] == "", f"{who}: a query string: {r}")
        check(r["cookie"] == "" and r["authorization"] == "", f"{who}: a cookie or credentials: {r}")
        check(r["user_agent"] == "Kring" and r["accept_language"] == "*", f"{who}: identifying headers: {r}")
        check(r["referer"] == "", f"{who}: a Referer: {r}")


def feed_announcements(server):
    """The payloads of the announcements the server publishes."""
    status, _, body = server.request("GET", "/feed/announcements.json")
    check(status == 200, f"GET /feed/announcements.json: {status}")
    payloads = []
    for item in json.loads(body)["announcements"]:
        envelope = json.loads(base64.urlsafe_b64decode(item + "=" * (-len(item) % 4)))
        payloads.append(json.loads(base64.b64decode(envelope["payload"])))
    return payloads


def inbox_names(server):
    return sorted(os.listdir(server.inbox))


def main():
    nginx = find_nginx()
    with tempfile.TemporaryDirectory() as work:
        server = Nginx(nginx, os.path.join(work, "srv"))
        try:
            run_checks(server, work)
        finally:
            server.stop()
    print("nginx sync: ok")


def run_checks(server, work):
    keys = os.path.join(work, "keys")
    root = os.path.join(keys, "root.json")
    url = f"http://127.0.0.1:{server.port}/feed/"
    server_keys, signed = os.path.join(work, "server-keys"), os.path.join(work, "signed-directory.json")
    publisher("init", "--out", keys)
    publisher("server-keys", "--keys", keys, "--out", server_keys)
    publisher("sign-directory", "--keys", keys, "--directory", DIRECTORY, "--out", signed)
    # The network's news, signed where the root keys are, published by the server's build.
    news_input, news = os.path.join(work, "nieuws.json"), os.path.join(work, "news.json")
    with open(news_input, "w", encoding="utf-8") as target:
        json.dump({"format": "kring-news-input/1", "news": [
            {"title": "De nieuwe Zelfhulpkrant is uit", "text": "Met drie nieuwe groepen.",
             "date": datetime.date.today().isoformat()}]}, target)
    publisher("sign-news", "--keys", keys, "--news", news_input, "--out", news)
    publisher("build", "--keys", server_keys, "--directory", signed, "--out", server.www, "--news", news)

    # Two seekers, one in Dutch and one in English, take the feed; their requests are the same plain GETs.
    seeker_a, seeker_b = os.path.join(work, "seeker-a"), os.path.join(work, "seeker-b")
    os.mkdir(seeker_a)
    os.mkdir(seeker_b)
    first, dutch = seeker_requests(server, seeker_a, root, url, "nl")
    check(first["feed_version"] == 1 and first["groups"] == 2, f"seeker A's first sync reported {first}")
    print(f"seeker A: feed version {first['feed_version']}, {first['announcements']} announcements")
    other, english = seeker_requests(server, seeker_b, root, url, "en")
    check(other["feed_version"] == 1, f"seeker B's first sync reported {other}")
    check_seeker_requests(dutch, "the Dutch install")
    check_seeker_requests(english, "the English install")
    check(dutch == english, f"installs in Dutch and English sent different requests:\n{dutch}\n{english}")
    check(any(r["uri"] == "/feed/news.json" for r in dutch), f"the seeker did not fetch the news: {dutch}")

    # A contact person cancels a meeting; the inbox takes it and the next build publishes it.
    # It is one of the coming dates the seeker's group page shows, none of them struck through yet.
    before = rendered_dates(seeker_a, root, url, GROUP)
    check(len(before) >= 3 and not any(d["struck"] for d in before), f"the group page before: {before}")
    date = before[2]["date"]
    name, link = send_cancellation(server, keys, root, GROUP, date, work)
    put_answered = time.monotonic()
    check(link.startswith("kring://a/"), f"the contact person's share link: {link}")
    check(inbox_names(server) == [name], f"the inbox holds {inbox_names(server)}, not {name}")
    built = publisher("build", "--keys", server_keys, "--directory", signed, "--inbox", server.inbox,
                      "--out", server.www)
    build_done = time.monotonic()
    check("dropped" not in built.stderr, f"build dropped the cancellation: {built.stderr.strip()}")
    second = seeker(seeker_a, root, url, "nl")
    seen = time.monotonic()
    check(second["feed_version"] == 2 and second["announcements"] == first["announcements"] + 1,
          f"after the cancellation seeker A reported {second}, before {first}")
    print(f"inbox -> seeker: {1000 * (seen - put_answered):.0f} ms from the PUT's answer to the seeker's report "
          f"(build {1000 * (build_done - put_answered):.0f} ms, the seeker's start and sync "
          f"{1000 * (seen - build_done):.0f} ms; in production add up to a minute for the build timer)")

    # On the seeker's group page the cancelled date is drawn struck through, and only that date.
    dates = rendered_dates(seeker_a, root, url, GROUP)
    cancelled = [d for d in dates if d["date"] == date]
    check(len(cancelled) == 1 and cancelled[0]["status"] == "cancelled" and cancelled[0]["struck"] is True,
          f"the cancelled date on the group page: {cancelled} (all: {dates})")
    check(all(d["struck"] is False for d in dates if d["date"] != date),
          f"another date is struck through: {dates}")

    verified = json.loads(publisher("verify", "--root", root, "--feed", server.www).stdout)
    check(verified["version"] == 2 and verified["announcements"] == 1, f"verify reported {verified}")
    published = feed_announcements(server)
    check([(p["kind"], p["group"], p["date"]) for p in published] == [("cancel", GROUP, date)],
          f"the feed publishes {published}")

    # The inbox item stays where it is; building again publishes the same and reports nothing.
    again = publisher("build", "--keys", server_keys, "--directory", signed, "--inbox", server.inbox,
                      "--out", server.www)
    check("dropped" not in again.stderr and inbox_names(server) == [name],
          f"a second build over the same inbox: {again.stderr.strip()}, inbox {inbox_names(server)}")
    check(feed_announcements(server) == published, "a second build changed the announcements")

    check_feed_headers(server)
    check_inbox_refusals(server, name)
    check_rate_limit(server, server_keys, signed, root)
    check_production_config(server, work)


def check_feed_headers(server):
    for path in sorted(FEED_FILES) + ["/feed/root/1.json"]:
        status, headers, _ = server.request("GET", path)
        check(status == 200 and headers.get("Content-Type") == "application/json", f"GET {path}: {status} {headers}")
        check("ETag" in headers and "Last-Modified" in headers, f"GET {path}: no validators: {headers}")
    for path in ("/feed/snapshot.json", "/feed/announcements.json", "/feed/revocations.json", "/feed/news.json"):
        _, headers, _ = server.request("GET", path)
        check(headers.get("Cache-Control") == "public, max-age=60, must-revalidate", f"{path}: {headers}")
    for path in ("/feed/directory.json", "/feed/root/1.json"):
        _, headers, _ = server.request("GET", path)
        status, _, body = server.request("GET", path, headers={"If-None-Match": headers["ETag"]})
        check(status == 304 and body == b"", f"conditional GET of {path} by ETag: {status}")
        status, _, _ = server.request("GET", path, headers={"If-Modified-Since": headers["Last-Modified"]})
        check(status == 304, f"conditional GET of {path} by date: {status}")
    _, headers, _ = server.request("GET", "/feed/directory.json")
    check(headers.get("Cache-Control") == "public, no-cache", f"directory.json: {headers}")
    # No listing, no other file, no writing to the feed.
    for path in ("/feed/", "/feed/root/", "/feed/snapshot.json.tmp", "/", "/feed/../inbox/"):
        check(server.request("GET", path)[0] == 404, f"GET {path} was not refused")
    with open(os.path.join(server.www, "feed", "snapshot.json"), "rb") as f:
        snapshot = f.read()
    for method in ("PUT", "POST", "DELETE"):
        status, _, _ = server.request(method, "/feed/snapshot.json", body=b"{}")
        check(status == 405, f"{method} /feed/snapshot.json: {status}")
    with open(os.path.join(server.www, "feed", "snapshot.json"), "rb") as f:
        check(f.read() == snapshot, "a request changed the published snapshot")


def files_under(folder, *leave_out):
    found = set()
    for path, folders, files in os.walk(folder):
        folders[:] = [f for f in folders if os.path.join(path, f) not in {os.path.join(folder, x) for x in leave_out}]
        found.update(os.path.join(path, f) for f in files if not f.endswith(".log"))
    return found


def check_inbox_refusals(server, name):
    before = inbox_names(server)
    outside = files_under(server.prefix, "inbox", "tmp")
    with open(os.path.join(server.inbox, name), "rb") as f:
        sent = f.read()
    valid = "A" * 16 + ".json"
    status, _, _ = server.request("PUT", f"/inbox/{valid}", body=b"x" * 2049)
    check(status == 413, f"PUT of 2049 bytes: {status}")
    status, _, _ = server.request("PUT", f"/inbox/{name}", body=b"{}")
    check(status == 409, f"PUT over an item already in the inbox: {status}")
    for bad in ("short.json", "A" * 65 + ".json", "A" * 16 + ".txt", "A" * 16 + ".json.json", "A.B" * 8 + ".json",
                "sub/" + valid, "%2e%2e%2f" + valid, "..%2f" + valid, valid + "?x=1", valid + "/"):
        status, _, _ = server.request("PUT", f"/inbox/{bad}", body=b"{}")
        check(status == 404, f"PUT /inbox/{bad}: {status}")
    for method in ("GET", "HEAD", "POST", "DELETE", "MKCOL", "COPY", "MOVE", "OPTIONS", "PROPFIND"):
        status, _, _ = server.request(method, f"/inbox/{name}", body=b"{}" if method == "POST" else None,
                                      headers={"Destination": f"/inbox/{valid}"})
        check(status == 405, f"{method} /inbox/{name}: {status}")
    for path in ("/inbox/", "/inbox", f"/inbox/{name}?list"):
        status, _, body = server.request("GET", path)
        check(status in (404, 405) and name.encode() not in body, f"GET {path}: {status}")
    check(inbox_names(server) == before, f"refused requests changed the inbox: {inbox_names(server)}")
    with open(os.path.join(server.inbox, name), "rb") as f:
        check(f.read() == sent, "a refused request changed the item in the inbox")
    check(files_under(server.prefix, "inbox", "tmp") == outside,
          f"a refused request wrote a file: {sorted(files_under(server.prefix, 'inbox', 'tmp') ^ outside)}")


def check_rate_limit(server, server_keys, signed, root):
    """A burst of PUTs from one address is answered 429 after a few; what got in is refused by the build."""
    statuses = []
    for _ in range(12):
        statuses.append(server.request("PUT", f"/inbox/{secrets.token_urlsafe(16)}.json", body=b"{}")[0])
        if statuses[-1] == 429:
            break
    check(statuses[-1] == 429 and set(statuses[:-1]) <= {201}, f"a burst of PUTs was answered {statuses}")
    print(f"rate limit: {len(statuses) - 1} more PUTs taken, then 429")
    junk = len(statuses) - 1
    built = publisher("build", "--keys", server_keys, "--directory", signed, "--inbox", server.inbox,
                      "--out", server.www)
    check(built.stderr.count("dropped ") == junk, f"build over {junk} junk items: {built.stderr.strip()}")
    check(json.loads(publisher("verify", "--root", root, "--feed", server.www).stdout)["announcements"] == 1,
          "junk in the inbox cost the published cancellation")


def check_production_config(server, work):
    """deploy/nginx/kring.conf is valid as nginx reads it (paths moved into the test's folder)."""
    if not shutil.which("openssl"):
        print("production config: not checked (no openssl for a certificate)")
        return
    prod = os.path.join(work, "prod")
    os.makedirs(os.path.join(prod, "log"))
    os.makedirs(os.path.join(prod, "srv"))
    cert, key = os.path.join(prod, "cert.pem"), os.path.join(prod, "key.pem")
    ok(run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
            "-subj", "/CN=kring.example.org", "-days", "2", "-keyout", key, "-out", cert]), "openssl")
    with open(os.path.join(NGINX_DIR, "kring.conf"), encoding="utf-8") as f:
        site = (f.read().replace("/etc/nginx/kring/", NGINX_DIR + "/")
                .replace("/var/log/nginx/", os.path.join(prod, "log") + "/")
                .replace("/etc/ssl/kring/fullchain.pem", cert).replace("/etc/ssl/kring/privkey.pem", key)
                .replace("/srv/kring/", os.path.join(prod, "srv") + "/"))
    # nginx -t binds the listening sockets: free loopback ports instead of 80 and 443, which may be taken or need root.
    site = re.sub(r"listen \[::\]:\d+[^;]*;", "", site)
    site = re.sub(r"listen (\d+)", lambda m: f"listen 127.0.0.1:{free_port()}", site)
    with open(os.path.join(prod, "kring.conf"), "w", encoding="utf-8") as f:
        f.write(site)
    temp_paths = "".join(f"{kind}_temp_path {prod}/{kind}; " for kind in ("proxy", "fastcgi", "uwsgi", "scgi"))
    with open(os.path.join(prod, "nginx.conf"), "w", encoding="utf-8") as f:
        f.write(f"pid {prod}/nginx.pid; events {{ }} http {{ {temp_paths} include {prod}/kring.conf; }}\n")
    nginx = server.process.args[0]
    result = run([nginx, "-t", "-p", prod, "-c", os.path.join(prod, "nginx.conf"), "-e",
                  os.path.join(prod, "error.log")])
    check(result.returncode == 0, f"deploy/nginx/kring.conf does not pass nginx -t: {result.stderr.strip()}")


main()
