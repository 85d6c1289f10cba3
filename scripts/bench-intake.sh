#!/usr/bin/env bash
# Measures incident intake over HTTP against a fresh SQLite data directory
# (or DATABASE=postgres://... ) and reports, besides the load generator's
# throughput and latency, the server's CPU time per created ticket split by
# thread kind (tokio workers vs SQLite connection threads).
#
#   scripts/bench-intake.sh [CONCURRENCY] [COUNT]
#
# With RATE=N in the environment the load is open: N incidents a second
# whatever the answers, at most CONCURRENCY in flight, each latency counted
# from when its incident was due (`bench intake --rate`).
#
# Uses target/release/sportello (build it first: cargo build --release -p sportello).
set -euo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
BIN="${BIN:-$REPO/target/release/sportello}"
CONC="${1:-8}"
COUNT="${2:-10000}"
PORT="${PORT:-18090}"
WORK="$(mktemp -d)"
trap 'kill $PID 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$WORK"' EXIT
DB_ARGS=(--data "$WORK/data")
if [ -n "${DATABASE:-}" ]; then DB_ARGS+=(--database "$DATABASE"); fi

"$BIN" "${DB_ARGS[@]}" org add --slug acme --name Acme --client-id acmepay >/dev/null
"$BIN" "${DB_ARGS[@]}" user add --email load@acme.test --role requester --org acme >/dev/null
TOKEN="$("$BIN" "${DB_ARGS[@]}" token create --email load@acme.test)"
SPORTELLO_METRICS_LISTEN="127.0.0.1:$((PORT + 1))" "$BIN" "${DB_ARGS[@]}" serve --listen "127.0.0.1:$PORT" >"$WORK/server.out" 2>"$WORK/server.err" &
PID=$!
for _ in $(seq 1 100); do
  (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break
  sleep 0.1
done

# Per-thread CPU ticks (utime + stime) summed by thread name.
cpu_by_kind() {
  for t in /proc/"$PID"/task/*; do
    awk '{ s = $0; sub(/^[0-9]+ \(/, "", s); name = substr(s, 1, index(s, ")") - 1);
           rest = substr(s, index(s, ")") + 2); split(rest, f, " ");
           print name, f[12] + f[13] }' "$t/stat" 2>/dev/null
  done | awk '{ k = $1; sub(/-?[0-9]+$/, "", k); sum[k] += $2 } END { for (k in sum) print k, sum[k] }' | sort
}
cpu_by_kind >"$WORK/before"
RATE_ARGS=()
if [ -n "${RATE:-}" ]; then RATE_ARGS=(--rate "$RATE"); fi
"$BIN" bench intake --url "http://127.0.0.1:$PORT" --token "$TOKEN" --concurrency "$CONC" --count "$COUNT" "${RATE_ARGS[@]}" | tee "$WORK/report"
cpu_by_kind >"$WORK/after"
HZ="$(getconf CLK_TCK)"
created="$(awk '$1 == "created" { print $2 }' "$WORK/report")"
echo "server CPU per created ticket, by thread kind:"
join -a 2 -e 0 -o 0,1.2,2.2 "$WORK/before" "$WORK/after" | awk -v hz="$HZ" -v n="$created" '
  { d = $3 - $2; if (d > 0) { printf "  %-28s %7.1f µs\n", $1, d * 1e6 / hz / n; total += d } }
  END { printf "  %-28s %7.1f µs\n", "total", total * 1e6 / hz / n }'
echo "peak resident memory: $(awk '/VmHWM/ { print $2, $3 }' /proc/$PID/status)"
# The server's own view of the same requests (time inside the server, from
# the request histogram at /metrics): how much of the client's tail is the
# server's, and how much is waiting to be scheduled on a shared machine.
echo "server-side time of POST /api/v1/requests (share of requests within each bound):"
curl -s "http://127.0.0.1:$((PORT + 1))/metrics" | awk '
  /^sportello_http_request_duration_seconds_bucket/ && /route="\/api\/v1\/requests"/ && /method="POST"/ && /status="2xx"/ {
    match($0, /le="[^"]+"/); le = substr($0, RSTART + 4, RLENGTH - 5); n = $NF;
    if (le == "+Inf") { total = n } else { les[++k] = le; ns[k] = n }
  }
  END { for (i = 1; i <= k; i++) if (total > 0 && les[i] + 0 >= 0.0008 && les[i] + 0 <= 0.03)
          printf "  <= %6.1f ms  %6.2f %%\n", les[i] * 1000, 100 * ns[i] / total }'
