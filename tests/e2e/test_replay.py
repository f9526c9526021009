"""Auditor replay: a dev chain carries real traffic (transfers, registry calls); its blocks are
exported and imported into a fresh database by a fresh node, which re-executes every block and
must reach the same head and state root. A corrupted block file is refused and nothing past the
corruption is imported. The replayed node runs in archive mode and answers `archive_v1_*`."""

import json
import subprocess
from pathlib import Path

import pytest
import websocket
from substrateinterface import Keypair, SubstrateInterface

from .chain import ok, submit
from .node import BINARY, Node

REPO = Path(__file__).resolve().parents[2]
TFT = 10**7


def chain_info(base_path: Path) -> dict:
    out = subprocess.run([str(BINARY), "chain-info", "--chain", "dev", "--base-path", str(base_path)],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out[out.index("{"):])


def import_blocks(base_path: Path, blocks: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(BINARY), "import-blocks", "--chain", "dev", "--base-path", str(base_path),
         "--state-pruning", "archive", "--blocks-pruning", "archive", str(blocks)],
        capture_output=True, text=True, timeout=600,
    )


def read_blocks(path: Path) -> list:
    """The exported JSON file is a sequence of JSON objects, one per block."""
    text, decoder, blocks, at = path.read_text(), json.JSONDecoder(), [], 0
    while at < len(text):
        while at < len(text) and text[at].isspace():
            at += 1
        if at == len(text):
            break
        block, at = decoder.raw_decode(text, at)
        blocks.append(block)
    return blocks


def archive_storage(node: Node, block: str, key: str):
    """`archive_v1_storage` (a subscription, so over WebSocket): the value of `key` at `block`."""
    ws = websocket.create_connection(node.ws, timeout=30)
    try:
        ws.send(json.dumps({"jsonrpc": "2.0", "id": 1, "method": "archive_v1_storage",
                            "params": [block, [{"key": key, "type": "value"}], None]}))
        value = None
        while True:
            message = json.loads(ws.recv())
            if "error" in message:
                raise RuntimeError(message["error"])
            result = message.get("params", {}).get("result", {})
            if result.get("event") == "storage" and result.get("key") == key:
                value = result.get("value")
            elif result.get("event") == "storageError":
                raise RuntimeError(result)
            elif result.get("event") == "storageDone":
                return value
    finally:
        ws.close()


@pytest.fixture(scope="module")
def history(workdir):
    """Runs a dev chain with traffic, stops it, and returns what the auditor starts from."""
    node = Node("source", workdir, ["--dev"])
    try:
        node.start()
        client = SubstrateInterface(url=node.ws, ss58_format=42)
        alice, bob, dave = (Keypair.create_from_uri(f"//{n}") for n in ("Alice", "Bob", "Dave"))
        before = client.get_block_number(client.get_chain_head())
        ok(submit(client, alice, "transfer_keep_alive",
                  {"dest": dave.ss58_address, "value": 123 * TFT}, module="Balances"))
        transfer_block = client.get_block_number(client.get_chain_head())
        ok(submit(client, bob, "user_accept_tc", {"document_link": "https://example.org/tc",
                                                  "document_hash": "0123"}))
        ok(submit(client, bob, "create_twin", {"relay": "relay.dev.grid.tf", "pk": None}))
        ok(submit(client, bob, "create_farm", {"name": "auditfarm", "public_ips": [[]]}))
        client.close()
        node.wait_for(lambda: node.finalized_number() >= transfer_block + 3, 60, "finality")
    finally:
        node.stop()  # SIGTERM: the database is closed cleanly
    info = chain_info(node.base_path)
    blocks = workdir / "blocks.json"
    subprocess.run([str(BINARY), "export-blocks", "--chain", "dev", "--base-path", str(node.base_path),
                    "--from", "1", "--to", str(info["best_number"]), str(blocks)],
                   check=True, capture_output=True, timeout=300)
    return {"source": node.base_path, "info": info, "blocks": blocks, "dave": dave.ss58_address,
            "before": before, "transfer_block": transfer_block}


def test_replay_script_reaches_the_same_head(history, workdir):
    result = subprocess.run(["bash", str(REPO / "scripts" / "replay.sh"), "dev",
                             str(history["source"]), str(workdir / "script")],
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout + result.stderr
    assert history["info"]["best_hash"] in result.stdout


def test_fresh_node_re_executes_every_block_to_the_same_state(history, workdir):
    replay = workdir / "replay"
    result = import_blocks(replay, history["blocks"])
    assert result.returncode == 0, result.stderr[-2000:]
    info = chain_info(replay)
    assert info["best_number"] == history["info"]["best_number"]
    assert info["best_hash"] == history["info"]["best_hash"]

    # Both databases, served by nodes, give the same header (state root) and past balances.
    # Same base paths as above (a node's base path is workdir/name); neither validates.
    source = Node("source", workdir, ["--chain", "dev"])
    archive = Node("replay", workdir, ["--chain", "dev", "--state-pruning", "archive",
                                        "--blocks-pruning", "archive"])
    assert source.base_path == history["source"] and archive.base_path == replay
    try:
        source.start()
        archive.start()
        best = history["info"]["best_hash"]
        assert archive.call("chain_getHeader", [best]) == source.call("chain_getHeader", [best])

        client = SubstrateInterface(url=archive.ws, ss58_format=42)
        at_before = archive.call("chain_getBlockHash", [history["before"]])
        at_after = archive.call("chain_getBlockHash", [history["transfer_block"]])
        balance = lambda at: client.query("System", "Account", [history["dave"]],  # noqa: E731
                                          block_hash=at).value["data"]["free"]
        assert balance(at_after) - balance(at_before) == 123 * TFT
        key = client.create_storage_key("System", "Account", [history["dave"]]).to_hex()
        client.close()

        # The archive_v1 methods explorers use. (The replayed chain is final as far as the
        # GRANDPA justifications in the export prove; archive methods serve every block.)
        assert archive.call("archive_v1_finalizedHeight") == archive.finalized_number()
        assert archive.call("archive_v1_genesisHash") == archive.call("chain_getBlockHash", [0])
        assert archive.call("archive_v1_hashByHeight", [history["transfer_block"]]) == [at_after]
        assert archive.call("archive_v1_header", [at_after])
        assert archive.call("archive_v1_body", [at_after])
        past, now = archive_storage(archive, at_before, key), archive_storage(archive, at_after, key)
        assert past is not None and now is not None and past != now, (past, now)
    finally:
        source.stop(kill=True)
        archive.stop(kill=True)


def test_corrupted_block_file_is_refused_and_nothing_past_it_is_imported(history, workdir):
    blocks = read_blocks(history["blocks"])
    corrupt_at = history["transfer_block"]  # block numbers start at 1 in the file
    target = blocks[corrupt_at - 1]["block"]["header"]
    assert int(target["number"], 16) == corrupt_at
    root = target["stateRoot"]
    target["stateRoot"] = root[:-4] + ("0000" if root[-4:] != "0000" else "ffff")
    corrupted = workdir / "corrupted.json"
    corrupted.write_text("".join(json.dumps(b) for b in blocks))

    fresh = workdir / "corrupted-replay"
    result = import_blocks(fresh, corrupted)
    assert result.returncode != 0, "a corrupted block must be refused"
    message = (result.stdout + result.stderr).lower()
    assert "error" in message, message[-2000:]
    assert chain_info(fresh)["best_number"] == corrupt_at - 1
