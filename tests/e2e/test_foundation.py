"""The chain foundation, end to end through a real dev node and py-substrate-interface:
blocks and finality, a wallet's reads, a signed transfer and its exact fee, and rejected
transactions that change nothing."""

import pytest
from substrateinterface import Keypair
from substrateinterface.exceptions import SubstrateRequestException

TFT = 10_000_000
ENDOWMENT = 1_000_000 * TFT


def account(substrate, address, block_hash=None):
    return substrate.query("System", "Account", [address], block_hash=block_hash).value


def free(substrate, address, block_hash=None):
    return account(substrate, address, block_hash)["data"]["free"]


def test_blocks_are_produced_and_finalized(dev_node):
    start = dev_node.best_number()
    dev_node.wait_for(lambda: dev_node.best_number() >= start + 2, 40, "two more blocks")
    dev_node.wait_for(lambda: dev_node.finalized_number() >= start + 1, 40, "finality to advance")
    assert dev_node.finalized_number() <= dev_node.best_number()


def test_wallet_reads_balance_nonce_and_token_properties(substrate):
    alice = Keypair.create_from_uri("//Alice")
    ferdie = Keypair.create_from_uri("//Ferdie")
    # Ferdie signs nothing in these tests: his balance is the genesis endowment exactly.
    info = account(substrate, ferdie.ss58_address)
    assert info["data"]["free"] == ENDOWMENT
    assert info["data"]["reserved"] == 0
    assert substrate.rpc_request("system_accountNextIndex", [ferdie.ss58_address])["result"] == 0
    # Alice authors every dev block, so she holds at least her endowment.
    assert free(substrate, alice.ss58_address) >= ENDOWMENT

    properties = substrate.rpc_request("system_properties", [])["result"]
    assert properties["tokenSymbol"] == "TFT"
    assert properties["tokenDecimals"] == 7
    assert properties["ss58Format"] == 42


def test_signed_transfer_charges_exactly_the_quoted_fee(substrate):
    alice = Keypair.create_from_uri("//Alice")  # the dev chain's only block author
    bob = Keypair.create_from_uri("//Bob")
    charlie = Keypair.create_from_uri("//Charlie")
    amount = 12 * TFT + 345

    call = substrate.compose_call(
        call_module="Balances",
        call_function="transfer_keep_alive",
        call_params={"dest": charlie.ss58_address, "value": amount},
    )
    extrinsic = substrate.create_signed_extrinsic(call=call, keypair=bob)
    quoted = substrate.rpc_request("payment_queryInfo", [str(extrinsic.data)])["result"]
    fee = int(quoted["partialFee"])
    # The base fee is about 0.001 TFT; a transfer costs a little more.
    assert 10_000 <= fee < 100_000, fee

    nonce_before = substrate.rpc_request("system_accountNextIndex", [bob.ss58_address])["result"]
    receipt = substrate.submit_extrinsic(extrinsic, wait_for_inclusion=True)
    assert receipt.is_success, receipt.error_message
    assert receipt.total_fee_amount == fee

    block = receipt.block_hash
    parent = substrate.get_block_header(block)["header"]["parentHash"]
    assert free(substrate, bob.ss58_address, parent) - free(substrate, bob.ss58_address, block) == amount + fee
    assert free(substrate, charlie.ss58_address, block) - free(substrate, charlie.ss58_address, parent) == amount
    # The fee went to the block author, whole.
    assert free(substrate, alice.ss58_address, block) - free(substrate, alice.ss58_address, parent) == fee
    assert substrate.rpc_request("system_accountNextIndex", [bob.ss58_address])["result"] == nonce_before + 1


def snapshot(substrate, *addresses):
    head = substrate.get_chain_head()
    return {address: account(substrate, address, head) for address in addresses}


def test_transfer_from_unfunded_account_is_rejected_and_changes_nothing(substrate):
    pauper = Keypair.create_from_mnemonic(Keypair.generate_mnemonic())
    dave = Keypair.create_from_uri("//Dave")
    before = snapshot(substrate, pauper.ss58_address, dave.ss58_address)
    call = substrate.compose_call(
        call_module="Balances",
        call_function="transfer_allow_death",
        call_params={"dest": dave.ss58_address, "value": TFT},
    )
    extrinsic = substrate.create_signed_extrinsic(call=call, keypair=pauper)
    with pytest.raises(SubstrateRequestException) as rejected:
        substrate.submit_extrinsic(extrinsic, wait_for_inclusion=False)
    error = rejected.value.args[0]
    assert error["code"] == 1010, error
    assert "Inability to pay some fees" in str(error), error
    assert before == snapshot(substrate, pauper.ss58_address, dave.ss58_address)
    assert before[pauper.ss58_address]["data"]["free"] == 0


def test_transfer_with_bad_signature_is_rejected_and_changes_nothing(substrate):
    eve = Keypair.create_from_uri("//Eve")
    dave = Keypair.create_from_uri("//Dave")
    before = snapshot(substrate, eve.ss58_address, dave.ss58_address)
    call = substrate.compose_call(
        call_module="Balances",
        call_function="transfer_keep_alive",
        call_params={"dest": dave.ss58_address, "value": TFT},
    )
    encoded = bytearray(substrate.create_signed_extrinsic(call=call, keypair=eve).data.data)
    # Layout: compact length, version byte, MultiAddress::Id (1 + 32), MultiSignature tag, 64 bytes.
    prefix = {0: 1, 1: 2, 2: 4}[encoded[0] & 0b11]
    signature_start = prefix + 1 + 33 + 1
    encoded[signature_start + 10] ^= 0xFF
    with pytest.raises(SubstrateRequestException) as rejected:
        substrate.rpc_request("author_submitExtrinsic", ["0x" + encoded.hex()])
    error = rejected.value.args[0]
    assert error["code"] == 1010, error
    assert "bad signature" in str(error).lower(), error
    assert before == snapshot(substrate, eve.ss58_address, dave.ss58_address)


def test_prometheus_metrics_are_served(dev_node):
    import urllib.request

    url = f"http://127.0.0.1:{dev_node.prometheus_port}/metrics"
    metrics = urllib.request.urlopen(url, timeout=10).read().decode()
    assert 'substrate_block_height{status="best"' in metrics
    assert 'substrate_block_height{status="finalized"' in metrics
