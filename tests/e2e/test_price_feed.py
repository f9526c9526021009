"""The TFT price feed end to end: every validator's offchain worker reads the TFT price from the
price sources given with `--tft-price-source URL` (Stellar Horizon's `GET /paths/strict-receive`
shape), and submits it with `TFTPriceModule.set_prices(price, block_number)`, signed with its aura
key, at most once per 10 blocks.

The sources are small HTTP servers on loopback, started by the tests, whose answer the tests
change: a price, garbage, all-zero amounts, no paths, HTTP 500. Expected price (mUSD per TFT) =
lowest `source_amount` (USDC paid for `destination_amount` TFT) × 1000 / `destination_amount`,
rounded to the nearest integer.

- A `--dev` node (Alice) feeds the served price, follows a change, and its Prometheus gauge
  `tft_price_last_submitted_musd` shows the last value it submitted.
- Bad answers change nothing on chain (no `PriceStored`, no `set_prices` at all) while the worker
  keeps asking; once the source answers properly again, the feed resumes.
- Three validators (Alice 60, Bob 62, Charlie lying with 600): `AverageTftPrice`, the median over
  validators of each one's median, settles within the honest range and stays there, while the
  liar's submissions land.
"""

from __future__ import annotations

import json
import re
import threading
import time
import urllib.request
from contextlib import contextmanager
from decimal import ROUND_HALF_UP, Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest
from substrateinterface import Keypair, SubstrateInterface
from substrateinterface.utils.hasher import xxh128

from .node import Node, make_spec, multiaddr, tail

MODULE = "TFTPriceModule"
BLOCK = 6  # seconds
INTERVAL = 10  # blocks between two submissions of one validator (PriceSubmissionInterval)
GENESIS_PRICE = 50  # mUSD per TFT
METRIC = "tft_price_last_submitted_musd"
PATH = "/paths/strict-receive"
# Stellar mainnet issuers, as Horizon answers with them.
USDC_ISSUER = "GA5ZSEJYB37JRC5AVCIA5MOP4RHTM335X2KGX3IHOJAPP5RE34K4KZVN"
TFT_ISSUER = "GBOVQKJYHXRR3DX6NOX2RRYFRCUMSADGDESTDNBDS6CDVLGVESRTAC47"
BAD_ANSWERS = ("garbage", "zero", "empty", "http500")
ALICE, BOB, CHARLIE = (Keypair.create_from_uri(f"//{n}").ss58_address
                       for n in ("Alice", "Bob", "Charlie"))


# --- The price source: a Horizon stand-in on loopback ---------------------------------------

def amount(value: Decimal) -> str:
    """A Stellar amount as Horizon writes it: 7 decimals."""
    return str(value.quantize(Decimal("0.0000001"), rounding=ROUND_HALF_UP))


def expected_musd(source_amount: str, destination_amount: str) -> int:
    """What the node must derive from the lowest record: mUSD per TFT, rounded to nearest."""
    exact = Decimal(source_amount) * 1000 / Decimal(destination_amount)
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def record(source_amount: str, destination_amount: str, path: list) -> dict:
    return {
        "source_asset_type": "credit_alphanum4",
        "source_asset_code": "USDC",
        "source_asset_issuer": USDC_ISSUER,
        "source_amount": source_amount,
        "destination_asset_type": "credit_alphanum4",
        "destination_asset_code": "TFT",
        "destination_asset_issuer": TFT_ISSUER,
        "destination_amount": destination_amount,
        "path": path,
    }


