"""The test harness uses the same node launcher as `scripts/localnet.py`."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from localnet import BINARY, Node, make_spec, peer_id, rpc, tail  # noqa: E402,F401
