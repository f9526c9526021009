#!/usr/bin/env bash
# Measures the weights of our pallets and writes each pallet's `src/weights.rs`.
#
#   scripts/benchmark.sh                 # every pallet below
#   scripts/benchmark.sh pallet_tfgrid   # one pallet
#
# Builds the node with `--features runtime-benchmarks` in its own target directory
# (target/bench), so the normal build in target/release stays warm. Runs the benchmarks in the
# compiled WASM runtime of the `dev` chain. STEPS/REPEAT may be set in the environment
# (defaults 50/20); NO_BUILD=1 reuses the last build. The machine should be otherwise idle.
# Proof recording is off: a solo chain ignores the proof-size dimension, and our node does
# not record proofs when it builds or imports blocks, so recording would time work it never
# does (it added ~75 % to a name contract's bill, 85 → 152 µs, in one side-by-side run).
set -euo pipefail
cd "$(dirname "$0")/.."

STEPS="${STEPS:-50}"
REPEAT="${REPEAT:-20}"
export CARGO_TARGET_DIR="${BENCH_TARGET_DIR:-$PWD/target/bench}"
# frame-benchmarking-cli's storage-access test runtime is only used by `benchmark storage`; its
# WASM build fails outside polkadot-sdk's own workspace, and `benchmark pallet` does not need it.
export SKIP_FRAME_STORAGE_ACCESS_TEST_RUNTIME_WASM_BUILD=1

# pallet name in the runtime's `define_benchmarks!` → crate directory.
declare -A DIRS=(
	[pallet_validator_set]=pallets/validator-set
	[pallet_tfgrid]=pallets/tfgrid
	[pallet_smart_contract]=pallets/smart-contract
	[pallet_tft_price]=pallets/tft-price
	[pallet_governance]=pallets/governance
	[pallet_dao]=pallets/dao
	[pallet_kvstore]=pallets/kvstore
	[pallet_runtime_upgrade]=pallets/runtime-upgrade
	[pallet_tft_bridge]=pallets/tft-bridge
	[pallet_validator]=pallets/validator
)

selected=("$@")
if [ ${#selected[@]} -eq 0 ]; then
	selected=(pallet_validator_set pallet_tfgrid pallet_smart_contract pallet_tft_price pallet_governance pallet_dao pallet_tft_bridge pallet_kvstore pallet_runtime_upgrade pallet_validator)
fi

if [ -z "${NO_BUILD:-}" ]; then
	echo "== building tfchain with runtime-benchmarks in $CARGO_TARGET_DIR"
	cargo build --release --locked -p tfchain --features runtime-benchmarks
fi
node="$CARGO_TARGET_DIR/release/tfchain"

for pallet in "${selected[@]}"; do
	dir="${DIRS[$pallet]:-}"
	if [ -z "$dir" ] || [ ! -d "$dir" ]; then
		echo "unknown pallet $pallet (known: ${!DIRS[*]})" >&2
		exit 2
	fi
	echo "== benchmarking $pallet → $dir/src/weights.rs"
	"$node" benchmark pallet \
		--chain dev \
		--pallet "$pallet" \
		--extrinsic '*' \
		--steps "$STEPS" \
		--repeat "$REPEAT" \
		--wasm-execution compiled \
		--heap-pages 4096 \
		--disable-proof-recording \
		--template scripts/benchmark/weight-template.hbs \
		--output "$dir/src/weights.rs"
done
