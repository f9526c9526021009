"""The grid registry (TfgridModule) end to end, through a real dev node and py-substrate-interface,
by the names existing grid tooling uses: terms and conditions, twins, a farm with public IPs,
a node; update, certification by a council motion, deletion; named errors that change nothing;
and the `TfgridApi` read API over `state_call`."""

import pytest
from substrateinterface import Keypair

from .chain import council_motion, events, ok, submit

GIB = 1024**3


def query(substrate, storage, params=None):
    return substrate.query("TfgridModule", storage, params or []).value


def make_twin(substrate, who):
    ok(submit(substrate, who, "user_accept_tc", {
        "document_link": "https://library.threefold.me/info/legal/#/tfgrid/terms_conditions_tfgrid3",
        "document_hash": "b6b8b5a8c3a2e2b5d1",
    }))
    receipt = ok(submit(substrate, who, "create_twin", {"relay": "relay.dev.grid.tf", "pk": None}))
    assert events(receipt, "TfgridModule", "TwinStored")
    twin_id = query(substrate, "TwinIdByAccountID", [who.ss58_address])
    assert query(substrate, "Twins", [twin_id])["account_id"] == who.ss58_address
    return twin_id


NODE_ARGS = {
    "resources": {"hru": 0, "sru": 512 * GIB, "cru": 8, "mru": 16 * GIB},
    "location": {"city": "Ghent", "country": "Belgium", "latitude": "51.05", "longitude": "3.72"},
    # BoundedVec arguments are one-field composites in the metadata: py-substrate-interface
    # takes them wrapped in a list, as TFChain's own scripts pass them.
    "interfaces": [[{"name": "zos", "mac": "00:11:22:33:44:55", "ips": [["10.10.0.2"]]}]],
    "secure_boot": False,
    "virtualized": False,
    "serial_number": "SN-0042",
}


@pytest.fixture(scope="module")
def grid(substrate):
    """Bob farms; Charlie is the node's own account."""
    bob, charlie = Keypair.create_from_uri("//Bob"), Keypair.create_from_uri("//Charlie")
    return {"bob": bob, "charlie": charlie,
            "bob_twin": make_twin(substrate, bob), "charlie_twin": make_twin(substrate, charlie)}


def test_farm_with_public_ips_is_stored_by_name(substrate, grid):
    receipt = ok(submit(substrate, grid["bob"], "create_farm", {
        "name": "bob_farm",
        "public_ips": [[
            {"ip": "185.206.122.33/24", "gw": "185.206.122.1"},
            {"ip": "185.206.122.34/24", "gw": "185.206.122.1"},
        ]],
    }))
    assert events(receipt, "TfgridModule", "FarmStored")
    farm_id = query(substrate, "FarmIdByName", ["bob_farm"])
    farm = query(substrate, "Farms", [farm_id])
    assert farm["name"] == "bob_farm"
    assert farm["twin_id"] == grid["bob_twin"]
    assert [ip["ip"] for ip in farm["public_ips"]] == ["185.206.122.33/24", "185.206.122.34/24"]
    assert all(ip["contract_id"] == 0 for ip in farm["public_ips"])
    assert query(substrate, "FarmID") == farm_id


@pytest.mark.parametrize(
    "name, public_ips, error",
    [
        ("bad name!", [], "InvalidFarmName"),
        ("x", [], "FarmNameTooShort"),
        # TFChain's one error for any unusable farm IP (the cause is in the node's log).
        ("bob_farm2", [{"ip": "999.1.1.1/24", "gw": "185.206.122.1"}], "InvalidPublicIP"),
        ("bob_farm2", [{"ip": "10.0.0.5/24", "gw": "10.0.0.1"}], "InvalidPublicIP"),
        ("bob_farm", [], "FarmExists"),
    ],
)
def test_bad_farm_input_fails_with_its_named_error_and_changes_nothing(
    substrate, grid, name, public_ips, error
):
    farm_count = query(substrate, "FarmID")
    receipt = submit(substrate, grid["bob"], "create_farm", {"name": name, "public_ips": [public_ips]})
    assert not receipt.is_success
    assert receipt.error_message["name"] == error, receipt.error_message
    assert query(substrate, "FarmID") == farm_count
    if name != "bob_farm":
        # FarmIdByName is a value-with-default map, as on TFChain: a missing name reads 0.
        assert query(substrate, "FarmIdByName", [name]) == 0


