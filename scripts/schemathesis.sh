#!/usr/bin/env bash
# Schemathesis against a live `sportello serve`: every operation of the
# generated OpenAPI document is called with generated (and deliberately
# wrong) input, and the run fails on any 5xx answer or any answer the
# document does not describe (status, content type, body schema).
#
# The server runs on a temporary data directory seeded with the demo
# (`serve --demo`), and the calls carry the bearer token of an admin made
# through the command line, so agents' and admins' operations are reached.
#
#   scripts/schemathesis.sh            # builds sportello (debug) first
#   MAX_EXAMPLES=50 SEED=7 scripts/schemathesis.sh   # a longer, other run
#
# Bounded: a fixed seed, MAX_EXAMPLES cases per operation (default 10),
# and the run is stopped (and fails) past MAX_TIME seconds (default 600).
set -euo pipefail
cd "$(dirname "$0")/.."

SCHEMATHESIS_VERSION=4.32.5
MAX_EXAMPLES=${MAX_EXAMPLES:-10}
MAX_TIME=${MAX_TIME:-600}
SEED=${SEED:-12}
target=${CARGO_TARGET_DIR:-target}
venv=${SCHEMATHESIS_VENV:-$target/schemathesis-venv}

if ! "$venv/bin/st" --version 2>/dev/null | grep -q "$SCHEMATHESIS_VERSION"; then
  echo "== installing schemathesis $SCHEMATHESIS_VERSION into $venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
fi

cargo build -q -p sportello
bin="$target/debug/sportello"

data=$(mktemp -d)
log="$data/serve.log"
server=""
cleanup() {
  if [ -n "$server" ]; then
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  rm -rf "$data"
}
trap cleanup EXIT

# A free port on the loopback, chosen by the kernel.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"

"$bin" --data "$data" serve --listen "127.0.0.1:$port" --demo >"$log" 2>&1 &
server=$!
for _ in $(seq 1 100); do
  if curl -fsS "$base/healthz" >/dev/null 2>&1; then
    break
  fi
  if ! kill -0 "$server" 2>/dev/null; then
    echo "sportello serve exited:" >&2
    cat "$log" >&2
    exit 1
  fi
  sleep 0.2
done
curl -fsS "$base/healthz" >/dev/null

"$bin" --data "$data" user add --email schemathesis@sportello.example --role admin --name Schemathesis >/dev/null
token=$("$bin" --data "$data" token create --email schemathesis@sportello.example --label schemathesis)

echo "== schemathesis $SCHEMATHESIS_VERSION against $base (at most $MAX_EXAMPLES cases per operation)"
status=0
PYTHONPATH=scripts SCHEMATHESIS_HOOKS=schemathesis_hooks \
timeout "$MAX_TIME" "$venv/bin/st" --no-color run "$base/api/v1/openapi.json" \
  --url "$base" \
  --header "Authorization: Bearer $token" \
  --checks not_a_server_error,status_code_conformance,content_type_conformance,response_headers_conformance,response_schema_conformance \
  --phases examples,coverage,fuzzing \
  --max-examples "$MAX_EXAMPLES" \
  --seed "$SEED" \
  --workers 2 \
  --request-timeout 30 \
  --suppress-health-check all \
  --exclude-path '/api/v1/tokens/{id}' \
  --warnings off || status=$?

if [ "$status" -ne 0 ]; then
  echo "== schemathesis failed; the server's log:" >&2
  tail -n 50 "$log" >&2
fi
exit "$status"
