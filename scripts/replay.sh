#!/usr/bin/env bash
# Auditor replay: re-executes a chain's history from genesis and checks that it reaches the same
# head.
#
#   scripts/replay.sh CHAIN SOURCE_BASE_PATH WORKDIR
#
# CHAIN is what the node was started with (`dev`, `local`, `staging` or a spec file);
# SOURCE_BASE_PATH the (stopped) node's --base-path. Exports every block to WORKDIR/blocks.json,
# imports them into a fresh archive database in WORKDIR/replay (each block is executed again and
# its state root checked), and compares the best block of both databases. Exits non-zero on any
# difference or import error.
set -euo pipefail
cd "$(dirname "$0")/.."
NODE="${TFCHAIN_BIN:-target/release/tfchain}"
chain="$1" source="$2" work="$3"
mkdir -p "$work"

info() {
	"$NODE" chain-info --chain "$chain" --base-path "$1" 2>/dev/null |
		python3 -c "import json,sys; t=sys.stdin.read(); print(json.dumps(json.loads(t[t.index('{'):])))"
}
field() { python3 -c "import json,sys; print(json.loads(sys.argv[1])['$2'])" "$1"; }

original="$(info "$source")"
best="$(field "$original" best_number)"
echo "source: best #$best $(field "$original" best_hash)"

"$NODE" export-blocks --chain "$chain" --base-path "$source" --from 1 --to "$best" \
	"$work/blocks.json" 2>"$work/export.log"
rm -rf "$work/replay"
"$NODE" import-blocks --chain "$chain" --base-path "$work/replay" \
	--state-pruning archive --blocks-pruning archive "$work/blocks.json" 2>"$work/import.log" || {
	echo "import failed:" >&2
	tail -5 "$work/import.log" >&2
	exit 1
}
replayed="$(info "$work/replay")"
echo "replay: best #$(field "$replayed" best_number) $(field "$replayed" best_hash)"
if [ "$(field "$original" best_hash)" != "$(field "$replayed" best_hash)" ]; then
	echo "MISMATCH: the replayed chain ends elsewhere" >&2
	exit 1
fi
echo "OK: every block re-executed; same head (and so the same state root)"
