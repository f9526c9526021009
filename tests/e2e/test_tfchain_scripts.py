"""TFChain's own Python tooling, unchanged, against our node.

TFChain's integration tests drive a node with py-substrate-interface through a small client class
(`substrate-node/tests/TfChainClient.py` in threefoldtech/tfchain): it connects with
`SubstrateInterface(url, ss58_format=42, type_registry_preset="polkadot")`, composes every call by
pallet, call and argument name, signs it with a predefined dev key (`create_signed_extrinsic`),
submits it with `wait_for_inclusion=True`, raises with `receipt.error_message` when the extrinsic
failed (its scripts then match the error by name, e.g. `'InvalidPublicIP'`) and checks the
expected events by `module_id`/`event_id`. Restricted calls go through a council motion: Alice
proposes with a threshold of 2, Alice and Bob vote aye, Alice closes.

`TfChainScriptClient` below works the same way (written for this file, not copied). Its arguments
have TFChain's type shapes: a `BoundedVec` argument is a one-field composite in the metadata, so
scripts pass such lists wrapped (`"public_ips": [[{"ip": ..., "gw": ...}]]`,
`"interfaces": [[{"name": ..., "mac": ..., "ips": [["10.2.3.3"]]}]]`), while a plain `Vec`
argument (`report_contract_resources`, `add_nru_reports`) is passed as a list.

On this dev node: Alice farms (with public IPs) and runs a node with her own twin, as TFChain's
tests do; Bob deploys and rents; Charlie farms a second (later dedicated) farm with his node;
Dave is a stranger whose calls must fail with TFChain's error names and change nothing; Ferdie
registers a solution provider.
"""

import random
import time

import pytest
from substrateinterface import Keypair, SubstrateInterface

GIGABYTE = 1024 * 1024 * 1024
DEFAULT_SIGNER = "Alice"
COUNCIL = "Council"
PREDEFINED_KEYS = {
    name: Keypair.create_from_uri(f"//{name}")
    for name in ("Alice", "Bob", "Charlie", "Dave", "Eve", "Ferdie")
}
GRID = "TfgridModule"
CONTRACTS = "SmartContractModule"

TERMS_LINK = "https://library.threefold.me/info/legal/#/tfgrid/terms_conditions_tfgrid3"
TERMS_HASH = "1f2d4a1e0b7c4e4f9a0d3c2b1a098765"
RELAY = "relay.dev.grid.tf"

ALICE_FARM = "alice_farm"
ALICE_FARM_IPS = [
    {"ip": "185.206.122.33/24", "gw": "185.206.122.1"},
    {"ip": "185.206.122.34/24", "gw": "185.206.122.1"},
]
CHARLIE_FARM = "charlie_farm"
ZOS_INTERFACE = {"name": "zos", "mac": "00:00:5e:00:53:af", "ips": [["10.2.3.3"]]}
NODE_LOCATION = {"longitude": "2.17403", "latitude": "41.40338", "country": "Belgium", "city": "Ghent"}


class ExtrinsicFailed(Exception):
    """What the script client raises for a failed extrinsic (or a failed council motion): the
    exception carries `receipt.error_message`, e.g. `{'type': 'Module', 'name': 'IpNotExists',
    'docs': ...}`, so a script can match the error by its name."""

    def __init__(self, error_message, receipt=None):
        super().__init__(error_message)
        self.error_message = error_message
        self.receipt = receipt


def triggered(receipt, module: str, event_id: str) -> list:
    """The attributes of every `module.event_id` event an extrinsic triggered."""
    return [
        record.value["event"]["attributes"]
        for record in receipt.triggered_events
        if record.value["event"]["module_id"] == module and record.value["event"]["event_id"] == event_id
    ]


