"""The committed chain specs match what the runtime builds.

The runtime's WASM blob embeds build paths, so it differs between machines; the comparison covers
everything else: name, id, properties and the whole genesis (plain patch and raw storage)."""

import json
import subprocess
from pathlib import Path

from .node import BINARY

SPECS = Path(__file__).resolve().parents[2] / "chain-specs"
CODE_KEY = "0x3a636f6465"  # ":code"


def export(*args):
    return json.loads(
        subprocess.run(
            [str(BINARY), "export-chain-spec", *args], check=True, capture_output=True, text=True
        ).stdout
    )


def without_code_plain(spec):
    spec = json.loads(json.dumps(spec))
    spec["genesis"]["runtimeGenesis"].pop("code", None)
    return spec


def without_code_raw(spec):
    spec = json.loads(json.dumps(spec))
    code = spec["genesis"]["raw"]["top"].pop(CODE_KEY)
    assert code.startswith("0x") and len(code) > 1000
    return spec


import pytest


@pytest.mark.parametrize("chain", ["local", "staging"])
def test_plain_spec_matches_runtime_preset(chain):
    committed = json.loads((SPECS / f"{chain}.json").read_text())
    built = export("--chain", chain)
    assert without_code_plain(committed) == without_code_plain(built), (
        f"chain-specs/{chain}.json is stale: run scripts/generate-chain-specs.sh"
    )
    assert committed["properties"] == {"ss58Format": 42, "tokenDecimals": 7, "tokenSymbol": "TFT"}


@pytest.mark.parametrize("chain", ["local", "staging"])
def test_raw_spec_matches_runtime_genesis(chain):
    committed = json.loads((SPECS / f"{chain}-raw.json").read_text())
    built = export("--chain", chain, "--raw")
    assert without_code_raw(committed) == without_code_raw(built), (
        f"chain-specs/{chain}-raw.json is stale: run scripts/generate-chain-specs.sh"
    )


def test_staging_spec_has_one_hour_sessions_and_four_validators():
    patch = json.loads((SPECS / "staging.json").read_text())["genesis"]["runtimeGenesis"]["patch"]
    assert patch["validatorSet"]["sessionPeriod"] == 600
    assert len(patch["validatorSet"]["initialValidators"]) == 4
    assert len(patch["councilMembership"]["members"]) == 5
