#!/usr/bin/env bash
# Browser tests for Sportello. CI calls this one script:
#   bash e2e/run.sh
# It installs chromium if needed, installs the npm packages, builds the
# binary (the dev profile `cargo test` already built, unless E2E_PROFILE=release), starts a demo server on a free port with a fresh data
# directory, runs `node --test` against it and always stops the server.
# Exits non-zero when anything fails.
#
# Environment:
#   CARGO_TARGET_DIR   respected when locating the binary (default <repo>/target)
#   E2E_SKIP_BUILD=1   use the existing binary (local iteration)
#   E2E_PROFILE        dev (default: reuses what `cargo test` built) or release
#   E2E_TEST_ARGS      extra arguments for `node --test` (e.g. a single file)
set -euo pipefail

E2E_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$E2E_DIR/.." && pwd)"
CHROMIUM=/usr/bin/chromium
started=$(date +%s)

log() { printf '[e2e] %s\n' "$*" >&2; }

# 1. Chromium from Debian (Playwright's own browser downloads are not used).
if [ ! -x "$CHROMIUM" ]; then
  log "installing chromium with apt-get"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends chromium
fi

# 2. npm packages, exactly as locked.
log "npm ci"
(cd "$E2E_DIR" && npm ci --no-audit --no-fund --loglevel=error)