class TfChainScriptClient:
    """A client in the manner of TFChain's test client: one method per call, signing with the
    predefined dev keys by name, raising `ExtrinsicFailed` with the receipt's `error_message`,
    checking the expected events. `who="Council"` sends the call as a council motion."""

    def __init__(self, url: str):
        self.substrate = SubstrateInterface(url=url, ss58_format=42, type_registry_preset="polkadot")

    def close(self):
        self.substrate.close()

    # --- plumbing -------------------------------------------------------------------------

    def _check_events(self, receipt, expected_events):
        seen = [record.value["event"] for record in receipt.triggered_events]
        for expected in expected_events:
            assert any(all(event.get(key) == value for key, value in expected.items()) for event in seen), (
                f"expected the event {expected} in {[(e['module_id'], e['event_id']) for e in seen]}"
            )

    def _sign_extrinsic_submit_check_response(self, call, who: str = DEFAULT_SIGNER,
                                              expected_events: list = ()):
        if who == COUNCIL:
            receipt = self.council_motion(call)
        else:
            signed = self.substrate.create_signed_extrinsic(call=call, keypair=PREDEFINED_KEYS[who])
            receipt = self.substrate.submit_extrinsic(
                signed, wait_for_inclusion=True, wait_for_finalization=False)
            if not receipt.is_success:
                raise ExtrinsicFailed(receipt.error_message, receipt)
        self._check_events(receipt, expected_events)
        return receipt

    def _compose(self, module: str, function: str, params: dict):
        return self.substrate.compose_call(call_module=module, call_function=function, call_params=params)

    def _dispatch_error_message(self, dispatch_error) -> dict:
        """`dispatch_error` (as in a `Council.Executed` result) as `{'type', 'name', 'docs'}`."""
        if isinstance(dispatch_error, dict) and "Module" in dispatch_error:
            module = dispatch_error["Module"]
            if isinstance(module, (tuple, list)):
                module_index, error_index = module[0], module[1]
            else:
                module_index, error_index = module["index"], module["error"]
            if isinstance(error_index, str):
                error_index = int(error_index[2:4], 16)
            error = self.substrate.metadata.get_module_error(module_index=module_index,
                                                             error_index=error_index)
            return {"type": "Module", "name": error.name, "docs": error.docs}
        name = dispatch_error if isinstance(dispatch_error, str) else next(iter(dispatch_error))
        return {"type": "System", "name": name, "docs": ""}

    # --- council ---------------------------------------------------------------------------

    def council_propose(self, call, threshold: int = 2, who: str = "Alice"):
        """Proposes `call`; returns `(proposal_hash, proposal_index)` from `Council.Proposed`."""
        propose = self._compose(COUNCIL, "propose", {
            "threshold": threshold, "proposal": call, "length_bound": len(call.data.data),
        })
        receipt = self._sign_extrinsic_submit_check_response(
            propose, who, [{"module_id": COUNCIL, "event_id": "Proposed"}])
        proposed = triggered(receipt, COUNCIL, "Proposed")[0]
        assert proposed["threshold"] == threshold, proposed
        assert proposed["account"] == PREDEFINED_KEYS[who].ss58_address, proposed
        return proposed["proposal_hash"], proposed["proposal_index"]

    def council_vote(self, proposal_hash: str, index: int, approve: bool = True, who: str = "Alice"):
        vote = self._compose(COUNCIL, "vote", {"proposal": proposal_hash, "index": index, "approve": approve})
        return self._sign_extrinsic_submit_check_response(
            vote, who, [{"module_id": COUNCIL, "event_id": "Voted"}])

    def council_close(self, call, proposal_hash: str, index: int, who: str = "Alice"):
        """Closes an approved motion; raises `ExtrinsicFailed` when the proposal itself failed."""
        weight = self.substrate.get_payment_info(call, keypair=PREDEFINED_KEYS[who])["weight"]
        close = self._compose(COUNCIL, "close", {
            "proposal_hash": proposal_hash, "index": index,
            "proposal_weight_bound": weight, "length_bound": len(call.data.data),
        })
        receipt = self._sign_extrinsic_submit_check_response(
            close, who, [{"module_id": COUNCIL, "event_id": "Closed"},
                         {"module_id": COUNCIL, "event_id": "Approved"},
                         {"module_id": COUNCIL, "event_id": "Executed"}])
        result = triggered(receipt, COUNCIL, "Executed")[0]["result"]
        if isinstance(result, dict) and "Err" in result:
            raise ExtrinsicFailed(self._dispatch_error_message(result["Err"]), receipt)
        assert result == "Ok" or (isinstance(result, dict) and "Ok" in result), result
        return receipt

    def council_motion(self, call):
        """Alice proposes `call` with threshold 2, Alice and Bob vote aye, Alice closes."""
        proposal_hash, index = self.council_propose(call, threshold=2, who="Alice")
        self.council_vote(proposal_hash, index, approve=True, who="Alice")
        self.council_vote(proposal_hash, index, approve=True, who="Bob")
        return self.council_close(call, proposal_hash, index, who="Alice")

    # --- twins -----------------------------------------------------------------------------

    def user_accept_tc(self, document_link: str = TERMS_LINK, document_hash: str = TERMS_HASH,
                       who: str = DEFAULT_SIGNER):
        call = self._compose(GRID, "user_accept_tc",
                             {"document_link": document_link, "document_hash": document_hash})
        return self._sign_extrinsic_submit_check_response(call, who)

    def create_twin(self, relay: str | None = RELAY, pk: str | None = None, who: str = DEFAULT_SIGNER):
        call = self._compose(GRID, "create_twin", {"relay": relay, "pk": pk})
        return self._sign_extrinsic_submit_check_response(
            call, who, [{"module_id": GRID, "event_id": "TwinStored"}])

    def setup_predefined_account(self, who: str):
        """Terms and conditions, then a twin whose pk is the account's public key."""
        self.user_accept_tc(who=who)
        self.create_twin(pk="0x" + PREDEFINED_KEYS[who].public_key.hex(), who=who)

    def get_twin_id(self, who: str):
        return self.substrate.query(GRID, "TwinIdByAccountID", [PREDEFINED_KEYS[who].ss58_address]).value

    # --- farms -----------------------------------------------------------------------------

    def create_farm(self, name: str, public_ips: list, who: str = DEFAULT_SIGNER):
        """`public_ips` as TFChain's `BoundedVec<IP4>` wants it: wrapped, `[[{"ip", "gw"}, ...]]`."""
        call = self._compose(GRID, "create_farm", {"name": name, "public_ips": public_ips})
        return self._sign_extrinsic_submit_check_response(
            call, who, [{"module_id": GRID, "event_id": "FarmStored"}])

    def update_farm(self, farm_id: int, name: str, who: str = DEFAULT_SIGNER):
        call = self._compose(GRID, "update_farm", {"farm_id": farm_id, "name": name})
        return self._sign_extrinsic_submit_check_response(
            call, who, [{"module_id": GRID, "event_id": "FarmUpdated"}])

    def add_farm_ip(self, farm_id: int, ip: str, gw: str, who: str = DEFAULT_SIGNER):
        call = self._compose(GRID, "add_farm_ip", {"farm_id": farm_id, "ip": ip, "gw": gw})
        return self._sign_extrinsic_submit_check_response(
            call, who, [{"module_id": GRID, "event_id": "FarmUpdated"}])

    def remove_farm_ip(self, farm_id: int, ip: str, who: str = DEFAULT_SIGNER):
        call = self._compose(GRID, "remove_farm_ip", {"farm_id": farm_id, "ip": ip})
        return self._sign_extrinsic_submit_check_response(
            call, who, [{"module_id": GRID, "event_id": "FarmUpdated"}])

    def get_farm(self, farm_id: int):
        return self.substrate.query(GRID, "Farms", [farm_id]).value

    def set_farm_certification(self, farm_id: int, certification: str, who: str = COUNCIL):
        call = self._compose(GRID, "set_farm_certification",
                             {"farm_id": farm_id, "certification": certification})
        return self._sign_extrinsic_submit_check_response(
            call, who, [{"module_id": GRID, "event_id": "FarmCertificationSet"}])

    def set_farm_dedicated(self, farm_id: int, dedicated: bool, who: str = COUNCIL):
        call = self._compose(GRID, "set_farm_dedicated", {"farm_id": farm_id, "dedicated": dedicated})
        expected = [{"module_id": GRID, "event_id": "FarmMarkedAsDedicated"}] if dedicated else []
        return self._sign_extrinsic_submit_check_response(call, who, expected)

    # --- nodes -----------------------------------------------------------------------------

    def _node_params(self, farm_id, hru, sru, cru, mru, longitude, latitude, country, city,
                     interfaces, secure_boot, virtualized, serial_number):
        return {
            "farm_id": farm_id,
            "resources": {"hru": hru * GIGABYTE, "sru": sru * GIGABYTE, "cru": cru, "mru": mru * GIGABYTE},
            "location": {"city": city, "country": country, "latitude": latitude, "longitude": longitude},
            "interfaces": interfaces,
            "secure_boot": secure_boot,
            "virtualized": virtualized,
            "serial_number": serial_number,
        }

    def create_node(self, farm_id: int, hru: int = 1024, sru: int = 512, cru: int = 8, mru: int = 16,
                    longitude: str = "", latitude: str = "", country: str = "", city: str = "",
                    interfaces: list | None = None, secure_boot: bool = False,
                    virtualized: bool = False, serial_number: str | None = "DefaultSerialNumber",
                    who: str = DEFAULT_SIGNER):
        """`interfaces` wrapped as TFChain's `BoundedVec<Interface>` wants it, each interface's
        `ips` wrapped too: `[[{"name", "mac", "ips": [["10.2.3.3"]]}]]`."""
        params = self._node_params(farm_id, hru, sru, cru, mru, longitude, latitude, country, city,
                                   interfaces if interfaces is not None else [[]], secure_boot,
                                   virtualized, serial_number)
        call = self._compose(GRID, "create_node", params)
        return self._sign_extrinsic_submit_check_response(
            call, who, [{"module_id": GRID, "event_id": "NodeStored"}])

    def update_node(self, node_id: int, farm_id: int, hru: int = 1024, sru: int = 512, cru: int = 8,
                    mru: int = 16, longitude: str = "", latitude: str = "", country: str = "",
                    city: str = "", interfaces: list | None = None, secure_boot: bool = False,
                    virtualized: bool = False, serial_number: str | None = "DefaultSerialNumber",
                    who: str = DEFAULT_SIGNER):
        params = {"node_id": node_id, **self._node_params(
            farm_id, hru, sru, cru, mru, longitude, latitude, country, city,
            interfaces if interfaces is not None else [[]], secure_boot, virtualized, serial_number)}
        call = self._compose(GRID, "update_node", params)
        return self._sign_extrinsic_submit_check_response(
            call, who, [{"module_id": GRID, "event_id": "NodeUpdated"}])

    def add_node_public_config(self, farm_id: int, node_id: int, ipv4: str, gw4: str,
                               ipv6: str | None = None, gw6: str | None = None,
                               domain: str | None = None, who: str = DEFAULT_SIGNER):
        ip6 = None if ipv6 is None and gw6 is None else {"ip": ipv6, "gw": gw6}
        call = self._compose(GRID, "add_node_public_config", {
            "farm_id": farm_id, "node_id": node_id,
            "public_config": {"ip4": {"ip": ipv4, "gw": gw4}, "ip6": ip6, "domain": domain},
        })
        return self._sign_extrinsic_submit_check_response(
            call, who, [{"module_id": GRID, "event_id": "NodePublicConfigStored"}])

    def get_node(self, node_id: int):
        return self.substrate.query(GRID, "Nodes", [node_id]).value

    def set_node_certification(self, node_id: int, certification: str, who: str = COUNCIL):
        call = self._compose(GRID, "set_node_certification",
                             {"node_id": node_id, "node_certification": certification})
        return self._sign_extrinsic_submit_check_response(
            call, who, [{"module_id": GRID, "event_id": "NodeCertificationSet"}])

    # --- farming policies ------------------------------------------------------------------

    def create_farming_policy(self, name: str, su: int, cu: int, nu: int, ipv4: int,
                              minimal_uptime: int, policy_end: int = 0, immutable: bool = False,
                              default: bool = False, node_certification: str = "Diy",
                              farm_certification: str = "NotCertified", who: str = COUNCIL):
        call = self._compose(GRID, "create_farming_policy", {
            "name": name, "su": su, "cu": cu, "nu": nu, "ipv4": ipv4,
            "minimal_uptime": minimal_uptime, "policy_end": policy_end, "immutable": immutable,
            "default": default, "node_certification": node_certification,
            "farm_certification": farm_certification,
        })
        return self._sign_extrinsic_submit_check_response(
            call, who, [{"module_id": GRID, "event_id": "FarmingPolicyStored"}])

    def attach_policy_to_farm(self, farm_id: int, farming_policy_id: int | None,
                              cu: int | None = None, su: int | None = None, end: int | None = None,
                              node_count: int | None = None, node_certification: bool = False,
                              who: str = COUNCIL):
        limits = None if farming_policy_id is None else {
            "farming_policy_id": farming_policy_id, "cu": cu, "su": su, "end": end,
            "node_count": node_count, "node_certification": node_certification,
        }
        call = self._compose(GRID, "attach_policy_to_farm", {"farm_id": farm_id, "limits": limits})
        return self._sign_extrinsic_submit_check_response(
            call, who, [{"module_id": GRID, "event_id": "FarmingPolicySet"}])

    # --- contracts -------------------------------------------------------------------------

    def create_node_contract(self, node_id: int, deployment_data: bytes | None = None,
                             deployment_hash: bytes | None = None, public_ips: int = 0,
                             solution_provider_id: int | None = None, who: str = DEFAULT_SIGNER):
        call = self._compose(CONTRACTS, "create_node_contract", {
            "node_id": node_id,
            "deployment_hash": deployment_hash if deployment_hash is not None else random.randbytes(32),
            "deployment_data": deployment_data if deployment_data is not None else random.randbytes(32),
            "public_ips": public_ips,
            "solution_provider_id": solution_provider_id,
        })
        return self._sign_extrinsic_submit_check_response(
            call, who, [{"module_id": CONTRACTS, "event_id": "ContractCreated"}])

    def create_name_contract(self, name: str, who: str = DEFAULT_SIGNER):
        call = self._compose(CONTRACTS, "create_name_contract", {"name": name})
        return self._sign_extrinsic_submit_check_response(
            call, who, [{"module_id": CONTRACTS, "event_id": "ContractCreated"}])

    def create_rent_contract(self, node_id: int, solution_provider_id: int | None = None,
                             who: str = DEFAULT_SIGNER):
        call = self._compose(CONTRACTS, "create_rent_contract",
                             {"node_id": node_id, "solution_provider_id": solution_provider_id})
        return self._sign_extrinsic_submit_check_response(
            call, who, [{"module_id": CONTRACTS, "event_id": "ContractCreated"}])

    def cancel_contract(self, contract_id: int, kind: str, who: str = DEFAULT_SIGNER):
        """`kind` is "Node", "Name" or "Rent": the expected event is `<kind>ContractCanceled`."""
        call = self._compose(CONTRACTS, "cancel_contract", {"contract_id": contract_id})
        return self._sign_extrinsic_submit_check_response(
            call, who, [{"module_id": CONTRACTS, "event_id": f"{kind}ContractCanceled"}])

    def report_contract_resources(self, contract_id: int, hru: int = 0, sru: int = 0, cru: int = 0,
                                  mru: int = 0, who: str = DEFAULT_SIGNER):
        call = self._compose(CONTRACTS, "report_contract_resources", {"contract_resources": [{
            "contract_id": contract_id,
            "used": {"hru": hru * GIGABYTE, "sru": sru * GIGABYTE, "cru": cru, "mru": mru * GIGABYTE},
        }]})
        return self._sign_extrinsic_submit_check_response(
            call, who, [{"module_id": CONTRACTS, "event_id": "UpdatedUsedResources"}])

    def add_nru_reports(self, contract_id: int, nru: int, timestamp: int, window: int,
                        who: str = DEFAULT_SIGNER):
        call = self._compose(CONTRACTS, "add_nru_reports", {"reports": [{
            "contract_id": contract_id, "timestamp": timestamp, "window": window, "nru": nru * GIGABYTE,
        }]})
        return self._sign_extrinsic_submit_check_response(
            call, who, [{"module_id": CONTRACTS, "event_id": "NruConsumptionReportReceived"}])

    def create_solution_provider(self, description: str, link: str, providers: dict,
                                 who: str = DEFAULT_SIGNER):
        """`providers` maps a predefined account name to its take."""
        call = self._compose(CONTRACTS, "create_solution_provider", {
            "description": description, "link": link,
            "providers": [{"who": PREDEFINED_KEYS[name].ss58_address, "take": take}
                          for name, take in providers.items()],
        })
        return self._sign_extrinsic_submit_check_response(
            call, who, [{"module_id": CONTRACTS, "event_id": "SolutionProviderCreated"}])

    def approve_solution_provider(self, solution_provider_id: int, approve: bool = True,
                                  who: str = COUNCIL):
        call = self._compose(CONTRACTS, "approve_solution_provider",
                             {"solution_provider_id": solution_provider_id, "approve": approve})
        return self._sign_extrinsic_submit_check_response(
            call, who, [{"module_id": CONTRACTS, "event_id": "SolutionProviderApproved"}])


