#!/usr/bin/env python3
"""Writes a raw chain spec whose genesis holds N live name contracts, for `benchmark storage`.

The storage benchmark measures how long reading and writing a key takes in a node database of a
given size; the weights of the runtime use those figures. To measure them at the scale the
billing target names (1,000,000 live contracts), this script adds to a raw chain spec the keys a
million contracts occupy in SmartContractModule: `Contracts`, `ContractPaymentState`,
`ContractBillingBucket`, `ContractIDByNameRegistration` and the `ContractsToBillAt` buckets
(the same records the pallet benchmark `bill_bucket_with_state` writes). Values are SCALE
encoded as the runtime encodes them.

Usage:
  tfchain build-spec --chain dev --raw > dev-raw.json
  state-with-contracts.py dev-raw.json 1000000 out.json [TWINS]

With TWINS (default 1), contract `id` belongs to twin `(id - 1) % TWINS + 1` and sits in that
twin's bucket (`twin % frequency`, as the runtime schedules a new contract); twin 1 is Alice,
the others get accounts of their own, funded with 1,000,000 TFT each (the total issuance is
raised to match). With one twin, contracts are spread by id (`id % frequency`).

KIND=node in the environment writes node contracts instead of name contracts: NODES nodes
(default 5,000, in farms of 10 owned by Alice's twin, pricing policy 1), contract `id` on node
`(id - 1) // per_node + 1` (consecutive ids share a node, so a twin's contracts sit on different
nodes), each with reported resources (2 CU-worth cores, 4 GiB, 50 GiB SSD) and unbilled
network usage, as the node's report leaves them. Only what billing reads is written (no node
twins, no power records): a state to measure bills in, not a full registry.
  tfchain benchmark storage --chain out.json --base-path DB --state-version 1 ...

CODE=path.wasm in the environment replaces the genesis runtime code (to profile the runtime with
its function names: the uncompressed `tfchain_runtime.wasm` keeps them).

The output is streamed: the million entries are never held in memory at once.
"""

import json
import os
import struct
import sys
import time

import xxhash

from hashlib import blake2b

CONTRACT_VERSION = 4
# Alice (sr25519 //Alice), funded in the development genesis: twin 1.
ALICE = bytes.fromhex("d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d")
# Contracts per bucket (a block's share of a million hourly); PER_BUCKET in the environment
# changes it (fewer bills per block from the same state).
PER_BUCKET = int(os.environ.get("PER_BUCKET", "1667"))
# Name or node contracts (see the module docs), and the number of nodes for node contracts.
KIND = os.environ.get("KIND", "name")
NODES = int(os.environ.get("NODES", "5000"))
NODES_PER_FARM = 10
GIB = 1024**3
# Contracts were last billed when the spec was written: a node run bills them for the time since.
LAST_UPDATED = int(time.time())


def twox128(data: bytes) -> bytes:
    return xxhash.xxh64(data, seed=0).digest()[::-1] + xxhash.xxh64(data, seed=1).digest()[::-1]


def twox64_concat(data: bytes) -> bytes:
    return xxhash.xxh64(data, seed=0).digest()[::-1] + data


def blake2_128_concat(data: bytes) -> bytes:
    return blake2b(data, digest_size=16).digest() + data


def compact(n: int) -> bytes:
    if n < 1 << 6:
        return bytes([n << 2])
    if n < 1 << 14:
        return struct.pack("<H", (n << 2) | 1)
    if n < 1 << 30:
        return struct.pack("<I", (n << 2) | 2)
    raise ValueError("too long")


def prefix(item: str, pallet: str = "SmartContractModule") -> bytes:
    return twox128(pallet.encode()) + twox128(item.encode())


TWIN_FUNDS = 1_000_000 * 10**7  # 1,000,000 TFT in units


def twin_account(twin: int) -> bytes:
    """Alice for twin 1, a made-up account for the others."""
    return ALICE if twin == 1 else blake2b(b"tfgrid twin" + struct.pack("<I", twin), digest_size=32).digest()


def text(value: bytes) -> bytes:
    """A SCALE byte string (`BoundedVec<u8, _>`)."""
    return compact(len(value)) + value


def resources(hru: int, sru: int, cru: int, mru: int) -> bytes:
    return struct.pack("<QQQQ", hru, sru, cru, mru)


