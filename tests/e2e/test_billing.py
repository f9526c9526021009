"""Contracts and billing end to end on a dev chain (billing period 10 blocks = 1 minute):
Bob rents capacity on a node of Eve's farm (the node's own account is Charlie), the node reports
the resources and network traffic it serves, and the chain bills Bob by itself, in its block
hooks, with no transaction from anyone. When the contract ends, the farmer, the foundation, the
staking pool and the solution provider (Ferdie) receive their shares, and those add up exactly to
what Bob paid. A twin that runs dry goes into grace and comes back after a top-up.

(Eve farms instead of Alice because Alice authors every dev block and receives its fees, which
would blur the farmer's balance.)"""

import time

import pytest
from substrateinterface import Keypair, SubstrateInterface
from substrateinterface.utils.ss58 import ss58_encode

from .chain import council_motion, events, ok, submit

GIB = 1024**3
TFT = 10**7
MODULE = "SmartContractModule"


def pallet_account(pallet_id: bytes) -> str:
    return ss58_encode((b"modl" + pallet_id).ljust(32, b"\0").hex(), 42)


FOUNDATION = pallet_account(b"tf/fndtn")
STAKING_POOL = pallet_account(b"tf/stake")


def free(substrate, who: str) -> int:
    return substrate.query("System", "Account", [who]).value["data"]["free"]


def reserved(substrate, who: str) -> int:
    return substrate.query("System", "Account", [who]).value["data"]["reserved"]


def twin(substrate, who: Keypair) -> int:
    ok(submit(substrate, who, "user_accept_tc", {"document_link": "https://example.org/tc",
                                                 "document_hash": "0123"}))
    ok(submit(substrate, who, "create_twin", {"relay": "relay.dev.grid.tf", "pk": None}))
    return substrate.query("TfgridModule", "TwinIdByAccountID", [who.ss58_address]).value


def contract_events(substrate, name: str, contract_id: int, since: int, until: int) -> list:
    """`SmartContractModule.<name>` events about `contract_id` in blocks since..=until."""
    found = []
    for number in range(since, until + 1):
        block = substrate.get_block_hash(number)
        for record in substrate.get_events(block_hash=block):
            event = record.value
            if event["module_id"] == MODULE and event["event_id"] == name:
                attributes = event["attributes"]
                about = attributes.get("contract_id") if isinstance(attributes, dict) else None
                if about is None and isinstance(attributes, dict):
                    about = next((v.get("contract_id") for v in attributes.values()
                                  if isinstance(v, dict)), None)
                if about == contract_id:
                    found.append((number, attributes))
    return found


def wait_blocks(substrate, count: int) -> int:
    start = substrate.get_block_number(substrate.get_chain_head())
    deadline = time.time() + count * 6 + 60
    while time.time() < deadline:
        now = substrate.get_block_number(substrate.get_chain_head())
        if now >= start + count:
            return now
        time.sleep(1)
    raise TimeoutError(f"no {count} blocks after #{start}")


@pytest.fixture(scope="module")
def grid(substrate):
    alice, bob, charlie, eve, ferdie = (
        Keypair.create_from_uri(f"//{n}") for n in ("Alice", "Bob", "Charlie", "Eve", "Ferdie"))
    twin(substrate, eve)
    ok(submit(substrate, eve, "create_farm", {"name": "evefarm", "public_ips": [[
        {"ip": "185.206.122.33/24", "gw": "185.206.122.1"},
        {"ip": "185.206.122.34/24", "gw": "185.206.122.1"},
    ]]}))
    farm_id = substrate.query("TfgridModule", "FarmIdByName", ["evefarm"]).value
    twin(substrate, charlie)
    ok(submit(substrate, charlie, "create_node", {
        "farm_id": farm_id,
        "resources": {"hru": 0, "sru": 1024 * GIB, "cru": 16, "mru": 64 * GIB},
        "location": {"city": "Ghent", "country": "Belgium", "latitude": "51.05", "longitude": "3.72"},
        "interfaces": [[]], "secure_boot": False, "virtualized": False, "serial_number": None,
    }))
    node_id = substrate.query("TfgridModule", "NodeIdByTwinID",
                              [substrate.query("TfgridModule", "TwinIdByAccountID",
                                               [charlie.ss58_address]).value]).value
    twin(substrate, bob)
    # Ferdie's solution provider, approved by the council (Alice and Bob on dev).
    receipt = ok(submit(substrate, ferdie, "create_solution_provider", {
        "description": "ferdie deploys", "link": "https://ferdie.example",
        "providers": [{"who": ferdie.ss58_address, "take": 10}],
    }, module=MODULE))
    provider_id = events(receipt, MODULE, "SolutionProviderCreated")[0]["solution_provider_id"]
    approve = substrate.compose_call(MODULE, "approve_solution_provider",
                                     {"solution_provider_id": provider_id, "approve": True})
    executed = council_motion(substrate, [alice, bob], approve)
    assert executed and "Ok" in str(executed[0]), executed
    assert substrate.query(MODULE, "SolutionProviders", [provider_id]).value["approved"]
    return {"alice": alice, "bob": bob, "charlie": charlie, "eve": eve, "ferdie": ferdie,
            "farm_id": farm_id, "node_id": node_id, "provider_id": provider_id}