# --- reading and small helpers ----------------------------------------------------------------

def read(substrate, module: str, storage: str, params=None):
    return substrate.query(module, storage, params or []).value


def fails_with(error: str, action, *args, **kwargs):
    """Runs a client call that must fail, and checks TFChain's error name."""
    with pytest.raises(ExtrinsicFailed) as failure:
        action(*args, **kwargs)
    assert failure.value.error_message["name"] == error, failure.value.error_message
    # The way TFChain's robot files match it: the error's name quoted in the exception text.
    assert f"'{error}'" in str(failure.value)
    return failure.value


def as_bytes(value) -> bytes:
    """A decoded byte string (py-substrate-interface gives text, or `0x…` when not UTF-8)."""
    if isinstance(value, str) and value.startswith("0x"):
        return bytes.fromhex(value[2:])
    return value.encode() if isinstance(value, str) else bytes(value)


def best_number(substrate) -> int:
    return substrate.get_block_number(substrate.get_chain_head())


def contract_id_of(receipt) -> int:
    return triggered(receipt, CONTRACTS, "ContractCreated")[0]["contract_id"]


# --- fixtures: one dev node for the module, the grid built step by step -------------------------

@pytest.fixture(scope="module")
def client(dev_node):
    script_client = TfChainScriptClient(dev_node.ws)
    try:
        yield script_client
    finally:
        script_client.close()


