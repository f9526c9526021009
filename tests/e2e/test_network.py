"""A network of real validators on loopback: four validators (Alice, Bob, Charlie, Dave) and a
non-validating RPC node, started on the first released runtime (spec 100, tests/fixtures).

The tests run in order on the same network, each leaving it healthy for the next: faults (one
validator down, then two), governance adding and removing a validator, and finally a runtime
upgrade by council motion to the runtime of this build. (Partitions: test_partition.py.)
"""

import time
from pathlib import Path

import pytest
from substrateinterface import Keypair, SubstrateInterface
from substrateinterface.utils.hasher import xxh128
from substrateinterface.utils.ss58 import ss58_decode, ss58_encode

from .chain import council_motion, ok, submit
from .node import BINARY, Node, make_spec, multiaddr, start_network

REPO = Path(__file__).resolve().parents[2]
OLD_RUNTIME = REPO / "tests" / "fixtures" / "tfchain-runtime-v100.compact.compressed.wasm"
# The genesis sections the v100 runtime knows.
OLD_GENESIS = {"balances", "councilMembership", "session", "validatorSet"}
# The spec version of this build's runtime (runtime/src/lib.rs).
NEW_SPEC = 103
NEW_RUNTIME = BINARY.parent / "wbuild" / "tfchain-runtime" / "tfchain_runtime.compact.compressed.wasm"
VALIDATORS = ["alice", "bob", "charlie", "dave"]
SESSION_BLOCKS = 6
BLOCK = 6  # seconds


@pytest.fixture(scope="module")
def net(workdir):
    spec = make_spec(VALIDATORS, workdir, session_period=SESSION_BLOCKS,
                     code=OLD_RUNTIME, genesis_keys=OLD_GENESIS)
    nodes = {}
    try:
        for node in start_network(VALIDATORS + ["rpc"], workdir, spec):
            nodes[node.name] = node
        nodes["rpc"].wait_for(lambda: nodes["rpc"].finalized_number() >= 2, 120, "finality")
        yield {"nodes": nodes, "spec": spec, "workdir": workdir}
    finally:
        for node in nodes.values():
            node.stop(kill=True)


@pytest.fixture(scope="module")
def chain(net):
    client = SubstrateInterface(url=net["nodes"]["rpc"].ws, ss58_format=42)
    try:
        yield client
    finally:
        client.close()


def finalized(node: Node) -> int:
    return node.finalized_number()


def wait_finality_advances(node: Node, by: int, timeout: float) -> int:
    start = finalized(node)
    return node.wait_for(lambda: finalized(node) >= start + by and finalized(node), timeout,
                         f"finality beyond #{start + by}")


def block_hash(node: Node, number: int) -> str:
    return node.call("chain_getBlockHash", [number])


def aura_slot(header: dict) -> int:
    """The Aura slot from a header's pre-runtime digest (`0x06` `aura` len slot)."""
    for log in header["digest"]["logs"]:
        if log.startswith("0x0661757261"):
            return int.from_bytes(bytes.fromhex(log[14:30]), "little")
    raise AssertionError(f"no aura digest in {header}")


def as_hex(key) -> str:
    key = key if isinstance(key, str) else str(key)
    return key if key.startswith("0x") else "0x" + ss58_decode(key)


def authors(client: SubstrateInterface, node: Node, first: int, last: int) -> list[str]:
    """The Aura key (hex) that authored each block in [first, last]."""
    result = []
    for number in range(first, last + 1):
        block = block_hash(node, number)
        header = node.call("chain_getHeader", [block])
        parent = header["parentHash"]
        authorities = client.query("Aura", "Authorities", block_hash=parent).value
        slot = aura_slot(header)
        result.append(as_hex(authorities[slot % len(authorities)]))
    return result


def wait_blocks(chain: SubstrateInterface, node: Node, since: int, count: int) -> None:
    """Waits until `count` blocks follow block `since`, polling through `chain`'s websocket: a
    client that sits idle misses the node's websocket pings and is disconnected."""
    node.wait_for(lambda: chain.get_block_number(chain.get_chain_head()) >= since + count, 180,
                  f"{count} more blocks")