def grid_entries(nodes: int):
    """Farms of Alice's twin and their nodes, as the registry stores them."""
    farms = (nodes + NODES_PER_FARM - 1) // NODES_PER_FARM
    for farm_id in range(1, farms + 1):
        farm_le = struct.pack("<I", farm_id)
        name = text(b"farm" + str(farm_id).encode())
        farm = (
            struct.pack("<II", 1, farm_id)  # version, id
            + name
            + struct.pack("<II", 1, 1)  # owner twin, pricing policy
            + b"\x00"  # not certified
            + compact(0)  # no public IPs
            + b"\x00"  # not dedicated
            + b"\x00"  # no farming-policy limits
        )
        yield prefix("Farms", "TfgridModule") + twox64_concat(farm_le), farm
        yield prefix("FarmIdByName", "TfgridModule") + blake2_128_concat(name), farm_le
        first = (farm_id - 1) * NODES_PER_FARM + 1
        ids = range(first, min(first + NODES_PER_FARM, nodes + 1))
        yield (prefix("NodesByFarmID", "TfgridModule") + twox64_concat(farm_le),
               compact(len(ids)) + b"".join(struct.pack("<I", i) for i in ids))
    for node_id in range(1, nodes + 1):
        farm_id = (node_id - 1) // NODES_PER_FARM + 1
        interface = text(b"zos") + text(b"00:1a:2b:3c:4d:5e") + compact(1) + text(b"10.0.0.5")
        node = (
            struct.pack("<IIII", 1, node_id, farm_id, 1)  # version, id, farm, twin
            + resources(2048 * GIB, 500 * GIB, 16, 64 * GIB)
            + text(b"Ghent") + text(b"Belgium") + text(b"51.05") + text(b"3.7167")
            + b"\x00"  # no public config
            + struct.pack("<QI", LAST_UPDATED, 1)  # created, farming policy
            + compact(1) + interface
            + b"\x00"  # DIY
            + b"\x01\x00"  # secure boot, not virtualized
            + b"\x00"  # no serial number
            + struct.pack("<I", 80)  # connection price
        )
        yield prefix("Nodes", "TfgridModule") + twox64_concat(struct.pack("<I", node_id)), node
        # The contracts pallet's billing record of the node (`NodeBilling`).
        record = (
            struct.pack("<III", farm_id, 1, 1)  # farm, farmer twin, pricing policy
            + resources(2048 * GIB, 500 * GIB, 16, 64 * GIB)
            + b"\x00"  # DIY
            + struct.pack("<Q", 0) + b"\x00" + struct.pack("<Q", 0)  # never down
            + b"\x00"  # not rented
            + struct.pack("<Q", 0)  # no extra fee
            + b"\x00"  # not deleted
        )
        yield prefix("NodeBillingRecords") + twox64_concat(struct.pack("<I", node_id)), record
    yield prefix("FarmID", "TfgridModule"), struct.pack("<I", farms)
    yield prefix("NodeID", "TfgridModule"), struct.pack("<I", nodes)