@pytest.fixture(scope="module")
def twins(client):
    for who in ("Alice", "Bob", "Charlie", "Dave"):
        client.setup_predefined_account(who)
    return {who: client.get_twin_id(who) for who in ("Alice", "Bob", "Charlie", "Dave")}


@pytest.fixture(scope="module")
def alice_farm(client, twins):
    receipt = client.create_farm(ALICE_FARM, [ALICE_FARM_IPS], who="Alice")
    stored = triggered(receipt, GRID, "FarmStored")[0]
    farm_id = client.substrate.query(GRID, "FarmIdByName", [ALICE_FARM]).value
    assert stored["id"] == farm_id
    return farm_id


@pytest.fixture(scope="module")
def alice_node(client, twins, alice_farm):
    client.create_node(alice_farm, hru=1024, sru=512, cru=8, mru=16, **NODE_LOCATION,
                       interfaces=[[ZOS_INTERFACE]], who="Alice")
    return client.substrate.query(GRID, "NodeIdByTwinID", [twins["Alice"]]).value


@pytest.fixture(scope="module")
def charlie_node(client, twins):
    client.create_farm(CHARLIE_FARM, [[]], who="Charlie")
    farm_id = client.substrate.query(GRID, "FarmIdByName", [CHARLIE_FARM]).value
    client.create_node(farm_id, hru=2048, sru=1024, cru=16, mru=32, longitude="3.72",
                       latitude="51.05", country="Belgium", city="Ghent",
                       interfaces=[[{"name": "zos", "mac": "00:00:5e:00:53:b0", "ips": [["10.2.3.4"]]}]],
                       who="Charlie")
    node_id = client.substrate.query(GRID, "NodeIdByTwinID", [twins["Charlie"]]).value
    return farm_id, node_id


