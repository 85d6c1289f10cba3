#!/usr/bin/env python3
"""A mixed load against a real server for a while, hostile requests included,
reporting the server's peak memory, the slowest answer per kind and every
5xx (issue 14: no request answers 5xx, no hostile one raises the server
above 400 MB or delays an unrelated one by more than a second).

    cargo build --release -p sportello
    python3 scripts/soak.py --minutes 20

It makes a fresh SQLite data directory, an organization, a requester (with
a password and an API token) and an agent through the CLI, starts `serve`,
and runs these workers at once until time is up:

  intake     files incidents through the API
  upload     attaches a text file and a small PNG to its tickets
  search     agent searches (text and client id) and the workspace views
  signin     signs in through the HTML form, rightly and wrongly
  hostile    a PNG that declares a huge canvas, a half-sent request header,
             a slow upload, a query with a NUL, deeply nested Markdown in a
             comment

Only the standard library is used. Latencies are wall-clock from send to
the whole answer read; the server shares the machine with the load.
"""

import argparse
import http.client
import json
import os
import random
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
import uuid
import zlib
from urllib.parse import urlencode

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def png(width, height, data=b""):
    """A PNG whose header declares width x height; `data` is its IDAT."""
    def chunk(kind, body):
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", data or zlib.compress(b"\x00" * (width * 3 + 1) * height))
            + chunk(b"IEND", b""))


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.times = {}
        self.status = {}
        self.errors5xx = []

    def add(self, kind, secs, status):
        with self.lock:
            self.times.setdefault(kind, []).append(secs)
            self.status.setdefault(kind, {}).setdefault(status, 0)
            self.status[kind][status] += 1
            if isinstance(status, int) and status >= 500:
                self.errors5xx.append((kind, status))


def request(port, method, path, body=None, headers=None, timeout=60):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        res = conn.getresponse()
        data = res.read()
        return res.status, res.getheaders(), data
    finally:
        conn.close()


def timed(stats, kind, fn):
    start = time.monotonic()
    try:
        status = fn()
    except Exception as e:  # a dropped connection is a result too
        status = type(e).__name__
    stats.add(kind, time.monotonic() - start, status)
    return status


def incident():
    return {
        "form": "incident",
        "subject": "Payments return 502 " + uuid.uuid4().hex[:6],
        "description": "Since the deploy at 09:30 some calls fail.",
        "fields": {
            "product": "data",
            "client_id": "acmepay",
            "occurred_at": "2026-11-28T09:41:00+01:00",
            "error_message": "HTTP 502 upstream_unavailable",
            "steps": "Call GET /v1/accounts with a valid consent",
            "endpoints": ["GET /v1/accounts?limit=10"],
            "device": "Linux server",
            "browser": "server",
            "request_mode": "sync",
            "x_request_id": str(uuid.uuid4()),
        },
    }


