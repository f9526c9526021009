#!/usr/bin/env python3
"""A local network of N validators on loopback.

    scripts/localnet.py start N [--rpc-node] [--dir DIR]   start N validators (1..8)
    scripts/localnet.py stop [--dir DIR]                   stop every node of the network
    scripts/localnet.py logs [NAME] [--dir DIR] [-n LINES] show the logs (all nodes, or one)
    scripts/localnet.py status [--dir DIR]                 best/finalized block of every node

Each validator is a well-known dev account (alice, bob, charlie, …) with its own base path,
ports, node key and session keys (`--alice` etc. put the dev seeds' aura and gran keys in the
node's keystore). The chain spec is the `local` spec with its genesis validator set replaced by
the N accounts, converted to raw. Ports: p2p 30333+i, RPC 9944+i, Prometheus 9615+i (i = node
index), so the first node answers on ws://127.0.0.1:9944.

The same module is used by the end-to-end tests (`tests/e2e`), which pass their own ports.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BINARY = Path(os.environ.get("TFCHAIN_BIN", REPO / "target" / "release" / "tfchain"))
DEFAULT_DIR = REPO / ".local" / "network"
DEV_NAMES = ["alice", "bob", "charlie", "dave", "eve", "ferdie", "one", "two"]


def run(*args: str) -> str:
    """Runs the node binary with `args` and returns its standard output."""
    return subprocess.run(
        [str(BINARY), *args], check=True, capture_output=True, text=True
    ).stdout


def dev_keys(name: str) -> dict:
    """SS58 account, sr25519 (aura) and ed25519 (gran) public keys of a dev seed."""
    sr = json.loads(run("key", "inspect", f"//{name.capitalize()}", "--output-type", "json"))
    ed = json.loads(
        run("key", "inspect", f"//{name.capitalize()}", "--scheme", "ed25519", "--output-type", "json")
    )
    return {"account": sr["ss58PublicKey"], "aura": sr["ss58PublicKey"], "gran": ed["ss58PublicKey"]}


def node_key(index: int) -> str:
    """A fixed network key per node index, so peer ids (and bootnodes) are known in advance."""
    return f"{index + 1:064x}"


def peer_id(index: int, workdir: Path) -> str:
    path = workdir / f"node-key-{index}"
    path.write_text(node_key(index))
    return subprocess.run(
        [str(BINARY), "key", "inspect-node-key", "--file", str(path)],
        check=True, capture_output=True, text=True,
    ).stdout.strip()


def make_spec(
    validators: list[str],
    workdir: Path,
    session_period: int | None = None,
    code: Path | None = None,
    genesis_keys: set[str] | None = None,
) -> Path:
    """Writes a raw chain spec whose genesis validators are the given dev accounts.

    `code` replaces the runtime (a `.compact.compressed.wasm`), e.g. an older release to upgrade
    from; `genesis_keys` then keeps only the genesis sections that runtime knows.
    """
    workdir.mkdir(parents=True, exist_ok=True)
    plain = json.loads(run("export-chain-spec", "--chain", "local"))
    genesis = plain["genesis"]["runtimeGenesis"]
    patch = genesis["patch"]
    keys = [dev_keys(name) for name in validators]
    patch["validatorSet"]["initialValidators"] = [k["account"] for k in keys]
    if session_period is not None:
        patch["validatorSet"]["sessionPeriod"] = session_period
    patch["session"]["keys"] = [
        [k["account"], k["account"], {"aura": k["aura"], "grandpa": k["gran"]}] for k in keys
    ]
    if code is not None:
        genesis["code"] = "0x" + code.read_bytes().hex()
    if genesis_keys is not None:
        genesis["patch"] = {k: v for k, v in patch.items() if k in genesis_keys}
    plain["name"] = f"tfchain local {len(validators)} validators"
    plain_path = workdir / "spec-plain.json"
    plain_path.write_text(json.dumps(plain, indent=1))
    raw_path = workdir / "spec-raw.json"
    raw_path.write_text(run("export-chain-spec", "--chain", str(plain_path), "--raw"))
    return raw_path


def rpc(port: int, method: str, params: list | None = None, timeout: float = 5.0,
        host: str = "127.0.0.1"):
    body = json.dumps({"jsonrpc": "2.0", "id": 1, "method": method, "params": params or []})
    request = urllib.request.Request(
        f"http://{host}:{port}", data=body.encode(), headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=timeout) as response:
        reply = json.loads(response.read())
    if "error" in reply:
        raise RuntimeError(f"{method}: {reply['error']}")
    return reply["result"]


# Ports handed out by `free_port`: below the kernel's ephemeral range (32768+), so an outgoing
# connection never takes one between `free_port` and the node binding it; each pytest-xdist
# worker (`PYTEST_XDIST_WORKER=gwN`) draws from its own block, so parallel tests never collide.
_WORKER = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").lstrip("gw") or 0)
_PORT_BLOCK = 1500
_next_port = 20000 + (_WORKER % 8) * _PORT_BLOCK


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now, from this process's block."""
    global _next_port
    first = 20000 + (_WORKER % 8) * _PORT_BLOCK
    for _ in range(_PORT_BLOCK):
        port = _next_port
        _next_port = first + (_next_port + 1 - first) % _PORT_BLOCK
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port left in this process's block")


