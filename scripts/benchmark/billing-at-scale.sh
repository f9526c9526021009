#!/usr/bin/env bash
# Bills one block's share of an hourly billing round with LOW and then HIGH contracts in state
# (the `bill_bucket_with_state` extra benchmark of pallet-smart-contract) in one run, and prints
# both times side by side with their ratio. Defaults: 100,000 and 1,000,000 contracts (about
# 20 minutes on a 2-core machine, most of it writing the contracts).
#
#   bash scripts/benchmark/billing-at-scale.sh            # 100k vs 1M
#   LOW=10000 HIGH=100000 bash scripts/benchmark/billing-at-scale.sh
#
# Uses the runtime-benchmarks node of scripts/benchmark.sh (built first unless NO_BUILD=1).
set -euo pipefail
cd "$(dirname "$0")/../.."

LOW="${LOW:-100000}"
HIGH="${HIGH:-1000000}"
export CARGO_TARGET_DIR="${BENCH_TARGET_DIR:-$PWD/target/bench}"
export SKIP_FRAME_STORAGE_ACCESS_TEST_RUNTIME_WASM_BUILD=1
if [ -z "${NO_BUILD:-}" ]; then
	cargo build --release --locked -p tfchain --features runtime-benchmarks
fi
node="$CARGO_TARGET_DIR/release/tfchain"
out="$(mktemp --suffix .json)"
trap 'rm -f "$out"' EXIT

"$node" benchmark pallet --chain dev --pallet pallet_smart_contract \
	--extrinsic bill_bucket_with_state --extra --steps 2 --repeat 1 \
	--low "$LOW" --high "$HIGH" --wasm-execution compiled --heap-pages 4096 \
	--disable-proof-recording \
	--json-file "$out" >/dev/null 2>&1 || true
[ -s "$out" ] || { echo "the benchmark wrote no results" >&2; exit 1; }

python3 - "$out" <<'PY'
import json
import sys

# As the benchmark: buckets of at most 1,667 contracts, at least the dev chain's 10 buckets;
# the measured block bills bucket 0, the contracts whose id is a multiple of the frequency.
PER_BUCKET, DEV_FREQUENCY, BLOCK_MS, BUDGET = 1667, 10, 2000.0, 0.25
rows = []
for result in json.load(open(sys.argv[1]))[0]["time_results"]:
    n = dict(result["components"])["n"]
    frequency = max(n // PER_BUCKET, DEV_FREQUENCY)
    bills = n // frequency
    ms = result["extrinsic_time"] / 1e6
    rows.append((n, bills, ms))
print(f"{'contracts in state':>18} {'bills':>6} {'time':>10} {'per bill':>9} {'of a 2 s block':>15}")
for n, bills, ms in rows:
    print(f"{n:>18,} {bills:>6,} {ms:>8.1f} ms {ms * 1000 / bills:>6.0f} µs {ms / BLOCK_MS:>14.1%}")
if len(rows) == 2:
    (_, b0, t0), (_, b1, t1) = rows
    print(f"per-bill ratio {rows[1][0]:,} / {rows[0][0]:,} contracts: {(t1 / b1) / (t0 / b0):.2f}x; "
          f"target: the hourly share within {BUDGET:.0%} of a block")
PY
