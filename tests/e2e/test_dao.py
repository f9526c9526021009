"""The farmers' DAO end to end on a dev node, as a grid operator drives it with
py-substrate-interface: a council member (Alice) proposes a pricing-policy change, two farms with
nodes vote for it, the proposal closes as approved and its call runs as Root, exactly once. A farm
without nodes, a stranger and a second vote are refused with TFChain's error names."""

import pytest
from substrateinterface import Keypair

from .chain import events, ok, submit

GIB = 1024**3
DAO = "Dao"
GRID = "TfgridModule"


def query(substrate, module, storage, params=None):
    return substrate.query(module, storage, params or []).value


def make_farmer(substrate, who: Keypair, farm: str, with_node: bool) -> int:
    """Terms, twin and farm for `who` and, if asked, a node of its own twin on that farm."""
    ok(submit(substrate, who, "user_accept_tc", {
        "document_link": "https://library.threefold.me/info/legal/", "document_hash": "0a1b2c"}))
    ok(submit(substrate, who, "create_twin", {"relay": "relay.dev.grid.tf", "pk": None}))
    ok(submit(substrate, who, "create_farm", {"name": farm, "public_ips": [[]]}))
    farm_id = query(substrate, GRID, "FarmIdByName", [farm])
    if with_node:
        ok(submit(substrate, who, "create_node", {
            "farm_id": farm_id,
            "resources": {"hru": 0, "sru": 1024 * GIB, "cru": 16, "mru": 64 * GIB},
            "location": {"city": "Ghent", "country": "Belgium", "latitude": "51.05",
                         "longitude": "3.72"},
            "interfaces": [[]], "secure_boot": False, "virtualized": False,
            "serial_number": None,
        }))
    return farm_id


@pytest.fixture(scope="module")
def farms(substrate):
    keys = {n: Keypair.create_from_uri(f"//{n}") for n in ("Alice", "Bob", "Dave", "Eve", "Ferdie")}
    return {
        "keys": keys,
        "dave": make_farmer(substrate, keys["Dave"], "dave_dao_farm", with_node=True),
        "ferdie": make_farmer(substrate, keys["Ferdie"], "ferdie_dao_farm", with_node=True),
        "eve": make_farmer(substrate, keys["Eve"], "eve_empty_farm", with_node=False),
    }


def pricing_policy_change(substrate, new_su_value: int):
    """`TfgridModule.update_pricing_policy` for policy 1, as it is but with another SU price."""
    policy = query(substrate, GRID, "PricingPolicies", [1])
    return substrate.compose_call(GRID, "update_pricing_policy", {
        "pricing_policy_id": 1, "name": policy["name"],
        "su": {"value": new_su_value, "unit": policy["su"]["unit"]},
        "cu": policy["cu"], "nu": policy["nu"], "ipu": policy["ipu"],
        "unique_name": policy["unique_name"], "domain_name": policy["domain_name"],
        "foundation_account": policy["foundation_account"],
        "certified_sales_account": policy["certified_sales_account"],
        "discount_for_dedication_nodes": policy["discount_for_dedication_nodes"],
    })


def test_two_farms_approve_a_pricing_change_that_runs_once_as_root(substrate, farms):
    keys = farms["keys"]
    alice = keys["Alice"]
    old_su = query(substrate, GRID, "PricingPolicies", [1])["su"]["value"]
    new_su = old_su + 1234
    action = pricing_policy_change(substrate, new_su)

    # Only a council member proposes.
    refused = submit(substrate, keys["Dave"], "propose", {
        "threshold": 2, "action": action, "description": "raise SU", "link": "https://forum",
        "duration": None}, module=DAO)
    assert refused.error_message["name"] == "NotCouncilMember", refused.error_message

    proposed = ok(submit(substrate, alice, "propose", {
        "threshold": 2, "action": action, "description": "raise the SU price",
        "link": "https://forum.threefold.io/t/su-price", "duration": None}, module=DAO))
    attributes = events(proposed, DAO, "Proposed")[0]
    proposal_hash, index = attributes["proposal_hash"], attributes["proposal_index"]
    assert proposal_hash in query(substrate, DAO, "ProposalList")

    # A farm without nodes has no say; a stranger cannot vote for someone else's farm.
    refused = submit(substrate, keys["Eve"], "vote", {
        "farm_id": farms["eve"], "proposal_hash": proposal_hash, "approve": True}, module=DAO)
    assert refused.error_message["name"] == "FarmHasNoNodes", refused.error_message
    refused = submit(substrate, keys["Bob"], "vote", {
        "farm_id": farms["dave"], "proposal_hash": proposal_hash, "approve": True}, module=DAO)
    assert refused.error_message["name"] == "NotAuthorizedToVote", refused.error_message

    ok(submit(substrate, keys["Dave"], "vote", {
        "farm_id": farms["dave"], "proposal_hash": proposal_hash, "approve": True}, module=DAO))
    # One farm per vote: Dave's farm again is refused, and one aye of two is not enough.
    refused = submit(substrate, keys["Dave"], "vote", {
        "farm_id": farms["dave"], "proposal_hash": proposal_hash, "approve": True}, module=DAO)
    assert refused.error_message["name"] == "DuplicateVote", refused.error_message
    refused = submit(substrate, alice, "close", {
        "proposal_hash": proposal_hash, "proposal_index": index}, module=DAO)
    assert refused.error_message["name"] == "OngoingVoteAndTresholdStillNotMet", refused.error_message
    assert query(substrate, GRID, "PricingPolicies", [1])["su"]["value"] == old_su

    ok(submit(substrate, keys["Ferdie"], "vote", {
        "farm_id": farms["ferdie"], "proposal_hash": proposal_hash, "approve": True}, module=DAO))
    votes = query(substrate, DAO, "Voting", [proposal_hash])
    assert sorted(v["farm_id"] for v in votes["ayes"]) == sorted([farms["dave"], farms["ferdie"]])
    assert all(v["weight"] > 0 for v in votes["ayes"])

    closed = ok(submit(substrate, alice, "close", {
        "proposal_hash": proposal_hash, "proposal_index": index}, module=DAO))
    assert events(closed, DAO, "Approved")
    executed = events(closed, DAO, "Executed")
    assert executed and "Ok" in str(executed[0]), executed
    assert query(substrate, GRID, "PricingPolicies", [1])["su"]["value"] == new_su
    assert proposal_hash not in query(substrate, DAO, "ProposalList")

    # Closed once: closing or voting again finds no proposal, and the call does not run again.
    again = submit(substrate, alice, "close", {
        "proposal_hash": proposal_hash, "proposal_index": index}, module=DAO)
    assert again.error_message["name"] == "ProposalMissing", again.error_message
    again = submit(substrate, keys["Ferdie"], "vote", {
        "farm_id": farms["ferdie"], "proposal_hash": proposal_hash, "approve": False}, module=DAO)
    assert again.error_message["name"] == "ProposalMissing", again.error_message
    assert query(substrate, GRID, "PricingPolicies", [1])["su"]["value"] == new_su
