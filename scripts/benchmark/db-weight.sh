#!/usr/bin/env bash
# Measures the node database's cost per storage read and write (the runtime's `DbWeight`,
# runtime/src/configs/db_weight.rs) on a ParityDB holding CONTRACTS live contracts.
#
#   bash scripts/benchmark/db-weight.sh            # 1,000,000 contracts (~4 min, ~1.5 GB disk)
#   CONTRACTS=100000 bash scripts/benchmark/db-weight.sh
#
# Needs target/release/tfchain (its runtime goes into the genesis) and the benchmarking node
# target/bench/release/tfchain (scripts/benchmark.sh builds it). Nothing else should run.
set -euo pipefail
cd "$(dirname "$0")/../.."
contracts="${CONTRACTS:-1000000}"
work="${WORK_DIR:-target/db-weight}"
release=target/release/tfchain
bench="${BENCH_TARGET_DIR:-target/bench}/release/tfchain"
python=tests/.venv/bin/python
rm -rf "$work" && mkdir -p "$work"

"$release" build-spec --chain dev --raw 2>/dev/null > "$work/dev-raw.json"
"$python" scripts/benchmark/state-with-contracts.py "$work/dev-raw.json" "$contracts" "$work/spec.json"

common=(--chain "$work/spec.json" --base-path "$work/db" --state-version 1 --database paritydb
	--keys-limit 200000)
echo "== reads (one cold key each) and writes in batches of 100,000"
"$bench" benchmark storage "${common[@]}" --weight-path "$work/" 2>&1 | grep -A4 "Time summary"
echo "== writes in batches of 5,000 (a billing block's writes)"
"$bench" benchmark storage "${common[@]}" --skip-read --batch-size 5000 \
	--weight-path "$work/batch-5000.rs" 2>&1 | grep -A4 "Time summary"
echo "== full statistics: $work/paritydb_weights.rs (reads), $work/batch-5000.rs (writes)"
rm -rf "$work/db" "$work/spec.json"