class PriceSource:
    """A threaded HTTP server on 127.0.0.1 (a free port from the kernel) that answers
    `GET /paths/strict-receive?destination_amount=N` like Horizon. `serve_price` sets the TFT
    price it quotes; `serve_bad` makes it answer with the given bad answers, one after the other
    (request 1 gets the first, request 2 the second, …, then round again). Every answered request
    is logged as (time, answer kind, destination_amount)."""

    def __init__(self, musd_per_tft: str):
        self.lock = threading.Lock()
        self.musd = Decimal(musd_per_tft)
        self.kinds: tuple[str, ...] = ("price",)
        self.turn = 0
        self.log: list[tuple[float, str, str]] = []
        self.not_found = 0
        source = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's name)
                source.answer(self)

            def log_message(self, *args):  # quiet
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def port(self) -> int:
        return self.server.server_address[1]

    def url(self, destination_amount: int = 100) -> str:
        return f"http://127.0.0.1:{self.port}{PATH}?destination_amount={destination_amount}"

    def serve_price(self, musd_per_tft: str) -> None:
        with self.lock:
            self.musd, self.kinds, self.turn = Decimal(musd_per_tft), ("price",), 0

    def serve_bad(self, *kinds: str) -> None:
        with self.lock:
            self.kinds, self.turn = kinds, 0

    def answered(self, kind: str | None = None, since: float = 0.0) -> int:
        with self.lock:
            return sum(1 for at, k, _ in self.log if at >= since and (kind is None or k == kind))

    def destination_amounts(self) -> set[str]:
        with self.lock:
            return {d for _, _, d in self.log}

    def records(self, destination_amount: str) -> list:
        """Three paths; the cheapest (the direct one) is not listed first."""
        best = self.musd / 1000 * Decimal(destination_amount)
        destination_amount = amount(Decimal(destination_amount))
        via_xlm = [{"asset_type": "native"}]
        via_two = [{"asset_type": "native"},
                   {"asset_type": "credit_alphanum4", "asset_code": "yUSDC",
                    "asset_issuer": "GDGTVWSM4MGS4T7Z6W4RPWOCHE2I6RDFCIFZGS3DOA63LWQTRNZNTTFF"}]
        return [
            record(amount(best * Decimal("1.021")), destination_amount, via_xlm),
            record(amount(best), destination_amount, []),
            record(amount(best * Decimal("1.047")), destination_amount, via_two),
        ]

    def answer(self, request: BaseHTTPRequestHandler) -> None:
        url = urlparse(request.path)
        if url.path != PATH:
            with self.lock:
                self.not_found += 1
            return self.send(request, 404, "application/problem+json",
                             {"type": "https://stellar.org/horizon-errors/not_found",
                              "title": "Resource Missing", "status": 404})
        destination = parse_qs(url.query).get("destination_amount", ["100"])[0]
        with self.lock:
            kind = self.kinds[self.turn % len(self.kinds)]
            self.turn += 1
            self.log.append((time.time(), kind, destination))
        if kind == "price":
            body = {"_embedded": {"records": self.records(destination)}}
            self.send(request, 200, "application/hal+json; charset=utf-8", body)
        elif kind == "zero":
            zeros = [record("0.0000000", amount(Decimal(destination)), []) for _ in range(2)]
            self.send(request, 200, "application/hal+json; charset=utf-8",
                      {"_embedded": {"records": zeros}})
        elif kind == "empty":
            self.send(request, 200, "application/hal+json; charset=utf-8",
                      {"_embedded": {"records": []}})
        elif kind == "garbage":
            self.send(request, 200, "text/html", b"<html><body>502 Bad Gateway</body></html>")
        elif kind == "http500":
            self.send(request, 500, "application/problem+json",
                      {"type": "https://stellar.org/horizon-errors/server_error",
                       "title": "Internal Server Error", "status": 500,
                       "detail": "An error occurred while processing this request."})
        else:
            raise AssertionError(f"unknown answer kind {kind}")

    @staticmethod
    def send(request: BaseHTTPRequestHandler, status: int, content_type: str, body) -> None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        request.send_response(status)
        request.send_header("Content-Type", content_type)
        request.send_header("Content-Length", str(len(data)))
        request.end_headers()
        request.wfile.write(data)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


# --- Reading the chain -------------------------------------------------------------------

def storage_key(item: str) -> str:
    return "0x" + xxh128(MODULE.encode()).hex() + xxh128(item.encode()).hex()


def price_item(node: Node, item: str, at: str | None = None) -> int:
    """`TFTPriceModule.<item>` (a u32) through plain HTTP RPC (no websocket to keep alive)."""
    value = node.call("state_getStorage", [storage_key(item)] + ([at] if at else []))
    if value is None:
        return GENESIS_PRICE  # ValueQuery default
    return int.from_bytes(bytes.fromhex(value[2:]), "little")


