"""Fixtures: a dev chain node per test module (temporary base path, free ports, killed at the
end whatever happens), and a py-substrate-interface client connected to it."""

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from substrateinterface import SubstrateInterface

from .node import BINARY, Node


def pytest_sessionstart(session):
    if not BINARY.exists():
        raise pytest.UsageError(f"{BINARY} is missing: build it with scripts/setup.sh")


@pytest.fixture(scope="module")
def workdir():
    path = Path(tempfile.mkdtemp(prefix="tfchain-e2e-"))
    yield path
    if not os.environ.get("KEEP_NODE_DIRS"):
        shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="module")
def dev_node(workdir):
    node = Node("dev", workdir, ["--dev"])
    try:
        node.start()
        node.wait_for(lambda: node.best_number() >= 1, 30, "block 1")
        yield node
    finally:
        node.stop(kill=True)


@pytest.fixture(scope="module")
def substrate(dev_node):
    client = SubstrateInterface(url=dev_node.ws, ss58_format=42)
    try:
        yield client
    finally:
        client.close()