@pytest.fixture(scope="module")
def node_contract(client, twins, alice_node):
    """Bob deploys on Alice's node with one public IP of her farm (as in TFChain's tests)."""
    deployment_hash = random.randbytes(32)
    receipt = client.create_node_contract(alice_node, deployment_data=b"bob's vm",
                                          deployment_hash=deployment_hash, public_ips=1, who="Bob")
    assert triggered(receipt, CONTRACTS, "IPsReserved")
    return {"id": contract_id_of(receipt), "hash": "0x" + deployment_hash.hex(),
            "block": client.substrate.get_block_number(receipt.block_hash)}


# --- the council and twins ----------------------------------------------------------------------

def test_the_dev_council_is_alice_and_bob(substrate):
    members = set(read(substrate, "Council", "Members"))
    assert members == {PREDEFINED_KEYS["Alice"].ss58_address, PREDEFINED_KEYS["Bob"].ss58_address}


def test_twins_are_created_after_the_terms_and_read_back(substrate, twins):
    assert len(set(twins.values())) == 4 and all(isinstance(t, int) and t > 0 for t in twins.values())
    assert read(substrate, GRID, "TwinID") == max(twins.values())
    for who, twin_id in twins.items():
        twin = read(substrate, GRID, "Twins", [twin_id])
        assert twin["id"] == twin_id
        assert twin["account_id"] == PREDEFINED_KEYS[who].ss58_address
        assert twin["relay"] == RELAY
        assert as_bytes(twin["pk"]) == PREDEFINED_KEYS[who].public_key
        terms = read(substrate, GRID, "UsersTermsAndConditions", [PREDEFINED_KEYS[who].ss58_address])
        assert [t["document_link"] for t in terms] == [TERMS_LINK]


def test_a_second_twin_for_an_account_is_twin_with_pubkey_exists(client, substrate, twins):
    count, twin = read(substrate, GRID, "TwinID"), read(substrate, GRID, "Twins", [twins["Alice"]])
    fails_with("TwinWithPubkeyExists", client.create_twin, relay=RELAY, who="Alice")
    assert read(substrate, GRID, "TwinID") == count
    assert read(substrate, GRID, "Twins", [twins["Alice"]]) == twin
    assert client.get_twin_id("Alice") == twins["Alice"]


def test_missing_keys_read_as_tfchain_storage_kinds(substrate, twins):
    """TFChain's `ValueQuery` items read their default for a missing key, its `OptionQuery`
    items `None`: scripts test `FarmIdByName` against 0, `Farms` against None."""
    stranger = Keypair.create_from_mnemonic(Keypair.generate_mnemonic()).ss58_address
    missing = 4242
    # ValueQuery on TFChain.
    assert read(substrate, GRID, "FarmIdByName", ["no_such_farm"]) == 0
    assert read(substrate, GRID, "NodeIdByTwinID", [twins["Bob"]]) == 0  # Bob has no node
    assert read(substrate, GRID, "NodeIdByTwinID", [missing]) == 0
    assert read(substrate, GRID, "NodesByFarmID", [missing]) == []
    assert read(substrate, GRID, "EntityIdByName", ["no_such_entity"]) == 0
    assert read(substrate, GRID, "PricingPolicyIdByName", ["no_such_policy"]) == 0
    assert read(substrate, CONTRACTS, "ContractIDByNameRegistration", ["no-such-name"]) == 0
    assert read(substrate, CONTRACTS, "ContractIDByNodeIDAndHash", [missing, "0x" + "00" * 32]) == 0
    assert read(substrate, CONTRACTS, "ActiveNodeContracts", [missing]) == []
    # OptionQuery on TFChain.
    assert read(substrate, GRID, "Farms", [missing]) is None
    assert read(substrate, GRID, "Nodes", [missing]) is None
    assert read(substrate, GRID, "Twins", [missing]) is None
    assert read(substrate, GRID, "TwinIdByAccountID", [stranger]) is None
    assert read(substrate, GRID, "UsersTermsAndConditions", [stranger]) is None
    assert read(substrate, CONTRACTS, "Contracts", [missing]) is None
    assert read(substrate, CONTRACTS, "ActiveRentContractForNode", [missing]) is None
    assert read(substrate, CONTRACTS, "SolutionProviders", [missing]) is None


# --- farms, nodes, read back ----------------------------------------------------------------------

def test_a_farm_with_wrapped_public_ips_is_stored_and_read_back(substrate, twins, alice_farm):
    farm = read(substrate, GRID, "Farms", [alice_farm])
    assert farm["id"] == alice_farm and farm["name"] == ALICE_FARM
    assert farm["twin_id"] == twins["Alice"]
    assert farm["pricing_policy_id"] == 1
    assert farm["certification"] == "NotCertified"
    assert farm["dedicated_farm"] is False
    assert farm["farming_policy_limits"] is None
    assert farm["public_ips"] == [
        {"ip": ip["ip"], "gateway": ip["gw"], "contract_id": 0} for ip in ALICE_FARM_IPS
    ]
    assert read(substrate, GRID, "FarmID") >= alice_farm


def test_a_farm_ip_is_added_and_removed(client, substrate, alice_farm):
    client.add_farm_ip(alice_farm, "185.206.122.125/24", "185.206.122.1", who="Alice")
    ips = [ip["ip"] for ip in read(substrate, GRID, "Farms", [alice_farm])["public_ips"]]
    assert "185.206.122.125/24" in ips
    client.remove_farm_ip(alice_farm, "185.206.122.125/24", who="Alice")
    ips = [ip["ip"] for ip in read(substrate, GRID, "Farms", [alice_farm])["public_ips"]]
    assert ips == [ip["ip"] for ip in ALICE_FARM_IPS]