def metrics(node: Node) -> dict:
    """The node's Prometheus samples, name -> value (the first sample of each name)."""
    url = f"http://127.0.0.1:{node.prometheus_port}/metrics"
    with urllib.request.urlopen(url, timeout=5) as response:
        text = response.read().decode()
    values = {}
    for line in text.splitlines():
        match = re.match(r"^([A-Za-z_:][A-Za-z0-9_:]*)(?:\{[^}]*\})?\s+(\S+)", line)
        if match and not line.startswith("#"):
            values.setdefault(match.group(1), float(match.group(2)))
    return values


def gauge(node: Node) -> float | None:
    """The node's `tft_price_last_submitted_musd` gauge (None when not exported)."""
    return metrics(node).get(METRIC)


def check_gauge(node: Node, expected: int, timeout: float = 30) -> None:
    """Waits until the gauge reads `expected`; fails saying what the node exports instead."""
    deadline = time.time() + timeout
    while True:
        values = metrics(node)
        if values.get(METRIC) == expected:
            return
        # A registered gauge is exported from the start: a missing one will not appear.
        if METRIC not in values or time.time() > deadline:
            near = {k: v for k, v in values.items() if "tft_price" in k}
            raise AssertionError(
                f"{node.name}: {METRIC} should read {expected} (the last price it submitted); "
                f"the node exports {near or 'no TFT price metric'} on "
                f"http://127.0.0.1:{node.prometheus_port}/metrics")
        time.sleep(1)


def poll_gauge(node: Node, expected: int, timeout: float = 30) -> float | None:
    """Polls the gauge until it reads `expected` or time runs out; returns the last reading
    (the caller asserts on it later, so the chain checks run first)."""
    deadline = time.time() + timeout
    while True:
        try:
            values = metrics(node)
        except OSError as error:
            return f"unreadable: {error}"
        value = values.get(METRIC)
        if value is None or value == expected or time.time() >= deadline:
            return value  # a registered gauge is exported from the start: None will not change
        time.sleep(1)


def log_excerpt(node: Node, lines: int = 25) -> str:
    """The node's last log lines that mention the price feed, then its last lines."""
    try:
        text = node.log_path.read_text(errors="replace").splitlines()
    except FileNotFoundError:
        return "(no log)"
    feed = [line for line in text if re.search(r"price|offchain|horizon", line, re.I)]
    return ("--- log lines about the price feed ---\n" + "\n".join(feed[-lines:]) +
            f"\n--- last lines of {node.log_path} ---\n" + tail(node.log_path, 15))


def wait_within_blocks(node: Node, observe, done, blocks: int, what: str):
    """Polls `observe()` until `done(value)`; fails once the node is `blocks` blocks further than
    when we started (or, should blocks stall, after twice their time), with the last value."""
    start = node.best_number()
    deadline = time.time() + 2 * blocks * BLOCK + 60
    value = None
    while True:
        try:
            value = observe()
        except (OSError, RuntimeError, ValueError) as error:  # RPC hiccup: try again
            value = f"error: {error}"
        else:
            if done(value):
                return value
        best = node.best_number()
        if best > start + blocks or time.time() > deadline:
            raise AssertionError(
                f"{node.name}: {what} not reached within {blocks} blocks "
                f"(#{start} -> #{best}); last seen: {value}\n{log_excerpt(node)}")
        time.sleep(1)


def wait_for_block(node: Node, number: int) -> None:
    blocks = max(number - node.best_number(), 0)
    node.wait_for(lambda: node.best_number() >= number, blocks * BLOCK * 2 + 60, f"block #{number}")


def one_value(attributes):
    """The value of a one-field event (`PriceStored(u32)`), however the client shapes it."""
    while isinstance(attributes, (list, tuple)) and len(attributes) == 1:
        attributes = attributes[0]
    if isinstance(attributes, dict) and len(attributes) == 1:
        attributes = next(iter(attributes.values()))
    return attributes


@contextmanager
def connected(node: Node):
    """A fresh websocket client: one left idle while we wait for blocks would miss the node's
    pings and be dropped."""
    client = SubstrateInterface(url=node.ws, ss58_format=42)
    try:
        yield client
    finally:
        client.close()