# 3. The binary.
TARGET_DIR="${CARGO_TARGET_DIR:-$REPO/target}"
case "$TARGET_DIR" in /*) ;; *) TARGET_DIR="$REPO/$TARGET_DIR" ;; esac
PROFILE="${E2E_PROFILE:-dev}"
case "$PROFILE" in
  dev) BIN="$TARGET_DIR/debug/sportello" ;;
  release) BIN="$TARGET_DIR/release/sportello" ;;
  *) log "E2E_PROFILE must be dev or release, not $PROFILE"; exit 2 ;;
esac
if [ "${E2E_SKIP_BUILD:-}" != "1" ]; then
  log "cargo build --profile $PROFILE -p sportello (target dir $TARGET_DIR)"
  (cd "$REPO" && cargo build --profile "$PROFILE" -p sportello)
fi
[ -x "$BIN" ] || { log "no binary at $BIN"; exit 1; }

# 4. A demo server on a free port with a fresh data directory.
WORK="$(mktemp -d "${TMPDIR:-/tmp}/sportello-e2e.XXXXXX")"
DATA="$WORK/data"
SERVER_LOG="$WORK/server.out"
SERVER_ERR="$WORK/server.err"
SERVER_PID=""

SINK_PID=""
MAIL_DIR="$WORK/mail"

cleanup() {
  local status=$?
  if [ -n "$SINK_PID" ] && kill -0 "$SINK_PID" 2>/dev/null; then
    kill "$SINK_PID" 2>/dev/null || true
    wait "$SINK_PID" 2>/dev/null || true
  fi
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    # Bounded wait for a graceful exit, then force.
    for _ in $(seq 1 50); do
      kill -0 "$SERVER_PID" 2>/dev/null || break
      sleep 0.1
    done
    kill -9 "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  if [ "$status" -ne 0 ] && [ -s "$SERVER_ERR" ]; then
    log "server stderr (last 40 lines):"
    tail -n 40 "$SERVER_ERR" >&2 || true
  fi
  rm -rf "$WORK"
  log "finished in $(( $(date +%s) - started ))s with status $status"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

PORT="$(node -e '
  const s = require("net").createServer();
  s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });
')"
BASE_URL="http://127.0.0.1:$PORT"

# A real SMTP sink (the one the Rust tests use), so journeys that send mail
# (password reset) can read it: every message lands in $MAIL_DIR as .eml.
mkdir -p "$MAIL_DIR"
SINK_OUT="$WORK/sink.out"
python3 "$REPO/crates/web/tests/fixtures/smtp_sink.py" 0 "$MAIL_DIR" >"$SINK_OUT" 2>&1 &
SINK_PID=$!
SMTP_PORT=""
for _ in $(seq 1 100); do
  SMTP_PORT="$(awk '$1 == "PORT" { print $2; exit }' "$SINK_OUT")"
  [ -n "$SMTP_PORT" ] && break
  sleep 0.1
done
[ -n "$SMTP_PORT" ] || { log "the SMTP sink did not start"; cat "$SINK_OUT" >&2; exit 1; }

log "starting sportello on $BASE_URL (data $DATA, mail to the sink on port $SMTP_PORT)"
# SPORTELLO_* variables from the caller could change the server; the ones the
# tests need are passed as E2E_* instead (unknown SPORTELLO_ vars are errors).
# Every journey signs up its own requester from this one address: far more
# than the 20 sign-ups an hour a real address is allowed.
SPORTELLO_SIGNUPS_PER_HOUR=1000 \
SPORTELLO_MAIL_SUPPORT_ADDRESS="support@e2e.example" \
SPORTELLO_MAIL_BASE_URL="$BASE_URL" \
SPORTELLO_SMTP_HOST="127.0.0.1" SPORTELLO_SMTP_PORT="$SMTP_PORT" SPORTELLO_SMTP_SECURITY="none" \
  "$BIN" serve --demo --data "$DATA" --listen "127.0.0.1:$PORT" >"$SERVER_LOG" 2>"$SERVER_ERR" &
SERVER_PID=$!

# Wait (bounded) until the port answers; fail fast if the server died.
answers() {
  if command -v curl >/dev/null; then
    curl -fsS -o /dev/null --max-time 2 "$BASE_URL/signin" 2>/dev/null
  else
    (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null
  fi
}
ready=""
for _ in $(seq 1 300); do
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    log "the server exited before answering"; cat "$SERVER_LOG" "$SERVER_ERR" >&2 || true; exit 1
  fi
  if answers; then ready=1; break; fi
  sleep 0.1
done
[ -n "$ready" ] || { log "the server did not answer on $BASE_URL within 30s"; exit 1; }

# The demo passwords are printed once on stdout.
password_for() {
  awk -v role="$1" '$1 == role && $3 == "password" { print $4; exit }' "$SERVER_LOG"
}
read_creds() {
  E2E_REQUESTER_EMAIL="$(awk '$1 == "requester" && $3 == "password" { print $2; exit }' "$SERVER_LOG")"
  E2E_REQUESTER_PASSWORD="$(password_for requester)"
  E2E_AGENT_EMAIL="$(awk '$1 == "agent" && $3 == "password" { print $2; exit }' "$SERVER_LOG")"
  E2E_AGENT_PASSWORD="$(password_for agent)"
  E2E_ADMIN_EMAIL="$(awk '$1 == "admin" && $3 == "password" { print $2; exit }' "$SERVER_LOG")"
  E2E_ADMIN_PASSWORD="$(password_for admin)"
}
read_creds
if [ -z "$E2E_REQUESTER_PASSWORD" ] || [ -z "$E2E_AGENT_PASSWORD" ] || [ -z "$E2E_ADMIN_PASSWORD" ]; then
  log "could not read the demo passwords from the server output:"; cat "$SERVER_LOG" >&2; exit 1
fi

# 5. The tests.
mkdir -p "$E2E_DIR/artifacts"
log "running node --test"
set +e
(
  cd "$E2E_DIR" && \
  E2E_BASE_URL="$BASE_URL" \
  E2E_REQUESTER_EMAIL="$E2E_REQUESTER_EMAIL" E2E_REQUESTER_PASSWORD="$E2E_REQUESTER_PASSWORD" \
  E2E_AGENT_EMAIL="$E2E_AGENT_EMAIL" E2E_AGENT_PASSWORD="$E2E_AGENT_PASSWORD" \
  E2E_ADMIN_EMAIL="$E2E_ADMIN_EMAIL" E2E_ADMIN_PASSWORD="$E2E_ADMIN_PASSWORD" \
  E2E_CHROMIUM="$CHROMIUM" E2E_MAIL_DIR="$MAIL_DIR" \
  node --test --test-concurrency=1 ${E2E_TEST_ARGS:-tests/}
)
rc=$?
set -e
exit "$rc"
