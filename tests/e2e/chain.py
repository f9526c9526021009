"""Helpers shared by the end-to-end tests: submitting extrinsics, reading events, and passing
council motions with py-substrate-interface."""

from substrateinterface import Keypair, SubstrateInterface


def submit(substrate: SubstrateInterface, signer: Keypair, function: str, params: dict,
           module: str = "TfgridModule"):
    """Signs and submits a call; returns the receipt once it is in a block."""
    call = substrate.compose_call(call_module=module, call_function=function, call_params=params)
    extrinsic = substrate.create_signed_extrinsic(call=call, keypair=signer)
    return substrate.submit_extrinsic(extrinsic, wait_for_inclusion=True)


def ok(receipt):
    """Asserts the extrinsic succeeded and returns its receipt."""
    assert receipt.is_success, receipt.error_message
    return receipt


def events(receipt, module: str, name: str) -> list:
    """The attributes of every `module.name` event the extrinsic triggered."""
    return [
        e.value["attributes"]
        for e in receipt.triggered_events
        if e.value["module_id"] == module and e.value["event_id"] == name
    ]


def council_motion(substrate: SubstrateInterface, members: list[Keypair], call) -> list:
    """Passes `call` through the council: the first member proposes it with a threshold of
    len(members) ayes, every member (the proposer too: proposing is not voting) votes aye, and
    the motion is closed (unless the proposal already executed). Returns the attributes of the
    `Council.Executed` event."""
    length = len(call.data.data)
    proposed = ok(submit(substrate, members[0], "propose", {
        "threshold": len(members), "proposal": call, "length_bound": length,
    }, module="Council"))
    executed = events(proposed, "Council", "Executed")
    if executed:
        return executed
    attributes = events(proposed, "Council", "Proposed")[0]
    proposal_hash, index = attributes["proposal_hash"], attributes["proposal_index"]
    for member in members:
        ok(submit(substrate, member, "vote", {
            "proposal": proposal_hash, "index": index, "approve": True,
        }, module="Council"))
    info = substrate.get_payment_info(call, keypair=members[0])
    closed = ok(submit(substrate, members[0], "close", {
        "proposal_hash": proposal_hash, "index": index,
        "proposal_weight_bound": info["weight"], "length_bound": length,
    }, module="Council"))
    return events(closed, "Council", "Executed")
