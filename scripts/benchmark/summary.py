#!/usr/bin/env python3
"""Reads the generated weights.rs files and prints each call's weight (execution + database at
ParityDB weights: read 8 µs, write 50 µs) and the billing capacity that follows from the
measured bill weights of each kind of contract and the payout weight.

    python3 scripts/benchmark/summary.py [pallet_dir ...]

Components are evaluated at their maximum (the worst case the benchmark measured)."""

import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
READ_PS, WRITE_PS = 8_000_000, 50_000_000
BLOCK_PS = 2 * 10**12  # 2 s of compute per block
BILLING_SHARE = 0.25  # the billing hook's budget
BLOCKS_PER_HOUR = 600
DISTRIBUTION = 24  # a payout every 24 bills
PRICE_READS = 4  # `billing_price_weight`, added to each bill (already inside the bill benchmarks: counted twice)

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
        result[name] = (ps, values)
    return result


def main() -> None:
    dirs = sys.argv[1:] or ["pallets/validator-set", "pallets/tfgrid", "pallets/smart-contract",
                            "pallets/tft-price", "pallets/governance"]
    billing = None
    for d in dirs:
        table = weights(REPO / d / "src" / "weights.rs")
        print(f"\n{d}")
        for name, (ps, values) in table.items():
            at = ", ".join(f"{k}={v}" for k, v in values.items())
            print(f"  {name:32} {ps / 1e6:10.1f} µs{'  (' + at + ')' if at else ''}")
        if "pay_out_contract" in table:
            billing = table
    if billing:
        print_billing_capacity(billing)


def print_billing_capacity(table: dict) -> None:
    """What the hook charges per contract of each kind (its bill, the TFT price lookup it adds,
    and 1/24 of a payout), and how many such contracts an hour fit in the hook's budget."""
    payout = table["pay_out_contract"][0]
    budget = BILLING_SHARE * BLOCK_PS
    need = 1_000_000 / BLOCKS_PER_HOUR
    print(f"\nbilling hook: budget {BILLING_SHARE:.0%} of a 2 s block = {budget / 1e9:.0f} ms; "
          f"1,000,000 contracts hourly need {need:.0f} bills per block")
    for kind in ("name", "node", "rent"):
        per = table[f"bill_{kind}_contract"][0] + PRICE_READS * READ_PS + payout / DISTRIBUTION
        per_block = int(budget // per)
        print(f"  {kind:5} contract: {per / 1e6:7.1f} µs per bill → {per_block:5} per block, "
              f"{per_block * BLOCKS_PER_HOUR:>9,} per hour; 1,000,000 hourly = "
              f"{need * per / BLOCK_PS:.1%} of a block")

if __name__ == "__main__":
    main()