class Node:
    """One `tfchain` process with its own base path, ports and log file.

    `args` are the node's own flags (`--dev`, or `--chain …  --validator --alice`); the base
    path, ports (free ones unless given), node key (when `node_index` is given) and the
    networking flags are added here. By default the node listens on loopback; `host` and
    `prefix` (e.g. `ip netns exec NS`) run it inside a network namespace on its own address.
    """

    def __init__(self, name: str, workdir: Path, args: list[str], ports=None, node_index=None,
                 host: str = "127.0.0.1", prefix: list[str] | None = None):
        self.name, self.args, self.node_index = name, list(args), node_index
        self.host, self.prefix = host, list(prefix or [])
        self.base_path = workdir / name
        self.p2p_port, self.rpc_port, self.prometheus_port = ports or (
            free_port(), free_port(), free_port()
        )
        self.log_path = workdir / f"{name}.log"
        self.process: subprocess.Popen | None = None

    @property
    def peer_id(self) -> str:
        """The libp2p peer id that follows from the node key of `node_index`."""
        return peer_id(self.node_index, self.base_path.parent)

    @property
    def http(self) -> str:
        return f"http://{self.host}:{self.rpc_port}"

    @property
    def ws(self) -> str:
        return f"ws://{self.host}:{self.rpc_port}"

    def command(self) -> list[str]:
        command = [
            *self.prefix, str(BINARY), *self.args, "--base-path", str(self.base_path),
            "--listen-addr", f"/ip4/{self.host}/tcp/{self.p2p_port}",
            "--rpc-port", str(self.rpc_port), "--rpc-cors", "all",
            "--prometheus-port", str(self.prometheus_port), "--no-mdns", "--no-telemetry",
        ]
        if self.node_index is not None:
            command += ["--node-key", node_key(self.node_index)]
        return command

    def start(self, wait: float = 60.0) -> "Node":
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(
                self.command(), stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
        deadline = time.time() + wait
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited:\n{tail(self.log_path)}")
            try:
                self.call("system_health")
                return self
            except Exception:
                time.sleep(0.3)
        raise TimeoutError(f"{self.name}: RPC not up after {wait}s\n{tail(self.log_path)}")

    def stop(self, kill: bool = False) -> None:
        """SIGTERM (or SIGKILL when `kill`), escalating to SIGKILL after 20 s."""
        if self.process and self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGKILL if kill else signal.SIGTERM)
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
            except ProcessLookupError:
                pass
        self.process = None

    def call(self, method: str, params: list | None = None):
        return rpc(self.rpc_port, method, params, host=self.host)

    def best_number(self) -> int:
        return int(self.call("chain_getHeader")["number"], 16)

    def finalized_number(self) -> int:
        head = self.call("chain_getFinalizedHead")
        return int(self.call("chain_getHeader", [head])["number"], 16)

    def wait_for(self, predicate, timeout: float, what: str):
        """Polls `predicate()` until it returns something truthy, and returns that. An RPC
        error or timeout while polling (e.g. a node compiling a new runtime) counts as "not
        yet"; the last one is reported if time runs out."""
        deadline = time.time() + timeout
        last_error = None
        while time.time() < deadline:
            try:
                value = predicate()
            except (OSError, RuntimeError, ValueError) as error:
                value, last_error = None, error
            if value:
                return value
            time.sleep(0.5)
        raise TimeoutError(
            f"{self.name}: no {what} after {timeout}s (last error: {last_error})\n"
            f"{tail(self.log_path)}"
        )


def tail(path: Path, lines: int = 30) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except FileNotFoundError:
        return "(no log)"