def test_a_node_with_wrapped_interfaces_is_stored_and_read_back(substrate, twins, alice_farm, alice_node):
    assert alice_node > 0
    node = read(substrate, GRID, "Nodes", [alice_node])
    assert node["id"] == alice_node
    assert node["farm_id"] == alice_farm and node["twin_id"] == twins["Alice"]
    assert node["resources"] == {"hru": 1024 * GIGABYTE, "sru": 512 * GIGABYTE, "cru": 8,
                                 "mru": 16 * GIGABYTE}
    assert node["location"] == NODE_LOCATION
    assert node["interfaces"] == [{"name": "zos", "mac": "00:00:5e:00:53:af", "ips": ["10.2.3.3"]}]
    assert node["serial_number"] == "DefaultSerialNumber"
    assert node["certification"] == "Diy"
    assert node["public_config"] is None
    assert read(substrate, GRID, "NodesByFarmID", [alice_farm]) == [alice_node]


def test_the_node_twin_updates_its_node(client, substrate, alice_farm, alice_node):
    interfaces = [[ZOS_INTERFACE, {"name": "eth1", "mac": "00:00:5e:00:53:a0",
                                   "ips": [["10.2.3.5", "10.2.3.6"]]}]]
    client.update_node(alice_node, alice_farm, hru=1024, sru=512, cru=8, mru=16,
                       **dict(NODE_LOCATION, city="Celles"), interfaces=interfaces, who="Alice")
    node = read(substrate, GRID, "Nodes", [alice_node])
    assert node["location"]["city"] == "Celles"
    assert [i["ips"] for i in node["interfaces"]] == [["10.2.3.3"], ["10.2.3.5", "10.2.3.6"]]


def test_the_farmer_sets_the_node_public_config(client, substrate, alice_farm, alice_node):
    receipt = client.add_node_public_config(
        alice_farm, alice_node, ipv4="185.206.122.150/24", gw4="185.206.122.1",
        ipv6="2a10:b600:1::0cc4:7a30:65b5/64", gw6="2a10:b600:1::1", domain="some-domain",
        who="Alice")
    assert triggered(receipt, GRID, "NodePublicConfigStored")
    config = read(substrate, GRID, "Nodes", [alice_node])["public_config"]
    assert config == {"ip4": {"ip": "185.206.122.150/24", "gw": "185.206.122.1"},
                      "ip6": {"ip": "2a10:b600:1::0cc4:7a30:65b5/64", "gw": "2a10:b600:1::1"},
                      "domain": "some-domain"}


# --- the same failure, the same error (and nothing changes) -----------------------------------------

@pytest.mark.parametrize("public_ips", [
    [[{"ip": "185.206.122.125", "gw": "185.206.122.1"}]],  # no prefix length
    [[{"ip": "10.0.0.5/24", "gw": "10.0.0.1"}]],  # not a public address
], ids=["no-cidr", "private"])
def test_a_bad_ip_in_create_farm_is_invalid_public_ip(client, substrate, twins, public_ips):
    count = read(substrate, GRID, "FarmID")
    fails_with("InvalidPublicIP", client.create_farm, "bad_ip_farm", public_ips, who="Dave")
    assert read(substrate, GRID, "FarmID") == count
    assert read(substrate, GRID, "FarmIdByName", ["bad_ip_farm"]) == 0


def test_a_bad_ip_in_add_farm_ip_is_invalid_public_ip(client, substrate, alice_farm):
    farm = read(substrate, GRID, "Farms", [alice_farm])
    fails_with("InvalidPublicIP", client.add_farm_ip, alice_farm, "185.206.122.125", "185.206.122.1",
               who="Alice")
    assert read(substrate, GRID, "Farms", [alice_farm]) == farm


def test_removing_an_ip_the_farm_does_not_have_is_ip_not_exists(client, substrate, alice_farm):
    farm = read(substrate, GRID, "Farms", [alice_farm])
    fails_with("IpNotExists", client.remove_farm_ip, alice_farm, "185.206.122.200/24", who="Alice")
    assert read(substrate, GRID, "Farms", [alice_farm]) == farm


@pytest.mark.parametrize("config", [
    {"ipv4": "185.206.122.33", "gw4": "185.206.122.1", "domain": "some-domain"},
    {"ipv4": "185.206.122.33/24", "gw4": "185.206.122.1", "ipv6": "2a10:b600:1::0cc4:7a30:65b5",
     "gw6": "2a10:b600:1::1", "domain": "some-domain"},
    {"ipv4": "185.206.122.33/24", "gw4": "185.206.122.1", "ipv6": "2a10:b600:1::0cc4:7a30:65b5/64",
     "gw6": "2a10:b600:1::1", "domain": "some_invalid_domain"},
], ids=["ip4", "ip6", "domain"])
def test_a_bad_public_config_is_invalid_public_config(client, substrate, alice_farm, alice_node, config):
    node = read(substrate, GRID, "Nodes", [alice_node])
    fails_with("InvalidPublicConfig", client.add_node_public_config, alice_farm, alice_node, **config,
               who="Alice")
    assert read(substrate, GRID, "Nodes", [alice_node]) == node


def test_another_twin_cannot_update_the_node(client, substrate, alice_farm, alice_node, charlie_node):
    node = read(substrate, GRID, "Nodes", [alice_node])
    fails_with("NodeUpdateNotAuthorized", client.update_node, alice_node, alice_farm,
               **NODE_LOCATION, interfaces=[[ZOS_INTERFACE]], who="Dave")
    # Charlie farms, but the node is not in his farm.
    charlie_farm, _ = charlie_node
    fails_with("NodeUpdateNotAuthorized", client.add_node_public_config, charlie_farm, alice_node,
               ipv4="185.206.122.151/24", gw4="185.206.122.1", who="Charlie")
    assert read(substrate, GRID, "Nodes", [alice_node]) == node