def scan(node: Node, first: int, last: int) -> dict:
    """Every `set_prices` extrinsic and every TFTPriceModule event in blocks first..=last:
    submissions as {block, signer, price, quoted, success, stored}, events as (block, name,
    value)."""
    with connected(node) as client:
        return scan_with(client, first, last)


def scan_with(client: SubstrateInterface, first: int, last: int) -> dict:
    submissions, price_events = [], []
    for number in range(max(first, 1), last + 1):
        block_hash = client.get_block_hash(number)
        block = client.get_block(block_hash=block_hash)
        records = [r.value for r in client.get_events(block_hash=block_hash)]
        for record_ in records:
            if record_["module_id"] == MODULE:
                price_events.append((number, record_["event_id"], one_value(record_["attributes"])))
        for index, extrinsic in enumerate(block["extrinsics"]):
            call = extrinsic.value["call"]
            if (call["call_module"], call["call_function"]) != (MODULE, "set_prices"):
                continue
            args = {a["name"]: a["value"] for a in call["call_args"]}
            mine = [r for r in records if r.get("extrinsic_idx") == index]
            submissions.append({
                "block": number,
                "signer": extrinsic.value.get("address"),
                "price": args.get("price"),
                "quoted": args.get("block_number"),
                "success": any(r["module_id"] == "System" and r["event_id"] == "ExtrinsicSuccess"
                               for r in mine),
                "stored": [one_value(r["attributes"]) for r in mine
                           if r["module_id"] == MODULE and r["event_id"] == "PriceStored"],
                "error": [r["attributes"] for r in mine if r["event_id"] == "ExtrinsicFailed"],
            })
    return {"submissions": submissions, "events": price_events}


class Scanner:
    """`scan_with` block by block as the chain grows, through one client that polling keeps
    busy (an idle one would be dropped)."""

    def __init__(self, client: SubstrateInterface, node: Node):
        self.client, self.node, self.next = client, node, 1
        self.submissions: list = []
        self.events: list = []

    def advance(self) -> int:
        best = self.node.best_number()
        if best >= self.next:
            found = scan_with(self.client, self.next, best)
            self.submissions += found["submissions"]
            self.events += found["events"]
            self.next = best + 1
        return best

    def fed(self, since: int = 0) -> set:
        """Who got a set_prices through in a block after `since`."""
        return {s["signer"] for s in self.submissions if s["success"] and s["block"] > since}


def check_submissions(submissions: list, signer: str, who: str) -> None:
    """Every submission is signed by `signer`, succeeded, stored its own price, quoted a block
    not after the one it landed in, and came at least INTERVAL blocks after the previous one."""
    assert submissions, f"no set_prices from {who}"
    for s in submissions:
        assert s["signer"] == signer, f"set_prices in #{s['block']} signed by {s['signer']}, not {who}"
        assert s["success"], f"{who}'s set_prices in #{s['block']} failed: {s['error']}"
        assert s["stored"] == [s["price"]], f"{who}'s set_prices in #{s['block']}: {s}"
        assert s["quoted"] <= s["block"], s
    blocks = [s["block"] for s in submissions]
    gaps = [b - a for a, b in zip(blocks, blocks[1:])]
    assert all(gap >= INTERVAL for gap in gaps), f"{who} submitted in blocks {blocks}"


# --- A dev node fed by one source ----------------------------------------------------------

FIRST_PRICE = "73.4"  # 1 TFT = 0.0734 USDC: "7.3400000" USDC for 100 TFT -> 73 mUSD
SECOND_PRICE = "81.56"  # "8.1560000" for 100 TFT -> 81.56 -> 82 (nearest, not truncated)


@pytest.fixture(scope="module")
def source():
    server = PriceSource(FIRST_PRICE)
    try:
        yield server
    finally:
        server.close()


@pytest.fixture(scope="module")
def feeder(workdir, source):
    node = Node("dev-feeder", workdir, ["--dev", "--tft-price-source", source.url(100)])
    try:
        node.start()
        node.wait_for(lambda: node.best_number() >= 1, 30, "block 1")
        yield node
    finally:
        node.stop(kill=True)