def test_the_chain_bills_by_itself_and_pays_every_beneficiary_exactly(substrate, grid):
    bob, charlie = grid["bob"], grid["charlie"]
    receipt = ok(submit(substrate, bob, "create_node_contract", {
        "node_id": grid["node_id"], "deployment_hash": "0x" + "ab" * 32,
        "deployment_data": "vm-1", "public_ips": 1,
        "solution_provider_id": grid["provider_id"],
    }, module=MODULE))
    contract = events(receipt, MODULE, "ContractCreated")[0]
    contract_id = contract["contract_id"]
    assert events(receipt, MODULE, "IPsReserved")
    created_at = substrate.get_block_number(receipt.block_hash)

    now = int(time.time())
    ok(submit(substrate, charlie, "report_contract_resources", {"contract_resources": [
        {"contract_id": contract_id,
         "used": {"hru": 0, "sru": 200 * GIB, "cru": 4, "mru": 8 * GIB}}]}, module=MODULE))
    ok(submit(substrate, charlie, "add_nru_reports", {"reports": [
        {"contract_id": contract_id, "timestamp": now, "window": 60, "nru": 50 * 10**9}]},
        module=MODULE))

    # Nobody sends anything now: the chain bills the contract on its own.
    balances_before = {who: free(substrate, who) for who in
                       (grid["eve"].ss58_address, FOUNDATION, STAKING_POOL, grid["ferdie"].ss58_address)}
    end = wait_blocks(substrate, 22)
    billed = contract_events(substrate, "ContractBilled", contract_id, created_at, end)
    assert len(billed) >= 2, billed
    assert all(b["amount_billed"] > 0 for _, b in billed)
    assert reserved(substrate, bob.ss58_address) > 0, "bills are held on Bob's account"

    bob_before_cancel = free(substrate, bob.ss58_address) + reserved(substrate, bob.ss58_address)
    receipt = ok(submit(substrate, bob, "cancel_contract", {"contract_id": contract_id},
                        module=MODULE))
    assert events(receipt, MODULE, "NodeContractCanceled")
    assert events(receipt, MODULE, "IPsFreed")
    distributed = events(receipt, MODULE, "RewardDistributed")
    assert distributed
    assert reserved(substrate, bob.ss58_address) == 0
    assert substrate.query(MODULE, "Contracts", [contract_id]).value is None

    gained = {who: free(substrate, who) - before for who, before in balances_before.items()}
    assert all(amount > 0 for amount in gained.values()), gained
    total_bills = sum(b["amount_billed"] for _, b in
                      contract_events(substrate, "ContractBilled", contract_id, created_at,
                                      substrate.get_block_number(receipt.block_hash)))
    # Everything Bob paid went to the four beneficiaries: nothing created, nothing lost.
    assert sum(gained.values()) == total_bills, (gained, total_bills)
    paid_by_bob = bob_before_cancel - free(substrate, bob.ss58_address) - receipt.total_fee_amount
    assert paid_by_bob >= 0


def test_a_dry_twin_goes_into_grace_and_comes_back_after_a_top_up(substrate, grid):
    bob = grid["bob"]
    dry = Keypair.create_from_mnemonic(Keypair.generate_mnemonic())
    ok(submit(substrate, bob, "transfer_keep_alive",
              {"dest": dry.ss58_address, "value": 2 * TFT}, module="Balances"))
    twin(substrate, dry)
    receipt = ok(submit(substrate, dry, "create_node_contract", {
        "node_id": grid["node_id"], "deployment_hash": "0x" + "cd" * 32,
        "deployment_data": "vm-2", "public_ips": 1, "solution_provider_id": None,
    }, module=MODULE))
    contract_id = events(receipt, MODULE, "ContractCreated")[0]["contract_id"]
    ok(submit(substrate, grid["charlie"], "report_contract_resources", {"contract_resources": [
        {"contract_id": contract_id,
         "used": {"hru": 0, "sru": 500 * GIB, "cru": 8, "mru": 32 * GIB}}]}, module=MODULE))
    # Spend almost everything: the next bill cannot be paid.
    spendable = free(substrate, dry.ss58_address) - reserved(substrate, dry.ss58_address)
    ok(submit(substrate, dry, "transfer_keep_alive",
              {"dest": bob.ss58_address, "value": spendable - TFT // 50}, module="Balances"))

    def state():
        return substrate.query(MODULE, "Contracts", [contract_id]).value["state"]
    deadline = time.time() + 180
    while "GracePeriod" not in str(state()) and time.time() < deadline:
        time.sleep(3)
    assert "GracePeriod" in str(state()), state()

    ok(submit(substrate, bob, "transfer_keep_alive",
              {"dest": dry.ss58_address, "value": 50 * TFT}, module="Balances"))
    receipt = ok(submit(substrate, dry, "bill_contract_for_block", {"contract_id": contract_id},
                        module=MODULE))
    assert events(receipt, MODULE, "ContractGracePeriodEnded"), receipt.triggered_events
    assert state() == "Created"