@pytest.mark.parametrize("call", ["update_farm", "add_farm_ip", "add_node_public_config"])
def test_another_twin_cannot_update_the_farm(client, substrate, alice_farm, alice_node, call):
    farm, node = read(substrate, GRID, "Farms", [alice_farm]), read(substrate, GRID, "Nodes", [alice_node])
    attempts = {
        "update_farm": lambda: client.update_farm(alice_farm, "daves_farm", who="Dave"),
        "add_farm_ip": lambda: client.add_farm_ip(alice_farm, "185.206.122.126/24", "185.206.122.1",
                                                  who="Dave"),
        "add_node_public_config": lambda: client.add_node_public_config(
            alice_farm, alice_node, ipv4="185.206.122.152/24", gw4="185.206.122.1", who="Dave"),
    }
    fails_with("CannotUpdateFarmWrongTwin", attempts[call])
    assert read(substrate, GRID, "Farms", [alice_farm]) == farm
    assert read(substrate, GRID, "Nodes", [alice_node]) == node
    assert read(substrate, GRID, "FarmIdByName", ["daves_farm"]) == 0


def test_restricted_calls_refuse_a_plain_account(client, substrate, alice_farm, alice_node):
    fails_with("BadOrigin", client.set_farm_certification, alice_farm, "Gold", who="Alice")
    fails_with("NotAllowedToCertifyNode", client.set_node_certification, alice_node, "Certified", who="Dave")
    assert read(substrate, GRID, "Farms", [alice_farm])["certification"] == "NotCertified"
    assert read(substrate, GRID, "Nodes", [alice_node])["certification"] == "Diy"


# --- council motions: Alice proposes with threshold 2, Alice and Bob vote ---------------------------

def test_the_council_certifies_a_farm(client, substrate, alice_farm):
    receipt = client.set_farm_certification(alice_farm, "Gold")
    assert tuple(triggered(receipt, GRID, "FarmCertificationSet")[0]) == (alice_farm, "Gold")
    assert read(substrate, GRID, "Farms", [alice_farm])["certification"] == "Gold"


def test_the_council_certifies_a_node(client, substrate, alice_node):
    receipt = client.set_node_certification(alice_node, "Certified")
    assert tuple(triggered(receipt, GRID, "NodeCertificationSet")[0]) == (alice_node, "Certified")
    assert read(substrate, GRID, "Nodes", [alice_node])["certification"] == "Certified"


def test_the_council_creates_a_farming_policy_and_attaches_it_to_a_farm(client, substrate,
                                                                        alice_farm, alice_node):
    receipt = client.create_farming_policy("tfchain_scripts_policy", su=12, cu=15, nu=10, ipv4=5,
                                           minimal_uptime=95, policy_end=0, immutable=False,
                                           default=False, node_certification="Diy",
                                           farm_certification="Gold")
    policy_id = read(substrate, GRID, "FarmingPolicyID")
    stored = triggered(receipt, GRID, "FarmingPolicyStored")[0]
    assert stored["id"] == policy_id and stored["name"] == "tfchain_scripts_policy"
    policy = read(substrate, GRID, "FarmingPoliciesMap", [policy_id])
    assert (policy["su"], policy["cu"], policy["nu"], policy["ipv4"]) == (12, 15, 10, 5)
    assert policy["farm_certification"] == "Gold" and policy["default"] is False

    receipt = client.attach_policy_to_farm(alice_farm, policy_id, cu=None, su=None, end=None,
                                           node_count=5, node_certification=False)
    farm_id, limits = triggered(receipt, GRID, "FarmingPolicySet")[0]
    assert farm_id == alice_farm and limits["farming_policy_id"] == policy_id
    farm = read(substrate, GRID, "Farms", [alice_farm])
    assert farm["farming_policy_limits"]["farming_policy_id"] == policy_id
    assert farm["certification"] == "Gold"
    # The node sat on a default policy: it moves to the farm's policy.
    assert read(substrate, GRID, "Nodes", [alice_node])["farming_policy_id"] == policy_id


def test_the_council_approves_a_solution_provider(client, substrate):
    receipt = client.create_solution_provider("deploys with tfchain scripts", "https://threefold.io",
                                              {"Ferdie": 10}, who="Ferdie")
    provider_id = triggered(receipt, CONTRACTS, "SolutionProviderCreated")[0]["solution_provider_id"]
    assert read(substrate, CONTRACTS, "SolutionProviders", [provider_id])["approved"] is False
    receipt = client.approve_solution_provider(provider_id, True)
    assert tuple(triggered(receipt, CONTRACTS, "SolutionProviderApproved")[0]) == (provider_id, True)
    provider = read(substrate, CONTRACTS, "SolutionProviders", [provider_id])
    assert provider["approved"] is True
    assert provider["providers"] == [{"who": PREDEFINED_KEYS["Ferdie"].ss58_address, "take": 10}]


# --- contracts: created, reported, billed, cancelled -----------------------------------------------

def test_a_node_contract_reserves_a_public_ip_and_takes_the_node_reports(client, substrate, twins,
                                                                        alice_farm, alice_node,
                                                                        node_contract):
    contract_id = node_contract["id"]
    contract = read(substrate, CONTRACTS, "Contracts", [contract_id])
    assert contract["twin_id"] == twins["Bob"] and contract["state"] == "Created"
    deployment = contract["contract_type"]["NodeContract"]
    assert deployment["node_id"] == alice_node and deployment["public_ips"] == 1
    assert deployment["deployment_hash"] == node_contract["hash"]
    assert as_bytes(deployment["deployment_data"]) == b"bob's vm"
    assert [ip["contract_id"] for ip in deployment["public_ips_list"]] == [contract_id]
    farm_ips = read(substrate, GRID, "Farms", [alice_farm])["public_ips"]
    assert farm_ips[0]["ip"] == ALICE_FARM_IPS[0]["ip"] and farm_ips[0]["contract_id"] == contract_id
    assert farm_ips[1]["contract_id"] == 0
    assert read(substrate, CONTRACTS, "ContractIDByNodeIDAndHash",
                [alice_node, node_contract["hash"]]) == contract_id
    assert read(substrate, CONTRACTS, "ActiveNodeContracts", [alice_node]) == [contract_id]

    # The node (Alice's twin) reports what the deployment uses, as zos does.
    client.report_contract_resources(contract_id, hru=0, sru=20, cru=2, mru=4, who="Alice")
    used = read(substrate, CONTRACTS, "NodeContractResources", [contract_id])["used"]
    assert used == {"hru": 0, "sru": 20 * GIGABYTE, "cru": 2, "mru": 4 * GIGABYTE}
    # Timestamped at the end of its window, a little ahead of the last block: a bill in the
    # block that includes the report must not make it look older than that bill.
    end_of_window = read(substrate, "Timestamp", "Now") // 1000 + 30
    receipt = client.add_nru_reports(contract_id, nru=1, timestamp=end_of_window, window=60, who="Alice")
    report = triggered(receipt, CONTRACTS, "NruConsumptionReportReceived")[0]
    assert report["contract_id"] == contract_id and report["nru"] == GIGABYTE


