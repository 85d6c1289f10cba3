#!/usr/bin/env bash
# Hostile input against a fresh server (BENCHMARKS.md, "Hostile input"):
#
# 1. two article previews of a 90 KB body of `>` sent at once, while an
#    unrelated request (GET /healthz) is timed every 100 ms: how long the
#    previews take and the slowest unrelated answer meanwhile;
# 2. a connection that sends half a request header: how long it is kept
#    (up to 60 s);
# 3. 400 such connections, then one ordinary request: how many of the 400
#    the server still holds after 15 s, and what the request got.
#
#   BIN=target/debug/sportello scripts/bench-hostile.sh
#
# Needs python3 (the client). Sends traffic to 127.0.0.1 only.
set -euo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
BIN="${BIN:-$REPO/target/release/sportello}"
PORT="${PORT:-18091}"
WORK="$(mktemp -d)"
trap 'kill $PID 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$WORK"' EXIT

echo 'a long passphrase for the bench' |
  "$BIN" --data "$WORK/data" user add --email agent@bench.test --role agent --name Agent --password-stdin >/dev/null
ulimit -n 4096 || true
"$BIN" --data "$WORK/data" serve --listen "127.0.0.1:$PORT" >"$WORK/server.out" 2>"$WORK/server.err" &
PID=$!
for _ in $(seq 1 100); do
  (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break
  sleep 0.1
done

python3 - "$PORT" <<'PY'
import http.client, socket, sys, threading, time, urllib.parse

PORT = int(sys.argv[1])

def request(method, path, body=None, headers=None, timeout=600):
    c = http.client.HTTPConnection("127.0.0.1", PORT, timeout=timeout)
    c.request(method, path, body=body, headers=headers or {})
    r = c.getresponse()
    data = r.read()
    c.close()
    return r, data

# Sign in as a browser does: the CSRF cookie, then the form.
r, _ = request("GET", "/signin")
cookies = {}
for k, v in r.getheaders():
    if k.lower() == "set-cookie":
        name, value = v.split(";")[0].split("=", 1)
        cookies[name] = value
def form(fields):
    return urllib.parse.urlencode(dict(fields, csrf_token=cookies["sportello_csrf"]))
def cookie_header():
    return "; ".join(f"{k}={v}" for k, v in cookies.items())
r, _ = request("POST", "/signin", form({"email": "agent@bench.test",
    "password": "a long passphrase for the bench", "next": "/agent"}),
    {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie_header()})
for k, v in r.getheaders():
    if k.lower() == "set-cookie":
        name, value = v.split(";")[0].split("=", 1)
        cookies[name] = value
assert r.status == 303, r.status

# 1. Two hostile previews at once, an unrelated request timed meanwhile.
body = form({"locale": "en", "title": "Nesting", "body": ">" * 90_000, "action": "preview"})
results = []
def preview():
    started = time.monotonic()
    r, data = request("POST", "/agent/help/articles", body,
        {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie_header()})
    results.append((r.status, time.monotonic() - started))
threads = [threading.Thread(target=preview) for _ in range(2)]
for t in threads:
    t.start()
slowest, probes = 0.0, 0
while any(t.is_alive() for t in threads):
    started = time.monotonic()
    request("GET", "/healthz")
    slowest = max(slowest, time.monotonic() - started)
    probes += 1
    time.sleep(0.1)
for t in threads:
    t.join()
print(f"previews of 90 KB of '>': " + ", ".join(f"{s} in {d:.2f} s" for s, d in results))
print(f"GET /healthz meanwhile: {probes} probes, slowest {slowest * 1000:.0f} ms")

# 2. Half a request header.
s = socket.create_connection(("127.0.0.1", PORT))
s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
s.settimeout(60)
started = time.monotonic()
try:
    while s.recv(1024):
        pass
    print(f"half-sent header: closed after {time.monotonic() - started:.1f} s")
except socket.timeout:
    print("half-sent header: still open after 60 s")
s.close()

# 3. 400 half headers, then an ordinary request.
held = []
for _ in range(400):
    c = socket.create_connection(("127.0.0.1", PORT))
    c.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")
    held.append(c)
r, _ = request("GET", "/healthz", timeout=30)
print(f"with 400 half headers open: GET /healthz answered {r.status}")
time.sleep(15)
still = 0
for c in held:
    c.setblocking(False)
    try:
        still += c.recv(1024) != b""
    except BlockingIOError:
        still += 1
    except OSError:
        pass
    c.close()
print(f"after 15 s the server still held {still} of the 400")
PY
echo "peak resident memory: $(awk '/VmHWM/ { print $2, $3 }' /proc/$PID/status)"
