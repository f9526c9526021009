#!/usr/bin/env python3
"""Reads the generated weights.rs files and prints each call's weight (execution + database at
the runtime's measured database weights, runtime/src/configs/db_weight.rs) and the billing
capacity that follows from the measured bill weights of each kind of contract and the payout
weight.

    python3 scripts/benchmark/summary.py [pallet_dir ...]
    DB_READ_US=7 DB_WRITE_US=12 python3 scripts/benchmark/summary.py pallets/smart-contract

Components are evaluated at their maximum (the worst case the benchmark measured)."""

import os
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

def db_weights() -> tuple[int, int]:
    """(read, write) in picoseconds, from the runtime's `TfchainDbWeight`."""
    text = (REPO / "runtime" / "src" / "configs" / "db_weight.rs").read_text()
    read = re.search(r"read: (\d+) \* WEIGHT_REF_TIME_PER_MICROS", text)
    write = re.search(r"write: (\d+) \* WEIGHT_REF_TIME_PER_MICROS", text)
    return int(read.group(1)) * 1_000_000, int(write.group(1)) * 1_000_000


READ_PS, WRITE_PS = db_weights()
# DB_READ_US / DB_WRITE_US in the environment: other database weights (e.g. measured on another
# machine) instead of the runtime's.
if os.environ.get("DB_READ_US"):
    READ_PS = int(float(os.environ["DB_READ_US"]) * 1_000_000)
if os.environ.get("DB_WRITE_US"):
    WRITE_PS = int(float(os.environ["DB_WRITE_US"]) * 1_000_000)
BLOCK_PS = 2 * 10**12  # 2 s of compute per block
BILLING_SHARE = 0.25  # the billing hook's budget
BLOCKS_PER_HOUR = 600
DISTRIBUTION = 24  # a payout every 24 bills
# A node contract's bill at these numbers of public IPs (most contracts have none or one).
NODE_IPS = (0, 1, 256)

FN = re.compile(r"(?:///[^\n]*\n\t)*fn (\w+)\(([^)]*)\) -> Weight \{(.*?)\n\t\}", re.S)
RANGE = re.compile(r"Component `(\w+)`: `\[(\d+), (\d+)\]`")


def weights(path: Path) -> dict:
    text = path.read_text()
    body = text[text.index("impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T>"):]
    body = body[:body.index("\n}\n")]
    ranges = {m.group(1): int(m.group(3)) for m in RANGE.finditer(body)}
    result = {}
    for match in FN.finditer(body):
        name, args, code = match.groups()
        values = {a.split(":")[0].strip().lstrip("_"): ranges.get(a.split(":")[0].strip().lstrip("_"), 1)
                  for a in args.split(",") if a.strip()}
        result[name] = (evaluate(code, values), values)
        result[name + "@code"] = code
    return result


def evaluate(code: str, values: dict) -> int:
    """The weight (ps) of a generated function's body with its components at `values`."""
    ps = 0
    base = re.search(r"Weight::from_parts\(([\d_]+), ", code)
    ps += int(base.group(1).replace("_", ""))
    for slope, comp in re.findall(r"Weight::from_parts\(([\d_]+), 0\)\.saturating_mul\((\w+)\.into", code):
        ps += int(slope.replace("_", "")) * values.get(comp, 1)
    for count in re.findall(r"reads\(([\d]+)_u64\)", code):
        ps += int(count) * READ_PS
    for slope, comp in re.findall(r"reads\(\((\d+)_u64\)\.saturating_mul\((\w+)", code):
        ps += int(slope) * values.get(comp, 1) * READ_PS
    for count in re.findall(r"writes\(([\d]+)_u64\)", code):
        ps += int(count) * WRITE_PS
    for slope, comp in re.findall(r"writes\(\((\d+)_u64\)\.saturating_mul\((\w+)", code):
        ps += int(slope) * values.get(comp, 1) * WRITE_PS
    return ps


def main() -> None:
    dirs = sys.argv[1:] or ["pallets/validator-set", "pallets/tfgrid", "pallets/smart-contract",
                            "pallets/tft-price", "pallets/governance"]
    billing = None
    for d in dirs:
        table = weights(REPO / d / "src" / "weights.rs")
        print(f"\n{d}")
        for name, entry in table.items():
            if name.endswith("@code"):
                continue
            ps, values = entry
            at = ", ".join(f"{k}={v}" for k, v in values.items())
            print(f"  {name:32} {ps / 1e6:10.1f} µs{'  (' + at + ')' if at else ''}")
        if "pay_out_contract" in table:
            billing = table
    if billing:
        print_billing_capacity(billing)