def test_an_ip_a_contract_holds_cannot_be_removed(client, substrate, alice_farm, node_contract):
    farm = read(substrate, GRID, "Farms", [alice_farm])
    fails_with("IpNotExists", client.remove_farm_ip, alice_farm, ALICE_FARM_IPS[0]["ip"], who="Alice")
    assert read(substrate, GRID, "Farms", [alice_farm]) == farm


def test_renting_a_node_with_deployments_is_node_not_available_to_deploy(client, substrate, alice_node,
                                                                         node_contract):
    count = read(substrate, CONTRACTS, "ContractID")
    fails_with("NodeNotAvailableToDeploy", client.create_rent_contract, alice_node, who="Dave")
    assert read(substrate, CONTRACTS, "ContractID") == count
    assert read(substrate, CONTRACTS, "ActiveRentContractForNode", [alice_node]) is None


def test_a_name_contract_is_registered_and_cancelled(client, substrate, twins):
    receipt = client.create_name_contract("bob_name", who="Bob")
    contract_id = contract_id_of(receipt)
    contract = read(substrate, CONTRACTS, "Contracts", [contract_id])
    assert contract["twin_id"] == twins["Bob"]
    assert contract["contract_type"] == {"NameContract": {"name": "bob_name"}}
    assert read(substrate, CONTRACTS, "ContractIDByNameRegistration", ["bob_name"]) == contract_id
    client.cancel_contract(contract_id, "Name", who="Bob")
    assert read(substrate, CONTRACTS, "Contracts", [contract_id]) is None
    assert read(substrate, CONTRACTS, "ContractIDByNameRegistration", ["bob_name"]) == 0


def test_a_dedicated_farm_node_is_deployed_on_only_through_a_rent_contract(client, substrate, twins,
                                                                          charlie_node):
    farm_id, node_id = charlie_node
    client.set_farm_dedicated(farm_id, True)
    assert read(substrate, GRID, "Farms", [farm_id])["dedicated_farm"] is True

    count = read(substrate, CONTRACTS, "ContractID")
    fails_with("NodeNotAvailableToDeploy", client.create_node_contract, node_id, who="Bob")
    assert read(substrate, CONTRACTS, "ContractID") == count
    assert read(substrate, CONTRACTS, "ActiveNodeContracts", [node_id]) == []

    rent_id = contract_id_of(client.create_rent_contract(node_id, who="Bob"))
    assert read(substrate, CONTRACTS, "Contracts", [rent_id])["contract_type"] == {
        "RentContract": {"node_id": node_id}}
    assert read(substrate, CONTRACTS, "ActiveRentContractForNode", [node_id]) == rent_id

    deployment_id = contract_id_of(client.create_node_contract(node_id, who="Bob"))
    assert read(substrate, CONTRACTS, "ActiveNodeContracts", [node_id]) == [deployment_id]
    fails_with("NodeHasActiveContracts", client.cancel_contract, rent_id, "Rent", who="Bob")
    assert read(substrate, CONTRACTS, "ActiveRentContractForNode", [node_id]) == rent_id

    client.cancel_contract(deployment_id, "Node", who="Bob")
    client.cancel_contract(rent_id, "Rent", who="Bob")
    assert read(substrate, CONTRACTS, "ActiveRentContractForNode", [node_id]) is None
    assert read(substrate, CONTRACTS, "Contracts", [rent_id]) is None


def test_the_node_contract_is_billed_within_two_billing_periods(substrate, node_contract):
    frequency = read(substrate, CONTRACTS, "BillingFrequency")
    assert frequency == 10, "the dev chain bills every 10 blocks"
    contract_id, first = node_contract["id"], node_contract["block"]
    last = first + 2 * frequency + 2
    deadline = time.time() + (last - first) * 6 + 60
    bills, scanned = [], first
    while not bills and scanned <= last and time.time() < deadline:
        head = best_number(substrate)
        while scanned <= min(head, last):
            for record in substrate.get_events(block_hash=substrate.get_block_hash(scanned)):
                event = record.value
                if (event["module_id"], event["event_id"]) == (CONTRACTS, "ContractBilled") \
                        and event["attributes"]["contract_id"] == contract_id:
                    bills.append((scanned, event["attributes"]))
            scanned += 1
        if not bills:
            time.sleep(2)
    assert bills, f"no ContractBilled for contract {contract_id} in blocks #{first}..#{last}"
    _, bill = bills[0]
    assert bill["amount_billed"] > 0
    assert bill["discount_level"] in ("None", "Default", "Bronze", "Silver", "Gold")


def test_the_node_contract_is_cancelled_and_its_ip_freed(client, substrate, alice_farm, alice_node,
                                                        node_contract):
    contract_id = node_contract["id"]
    receipt = client.cancel_contract(contract_id, "Node", who="Bob")
    cancelled = triggered(receipt, CONTRACTS, "NodeContractCanceled")[0]
    assert cancelled["contract_id"] == contract_id and cancelled["node_id"] == alice_node
    assert triggered(receipt, CONTRACTS, "IPsFreed")
    assert read(substrate, CONTRACTS, "Contracts", [contract_id]) is None
    assert read(substrate, CONTRACTS, "ContractIDByNodeIDAndHash", [alice_node, node_contract["hash"]]) == 0
    assert read(substrate, CONTRACTS, "ActiveNodeContracts", [alice_node]) == []
    assert all(ip["contract_id"] == 0 for ip in read(substrate, GRID, "Farms", [alice_farm])["public_ips"])
