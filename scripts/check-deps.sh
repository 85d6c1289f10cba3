#!/usr/bin/env bash
# The dependency graph's checks (.ci/run calls this): licenses and banned
# crates (`cargo deny`, rules in deny.toml) and dependencies declared but
# unused (`cargo machete`). Installs both tools from crates.io if missing.
set -euo pipefail
cd "$(dirname "$0")/.."

need() {
  command -v "$1" >/dev/null 2>&1 || cargo install --locked "$2"
}
need cargo-deny cargo-deny
need cargo-machete cargo-machete

cargo deny --log-level error check bans licenses
cargo machete