def multiaddr(node: "Node") -> str:
    """The node's p2p address (it must have been created with a `node_index`)."""
    return f"/ip4/{node.host}/tcp/{node.p2p_port}/p2p/{node.peer_id}"


def start_network(
    names: list[str],
    workdir: Path,
    spec: Path,
    fixed_ports: bool = False,
    hosts: list[tuple[str, list[str]]] | None = None,
) -> list[Node]:
    """Starts one node per name: dev-account names validate with their dev keys (`--alice`, …),
    other names ("rpc") are plain full nodes. Every node has every other node as bootnode.
    `hosts` gives each node an address and a command prefix (network namespaces)."""
    nodes = []
    for i, name in enumerate(names):
        ports = (30333 + i, 9944 + i, 9615 + i) if fixed_ports else None
        args = ["--chain", str(spec), "--name", name]
        if name in DEV_NAMES:
            args += ["--validator", f"--{name}"]
        host, prefix = hosts[i] if hosts else ("127.0.0.1", [])
        if host != "127.0.0.1":
            # Its own namespace: RPC on the node's address (safe methods only).
            args += ["--unsafe-rpc-external", "--rpc-methods", "safe"]
        nodes.append(Node(name, workdir, args, ports, node_index=i, host=host, prefix=prefix))
    addresses = [multiaddr(node) for node in nodes]
    for node, own in zip(nodes, addresses):
        others = [a for a in addresses if a != own]
        if others:
            node.args += ["--bootnodes", *others]
    for node in nodes:
        node.start()
    return nodes


def start(count: int, workdir: Path, rpc_node: bool) -> list[Node]:
    if not 1 <= count <= len(DEV_NAMES):
        sys.exit(f"N must be 1..{len(DEV_NAMES)}")
    if (workdir / "pids.json").exists():
        sys.exit(f"a network is already running in {workdir}: stop it first")
    spec = make_spec(DEV_NAMES[:count], workdir)
    names = DEV_NAMES[:count] + (["rpc"] if rpc_node else [])
    nodes = start_network(names, workdir, spec, fixed_ports=True)
    for node in nodes:
        print(f"{node.name}: ws://127.0.0.1:{node.rpc_port}  log {node.log_path}")
    (workdir / "pids.json").write_text(
        json.dumps({n.name: {"pid": n.process.pid, "rpc": n.rpc_port} for n in nodes})
    )
    return nodes


def stop(workdir: Path) -> None:
    state = workdir / "pids.json"
    if not state.exists():
        print("no network is running")
        return
    for name, info in json.loads(state.read_text()).items():
        try:
            os.killpg(info["pid"], signal.SIGTERM)
            print(f"stopped {name}")
        except ProcessLookupError:
            print(f"{name} was not running")
    state.unlink()


def status(workdir: Path) -> None:
    state = workdir / "pids.json"
    if not state.exists():
        print("no network is running")
        return
    for name, info in json.loads(state.read_text()).items():
        try:
            best = int(rpc(info["rpc"], "chain_getHeader")["number"], 16)
            head = rpc(info["rpc"], "chain_getFinalizedHead")
            final = int(rpc(info["rpc"], "chain_getHeader", [head])["number"], 16)
            peers = rpc(info["rpc"], "system_health")["peers"]
            print(f"{name}: best #{best}, finalized #{final}, peers {peers}")
        except Exception as error:  # a stopped node is reported, not fatal
            print(f"{name}: unreachable ({error})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR, help="network state and logs")
    sub = parser.add_subparsers(dest="command", required=True)
    p_start = sub.add_parser("start")
    p_start.add_argument("count", type=int)
    p_start.add_argument("--rpc-node", action="store_true", help="add a non-validating RPC node")
    sub.add_parser("stop")
    sub.add_parser("status")
    p_logs = sub.add_parser("logs")
    p_logs.add_argument("name", nargs="?")
    p_logs.add_argument("-n", type=int, default=30)
    args = parser.parse_args()
    if args.command == "start":
        start(args.count, args.dir, args.rpc_node)
    elif args.command == "stop":
        stop(args.dir)
    elif args.command == "status":
        status(args.dir)
    else:
        logs = [args.dir / f"{args.name}.log"] if args.name else sorted(args.dir.glob("*.log"))
        for log in logs:
            print(f"==> {log.name} <==\n{tail(log, args.n)}\n")


if __name__ == "__main__":
    main()
