#!/usr/bin/env bash
# Sets everything up, then runs a single-validator development chain (Alice) with a
# temporary database. JSON-RPC on ws/http://127.0.0.1:9944. Extra arguments go to the node.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec target/release/tfchain --dev --tmp --rpc-cors all "$@"
