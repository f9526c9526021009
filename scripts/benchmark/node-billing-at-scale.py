#!/usr/bin/env python3
"""Billing on a real node whose state holds a million contracts: time per block, per bill.

The pallet benchmark `bill_bucket_with_state` measures bills against the benchmark's in-memory
database. This script measures them where they run: a `tfchain` validator (ParityDB, trie
cache, the real block builder) starting from a genesis made by `state-with-contracts.py`. It
authors blocks, then reads for each one:
  - how many contracts the billing hook billed (`ContractBilled` events),
  - the weight the hook charged (the block's mandatory weight),
  - how long the node took to build the block ("Prepared block for proposing ... (N ms)":
    the hook, the inherents and the storage root, measured by the node itself).

    node-billing-at-scale.py SPEC.json [--blocks 10] [--bin target/release/tfchain]
        [--node-args "--trie-cache-size 0"]

It ends with the median of the blocks that billed (session-rotation blocks included: the hook's
share of them is the same).

Nothing else should run on the machine meanwhile.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from localnet import REPO, free_port, rpc  # noqa: E402

PREPARED = re.compile(r"Prepared block for proposing at (\d+) \((\d+) ms\)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("spec")
    parser.add_argument("--blocks", type=int, default=10)
    parser.add_argument("--bin", default=str(REPO / "target" / "release" / "tfchain"))
    parser.add_argument("--node-args", default="", help="more arguments for the node")
    args = parser.parse_args()

    from substrateinterface import SubstrateInterface

    base = Path(tempfile.mkdtemp(prefix="tfchain-scale-"))
    log_path = base / "node.log"
    rpc_port, p2p_port = free_port(), free_port()
    command = [
        args.bin, "--chain", args.spec, "--alice", "--validator", "--base-path", str(base),
        "--rpc-port", str(rpc_port), "--port", str(p2p_port), "--no-prometheus",
        "--no-telemetry", "--no-mdns", "--state-pruning", "archive",
        # A throwaway node: a fixed network key instead of a generated one.
        "--node-key", "0" * 63 + "1",
        *args.node_args.split(),
    ]
    started = time.monotonic()
    with open(log_path, "w") as log:
        node = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    try:
        # Importing a genesis of millions of keys takes minutes.
        deadline = time.monotonic() + 3600
        best = -1
        while best < args.blocks + 1:
            if node.poll() is not None or time.monotonic() > deadline:
                sys.exit(f"node stopped or too slow; log: {log_path}")
            try:
                best = int(rpc(rpc_port, "chain_getHeader")["number"], 16)
            except Exception:
                pass
            time.sleep(2)
        print(f"node up and {best} blocks in {time.monotonic() - started:.0f} s", file=sys.stderr)
        log_text = log_path.read_text()
        prepared = {int(n): int(ms) for n, ms in PREPARED.findall(log_text)}
        # ParityDB rebuilds its index tables in the background after a large import; blocks
        # built meanwhile share the machine with it.
        block, last_reindex = 0, None
        for line in log_text.splitlines():
            if match := PREPARED.search(line):
                block = int(match.group(1))
            elif "reindex" in line:
                last_reindex = block
        if last_reindex is not None:
            print(f"database reindex logged up to block {last_reindex}", file=sys.stderr)
        chain = SubstrateInterface(url=f"ws://127.0.0.1:{rpc_port}")
        print("| block | bills | hook's charged weight | block built in | per bill (built) |")
        print("|---|---|---|---|---|")
        rows = []
        for number in range(1, args.blocks + 1):
            block_hash = chain.get_block_hash(number)
            events = chain.get_events(block_hash)
            bills = sum(
                1
                for e in events
                if e.value["module_id"] == "SmartContractModule"
                and e.value["event_id"] == "ContractBilled"
            )
            weight = chain.query("System", "BlockWeight", block_hash=block_hash).value
            charged_ms = weight["mandatory"]["ref_time"] / 1e9
            built = prepared.get(number)
            per_bill = f"{built * 1000 / bills:.0f} µs" if bills and built is not None else "-"
            if bills and built is not None:
                rows.append((built, bills, charged_ms))
            print(
                f"| {number} | {bills} | {charged_ms:.0f} ms | "
                f"{built if built is not None else '?'} ms | {per_bill} |"
            )
        if rows:
            built = sorted(r[0] for r in rows)
            bills = sorted(r[1] for r in rows)
            median = built[len(built) // 2]
            share = bills[len(bills) // 2]
            print(f"\nmedian over {len(rows)} billing blocks: {share} bills built in {median} ms, "
                  f"{median * 1000 / share:.0f} µs a bill")
    finally:
        node.terminate()
        try:
            node.wait(timeout=60)
        except subprocess.TimeoutExpired:
            node.kill()
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