def multipart(fields, files):
    boundary = "soak" + uuid.uuid4().hex
    out = b""
    for k, v in fields:
        out += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n").encode()
    for k, name, ctype, data in files:
        out += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"; filename=\"{name}\"\r\n"
                f"Content-Type: {ctype}\r\n\r\n").encode() + data + b"\r\n"
    out += f"--{boundary}--\r\n".encode()
    return out, f"multipart/form-data; boundary={boundary}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--minutes", type=float, default=20)
    ap.add_argument("--binary", default=os.path.join(REPO, "target/release/sportello"))
    ap.add_argument("--port", type=int, default=18_191)
    args = ap.parse_args()

    work = tempfile.mkdtemp(prefix="soak-")
    data = os.path.join(work, "data")
    base = [args.binary, "--data", data]
    run = lambda *a, inp=None: subprocess.run(base + list(a), input=inp, capture_output=True,
                                              text=True, check=True).stdout.strip()
    run("org", "add", "--slug", "acme", "--name", "Acme", "--client-id", "acmepay")
    password = "Lanterna sul molo 2026"
    run("user", "add", "--email", "req@acme.test", "--role", "requester", "--org", "acme",
        "--password-stdin", inp=password + "\n")
    run("user", "add", "--email", "agent@desk.test", "--role", "agent",
        "--password-stdin", inp=password + "\n")
    requester = run("token", "create", "--email", "req@acme.test")
    agent = run("token", "create", "--email", "agent@desk.test")
    server = subprocess.Popen(base + ["serve", "--listen", f"127.0.0.1:{args.port}"],
                              stdout=subprocess.DEVNULL, stderr=open(os.path.join(work, "server.err"), "w"))
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", args.port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.05)

    stats = Stats()
    stop = time.monotonic() + args.minutes * 60
    tickets = []
    peak = {"rss_kb": 0}
    port = args.port

    def api(method, path, token, body=None, ctype="application/json", headers=None):
        h = {"Authorization": f"Bearer {token}"}
        if body is not None:
            h["Content-Type"] = ctype
        h.update(headers or {})
        status, _, data = request(port, method, path, body, h)
        return status, data

    def intake():
        while time.monotonic() < stop:
            def one():
                status, data = api("POST", "/api/v1/requests", requester, json.dumps(incident()))
                if status == 201:
                    tickets.append(json.loads(data)["id"])
                return status
            timed(stats, "intake", one)

    def upload():
        small = png(64, 32)
        while time.monotonic() < stop:
            if not tickets:
                time.sleep(0.1)
                continue
            tid = random.choice(tickets)
            body, ctype = multipart([], [("file", "trace.txt", "text/plain",
                                          b"09:41:07 GET /v1/accounts 502\n" * 200)])
            timed(stats, "upload text", lambda: api("POST", f"/api/v1/requests/{tid}/attachments",
                                                   requester, body, ctype)[0])
            body, ctype = multipart([], [("file", "screen.png", "image/png", small)])
            timed(stats, "upload png", lambda: api("POST", f"/api/v1/requests/{tid}/attachments",
                                                  requester, body, ctype)[0])

    def search():
        while time.monotonic() < stop:
            timed(stats, "search text", lambda: api("GET", "/api/v1/search?q=upstream", agent)[0])
            timed(stats, "search client", lambda: api("GET", "/api/v1/search?q=acmepay", agent)[0])
            timed(stats, "views", lambda: api("GET", "/api/v1/views", agent)[0])

    def signin():
        while time.monotonic() < stop:
            def one(pw):
                status, headers, _ = request(port, "GET", "/signin")
                cookies = [v.split(";")[0] for k, v in headers if k.lower() == "set-cookie"]
                csrf = next((c.split("=", 1)[1] for c in cookies if c.startswith("sportello_csrf=")), "")
                form = urlencode({"csrf_token": csrf, "email": "req@acme.test", "password": pw, "next": "/"})
                status, _, _ = request(port, "POST", "/signin", form, {
                    "Content-Type": "application/x-www-form-urlencoded", "Cookie": "; ".join(cookies)})
                return status
            timed(stats, "signin right", lambda: one(password))
            timed(stats, "signin wrong", lambda: one("not the password at all"))
            time.sleep(0.2)

    def hostile():
        huge = png(16384, 16384, zlib.compress(b"\x00" * 4096))
        nested = "> " * 20_000 + "deep"
        while time.monotonic() < stop:
            if tickets:
                tid = random.choice(tickets)
                body, ctype = multipart([], [("file", "huge.png", "image/png", huge)])
                timed(stats, "hostile huge png", lambda: api("POST", f"/api/v1/requests/{tid}/attachments",
                                                            requester, body, ctype)[0])
                timed(stats, "hostile nested comment", lambda: api(
                    "POST", f"/api/v1/requests/{tid}/comments", requester,
                    json.dumps({"body": nested}))[0])
            timed(stats, "hostile nul query", lambda: api("GET", "/api/v1/search?q=%00", agent)[0])

            def half_header():
                s = socket.create_connection(("127.0.0.1", port), timeout=30)
                s.sendall(b"GET /hc/en/ HTTP/1.1\r\nHost: x\r\nX-Slow: ")
                s.settimeout(30)
                try:
                    got = s.recv(1)  # the server should hang up
                    return "closed" if not got else "answered"
                except socket.timeout:
                    return "held 30s"
                finally:
                    s.close()
            timed(stats, "hostile half header", half_header)
            time.sleep(0.5)

    def monitor():
        while time.monotonic() < stop:
            try:
                with open(f"/proc/{server.pid}/status") as f:
                    for line in f:
                        if line.startswith("VmRSS:"):
                            peak["rss_kb"] = max(peak["rss_kb"], int(line.split()[1]))
            except OSError:
                pass
            time.sleep(0.5)

    workers = [intake, intake, upload, search, signin, hostile, monitor]
    threads = [threading.Thread(target=w, daemon=True) for w in workers]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    server.terminate()
    server.wait(timeout=30)

    print(f"soak: {elapsed / 60:.1f} min, {sum(len(v) for v in stats.times.values())} requests, "
          f"{len(tickets)} tickets filed, peak RSS {peak['rss_kb'] / 1024:.0f} MB, "
          f"5xx answers: {len(stats.errors5xx)}")
    print("| what | count | p50 ms | p99 ms | slowest ms | statuses |")
    print("|---|---|---|---|---|---|")
    for kind in sorted(stats.times):
        t = sorted(stats.times[kind])
        pct = lambda p: t[min(len(t) - 1, int(p * len(t)))] * 1000
        statuses = ", ".join(f"{k}: {v}" for k, v in sorted(stats.status[kind].items(), key=str))
        print(f"| {kind} | {len(t)} | {pct(0.5):.1f} | {pct(0.99):.1f} | {t[-1] * 1000:.1f} | {statuses} |")
    return 1 if stats.errors5xx else 0


if __name__ == "__main__":
    sys.exit(main())
