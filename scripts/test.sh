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
echo; echo "== clippy, warnings denied (all crates, tests included)"
SKIP_WASM_BUILD=1 cargo clippy --locked --workspace --all-targets -- -D warnings
t_lint=$(date +%s)

# Every pallet's tests run once, with the benchmarks (each benchmark runs as a test on the
# pallet's mock) and try-runtime's pre/post-upgrade checks of the storage migrations compiled in.
pallets=()
for manifest in pallets/*/Cargo.toml; do
	pallets+=(-p "$(sed -n 's/^name = "\(.*\)"/\1/p' "$manifest" | head -n 1)")
done
echo; echo "== unit tests: runtime, node and shared crates"
exclude=()
for arg in "${pallets[@]}"; do [ "$arg" = -p ] || exclude+=(--exclude "$arg"); done
cargo test --release --locked --workspace "${exclude[@]}"
echo; echo "== pallets: unit tests, benchmark tests, migrations with try-runtime checks"
SKIP_WASM_BUILD=1 cargo test --release --locked "${pallets[@]}" --features runtime-benchmarks,try-runtime
t2=$(date +%s)

echo; echo "== end-to-end tests (real node, real client)"
# Test files run in parallel, one file per worker (`--dist loadfile`): they spend their time
# waiting for 6-second blocks, each starts its own nodes on its own ports, and the slowest file
# (test_network.py, ~10 min) bounds the stage. E2E_WORKERS=1 runs them one after another.
tests/.venv/bin/pytest -v -p no:cacheprovider -n "${E2E_WORKERS:-4}" --dist loadfile tests/e2e "$@"
t3=$(date +%s)

echo
echo "setup+build: $((t1 - t0)) s, fmt+clippy: $((t_lint - t1)) s, unit tests: $((t2 - t_lint)) s, e2e: $((t3 - t2)) s, total: $((t3 - t0)) s"