def test_node_lifecycle_register_update_certify_by_council_delete(substrate, grid):
    farm_id = query(substrate, "FarmIdByName", ["bob_farm"])
    receipt = ok(submit(substrate, grid["charlie"], "create_node", {"farm_id": farm_id, **NODE_ARGS}))
    assert events(receipt, "TfgridModule", "NodeStored")
    node_id = query(substrate, "NodeIdByTwinID", [grid["charlie_twin"]])
    assert node_id in query(substrate, "NodesByFarmID", [farm_id])
    node = query(substrate, "Nodes", [node_id])
    assert node["farm_id"] == farm_id and node["twin_id"] == grid["charlie_twin"]
    assert node["certification"] == "Diy"
    assert node["resources"]["sru"] == 512 * GIB

    # A second node for the same twin is refused.
    refused = submit(substrate, grid["charlie"], "create_node", {"farm_id": farm_id, **NODE_ARGS})
    assert refused.error_message["name"] == "NodeWithTwinIdExists"

    updated = dict(NODE_ARGS, resources={**NODE_ARGS["resources"], "mru": 32 * GIB})
    ok(submit(substrate, grid["charlie"], "update_node", {"node_id": node_id, "farm_id": farm_id, **updated}))
    assert query(substrate, "Nodes", [node_id])["resources"]["mru"] == 32 * GIB

    # Certification is restricted: a plain account is refused, a council motion passes.
    dave = Keypair.create_from_uri("//Dave")
    refused = submit(substrate, dave, "set_node_certification",
                     {"node_id": node_id, "node_certification": "Certified"})
    assert not refused.is_success
    certify = substrate.compose_call(
        call_module="TfgridModule", call_function="set_node_certification",
        call_params={"node_id": node_id, "node_certification": "Certified"},
    )
    # The dev council is Alice and Bob, as on TFChain: both vote.
    council = [Keypair.create_from_uri("//Alice"), Keypair.create_from_uri("//Bob")]
    executed = council_motion(substrate, council, certify)
    assert executed and "Ok" in str(executed[0]), executed
    assert query(substrate, "Nodes", [node_id])["certification"] == "Certified"

    ok(submit(substrate, grid["charlie"], "delete_node", {"node_id": node_id}))
    assert query(substrate, "Nodes", [node_id]) is None
    assert query(substrate, "NodeIdByTwinID", [grid["charlie_twin"]]) == 0
    assert node_id not in query(substrate, "NodesByFarmID", [farm_id])


def state_call(substrate, method, data: bytes):
    result = substrate.rpc_request("state_call", [method, "0x" + data.hex()])["result"]
    return bytes.fromhex(result[2:])


def test_read_api_answers_by_account_name_farm_and_twin(substrate, grid):
    bob = grid["bob"]
    answer = state_call(substrate, "TfgridApi_twin_id_by_account", bob.public_key)
    assert answer == b"\x01" + grid["bob_twin"].to_bytes(4, "little")
    nobody = Keypair.create_from_mnemonic(Keypair.generate_mnemonic())
    assert state_call(substrate, "TfgridApi_twin_id_by_account", nobody.public_key) == b"\x00"

    name = b"bob_farm"
    farm = state_call(substrate, "TfgridApi_farm_by_name", bytes([len(name) << 2]) + name)
    farm_id = query(substrate, "FarmIdByName", ["bob_farm"])
    assert farm[0] == 1 and name in farm  # Some(Farm { .., name, .. })
    assert state_call(substrate, "TfgridApi_farm_by_name", bytes([len(b"nope") << 2]) + b"nope") == b"\x00"

    nodes = state_call(substrate, "TfgridApi_nodes_of_farm", farm_id.to_bytes(4, "little"))
    assert nodes == bytes([len(query(substrate, "NodesByFarmID", [farm_id])) << 2]) + b"".join(
        n.to_bytes(4, "little") for n in query(substrate, "NodesByFarmID", [farm_id])
    )
    # Charlie's node was deleted above.
    twin = grid["charlie_twin"].to_bytes(4, "little")
    assert state_call(substrate, "TfgridApi_node_by_twin_id", twin) == b"\x00"
