"""The test harness uses the same node launcher as `scripts/localnet.py`."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from localnet import (  # noqa: E402,F401
    BINARY, Node, make_spec, multiaddr, peer_id, rpc, start_network, tail,
)