def test_dev_validator_feeds_the_served_price_and_follows_it(feeder, source):
    genesis = feeder.call("chain_getBlockHash", [0])
    assert price_item(feeder, "TftPrice", genesis) == GENESIS_PRICE
    first = expected_musd(amount(Decimal(FIRST_PRICE) / 10), "100")
    assert first == 73 != GENESIS_PRICE

    wait_within_blocks(feeder, lambda: price_item(feeder, "TftPrice"), lambda v: v == first, 30,
                       f"TftPrice == {first}")
    assert source.answered("price") >= 1
    assert source.destination_amounts() == {"100"}, "the node must keep the URL's query"
    assert source.not_found == 0
    gauge_after_first = poll_gauge(feeder, first)  # checked last, with the other gauge checks

    changed_at = feeder.best_number()
    source.serve_price(SECOND_PRICE)
    second = expected_musd(amount(Decimal(SECOND_PRICE) / 10), "100")
    assert second == 82
    wait_within_blocks(feeder, lambda: price_item(feeder, "TftPrice"), lambda v: v == second, 25,
                       f"TftPrice following the source to {second}")

    found = scan(feeder, 1, feeder.best_number())
    submissions = found["submissions"]
    check_submissions(submissions, ALICE, "Alice")
    prices = [s["price"] for s in submissions]
    assert set(prices) <= {first, second}, f"submitted prices {prices}"
    assert all(s["price"] == first for s in submissions if s["block"] <= changed_at), prices
    assert submissions[-1]["price"] == second
    stored = [v for _, name, v in found["events"] if name == "PriceStored"]
    assert first in stored and second in stored, found["events"]

    # The Prometheus gauge shows the last price the node submitted.
    check_gauge(feeder, second)
    assert gauge_after_first == first, f"{METRIC} read {gauge_after_first} after {first} was fed"


def test_bad_answers_change_nothing_while_the_worker_keeps_asking(feeder, source):
    good = expected_musd(amount(Decimal(SECOND_PRICE) / 10), "100")
    source.serve_price(SECOND_PRICE)
    wait_within_blocks(feeder, lambda: price_item(feeder, "TftPrice"), lambda v: v == good, 30,
                       f"TftPrice == {good} before the bad answers")

    switched = time.time()
    source.serve_bad(*BAD_ANSWERS)
    wait_within_blocks(feeder, lambda: source.answered(since=switched), bool, 2 * INTERVAL + 5,
                       "a request after the source went bad")
    # Whatever the worker read before the switch has landed by now.
    since = feeder.best_number() + 2
    wait_for_block(feeder, since)
    asked_at = time.time()
    price_before = price_item(feeder, "TftPrice")
    average_before = price_item(feeder, "AverageTftPrice")
    assert price_before == good

    def seen():
        return {k: source.answered(k, switched) for k in BAD_ANSWERS}, feeder.best_number()
    wait_within_blocks(
        feeder, seen,
        lambda v: isinstance(v, tuple) and all(v[0].values()) and v[1] >= since + 25,
        25 + 4 * (INTERVAL + 2), "25 blocks with every bad answer served at least once")
    end = feeder.best_number()
    asked = source.answered(since=asked_at)
    assert asked >= 2, f"the worker asked only {asked} times in blocks #{since}..#{end}"

    found = scan(feeder, since, end)
    assert not found["submissions"], (
        f"set_prices submitted on bad answers: {found['submissions']}\n{log_excerpt(feeder)}")
    assert not [e for e in found["events"] if e[1] == "PriceStored"], found["events"]
    assert price_item(feeder, "TftPrice") == price_before
    assert price_item(feeder, "AverageTftPrice") == average_before
    gauge_after_bad = poll_gauge(feeder, good, timeout=0)  # checked last

    # Good answers again: the worker was not stuck, the feed resumes.
    source.serve_price("77.0")
    wait_within_blocks(feeder, lambda: price_item(feeder, "TftPrice"), lambda v: v == 77, 25,
                       "TftPrice == 77 once the source answers properly again")

    check_gauge(feeder, 77)
    assert gauge_after_bad == good, (
        f"{METRIC} read {gauge_after_bad} after the bad answers: must stay {good}, the last price "
        "submitted")


# --- Three validators, one of them lying ---------------------------------------------------