# How a bill's reads and writes differ from its benchmark's path
# (`billing_weight::DbDelta`): the benchmarks measure a twin rich enough for the best discount
# (no bonded-account lookup), a pricing policy not yet read in the block, a node that went down
# and up since the contract's last bill (its downtime snapshot is read and moved) and (node
# contracts) network usage to clear.
#   typical: the policy was read by an earlier bill of the block (-1 read); the twin is below the
#     best discount and has no bonded account (+1 read); node contracts: the node has not been
#     down since the last bill (-1 read, -1 write: the snapshot holds the counter; a farmer
#     cannot set a node with node contracts to standby, `NodeHasActiveContracts`); rent contracts: the node was down since the last
#     bill (rented nodes may sleep; the snapshot is read and moved); network usage reported.
#   worst: a bonded account (+2 reads), the snapshot moves, every write made.
TYPICAL = {"name": (0, 0), "rent": (0, 0), "node": (1, 1)}  # (net reads, writes) skipped
WORST_EXTRA_READS = 2


def print_billing_capacity(table: dict) -> None:
    """What the hook charges per contract of each kind (its bill adjusted by its storage
    accesses, and 1/24 of a payout; the TFT price is read once per block), and how many such
    contracts an hour fit in the budget."""
    payout_code = table["pay_out_contract@code"]
    budget = BILLING_SHARE * BLOCK_PS
    need = 1_000_000 / BLOCKS_PER_HOUR
    print(f"\nbilling hook: budget {BILLING_SHARE:.0%} of a 2 s block = {budget / 1e9:.0f} ms; "
          f"1,000,000 contracts hourly need {need:.0f} bills per block")
    plain, worst = evaluate(payout_code, {"p": 0}), evaluate(payout_code, {"p": 10})

    def typical(kind: str, bill: int) -> int:
        reads, writes = TYPICAL[kind]
        return bill - reads * READ_PS - writes * WRITE_PS

    rows = []
    name = table["bill_name_contract"][0]
    rent = table["bill_rent_contract"][0]
    rows.append(("name, typical", typical("name", name), plain))
    rows.append(("name, worst", name + WORST_EXTRA_READS * READ_PS, plain))
    rows.append(("rent, typical", typical("rent", rent), plain))
    rows.append(("rent, worst", rent + WORST_EXTRA_READS * READ_PS, worst))
    for ips in NODE_IPS:
        bill = evaluate(table["bill_node_contract@code"], {"i": ips})
        rows.append((f"node {ips} IPs, typical", typical("node", bill), plain))
    node_worst = evaluate(table["bill_node_contract@code"], {"i": 256})
    rows.append(("node, worst", node_worst + WORST_EXTRA_READS * READ_PS, worst))
    for kind, bill, payout in rows:
        print_row(kind, bill + payout / DISTRIBUTION, budget, need)

    # A twin's later bills in a block (a twin's contracts share its bucket): the reference bill
    # in full execution, less the storage an earlier bill of the twin read or wrote (its twin
    # record, account and holds read, account and holds written; `billing_weight::DbDelta`).
    shared_twin = 3 * READ_PS + 2 * WRITE_PS
    first = {"name": typical("name", name), "rent": typical("rent", rent),
             "node": typical("node", evaluate(table["bill_node_contract@code"], {"i": 0}))}
    later = {kind: bill - shared_twin for kind, bill in first.items()}
    # On the node of the twin's previous contract: the node's billing record already read.
    later["node, same node"] = later["node"] - READ_PS
    print("\n  a twin's later contracts in the block (typical, 0 or 1 public IP):")
    for kind, bill in later.items():
        print_row(f"{kind}, later", bill + plain / DISTRIBUTION, budget, need)
    print("\n  twins of c contracts each (first bill + c-1 later ones, typical):")
    for c in (2, 5, 10):
        for kind in ("name", "rent", "node", "node, same node"):
            base = first[kind.split(",")[0]]
            avg = (base + (c - 1) * later[kind]) / c
            print_row(f"{kind}, c={c}", avg + plain / DISTRIBUTION, budget, need)


def print_row(kind: str, per: float, budget: float, need: float) -> None:
    per_block = int(budget // per)
    print(f"  {kind:22} {per / 1e6:7.1f} µs per bill → {per_block:5} per block, "
          f"{per_block * BLOCKS_PER_HOUR:>9,} per hour; 1,000,000 hourly = "
          f"{need * per / BLOCK_PS:.1%} of a block")


if __name__ == "__main__":
    main()