def entries(count: int, twins: int, issuance: int):
    """(key, value) pairs of `count` contracts (KIND) of `twins` twins, ids 1..=count."""
    frequency = max(count // PER_BUCKET, 600)
    contracts = prefix("Contracts")
    payment = prefix("ContractPaymentState")
    bucket_of = prefix("ContractBillingBucket")
    by_name = prefix("ContractIDByNameRegistration")
    buckets: dict[int, list[int]] = {}
    per_node = (count + NODES - 1) // NODES
    on_node: dict[int, list[int]] = {}
    if KIND == "node":
        yield from grid_entries(NODES)
    for cid in range(1, count + 1):
        id_le = struct.pack("<Q", cid)
        twin_id = (cid - 1) % twins + 1
        head = struct.pack("<I", CONTRACT_VERSION) + b"\x00" + id_le + struct.pack("<I", twin_id)
        if KIND == "node":
            node_id = (cid - 1) // per_node + 1
            node_le = struct.pack("<I", node_id)
            deployment = blake2b(id_le, digest_size=32).digest()
            contract = (
                head
                + b"\x00"  # NodeContract
                + node_le + deployment + text(b"") + struct.pack("<I", 0) + compact(0)
                + b"\x00"  # no solution provider
            )
            yield prefix("NodeContractResources") + twox64_concat(id_le), (
                id_le + resources(0, 50 * GIB, 2, 4 * GIB))
            # previous_nu_reported, last_updated, amount_unbilled (units USD).
            yield prefix("ContractBillingInformationByID") + twox64_concat(id_le), (
                struct.pack("<QQQ", 0, LAST_UPDATED, 2_500))
            yield (prefix("ContractIDByNodeIDAndHash") + twox64_concat(node_le)
                   + blake2_128_concat(deployment)), id_le
            on_node.setdefault(node_id, []).append(cid)
        else:
            encoded_name = text(b"n" + str(cid).encode())
            contract = (
                head
                + b"\x01"  # NameContract
                + encoded_name
                + b"\x00"  # no solution provider
            )
            yield by_name + blake2_128_concat(encoded_name), id_le
        yield contracts + twox64_concat(id_le), contract
        # 4 balances (u128), last_updated_seconds (u64), cycles (u16).
        state = bytes(64) + struct.pack("<Q", LAST_UPDATED) + struct.pack("<H", 0)
        yield payment + twox64_concat(id_le), state
        bucket = cid % frequency if twins == 1 else twin_id % frequency
        yield bucket_of + twox64_concat(id_le), struct.pack("<Q", bucket)
        buckets.setdefault(bucket, []).append(cid)
    for node_id, ids in on_node.items():
        yield (prefix("ActiveNodeContracts") + twox64_concat(struct.pack("<I", node_id)),
               compact(len(ids)) + b"".join(struct.pack("<Q", i) for i in ids))
    to_bill = prefix("ContractsToBillAt")
    for bucket, ids in buckets.items():
        value = compact(len(ids)) + b"".join(struct.pack("<Q", i) for i in ids)
        yield to_bill + twox64_concat(struct.pack("<Q", bucket)), value
    yield prefix("BillingFrequency"), struct.pack("<Q", frequency)
    yield prefix("ContractID"), struct.pack("<Q", count)
    for twin_id in range(1, twins + 1):
        account = twin_account(twin_id)
        id_le = struct.pack("<I", twin_id)
        # The twin: id, account, no relay, no entities, no public key.
        twin = id_le + account + b"\x00" + compact(0) + b"\x00"
        yield prefix("Twins", "TfgridModule") + twox64_concat(id_le), twin
        yield prefix("TwinIdByAccountID", "TfgridModule") + blake2_128_concat(account), id_le
        if twin_id > 1:
            # AccountInfo: nonce, consumers, providers (1), sufficients; free, reserved,
            # frozen, flags (new logic).
            info = struct.pack("<IIII", 0, 0, 1, 0) + TWIN_FUNDS.to_bytes(16, "little")
            info += bytes(32) + (1 << 127).to_bytes(16, "little")
            yield prefix("Account", "System") + blake2_128_concat(account), info
    yield prefix("TwinID", "TfgridModule"), struct.pack("<I", twins)
    added = (twins - 1) * TWIN_FUNDS
    yield prefix("TotalIssuance", "Balances"), (issuance + added).to_bytes(16, "little")


def main() -> None:
    if len(sys.argv) not in (4, 5):
        sys.exit(__doc__)
    base, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    twins = int(sys.argv[4]) if len(sys.argv) == 5 else 1
    with open(base) as f:
        spec = json.load(f)
    top = spec["genesis"]["raw"]["top"]
    issuance_key = "0x" + prefix("TotalIssuance", "Balances").hex()
    issuance = int.from_bytes(bytes.fromhex(top.pop(issuance_key)[2:]), "little")
    # Generated values replace the genesis ones.
    for item in ("BillingFrequency", "ContractID"):
        top.pop("0x" + prefix(item).hex(), None)
    for item in ("TwinID", "FarmID", "NodeID"):
        top.pop("0x" + prefix(item, "TfgridModule").hex(), None)
    # CODE=path.wasm: another runtime blob as genesis code, e.g. the uncompressed one with
    # its function names, so `perf` can name the runtime's frames (the node run with
    # WASMTIME_PROFILING_STRATEGY=perfmap).
    if os.environ.get("CODE"):
        with open(os.environ["CODE"], "rb") as code:
            top["0x" + b":code".hex()] = "0x" + code.read().hex()
    marker = "0xMARKER"
    top[marker] = ""
    head, tail = json.dumps(spec).split(f'"{marker}": ""')
    written = 0
    with open(out, "w") as f:
        f.write(head)
        first = True
        for key, value in entries(count, twins, issuance):
            f.write(("" if first else ", ") + f'"0x{key.hex()}": "0x{value.hex()}"')
            first = False
            written += 1
        f.write(tail)
    print(f"{out}: {written} keys added for {count} {KIND} contracts of {twins} twins",
          file=sys.stderr)


if __name__ == "__main__":
    main()
