#!/usr/bin/env bash
# Regenerates the committed chain specs from the runtime's genesis presets:
#   chain-specs/local.json      plain (human-readable genesis patch + runtime code)
#   chain-specs/local-raw.json  raw (the storage the chain starts from)
#   chain-specs/staging*.json   the production-like spec (4 validators, 1-hour sessions)
# Run after any change to the runtime's presets; tests/e2e/test_chain_specs.py fails while
# the committed specs differ from what the runtime builds.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${TFCHAIN_BIN:-target/release/tfchain}
"$bin" export-chain-spec --chain local > chain-specs/local.json
"$bin" export-chain-spec --chain chain-specs/local.json --raw > chain-specs/local-raw.json
"$bin" export-chain-spec --chain staging > chain-specs/staging.json
"$bin" export-chain-spec --chain chain-specs/staging.json --raw > chain-specs/staging-raw.json
echo "wrote chain-specs/{local,staging}.json and chain-specs/{local,staging}-raw.json"