def test_four_validators_produce_and_finalize(net):
    nodes = net["nodes"]
    rpc = nodes["rpc"]
    wait_finality_advances(rpc, 3, 120)
    for node in nodes.values():
        assert node.call("system_health")["peers"] >= 4, node.name
    # Every node agrees on the finalized chain.
    number = finalized(rpc)
    assert {block_hash(node, number) for node in nodes.values()} == {block_hash(rpc, number)}


def test_one_validator_down_then_back_votes_again(net):
    nodes = net["nodes"]
    rpc = nodes["rpc"]
    nodes["dave"].stop(kill=True)
    # 3 of 4 voters remain: GRANDPA (> 2/3) keeps finalizing.
    wait_finality_advances(rpc, 3, 120)

    nodes["dave"].start()
    dave = nodes["dave"]
    dave.wait_for(lambda: dave.best_number() >= rpc.best_number() - 1, 120, "catch-up")
    # Dave votes again: with Charlie down, finality needs Alice, Bob *and* Dave.
    nodes["charlie"].stop(kill=True)
    wait_finality_advances(rpc, 3, 180)


def test_two_validators_down_stalls_finality_without_reverting(net):
    nodes = net["nodes"]
    rpc = nodes["rpc"]
    nodes["bob"].stop(kill=True)  # Charlie is already down: 2 of 4 voters left
    time.sleep(3 * BLOCK)  # let a round that was already under way finish
    stalled_at = finalized(rpc)
    stalled_hash = block_hash(rpc, stalled_at)
    best_before = rpc.best_number()
    time.sleep(6 * BLOCK)
    assert rpc.best_number() >= best_before + 2, "Alice and Dave keep producing blocks"
    assert finalized(rpc) == stalled_at, "finality needs 3 of 4 voters"

    nodes["bob"].start()
    nodes["charlie"].start()
    rpc.wait_for(lambda: finalized(rpc) > best_before + 2, 240, "finality after restart")
    for node in nodes.values():
        assert block_hash(node, stalled_at) == stalled_hash, f"{node.name} reverted"


def test_council_adds_then_removes_a_validator(net, chain):
    nodes = net["nodes"]
    rpc = nodes["rpc"]
    alice, bob, eve = (Keypair.create_from_uri(f"//{n}") for n in ("Alice", "Bob", "Eve"))
    # Eve runs a validator node with keys generated in its own keystore (no dev keys).
    node = Node("eve", net["workdir"], ["--chain", str(net["spec"]), "--name", "eve", "--validator",
                                        "--bootnodes", *(multiaddr(n) for n in nodes.values())],
                node_index=5)
    node.start()
    nodes["eve"] = node
    node.wait_for(lambda: node.best_number() >= rpc.best_number() - 1, 120, "sync")

    rotated = node.call("author_rotateKeysWithOwner", ["0x" + eve.public_key.hex()])
    keys = bytes.fromhex(rotated["keys"][2:])
    aura_key = "0x" + keys[:32].hex()
    ok(submit(chain, eve, "set_keys", {
        "keys": {"aura": aura_key, "grandpa": "0x" + keys[32:64].hex()},
        "proof": rotated["proof"],
    }, module="Session"))

    add = chain.compose_call("ValidatorSet", "add_validator", {"validator_id": eve.ss58_address})
    assert council_motion(chain, [alice, bob], add)
    assert eve.ss58_address in chain.query("ValidatorSet", "Validators").value

    def eve_validates():
        return eve.ss58_address in chain.query("Session", "Validators").value
    rpc.wait_for(eve_validates, 4 * SESSION_BLOCKS * BLOCK + 60, "Eve in the session validators")
    since = rpc.best_number()
    wait_blocks(chain, rpc, since, 12)
    assert aura_key in authors(chain, rpc, since + 1, since + 12), "Eve authored no block"
    wait_finality_advances(rpc, 2, 120)  # 4 of 5 voters, Eve's votes count too

    remove = chain.compose_call("ValidatorSet", "remove_validator", {"validator_id": eve.ss58_address})
    assert council_motion(chain, [alice, bob], remove)
    rpc.wait_for(lambda: not eve_validates(), 4 * SESSION_BLOCKS * BLOCK + 60, "Eve removed")
    since = rpc.best_number()
    wait_blocks(chain, rpc, since, 10)
    assert aura_key not in authors(chain, rpc, since + 1, since + 10), "Eve still authors"
    wait_finality_advances(rpc, 2, 120)
    node.stop(kill=True)
    del nodes["eve"]


