"""ThreeFold's own TypeScript client, `@threefold/tfchain_client` 2.9.2 from npm (the dashboard's
and the grid scripts' client), unchanged, against our dev node.

`tests/ts/client_e2e.mjs` drives the node through the client the way its users do (one client per
dev key, `module.method({...})` then `.apply()`, `patchExtrinsic(...).apply()` for calls the
client has no method for) and checks every method of every module: balances, terms and
conditions, twins, farms, nodes, contracts (name, node, rent, service, billing reads, grace and
unlock), TFT price, pricing and farming policies, council motions, utility batches, the key/value
store, DAO proposals voted by a farmer, and the TFT bridge (a swap to Stellar that burns, a mint
voted by the bridge validators). It prints one JSON line per step; this test requires every
step below to have reported ok, so a step that is missing, skipped or failed fails the test.

The client and its dependencies come from `tests/ts/package-lock.json` (installed by
`scripts/setup.sh`)."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

TS_DIR = Path(__file__).resolve().parents[1] / "ts"
SCRIPT = TS_DIR / "client_e2e.mjs"
CLIENT = TS_DIR / "node_modules" / "@threefold" / "tfchain_client" / "package.json"
# About 100 extrinsics at 6 s a block, plus waiting for a bill to find a twin without funds.
TIMEOUT = 1800

EXPECTED_STEPS = [
    "connect",
    "balances.get",
    "balances.transfer (calls balances.transfer, which pallet-balances no longer has)",
    "balances.transferKeepAlive through patchExtrinsic",
    "termsAndConditions.accept",
    "twins.create is refused without accepted terms",
    "twins.create",
    "twins.get, getTwinIdByAccountId, getMyTwinId",
    "twins.update",
    "utility.batchAll: terms and a twin for every other party",
    "farms.create with public IPs",
    "farms.get and FarmIdByName",
    "farms.addFarmIp",
    "farms.removeFarmIp",
    "farms.addStellarAddress",
    "nodes: register two nodes through client.api.tx.tfgridModule.createNode",
    "nodes.get, NodeIdByTwinID, NodesByFarmID",
    "farming policy of a new node (no client method: read through client.api)",
    "nodes.setPower and the node's power state",
    "nodes.addNodePublicConfig",
    "grace: a node contract whose twin spends its funds",
    "contracts.createName and getContractIdByName",
    "contracts.createNode with a public IP, getContractIdByNodeIdAndHash, getActiveContracts",
    "contracts.updateNode",
    "contracts.getNodeContractResources (reported by the node)",
    "contracts: billing reads (getContractBillingInformationByID, getContractPaymentState, getDeletionTime)",
    "contracts.contractLock (TFChain replaced ContractLock with ContractPaymentState)",
    "contracts.setDedicatedNodeExtraFee and getDedicatedNodeExtraFee",
    "contracts.createRent and getContractIdByActiveRentForNode",
    "contracts.cancel (node and rent contracts)",
    "contracts: service contract create, setServiceMetadata, setServiceFees, approveService",
    "contracts.billService",
    "contracts.cancelService and approveService(approve: false)",
    "utility.batch and utility.batchAll",
    "grace: getDeletionTime, then a top-up and contracts.unlock",
    "tftPrice.get",
    "pricingPolicies.get",
    "council.members",
    "council motion: tfgridModule.setFarmCertification (propose, getProposal, vote, close)",
    "council motion: contracts.cancelCollective",
    "kvStore.set, get, list",
    "kvStore.delete and deleteAll",
    "dao.propose (Alice, a council member) and dao.get",
    "dao.vote (a farmer with nodes) and getVotesOfProposal",
    "dao.close",
    "dao proposal: balances.forceTransfer and forceSetBalance, run as Root",
    "tftBridge.getWithdrawFee and getDepositFee",
    "tftBridge.swapToStellar: burns the amount less the fee, the fee to the fee account",
    "tftBridge.listenToMintCompleted (two of three bridge validators vote a deposit)",
    "coverage: every method of the client is exercised",
]


def text(output) -> str:
    if output is None:
        return ""
    return output.decode(errors="replace") if isinstance(output, bytes) else output


def json_lines(stdout: str) -> list[dict]:
    lines = []
    for line in stdout.splitlines():
        line = line.strip()
        if line.startswith("{"):
            try:
                lines.append(json.loads(line))
            except json.JSONDecodeError:
                pass
    return lines


def test_the_official_typescript_client_works_unchanged(dev_node):
    node = shutil.which("node")
    if node is None or not CLIENT.exists():
        pytest.fail("Node.js or tests/ts/node_modules is missing: run scripts/setup.sh")
    assert json.loads(CLIENT.read_text())["version"] == "2.9.2"

    try:
        run = subprocess.run([node, str(SCRIPT), dev_node.ws], cwd=TS_DIR, capture_output=True,
                             text=True, timeout=TIMEOUT)
        stdout, stderr, returncode = run.stdout, run.stderr, run.returncode
    except subprocess.TimeoutExpired as expired:
        stdout, stderr, returncode = text(expired.stdout), text(expired.stderr), None

    lines = json_lines(stdout)
    plans = [line["plan"] for line in lines if "plan" in line]
    assert plans, f"the script printed no plan\nstdout:\n{stdout[-3000:]}\nstderr:\n{stderr[-3000:]}"
    assert plans[0] == EXPECTED_STEPS, "the script's steps differ from the ones this test expects"

    reported = {line["step"]: line for line in lines if "step" in line}
    problems = [
        f"- {name}: {reported[name].get('error') if name in reported else 'never reported'}"
        for name in EXPECTED_STEPS
        if reported.get(name, {}).get("ok") is not True
    ]
    assert not problems, (
        f"{len(problems)} of {len(EXPECTED_STEPS)} steps did not pass"
        f"{' (timed out after %d s)' % TIMEOUT if returncode is None else ''}:\n"
        + "\n".join(problems) + f"\n\nstderr (tail):\n{stderr[-4000:]}"
    )
    summaries = [line["summary"] for line in lines if "summary" in line]
    assert summaries and summaries[-1]["failed"] == [], summaries
    assert summaries[-1]["passed"] == len(EXPECTED_STEPS)
    # The script ends with the client's own `disconnectAndExit()`, which exits with 0.
    assert returncode == 0, f"exit code {returncode}\nstderr (tail):\n{stderr[-3000:]}"
