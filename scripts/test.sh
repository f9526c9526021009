#!/usr/bin/env bash
# Sets everything up, then runs the whole test suite: the pallets' unit tests and the
# end-to-end tests against the real node binary. Prints the time each stage took.
set -euo pipefail
cd "$(dirname "$0")/.."

t0=$(date +%s)
bash scripts/setup.sh
t1=$(date +%s)

echo; echo "== formatting (rustfmt.toml)"
cargo fmt --all -- --check
echo; echo "== unit tests (pallets, runtime)"
cargo test --release --locked --workspace
echo; echo "== storage migrations with try-runtime pre/post-upgrade checks"
cargo test --release --locked -p pallet-tfgrid --features try-runtime migrations
cargo test --release --locked -p pallet-smart-contract --features try-runtime migration
cargo test --release --locked -p pallet-validator-set --features try-runtime migration
t2=$(date +%s)

echo; echo "== end-to-end tests (real node, real client)"
# Test files run in parallel, one file per worker (`--dist loadfile`): they spend their time
# waiting for 6-second blocks, each starts its own nodes on its own ports, and the slowest file
# (test_network.py, ~10 min) bounds the stage. E2E_WORKERS=1 runs them one after another.
tests/.venv/bin/pytest -v -p no:cacheprovider -n "${E2E_WORKERS:-4}" --dist loadfile tests/e2e "$@"
t3=$(date +%s)

echo
echo "setup+build: $((t1 - t0)) s, unit tests: $((t2 - t1)) s, e2e: $((t3 - t2)) s, total: $((t3 - t0)) s"