HONEST = {"alice": ("60", 100), "bob": ("62", 1000)}  # Bob asks for 1000 TFT: 62.0000000 USDC
LIAR = {"charlie": ("600", 100)}  # ten times the price
VALIDATORS = ["alice", "bob", "charlie"]
ACCOUNT = {"alice": ALICE, "bob": BOB, "charlie": CHARLIE}
EXPECTED = {"alice": 60, "bob": 62, "charlie": 600}


@pytest.fixture(scope="module")
def network(workdir):
    sources = {name: PriceSource(price) for name, (price, _) in {**HONEST, **LIAR}.items()}
    nodes = []
    try:
        netdir = workdir / "three"
        spec = make_spec(VALIDATORS, netdir)  # the `local` spec of this build: everyone funded
        for index, name in enumerate(VALIDATORS):
            destination = {**HONEST, **LIAR}[name][1]
            nodes.append(Node(name, netdir, [
                "--chain", str(spec), "--name", name, "--validator", f"--{name}",
                "--tft-price-source", sources[name].url(destination),
            ], node_index=index))
        addresses = [multiaddr(node) for node in nodes]
        for node, own in zip(nodes, addresses):
            node.args += ["--bootnodes", *(a for a in addresses if a != own)]
        for node in nodes:
            node.start()
        nodes[0].wait_for(lambda: nodes[0].best_number() >= 1, 60, "block 1")
        yield {"nodes": dict(zip(VALIDATORS, nodes)), "sources": sources}
    finally:
        for node in nodes:
            node.stop(kill=True)
        for server in sources.values():
            server.close()


def test_median_of_three_validators_ignores_a_liar(network):
    nodes, sources = network["nodes"], network["sources"]
    alice = nodes["alice"]
    everyone = {ALICE, BOB, CHARLIE}
    with connected(alice) as client:
        session = {str(v) for v in client.query("Session", "Validators").value}
        assert session == everyone, session
        for who in everyone:  # a feeder's transaction needs funds up front (refunded: Pays::No)
            assert client.query("System", "Account", [who]).value["data"]["free"] > 0, who
        chain = Scanner(client, alice)

        def state():
            chain.advance()
            return chain.fed(), price_item(alice, "AverageTftPrice")
        settled = wait_within_blocks(
            alice, state, lambda v: isinstance(v, tuple) and v[0] == everyone and 60 <= v[1] <= 62,
            40, "all three feeding and AverageTftPrice in [60, 62]")
        settled_at = alice.best_number()

        # It stays there while everyone, the liar too, submits again.
        def fed_again():
            chain.advance()
            return chain.fed(since=settled_at), chain.next - 1
        wait_within_blocks(
            alice, fed_again, lambda v: isinstance(v, tuple) and v[0] == everyone
            and v[1] >= settled_at + 2 * INTERVAL,
            2 * INTERVAL + 10, "everyone (the liar too) submitting again after the average settled")
    end = chain.next - 1

    for number in range(settled_at, end + 1):
        at = alice.call("chain_getBlockHash", [number])
        average = price_item(alice, "AverageTftPrice", at)
        assert 60 <= average <= 62, f"AverageTftPrice {average} at #{number} (settled {settled})"
    for name in VALIDATORS:
        mine = [s for s in chain.submissions if s["signer"] == ACCOUNT[name]]
        check_submissions(mine, ACCOUNT[name], name)
        assert {s["price"] for s in mine} == {EXPECTED[name]}, f"{name} submitted {mine}"
        assert sources[name].answered("price") >= 1, f"{name}'s source was never asked"
    others = [s for s in chain.submissions if s["signer"] not in everyone]
    assert not others, others
    liar_stored = [n for n, name, v in chain.events if name == "PriceStored" and v == 600]
    assert any(n > settled_at for n in liar_stored), f"liar's PriceStored in {liar_stored}"
    averages = [(n, v) for n, name, v in chain.events
                if name == "AveragePriceStored" and n > settled_at]
    assert averages and all(60 <= v <= 62 for _, v in averages), averages
    assert sources["bob"].destination_amounts() == {"1000"}

    for name, node in nodes.items():
        check_gauge(node, EXPECTED[name])