def pallet_account(pallet_id: bytes) -> str:
    """The account of a `PalletId` (`into_account_truncating`): "modl" ‖ id, zero-padded."""
    return ss58_encode((b"modl" + pallet_id).ljust(32, b"\0").hex(), 42)


def storage_version(client: SubstrateInterface, pallet: str, at: str | None = None) -> int:
    """A pallet's on-chain storage version, at block `at` (best block when None)."""
    key = "0x" + xxh128(pallet.encode()).hex() + xxh128(b":__STORAGE_VERSION__:").hex()
    value = client.rpc_request("state_getStorage", [key, at] if at else [key])["result"]
    return int.from_bytes(bytes.fromhex(value[2:]), "little") if value else 0


def spec_version_at(node: Node, number: int) -> int:
    return node.call("state_getRuntimeVersion", [block_hash(node, number)])["specVersion"]


def first_block_with_spec(node: Node, spec: int, low: int, high: int) -> int:
    """The lowest block in (low, high] whose state carries `spec` (the block that included
    `set_code`), by bisection: spec versions only grow along the chain."""
    while high - low > 1:
        middle = (low + high) // 2
        if spec_version_at(node, middle) >= spec:
            high = middle
        else:
            low = middle
    return high


def test_runtime_upgrade_by_council_motion_runs_the_migration_once(net, chain):
    nodes = net["nodes"]
    rpc = nodes["rpc"]
    alice, bob = Keypair.create_from_uri("//Alice"), Keypair.create_from_uri("//Bob")
    zero = "5C4hrfjw9DjXZTzV3MwzrrAr9P1MJhSrvWGWqi1eSuyUpnhM"  # the all-zero account
    assert rpc.call("state_getRuntimeVersion")["specVersion"] == 100
    assert storage_version(chain, "TfgridModule") == 1
    assert storage_version(chain, "ValidatorSet") == 1
    policy = chain.query("TfgridModule", "PricingPolicies", [1]).value
    assert policy["foundation_account"] == zero, "spec 100 left the placeholder"
    validators = chain.query("ValidatorSet", "Validators").value

    code = NEW_RUNTIME.read_bytes()
    set_code = chain.compose_call("System", "set_code", {"code": "0x" + code.hex()})
    as_root = chain.compose_call("Governance", "dispatch_as_root", {"call": set_code})
    before_motion = rpc.best_number()
    executed = council_motion(chain, [alice, bob], as_root)
    assert executed and "Ok" in str(executed[0]), executed

    for node in nodes.values():
        node.wait_for(lambda: node.call("state_getRuntimeVersion")["specVersion"] == NEW_SPEC, 60,
                      f"spec {NEW_SPEC}")
    # `set_code` in block K stores the new code; the new runtime first executes block K + 1,
    # and its `on_runtime_upgrade` runs the migration there, once.
    upgraded_at = first_block_with_spec(rpc, NEW_SPEC, before_motion, rpc.best_number())
    rpc.wait_for(lambda: rpc.best_number() > upgraded_at + 1, 60, "blocks after the upgrade")
    at = {n: block_hash(rpc, n) for n in (upgraded_at, upgraded_at + 1)}
    assert storage_version(chain, "TfgridModule", at[upgraded_at]) == 1
    assert storage_version(chain, "TfgridModule", at[upgraded_at + 1]) == 2
    # The client must reload metadata after an upgrade.
    chain.init_runtime()
    assert storage_version(chain, "TfgridModule") == 2
    policy = chain.query("TfgridModule", "PricingPolicies", [1]).value
    assert policy["foundation_account"] == pallet_account(b"tf/fndtn")
    assert policy["certified_sales_account"] == pallet_account(b"tf/sales")
    assert chain.query("System", "LastRuntimeUpgrade").value["spec_version"] == NEW_SPEC
    # ValidatorSet v1 -> v2: every validator of the set is approved (TFChain's ApprovedValidators).
    assert storage_version(chain, "ValidatorSet") == 2
    assert sorted(chain.query("ValidatorSet", "ApprovedValidators").value) == sorted(validators)

    # Blocks and finality go on, on one chain.
    rpc.wait_for(lambda: finalized(rpc) > upgraded_at + 3, 180, "finality after the upgrade")
    number = finalized(rpc)
    expected = block_hash(rpc, number)
    for node in nodes.values():
        node.wait_for(lambda: finalized(node) >= number, 60, "finalized head")
        assert block_hash(node, number) == expected, f"{node.name} forked"


