"""A network partition, made with Linux network namespaces: four validators, each in its own
namespace with its own address on a shared bridge. Cutting {Alice, Bob} from {Charlie, Dave}
("unreachable" routes inside each namespace) leaves neither half with the 3 of 4 GRANDPA voters it
needs: both halves keep authoring blocks, nobody finalizes. Once the routes are removed the
halves reconnect, settle on one chain, and finality resumes on the same blocks everywhere.

Needs root (or CAP_NET_ADMIN) and iproute2; skipped with the reason when the machine does not
allow network namespaces."""

import os
import subprocess
import time

import pytest

from .node import make_spec, start_network

VALIDATORS = ["alice", "bob", "charlie", "dave"]
BLOCK = 6
TAG = f"tf{os.getpid() % 100000}"
BRIDGE = f"{TAG}br"
SUBNET = "10.77.0"


def sh(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(list(args), check=check, capture_output=True, text=True)


def namespace(i: int) -> str:
    return f"{TAG}n{i}"


def address(i: int) -> str:
    return f"{SUBNET}.{i + 1}"


def make_hosts(count: int) -> None:
    sh("ip", "link", "add", BRIDGE, "type", "bridge")
    sh("ip", "addr", "add", f"{SUBNET}.254/24", "dev", BRIDGE)
    sh("ip", "link", "set", BRIDGE, "up")
    for i in range(count):
        ns, outside = namespace(i), f"{TAG}v{i}"
        sh("ip", "netns", "add", ns)
        sh("ip", "link", "add", outside, "type", "veth", "peer", "name", "eth0", "netns", ns)
        sh("ip", "link", "set", outside, "master", BRIDGE)
        sh("ip", "link", "set", outside, "up")
        sh("ip", "-n", ns, "addr", "add", f"{address(i)}/24", "dev", "eth0")
        sh("ip", "-n", ns, "link", "set", "eth0", "up")
        sh("ip", "-n", ns, "link", "set", "lo", "up")


def remove_hosts(count: int) -> None:
    for i in range(count):
        sh("ip", "netns", "del", namespace(i), check=False)  # takes its veth pair along
    sh("ip", "link", "del", BRIDGE, check=False)


def cut(group_a: list[int], group_b: list[int], cut_it: bool) -> None:
    """Adds (or removes) unreachable routes between the two groups, in both directions: packets
    are refused at the sender, so open connections fail fast instead of hanging."""
    verb = "add" if cut_it else "del"
    for a in group_a:
        for b in group_b:
            sh("ip", "-n", namespace(a), "route", verb, "unreachable", address(b))
            sh("ip", "-n", namespace(b), "route", verb, "unreachable", address(a))


@pytest.fixture(scope="module")
def nodes(workdir):
    try:
        make_hosts(len(VALIDATORS))
    except (subprocess.CalledProcessError, FileNotFoundError) as error:
        remove_hosts(len(VALIDATORS))
        detail = getattr(error, "stderr", "") or error
        pytest.skip(f"network namespaces are not available here: {detail}")
    started = []
    try:
        spec = make_spec(VALIDATORS, workdir, session_period=10)
        hosts = [(address(i), ["ip", "netns", "exec", namespace(i)]) for i in range(len(VALIDATORS))]
        started = start_network(VALIDATORS, workdir, spec, hosts=hosts)
        started[0].wait_for(lambda: started[0].finalized_number() >= 2, 120, "finality")
        yield started
    finally:
        for node in started:
            node.stop(kill=True)
        remove_hosts(len(VALIDATORS))


def test_partition_stalls_finality_and_the_chain_recovers_when_it_heals(nodes):
    left, right = [0, 1], [2, 3]
    alice, charlie = nodes[0], nodes[2]
    for node in nodes:
        node.wait_for(lambda: node.call("system_health")["peers"] >= 3, 60, "peers")

    cut(left, right, True)
    try:
        time.sleep(4 * BLOCK)  # a GRANDPA round under way may still complete
        stalled = [node.finalized_number() for node in nodes]
        best_left, best_right = alice.best_number(), charlie.best_number()
        time.sleep(8 * BLOCK)
        for node, before in zip(nodes, stalled):
            assert node.finalized_number() == before, f"{node.name} finalized during the partition"
        assert alice.best_number() > best_left, "the left half stopped authoring"
        assert charlie.best_number() > best_right, "the right half stopped authoring"
        # The halves authored different blocks at the same height: a real fork.
        height = min(alice.best_number(), charlie.best_number())
        assert alice.call("chain_getBlockHash", [height]) != charlie.call("chain_getBlockHash", [height])
    finally:
        cut(left, right, False)

    target = max(node.best_number() for node in nodes)
    alice.wait_for(lambda: alice.finalized_number() > target, 300, "finality after healing")
    number = alice.finalized_number()
    expected = alice.call("chain_getBlockHash", [number])
    for node in nodes:
        node.wait_for(lambda: node.finalized_number() >= number, 120, "the finalized head")
        assert node.call("chain_getBlockHash", [number]) == expected, node.name