def test_a_validator_is_onboarded_by_request_and_council_approval(net, chain):
    """TFChain's onboarding on the upgraded chain: Ferdie asks to validate with a node account of
    its own, a council motion approves him (he joins the council), he activates his node (its
    account joins the validator set), the node authors blocks; then he steps down himself."""
    nodes = net["nodes"]
    rpc = nodes["rpc"]
    alice, bob, ferdie = (Keypair.create_from_uri(f"//{n}") for n in ("Alice", "Bob", "Ferdie"))
    node_account = Keypair.create_from_uri("//Ferdie//validator-node")
    stash = Keypair.create_from_uri("//Ferdie//stash")
    ok(submit(chain, alice, "transfer_keep_alive",
              {"dest": node_account.ss58_address, "value": 10**10}, module="Balances"))

    node = Node("ferdie", net["workdir"], ["--chain", str(net["spec"]), "--name", "ferdie",
                                           "--validator", "--bootnodes",
                                           *(multiaddr(n) for n in nodes.values())],
                node_index=6)
    node.start()
    nodes["ferdie"] = node
    node.wait_for(lambda: node.best_number() >= rpc.best_number() - 1, 120, "sync")
    rotated = node.call("author_rotateKeysWithOwner", ["0x" + node_account.public_key.hex()])
    keys = bytes.fromhex(rotated["keys"][2:])
    aura_key = "0x" + keys[:32].hex()
    ok(submit(chain, node_account, "set_keys", {
        "keys": {"aura": aura_key, "grandpa": "0x" + keys[32:64].hex()},
        "proof": rotated["proof"],
    }, module="Session"))

    ok(submit(chain, ferdie, "create_validator_request", {
        "validator_node_account": node_account.ss58_address,
        "stash_account": stash.ss58_address,
        "description": "ferdie validates from loopback",
        "tf_connect_id": "ferdie",
        "info": "https://forum.threefold.io/ferdie",
    }, module="Validator"))
    assert chain.query("Validator", "Validator", [ferdie.ss58_address]).value["state"] == "Created"
    # Activating before approval is refused and changes nothing.
    refused = submit(chain, ferdie, "activate_validator_node", {}, module="Validator")
    assert refused.error_message["name"] == "ValidatorNotApproved", refused.error_message
    assert node_account.ss58_address not in chain.query("ValidatorSet", "Validators").value

    approve = chain.compose_call("Validator", "approve_validator",
                                 {"validator_account": ferdie.ss58_address})
    executed = council_motion(chain, [alice, bob], approve)
    assert executed and "Ok" in str(executed[0]), executed
    assert ferdie.ss58_address in chain.query("Council", "Members").value
    assert chain.query("Validator", "Validator", [ferdie.ss58_address]).value["state"] == "Approved"

    ok(submit(chain, ferdie, "activate_validator_node", {}, module="Validator"))
    assert node_account.ss58_address in chain.query("ValidatorSet", "Validators").value

    def node_validates():
        return node_account.ss58_address in chain.query("Session", "Validators").value
    rpc.wait_for(node_validates, 4 * SESSION_BLOCKS * BLOCK + 60, "Ferdie's node validating")
    since = rpc.best_number()
    wait_blocks(chain, rpc, since, 12)
    assert aura_key in authors(chain, rpc, since + 1, since + 12), "Ferdie's node authored no block"
    wait_finality_advances(rpc, 2, 120)

    # Ferdie steps down: out of the set and the council, his request gone.
    ok(submit(chain, ferdie, "remove_validator", {"validator_account": ferdie.ss58_address},
              module="Validator"))
    assert node_account.ss58_address not in chain.query("ValidatorSet", "Validators").value
    assert ferdie.ss58_address not in chain.query("Council", "Members").value
    assert chain.query("Validator", "Validator", [ferdie.ss58_address]).value is None
    rpc.wait_for(lambda: not node_validates(), 4 * SESSION_BLOCKS * BLOCK + 60, "node removed")
    wait_finality_advances(rpc, 2, 120)
    node.stop(kill=True)
    del nodes["ferdie"]
