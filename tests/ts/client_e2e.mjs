#!/usr/bin/env node
// ThreeFold's own TypeScript client, `@threefold/tfchain_client` (the dashboard's), unchanged,
// driving a dev node of this chain end to end.
//
//     node tests/ts/client_e2e.mjs ws://127.0.0.1:9944
//
// The client is used as its users use it: one `TFChainClient` per dev key, module methods that
// return an extrinsic and `.apply()` to send it, `patchExtrinsic(...).apply()` for calls the client
// has no method for (registering a node, reporting resources, a node's power state, bridge
// votes), `QueryClient` for reads, `listenForEvent` for events. Every step asserts what it did
// (state read back, balance deltas to the unit, the client's decoded error names) and prints one
// JSON line on stdout: {"step": name, "ok": true|false, ...}. The first line is the plan (every
// step name, in order); the last is the summary. The client's own logging goes to stderr. The
// exit code is 0 only when every step passed.
//
// On the dev chain: Alice and Bob form the council, Alice authors every block (so she receives
// every fee: balance deltas to the unit are measured on accounts that send nothing in between),
// Alice, Bob and Eve are the bridge validators and Ferdie the bridge's fee account.

import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { format } from "node:util";

// stdout carries this script's JSON lines only.
for (const name of ["log", "info", "debug"]) {
	console[name] = (...args) => process.stderr.write(`${format(...args)}\n`);
}

// The client's ES-module build does not load in Node (extension-less imports): `require` it.
// Its `Client` is the class its users import as `TFChainClient`.
const require = createRequire(import.meta.url);
const { Client: TFChainClient, QueryClient, TFChainError } = require("@threefold/tfchain_client");

const url = process.argv[2] ?? "ws://127.0.0.1:9944";

const TFT = 10_000_000;
const GIB = 1024 ** 3;
const DEV_PHRASE = "bottom drive obey lake curtain smoke basket hold race lonely fit walk";
const ALICE_SS58 = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";
const BOB_SS58 = "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty";

// Who does what. `dry` (the dev phrase itself, a real mnemonic) starts without funds.
const SEEDS = {
	alice: "//Alice", // council, DAO proposer, bridge validator, block author
	bob: "//Bob", // council, farmer (farm with two nodes), DAO voter, bridge validator
	charlie: "//Charlie", // node 1's own account
	node2: "//Charlie//stash", // node 2's own account
	dave: "//Dave", // deploys: name / node / rent contracts, kvstore, swaps to Stellar
	daveStash: "//Dave//stash", // receives a bridge mint
	eve: "//Eve", // sells a service
	eveStash: "//Eve//stash", // buys Eve's service
	ferdie: "//Ferdie", // the bridge's fee account: never sends anything
	aliceStash: "//Alice//stash", // source of a force transfer (a DAO proposal)
	bobStash: "//Bob//stash", // its destination
	ferdieStash: "//Ferdie//stash", // a force-set balance (the same proposal)
	dry: DEV_PHRASE, // a twin that runs out of funds (grace period)
};

const TC_LINK = "https://library.threefold.me/info/legal/#/tfgrid/terms_conditions_tfgrid3";
const TC_HASH = "b6b8b5a8c3a2e2b5d1f0e9d8c7b6a5f4";
const RELAY = "relay.dev.grid.tf";
const RELAY2 = "relay.qa.grid.tf";
const FARM = "ts_client_farm";
const GW = "185.206.122.1";
const IP1 = "185.206.122.33/24";
const IP2 = "185.206.122.34/24";
const IP3 = "185.206.122.35/24";
const LOCATION = { city: "Ghent", country: "Belgium", latitude: "51.05", longitude: "3.72" };
const INTERFACES = [{ name: "zos", mac: "00:11:22:33:44:55", ips: ["10.10.0.2"] }];
const NODE1_RESOURCES = { hru: 0, sru: 512 * GIB, cru: 8, mru: 16 * GIB };
const NODE2_RESOURCES = { hru: 2048 * GIB, sru: 256 * GIB, cru: 16, mru: 64 * GIB };
const PUBLIC_CONFIG = {
	ip4: { ip: "185.206.113.5/24", gw: "185.206.113.1" },
	ip6: { ip: "2a10:b600:1::cc4:7a30:65b5/64", gw: "2a10:b600:1::1" },
	domain: "node1.ts-client.example.com",
};

// ---------------------------------------------------------------------------------------------
// Small helpers

/** A deployment hash as the grid's clients make it: the md5 hex digest (32 characters). */
const deploymentHash = text => createHash("md5").update(text).digest("hex");
/** 32 bytes of hex derived from a label (a twin's public key). */
const hex32 = label => `0x${createHash("sha256").update(label).digest("hex")}`;

/** A Stellar account id (`G…`): version byte 6 << 3, the ed25519 key, CRC16-XModem (LE), base32. */
function stellarAddress(key) {
	assert.equal(key.length, 32);
	const payload = Buffer.concat([Buffer.from([6 << 3]), Buffer.from(key)]);
	let crc = 0;
	for (const byte of payload) {
		crc ^= byte << 8;
		for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
	}
	const data = Buffer.concat([payload, Buffer.from([crc & 0xff, crc >> 8])]);
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
	let bits = 0;
	let value = 0;
	let text = "";
	for (const byte of data) {
		value = (value << 8) | byte;
		bits += 8;
		while (bits >= 5) {
			text += alphabet[(value >>> (bits - 5)) & 31];
			bits -= 5;
		}
	}
	if (bits > 0) text += alphabet[(value << (5 - bits)) & 31];
	return text;
}

const STELLAR_ZERO = "GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWHF"; // all-zero key
const STELLAR_TARGET = stellarAddress(createHash("sha256").update("tfgrid-chain ts client").digest());
// One character changed: the checksum no longer matches.
const STELLAR_BROKEN =
	STELLAR_TARGET.slice(0, 10) + (STELLAR_TARGET[10] === "A" ? "B" : "A") + STELLAR_TARGET.slice(11);

function json(value) {
	return JSON.stringify(value, (_, v) => (typeof v === "bigint" ? v.toString() : v));
}

function emit(line) {
	process.stdout.write(`${json(line)}\n`);
}

function describe(error) {
	if (error instanceof TFChainError) return `${error.keyError}: ${error.message}`;
	if (error instanceof Error) return `${error.name}: ${error.message}`;
	return String(error);
}

/** Awaits `promise`, expecting the client to reject it with the chain's error `keyError`. */
async function rejectsWith(promise, keyError) {
	try {
		await promise;
	} catch (error) {
		assert.ok(error instanceof TFChainError, `expected a TFChainError ${keyError}, got ${describe(error)}`);
		assert.equal(error.keyError, keyError, `expected ${keyError}, got ${describe(error)}`);
		return error;
	}
	assert.fail(`expected the chain to refuse with ${keyError}, but it succeeded`);
}

/** `value` must have been set by an earlier step. */
function need(value, what) {
	if (value === undefined || value === null) throw new Error(`needs ${what} (an earlier step failed)`);
	return value;
}

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

function withTimeout(promise, seconds, name) {
	let timer;
	const timeout = new Promise((_, reject) => {
		timer = setTimeout(() => {
			const error = new Error(`${name}: no result after ${seconds} s`);
			error.timedOut = true;
			reject(error);
		}, seconds * 1000);
	});
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// ---------------------------------------------------------------------------------------------
// State shared by the steps

const c = {}; // TFChainClient per role
let observer; // a read-only QueryClient, as the dashboard's explorer pages use
let api; // the connection all of them share
const ctx = {};

const free = async address => (await observer.balances.get({ address })).free;
const issuance = async () => BigInt((await api.query.balances.totalIssuance()).toString());
const send = (client, extrinsic, options) => client.patchExtrinsic(extrinsic, options).apply();

/** The first key of an enum's primitive form (`"Up"`, `{ down: 12 }` → `"down"`). */
const variant = value => (typeof value === "string" ? value : Object.keys(value)[0]).toLowerCase();

function dispatchErrorName(error) {
	if (error.isModule) {
		const { section, name } = api.registry.findMetaError(error.asModule);
		return `${section}.${name}`;
	}
	return error.type;
}

// ---------------------------------------------------------------------------------------------
// The steps, in order. `pallets` names the metadata sections a step needs (camelCase, as the
// client's `api.tx.<section>`): a step whose pallet is missing fails, saying so.

const steps = [];
function step(name, run, { pallets = [], timeout = 150 } = {}) {
	steps.push({ name, run, pallets, timeout });
}

step("connect", async () => {
	for (const [role, seed] of Object.entries(SEEDS)) {
		c[role] = new TFChainClient({ url, mnemonicOrSecret: seed, keypairType: "sr25519" });
		await c[role].connect();
	}
	observer = new QueryClient(url);
	await observer.connect();
	api = observer.api;
	assert.equal(c.alice.address, ALICE_SS58);
	assert.equal(c.bob.address, BOB_SS58);
	assert.equal(new Set(Object.values(c).map(client => client.address)).size, Object.keys(SEEDS).length);
	// One connection per URL, shared by every client.
	assert.ok(Object.values(c).every(client => client.api === api));
	const pallets = api.runtimeMetadata.asLatest.pallets.map(p => p.name.toString());
	return {
		chain: (await api.rpc.system.chain()).toString(),
		spec: `${api.runtimeVersion.specName}/${api.runtimeVersion.specVersion}`,
		pallets,
	};
});

// --- balances ---------------------------------------------------------------------------------

step("balances.get", async () => {
	const balance = await observer.balances.get({ address: c.dave.address });
	const account = await api.query.system.account(c.dave.address);
	assert.deepEqual(Object.keys(balance).sort(), ["free", "frozen", "reserved"]);
	assert.equal(balance.free, account.data.free.toNumber());
	assert.ok(balance.free > 0, "Dave is funded on the dev chain");
	assert.deepEqual(await c.dave.balances.getMyBalance(), balance);
	return { dave: balance };
});

step("balances.transfer (calls balances.transfer, which pallet-balances no longer has)", async () => {
	assert.equal(api.tx.balances.transfer, undefined, "pallet-balances has no `transfer` call any more");
	const before = await free(c.dave.address);
	await assert.rejects(
		c.bob.balances.transfer({ address: c.dave.address, amount: TFT }),
		error => error instanceof TypeError && /balances\.transfer is not a function/.test(error.message),
	);
	assert.equal(await free(c.dave.address), before, "nothing was sent");
	return { error: "TypeError: this.client.api.tx.balances.transfer is not a function" };
});

step("balances.transferKeepAlive through patchExtrinsic", async () => {
	const amount = 2 * TFT;
	const before = await free(c.dry.address);
	const result = await send(c.bob, c.bob.api.tx.balances.transferKeepAlive(c.dry.address, amount), {
		map: () => amount,
	});
	assert.equal(result, amount);
	assert.equal((await free(c.dry.address)) - before, amount, "the receiver gains the amount to the unit");
	return { amount };
});

// --- terms and conditions, twins ---------------------------------------------------------------

step("termsAndConditions.accept", async () => {
	await (await c.dave.termsAndConditions.accept({ documentLink: TC_LINK, documentHash: TC_HASH })).apply();
	const accepted = (await api.query.tfgridModule.usersTermsAndConditions(c.dave.address)).toPrimitive();
	const last = accepted.at(-1);
	assert.equal(last.accountId, c.dave.address);
	assert.equal(last.documentLink, TC_LINK);
	assert.equal(last.documentHash, TC_HASH);
	assert.ok(last.timestamp > 0);
	return { accepted: accepted.length };
});

step("twins.create is refused without accepted terms", async () => {
	await rejectsWith(
		(await c.daveStash.twins.create({ relay: RELAY, pk: hex32("dave stash") })).apply(),
		"UserDidNotSignTermsAndConditions",
	);
	// TwinIdByAccountID is an OptionQuery, as on TFChain: no twin reads as null.
	assert.equal(await observer.twins.getTwinIdByAccountId({ accountId: c.daveStash.address }), null);
});

step("twins.create", async () => {
	const pk = hex32("dave pk");
	const twin = await (await c.dave.twins.create({ relay: RELAY, pk })).apply();
	assert.ok(twin.id > 0);
	assert.equal(twin.accountId, c.dave.address);
	assert.equal(twin.relay, RELAY);
	assert.equal(twin.pk, pk);
	ctx.daveTwin = twin.id;
	return { twin };
});

step("twins.get, getTwinIdByAccountId, getMyTwinId", async () => {
	const id = need(ctx.daveTwin, "Dave's twin");
	const twin = await observer.twins.get({ id });
	assert.equal(twin.id, id);
	assert.equal(twin.accountId, c.dave.address);
	assert.equal(await observer.twins.getTwinIdByAccountId({ accountId: c.dave.address }), id);
	assert.equal(await c.dave.twins.getMyTwinId(), id);
	// TFChain's error for an account that has a twin already.
	await rejectsWith((await c.dave.twins.create({ relay: RELAY, pk: null })).apply(), "TwinWithPubkeyExists");
	return { twin };
});

step("twins.update", async () => {
	const id = need(ctx.daveTwin, "Dave's twin");
	const pk = hex32("dave pk 2");
	await (await c.dave.twins.update({ relay: RELAY2, pk })).apply();
	const twin = await observer.twins.get({ id });
	assert.equal(twin.relay, RELAY2);
	assert.equal(twin.pk, pk);
	return { twin };
});

step("utility.batchAll: terms and a twin for every other party", async () => {
	ctx.twins = { dave: ctx.daveTwin };
	for (const role of ["bob", "charlie", "node2", "eve", "eveStash", "dry"]) {
		const client = c[role];
		const results = await client.utility.batchAll([
			await client.termsAndConditions.accept({ documentLink: TC_LINK, documentHash: TC_HASH }),
			await client.twins.create({ relay: RELAY, pk: hex32(role) }),
		]);
		const twin = results.find(result => result && result.accountId === client.address);
		assert.ok(twin, `the batch returned ${role}'s twin: ${json(results)}`);
		assert.equal(await observer.twins.getTwinIdByAccountId({ accountId: client.address }), twin.id);
		ctx.twins[role] = twin.id;
	}
	return { twins: ctx.twins };
});

// --- farms ------------------------------------------------------------------------------------

step("farms.create with public IPs", async () => {
	const farm = await (
		await c.bob.farms.create({ name: FARM, publicIps: [{ ip: IP1, gw: GW }, { ip: IP2, gw: GW }] })
	).apply();
	assert.ok(farm.id > 0);
	assert.equal(farm.name, FARM);
	assert.equal(farm.twinId, need(ctx.twins?.bob, "Bob's twin"));
	assert.deepEqual(
		farm.publicIps.map(ip => [ip.ip, ip.gateway, ip.contractId]),
		[[IP1, GW, 0], [IP2, GW, 0]],
	);
	assert.equal(farm.certification, "NotCertified");
	assert.equal(farm.dedicatedFarm, false);
	assert.ok(farm.pricingPolicyId > 0);
	ctx.farm = farm;
	return { farm };
});

step("farms.get and FarmIdByName", async () => {
	const created = need(ctx.farm, "the farm");
	const farm = await observer.farms.get({ id: created.id });
	assert.deepEqual(farm, created);
	assert.equal((await api.query.tfgridModule.farmIdByName(FARM)).toPrimitive(), created.id);
	await rejectsWith((await c.bob.farms.create({ name: FARM, publicIps: [] })).apply(), "FarmExists");
	return { farmId: farm.id };
});

step("farms.addFarmIp", async () => {
	const { id } = need(ctx.farm, "the farm");
	await (await c.bob.farms.addFarmIp({ farmId: id, ip: IP3, gw: GW })).apply();
	const farm = await observer.farms.get({ id });
	assert.deepEqual(farm.publicIps.map(ip => ip.ip), [IP1, IP2, IP3]);
	await rejectsWith((await c.bob.farms.addFarmIp({ farmId: id, ip: IP3, gw: GW })).apply(), "IpExists");
	await rejectsWith(
		(await c.dave.farms.addFarmIp({ farmId: id, ip: "185.206.122.36/24", gw: GW })).apply(),
		"CannotUpdateFarmWrongTwin",
	);
	return { publicIps: farm.publicIps.length };
});

step("farms.removeFarmIp", async () => {
	const { id } = need(ctx.farm, "the farm");
	await (await c.bob.farms.removeFarmIp({ farmId: id, ip: IP3 })).apply();
	const farm = await observer.farms.get({ id });
	assert.deepEqual(farm.publicIps.map(ip => ip.ip), [IP1, IP2]);
	return { publicIps: farm.publicIps.length };
});

step("farms.addStellarAddress", async () => {
	const { id } = need(ctx.farm, "the farm");
	// The encoder agrees with a known Stellar account id.
	assert.equal(stellarAddress(Buffer.alloc(32)), STELLAR_ZERO);
	const result = await (await c.bob.farms.addStellarAddress({ farmId: id, stellarAddress: STELLAR_TARGET })).apply();
	assert.equal(result, id);
	const stored = (await api.query.tfgridModule.farmPayoutV2AddressByFarmID(id)).toPrimitive();
	assert.equal(stored, STELLAR_TARGET);
	await rejectsWith(
		(await c.bob.farms.addStellarAddress({ farmId: id, stellarAddress: STELLAR_BROKEN })).apply(),
		"InvalidStellarAddress",
	);
	assert.equal((await api.query.tfgridModule.farmPayoutV2AddressByFarmID(id)).toPrimitive(), STELLAR_TARGET);
	return { stellarAddress: STELLAR_TARGET };
});

// --- nodes ------------------------------------------------------------------------------------

/** Registers the node of `client`'s twin on the farm (the client has no method for it). */
async function registerNode(client, resources, serial) {
	const { id: farmId } = need(ctx.farm, "the farm");
	const node = await send(
		client,
		client.api.tx.tfgridModule.createNode(farmId, resources, LOCATION, INTERFACES, false, false, serial),
		{ resultEvents: ["NodeStored"] },
	);
	assert.ok(node && node.id > 0, `NodeStored carried the node: ${json(node)}`);
	assert.equal(node.farmId, farmId);
	assert.equal(node.twinId, ctx.twins[Object.keys(c).find(role => c[role] === client)]);
	assert.deepEqual(node.resources, resources);
	assert.deepEqual(node.location, LOCATION);
	assert.deepEqual(node.interfaces, INTERFACES);
	assert.equal(node.serialNumber, serial);
	assert.equal(node.certification, "Diy");
	return node;
}

step("nodes: register two nodes through client.api.tx.tfgridModule.createNode", async () => {
	need(ctx.twins?.charlie, "Charlie's twin");
	ctx.node1 = await registerNode(c.charlie, NODE1_RESOURCES, "TS-NODE-1");
	ctx.node2 = await registerNode(c.node2, NODE2_RESOURCES, "TS-NODE-2");
	await rejectsWith(
		send(
			c.charlie,
			c.charlie.api.tx.tfgridModule.createNode(ctx.farm.id, NODE1_RESOURCES, LOCATION, [], false, false, null),
		),
		"NodeWithTwinIdExists",
	);
	return { node1: ctx.node1.id, node2: ctx.node2.id };
});

step("nodes.get, NodeIdByTwinID, NodesByFarmID", async () => {
	const node1 = need(ctx.node1, "node 1");
	const node = await observer.nodes.get({ id: node1.id });
	assert.deepEqual(node, node1);
	assert.equal((await api.query.tfgridModule.nodeIdByTwinID(ctx.twins.charlie)).toPrimitive(), node1.id);
	const node2 = need(ctx.node2, "node 2");
	assert.equal((await api.query.tfgridModule.nodeIdByTwinID(ctx.twins.node2)).toPrimitive(), node2.id);
	const onFarm = (await api.query.tfgridModule.nodesByFarmID(ctx.farm.id)).toPrimitive();
	assert.deepEqual([...onFarm].sort(), [node1.id, node2.id].sort());
	return { node };
});

step("farming policy of a new node (no client method: read through client.api)", async () => {
	const node = need(ctx.node1, "node 1");
	const policy = (await api.query.tfgridModule.farmingPoliciesMap(node.farmingPolicyId)).toPrimitive();
	assert.ok(policy, `node 1's farming policy ${node.farmingPolicyId} exists`);
	assert.equal(policy.id, node.farmingPolicyId);
	assert.ok(policy.name.length > 0);
	return { policy };
});

async function nodePower(nodeId) {
	const power = (await api.query.tfgridModule.nodePower(nodeId)).toPrimitive();
	return { state: variant(power.state), target: variant(power.target) };
}

step("nodes.setPower and the node's power state", async () => {
	const nodeId = need(ctx.node2, "node 2").id;
	const changePowerState = state => send(c.node2, c.node2.api.tx.tfgridModule.changePowerState(state));
	assert.deepEqual(await nodePower(nodeId), { state: "up", target: "up" });
	await (await c.bob.nodes.setPower({ nodeId, power: false })).apply();
	assert.deepEqual(await nodePower(nodeId), { state: "up", target: "down" });
	await changePowerState("Down");
	assert.deepEqual(await nodePower(nodeId), { state: "down", target: "down" });
	await (await c.bob.nodes.setPower({ nodeId, power: true })).apply();
	await changePowerState("Up");
	assert.deepEqual(await nodePower(nodeId), { state: "up", target: "up" });
	await rejectsWith(
		(await c.dave.nodes.setPower({ nodeId, power: false })).apply(),
		"UnauthorizedToChangePowerTarget",
	);
	return { node: nodeId };
});

step("nodes.addNodePublicConfig", async () => {
	const nodeId = need(ctx.node1, "node 1").id;
	await (
		await c.bob.nodes.addNodePublicConfig({ farmId: ctx.farm.id, nodeId, publicConfig: PUBLIC_CONFIG })
	).apply();
	const node = await observer.nodes.get({ id: nodeId });
	assert.deepEqual(node.publicConfig, PUBLIC_CONFIG);
	await rejectsWith(
		(await c.dave.nodes.addNodePublicConfig({ farmId: ctx.farm.id, nodeId, publicConfig: PUBLIC_CONFIG })).apply(),
		"CannotUpdateFarmWrongTwin",
	);
	return { publicConfig: node.publicConfig };
});

// --- a twin that runs dry: set up now, checked once a bill found it without funds ----------------

step("grace: a node contract whose twin spends its funds", async () => {
	const nodeId = need(ctx.node1, "node 1").id;
	need(ctx.twins?.dry, "the dry twin");
	const contract = await (
		await c.dry.contracts.createNode({
			nodeId,
			hash: deploymentHash("dry deployment"),
			data: "dry-vm",
			numberOfPublicIps: 0,
			solutionProviderId: null,
		})
	).apply();
	ctx.dryContract = contract.contractId;
	await send(
		c.charlie,
		c.charlie.api.tx.smartContractModule.reportContractResources([
			{ contractId: contract.contractId, used: { hru: 0, sru: 500 * GIB, cru: 8, mru: 32 * GIB } },
		]),
	);
	// Spend all but 0.02 TFT (a bill can land in between: then read again and retry once).
	for (let attempt = 1; ; attempt++) {
		const spendable = await free(c.dry.address);
		try {
			await send(c.dry, c.dry.api.tx.balances.transferKeepAlive(c.bob.address, spendable - TFT / 50));
			break;
		} catch (error) {
			if (attempt === 2) throw error;
		}
	}
	assert.ok((await free(c.dry.address)) < TFT / 50);
	return { contract: contract.contractId };
});

// --- contracts --------------------------------------------------------------------------------

step("contracts.createName and getContractIdByName", async () => {
	const contract = await (await c.dave.contracts.createName({ name: "ts-client-name" })).apply();
	assert.ok(contract.contractId > 0);
	assert.equal(contract.twinId, need(ctx.daveTwin, "Dave's twin"));
	assert.deepEqual(contract.contractType, { nameContract: { name: "ts-client-name" } });
	assert.deepEqual(contract.state, { created: null });
	assert.equal(await observer.contracts.getContractIdByName({ name: "ts-client-name" }), contract.contractId);
	await rejectsWith((await c.eve.contracts.createName({ name: "ts-client-name" })).apply(), "NameExists");
	ctx.nameContract = contract.contractId;
	return { contract };
});

step("contracts.createNode with a public IP, getContractIdByNodeIdAndHash, getActiveContracts", async () => {
	const nodeId = need(ctx.node1, "node 1").id;
	const hash = deploymentHash("dave deployment 1");
	const contract = await (
		await c.dave.contracts.createNode({ nodeId, hash, data: "vm-1", numberOfPublicIps: 1, solutionProviderId: null })
	).apply();
	const id = contract.contractId;
	const nodeContract = contract.contractType.nodeContract;
	assert.equal(nodeContract.nodeId, nodeId);
	assert.equal(nodeContract.publicIps, 1);
	assert.equal(nodeContract.publicIpsList.length, 1);
	assert.equal(nodeContract.deploymentData, "vm-1");
	const reserved = nodeContract.publicIpsList[0];
	const farmIp = (await observer.farms.get({ id: ctx.farm.id })).publicIps.find(ip => ip.ip === reserved.ip);
	assert.equal(farmIp.contractId, id, "the farm's IP is reserved for the contract");
	assert.deepEqual(await observer.contracts.get({ id }), contract);
	assert.equal(await observer.contracts.getContractIdByNodeIdAndHash({ nodeId, hash }), id);
	assert.ok((await observer.contracts.getActiveContracts({ nodeId })).includes(id));
	await rejectsWith(
		(
			await c.dave.contracts.createNode({ nodeId, hash, data: "vm-1", numberOfPublicIps: 0, solutionProviderId: null })
		).apply(),
		"ContractIsNotUnique",
	);
	ctx.nodeContract = { id, hash, ip: reserved.ip };
	return { contract };
});

step("contracts.updateNode", async () => {
	const { id, hash } = need(ctx.nodeContract, "the node contract");
	const nodeId = ctx.node1.id;
	const newHash = deploymentHash("dave deployment 1, version 2");
	await (await c.dave.contracts.updateNode({ id, hash: newHash, data: "vm-1-v2" })).apply();
	const contract = await observer.contracts.get({ id });
	assert.equal(contract.contractType.nodeContract.deploymentData, "vm-1-v2");
	assert.equal(await observer.contracts.getContractIdByNodeIdAndHash({ nodeId, hash: newHash }), id);
	assert.equal(await observer.contracts.getContractIdByNodeIdAndHash({ nodeId, hash }), 0);
	await rejectsWith(
		(await c.eve.contracts.updateNode({ id, hash: newHash, data: "stolen" })).apply(),
		"TwinNotAuthorizedToUpdateContract",
	);
	ctx.nodeContract.hash = newHash;
	return { deploymentHash: contract.contractType.nodeContract.deploymentHash };
});

step("contracts.getNodeContractResources (reported by the node)", async () => {
	const { id } = need(ctx.nodeContract, "the node contract");
	const used = { hru: 0, sru: 100 * GIB, cru: 2, mru: 4 * GIB };
	await send(c.charlie, c.charlie.api.tx.smartContractModule.reportContractResources([{ contractId: id, used }]));
	const resources = await observer.contracts.getNodeContractResources({ id });
	assert.deepEqual(resources, { contractId: id, used });
	return { resources };
});

step("contracts: billing reads (getContractBillingInformationByID, getContractPaymentState, getDeletionTime)", async () => {
	const { id } = need(ctx.nodeContract, "the node contract");
	const billing = await observer.contracts.getContractBillingInformationByID(id);
	assert.deepEqual(Object.keys(billing).sort(), ["amountUnbilled", "lastUpdated", "previousNuReported"]);
	const payment = await observer.contracts.getContractPaymentState(id);
	const fields = ["standardReserve", "additionalReserve", "standardOverdraft", "additionalOverdraft"];
	for (const field of [...fields, "lastUpdatedSeconds", "cycles"]) {
		assert.ok(field in payment, `ContractPaymentState has ${field}: ${json(payment)}`);
	}
	const now = Date.now() / 1000;
	assert.ok(payment.lastUpdatedSeconds > now - 3600 && payment.lastUpdatedSeconds < now + 3600, json(payment));
	assert.equal(await observer.contracts.getDeletionTime({ id }), 0, "a live contract is not up for deletion");
	return { billing, payment };
});

step("contracts.contractLock (TFChain replaced ContractLock with ContractPaymentState)", async () => {
	const { id } = need(ctx.nodeContract, "the node contract");
	// TFChain's storage migration v12 moved ContractLock into ContractPaymentState and dropped it;
	// the client still has the old reader. Same storage as TFChain: neither has it.
	assert.equal(api.query.smartContractModule.contractLock, undefined);
	assert.ok(api.query.smartContractModule.contractPaymentState);
	await assert.rejects(observer.contracts.contractLock({ id }), TypeError);
	return { contractLock: "absent, as on TFChain; getContractPaymentState is the reader that works" };
});

step("contracts.setDedicatedNodeExtraFee and getDedicatedNodeExtraFee", async () => {
	const nodeId = need(ctx.node2, "node 2").id;
	const extraFee = 5000;
	assert.equal(await observer.contracts.getDedicatedNodeExtraFee({ nodeId }), 0);
	await (await c.bob.contracts.setDedicatedNodeExtraFee({ nodeId, extraFee })).apply();
	assert.equal(await observer.contracts.getDedicatedNodeExtraFee({ nodeId }), extraFee);
	await rejectsWith(
		(await c.dave.contracts.setDedicatedNodeExtraFee({ nodeId, extraFee: 1 })).apply(),
		"UnauthorizedToSetExtraFee",
	);
	return { nodeId, extraFee };
});

step("contracts.createRent and getContractIdByActiveRentForNode", async () => {
	const nodeId = need(ctx.node2, "node 2").id;
	const contract = await (await c.dave.contracts.createRent({ nodeId, solutionProviderId: null })).apply();
	assert.deepEqual(contract.contractType, { rentContract: { nodeId } });
	assert.equal(await observer.contracts.getContractIdByActiveRentForNode({ nodeId }), contract.contractId);
	await rejectsWith(
		(await c.eve.contracts.createRent({ nodeId, solutionProviderId: null })).apply(),
		"NodeHasRentContract",
	);
	ctx.rentContract = contract.contractId;
	return { contract };
});

step("contracts.cancel (node and rent contracts)", async () => {
	const { id, ip } = need(ctx.nodeContract, "the node contract");
	const rent = need(ctx.rentContract, "the rent contract");
	await rejectsWith((await c.eve.contracts.cancel({ id })).apply(), "TwinNotAuthorizedToCancelContract");
	assert.equal(await (await c.dave.contracts.cancel({ id })).apply(), id);
	assert.equal(await observer.contracts.get({ id }), null);
	assert.ok(!(await observer.contracts.getActiveContracts({ nodeId: ctx.node1.id })).includes(id));
	const farmIp = (await observer.farms.get({ id: ctx.farm.id })).publicIps.find(p => p.ip === ip);
	assert.equal(farmIp.contractId, 0, "the IP is free again");
	assert.equal(await (await c.dave.contracts.cancel({ id: rent })).apply(), rent);
	// ActiveRentContractForNode is an OptionQuery, as on TFChain.
	assert.equal(await observer.contracts.getContractIdByActiveRentForNode({ nodeId: ctx.node2.id }), null);
	// The client's own guard: cancelling a contract that does not exist builds nothing.
	assert.equal(await c.dave.contracts.cancel({ id }), undefined);
	return { canceled: [id, rent] };
});

// --- service contracts ------------------------------------------------------------------------

step("contracts: service contract create, setServiceMetadata, setServiceFees, approveService", async () => {
	need(ctx.twins?.eveStash, "Eve's and her consumer's twins");
	const created = await (
		await c.eve.contracts.createService({ serviceAccount: c.eve.address, consumerAccount: c.eveStash.address })
	).apply();
	const serviceId = created.serviceContractId;
	assert.ok(serviceId > 0);
	assert.equal(created.serviceTwinId, ctx.twins.eve);
	assert.equal(created.consumerTwinId, ctx.twins.eveStash);
	assert.equal(created.state, "Created");
	await (await c.eve.contracts.setServiceMetadata({ serviceId, metadata: "ts-client: hosted database" })).apply();
	await (await c.eve.contracts.setServiceFees({ serviceId, baseFee: 10, variableFee: 3_600_000 })).apply();
	let service = await observer.contracts.getService({ serviceId });
	assert.equal(service.metadata, "ts-client: hosted database");
	assert.equal(service.baseFee, 10);
	assert.equal(service.variableFee, 3_600_000);
	assert.equal(service.state, "AgreementReady");
	await rejectsWith(
		(await c.eveStash.contracts.setServiceFees({ serviceId, baseFee: 0, variableFee: 0 })).apply(),
		"TwinNotAuthorized",
	);
	await (await c.eve.contracts.approveService({ serviceId, approve: true })).apply();
	await (await c.eveStash.contracts.approveService({ serviceId, approve: true })).apply();
	service = await observer.contracts.getService({ serviceId });
	assert.equal(service.acceptedByService, true);
	assert.equal(service.acceptedByConsumer, true);
	assert.equal(service.state, "ApprovedByBoth");
	assert.ok(service.lastBill > 0);
	ctx.service = serviceId;
	return { service };
});

step("contracts.billService", async () => {
	const serviceId = need(ctx.service, "the service contract");
	await rejectsWith(
		(await c.eve.contracts.billService({ serviceId, variableAmount: 10 ** 12, metadata: "too much" })).apply(),
		"ServiceContractBillingVariableAmountTooHigh",
	);
	const consumerBefore = await free(c.eveStash.address);
	const billed = c.eve.listenForEvent(
		"smartContractModule",
		"ServiceContractBilled",
		data => data[0].serviceContractId.toNumber() === serviceId,
	);
	await (await c.eve.contracts.billService({ serviceId, variableAmount: 1000, metadata: "ts-client bill 1" })).apply();
	const event = await billed;
	const amount = Number(event[2].toString());
	assert.equal(event[1].variableAmount.toNumber(), 1000);
	assert.ok(amount > 0);
	assert.equal(consumerBefore - (await free(c.eveStash.address)), amount, "the consumer paid the bill to the unit");
	const service = await observer.contracts.getService({ serviceId });
	assert.ok(service.lastBill > 0);
	return { amount, window: event[1].window.toNumber() };
});

step("contracts.cancelService and approveService(approve: false)", async () => {
	const serviceId = need(ctx.service, "the service contract");
	assert.equal(await (await c.eveStash.contracts.cancelService({ serviceId })).apply(), serviceId);
	assert.equal(await observer.contracts.getService({ serviceId }), null);
	// A second contract, rejected by the consumer before both approved: it is removed.
	const created = await (
		await c.eveStash.contracts.createService({ serviceAccount: c.eve.address, consumerAccount: c.eveStash.address })
	).apply();
	await (await c.eveStash.contracts.approveService({ serviceId: created.serviceContractId, approve: false })).apply();
	assert.equal(await observer.contracts.getService({ serviceId: created.serviceContractId }), null);
	return { canceled: serviceId, rejected: created.serviceContractId };
});

// --- utility ----------------------------------------------------------------------------------

step("utility.batch and utility.batchAll", async () => {
	need(ctx.daveTwin, "Dave's twin");
	const names = ["ts-batch-a", "ts-batch-b"];
	const contracts = await c.dave.utility.batch([
		await c.dave.contracts.createName({ name: names[0] }),
		await c.dave.contracts.createName({ name: names[1] }),
	]);
	assert.deepEqual(contracts.map(contract => contract.contractType.nameContract.name), names);
	const ids = contracts.map(contract => contract.contractId);
	for (const [i, name] of names.entries()) {
		assert.equal(await observer.contracts.getContractIdByName({ name }), ids[i]);
	}
	const canceled = await c.dave.utility.batchAll([
		await c.dave.contracts.cancel({ id: ids[0] }),
		await c.dave.contracts.cancel({ id: ids[1] }),
	]);
	assert.deepEqual(canceled, ids);
	for (const id of ids) assert.equal(await observer.contracts.get({ id }), null);
	return { created: ids };
});

// --- back to the dry twin: grace, deletion time, unlock --------------------------------------------

step("grace: getDeletionTime, then a top-up and contracts.unlock", async () => {
	const id = need(ctx.dryContract, "the dry twin's contract");
	// The next bill finds the twin without funds (billing period: 10 blocks on the dev chain).
	const deadline = Date.now() + 240_000;
	let contract = await observer.contracts.get({ id });
	while (contract.state.gracePeriod === undefined) {
		assert.ok(Date.now() < deadline, `still ${json(contract.state)} after 4 minutes`);
		await sleep(3000);
		contract = await observer.contracts.get({ id });
	}
	const deletion = await observer.contracts.getDeletionTime({ id });
	const twoWeeks = 14 * 24 * 3600 * 1000;
	const day = 24 * 3600 * 1000;
	assert.ok(Math.abs(deletion - (Date.now() + twoWeeks)) < day, `deletion at ${new Date(deletion).toISOString()}`);
	// Bob tops the twin up and bills the contract in the same extrinsic.
	const unlocked = await c.bob.utility.batchAll([
		c.bob.patchExtrinsic(c.bob.api.tx.balances.transferKeepAlive(c.dry.address, 50 * TFT)),
		await c.bob.contracts.unlock(id),
	]);
	assert.deepEqual(unlocked, [id], "ContractGracePeriodEnded");
	assert.deepEqual((await observer.contracts.get({ id })).state, { created: null });
	assert.equal(await observer.contracts.getDeletionTime({ id }), 0);
	return { gracePeriodSince: contract.state.gracePeriod, deletion: new Date(deletion).toISOString() };
}, { timeout: 300 });

// --- prices and policies ------------------------------------------------------------------------

step("tftPrice.get", async () => {
	const price = await observer.tftPrice.get();
	assert.ok(Number.isInteger(price) && price > 0, `price ${price}`);
	const average = (await api.query.tftPriceModule.averageTftPrice()).toNumber();
	const min = (await api.query.tftPriceModule.minTftPrice()).toNumber();
	const max = (await api.query.tftPriceModule.maxTftPrice()).toNumber();
	assert.ok(min <= average && average <= max, json({ min, average, max }));
	return { price, average, min, max };
}, { pallets: ["tftPriceModule"] });

step("pricingPolicies.get", async () => {
	const id = need(ctx.farm, "the farm").pricingPolicyId;
	const policy = await observer.pricingPolicies.get({ id });
	assert.equal(policy.id, id);
	const units = ["Bytes", "Kilobytes", "Megabytes", "Gigabytes", "Terrabytes"];
	for (const field of ["su", "cu", "nu", "ipu", "uniqueName", "domainName"]) {
		assert.equal(typeof policy[field].value, "number", field);
		assert.ok(units.includes(policy[field].unit), `${field}.unit ${policy[field].unit}`);
	}
	assert.ok(policy.discountForDedicationNodes >= 0 && policy.discountForDedicationNodes <= 100);
	assert.equal((await api.query.tfgridModule.pricingPolicyIdByName(policy.name)).toPrimitive(), id);
	assert.equal(await observer.pricingPolicies.get({ id: id + 1000 }), null);
	return { policy };
});

// --- council ----------------------------------------------------------------------------------

/**
 * Alice proposes `proposal` (threshold 2), Alice and Bob vote aye, Alice closes. The client's
 * `close` bounds the call's weight by { refTime: the Unix time in seconds (about 1.8e9 ps, i.e.
 * 1.8 ms), proofSize: 100,000 }: a heavier call cannot be closed through the client.
 */
async function councilMotion(proposal, section, method) {
	const motion = await (await c.alice.council.propose({ threshold: 2, proposal })).apply();
	assert.equal(motion.address, c.alice.address);
	assert.equal(motion.threshold, 2);
	const { hash, index } = motion;
	const shown = await observer.council.getProposal({ hash });
	assert.equal(shown.section, section);
	assert.equal(shown.method, method);
	assert.ok((await observer.council.getAllProposals()).includes(hash));
	assert.ok((await observer.council.getProposalCount()) > index);
	await (await c.alice.council.vote({ hash, index, approve: true })).apply();
	await (await c.bob.council.vote({ hash, index, approve: true })).apply();
	const executed = c.alice.listenForEvent("council", "Executed", data => data[0].toHex() === hash);
	const closed = await (await c.alice.council.close({ hash, index })).apply();
	assert.equal(closed, hash, "Closed is the first council event");
	const result = (await executed)[1];
	if (result.isErr) throw new Error(`the motion's call failed: ${dispatchErrorName(result.asErr)}`);
	assert.ok(!(await observer.council.getAllProposals()).includes(hash));
	return motion;
}

step("council.members", async () => {
	const members = await observer.council.members();
	assert.ok(members.includes(c.alice.address) && members.includes(c.bob.address), json(members));
	// The client refuses to build council-only calls for a non-member.
	await assert.rejects(
		c.dave.balances.forceTransfer({ source: c.aliceStash.address, dest: c.dave.address, amount: TFT }),
		/council member/,
	);
	return { members };
}, { pallets: ["council"] });

step("council motion: tfgridModule.setFarmCertification (propose, getProposal, vote, close)", async () => {
	const { id } = need(ctx.farm, "the farm");
	assert.equal((await observer.farms.get({ id })).certification, "NotCertified");
	// A restricted call the client has no method for: built through its api, as its users do.
	const proposal = c.alice.api.tx.tfgridModule.setFarmCertification(id, "Gold");
	const motion = await councilMotion(proposal, "tfgridModule", "setFarmCertification");
	assert.equal((await observer.farms.get({ id })).certification, "Gold");
	return { motion };
}, { pallets: ["council"] });

step("council motion: contracts.cancelCollective", async () => {
	const id = need(ctx.nameContract, "Dave's name contract");
	const proposal = await c.alice.contracts.cancelCollective({ id });
	const motion = await councilMotion(proposal, "smartContractModule", "cancelContractCollective");
	assert.equal(await observer.contracts.get({ id }), null);
	assert.equal(await observer.contracts.getContractIdByName({ name: "ts-client-name" }), 0);
	return { motion };
}, { pallets: ["council"] });

// --- kvstore ----------------------------------------------------------------------------------

const KV = {
	"tfgrid/deployments/ts-client-1": "0x5f3c8e0d4a1b2c3d4e5f60718293a4b5c6d7e8f9",
	"tfgrid/deployments/ts-client-2": "second value",
};

step("kvStore.set, get, list", async () => {
	const keys = Object.keys(KV);
	assert.deepEqual(await c.dave.kvStore.list(), []);
	for (const key of keys) {
		const result = await (await c.dave.kvStore.set({ key, value: KV[key] })).apply();
		assert.equal(result, c.dave.address, "EntrySet names the owner");
	}
	for (const key of keys) assert.equal(await c.dave.kvStore.get({ key }), KV[key]);
	assert.deepEqual((await c.dave.kvStore.list()).sort(), [...keys].sort());
	assert.deepEqual(await c.eve.kvStore.list(), [], "entries are per account");
	return { keys };
}, { pallets: ["tfkvStore"] });

step("kvStore.delete and deleteAll", async () => {
	const [first, second] = Object.keys(KV);
	await (await c.dave.kvStore.delete({ key: first })).apply();
	assert.equal(await c.dave.kvStore.get({ key: first }), "");
	assert.deepEqual(await c.dave.kvStore.list(), [second]);
	await rejectsWith((await c.dave.kvStore.delete({ key: first })).apply(), "NoValueStored");
	assert.deepEqual(await c.dave.kvStore.deleteAll(), [second]);
	assert.deepEqual(await c.dave.kvStore.list(), []);
	return { deleted: [first, second] };
}, { pallets: ["tfkvStore"] });

// --- dao --------------------------------------------------------------------------------------

const DAO_REMARK = "ts-client: raise the farming reward";

step("dao.propose (Alice, a council member) and dao.get", async () => {
	const before = await observer.dao.get();
	assert.ok(Array.isArray(before.active) && Array.isArray(before.inactive));
	const motion = await (
		await c.alice.dao.propose({
			threshold: 1,
			proposal: c.alice.api.tx.system.remark(DAO_REMARK),
			description: "ts-client proposal",
			link: "https://forum.threefold.io/t/ts-client",
			duration: null,
		})
	).apply();
	assert.equal(motion.address, c.alice.address);
	assert.equal(motion.threshold, 1);
	assert.ok((await api.query.dao.proposalList()).toPrimitive().includes(motion.hash));
	const listed = (await observer.dao.get()).active.find(proposal => proposal.hash === motion.hash);
	assert.ok(listed, "the proposal is active");
	assert.equal(listed.description, "ts-client proposal");
	assert.equal(listed.link, "https://forum.threefold.io/t/ts-client");
	assert.equal(listed.action, DAO_REMARK);
	assert.equal(listed.threshold, 1);
	assert.deepEqual(listed.ayes, []);
	assert.ok(listed.end.isAfter(Date.now()), "the vote is open");
	// The client refuses a non-member before sending (it reads council.members); the chain
	// refuses the same call sent directly.
	await assert.rejects(
		c.dave.dao.propose({
			threshold: 1,
			proposal: c.dave.api.tx.system.remark("x"),
			description: "d",
			link: "l",
			duration: null,
		}),
		/council member/,
	);
	await rejectsWith(
		send(c.dave, c.dave.api.tx.dao.propose(1, c.dave.api.tx.system.remark("x"), "d", "l", null)),
		"NotCouncilMember",
	);
	ctx.dao = motion;
	return { motion };
}, { pallets: ["dao"] });

step("dao.vote (a farmer with nodes) and getVotesOfProposal", async () => {
	const { hash } = need(ctx.dao, "the DAO proposal");
	const farmId = need(ctx.farm, "Bob's farm").id;
	need(ctx.node1, "a node on Bob's farm");
	await rejectsWith((await c.dave.dao.vote({ farmId, hash, approve: true })).apply(), "NotAuthorizedToVote");
	await (await c.bob.dao.vote({ farmId, hash, approve: true })).apply();
	const votes = await observer.dao.getVotesOfProposal(hash);
	assert.equal(votes.ayes.length, 1);
	assert.equal(votes.ayes[0].farmId, farmId);
	assert.ok(votes.ayes[0].weight > 0, "the farm's nodes give it weight");
	assert.equal(votes.ayes[0].weight, (await api.query.dao.farmWeight(farmId)).toNumber());
	assert.deepEqual(votes.nays, []);
	assert.equal(votes.ayesProgress, 100);
	assert.equal(votes.nayesProgress, 0);
	await rejectsWith((await c.bob.dao.vote({ farmId, hash, approve: false })).apply(), "DuplicateVote");
	return { votes };
}, { pallets: ["dao"] });

step("dao.close", async () => {
	const { hash, index } = need(ctx.dao, "the DAO proposal");
	const executed = c.alice.listenForEvent("dao", "Executed", data => data[0].toHex() === hash);
	await (await c.alice.dao.close({ hash, index })).apply();
	const result = (await executed)[1];
	if (result.isErr) throw new Error(`the proposal's call failed: ${dispatchErrorName(result.asErr)}`);
	assert.ok(!(await api.query.dao.proposalList()).toPrimitive().includes(hash));
	assert.ok(!(await observer.dao.get()).active.some(proposal => proposal.hash === hash));
	return { executed: hash };
}, { pallets: ["dao"] });

// pallet-balances' force calls require Root (`ensure_root`), on TFChain as here: a council motion
// dispatches them with the council's origin and gets BadOrigin. A DAO proposal runs as Root.
step("dao proposal: balances.forceTransfer and forceSetBalance, run as Root", async () => {
	const farmId = need(ctx.farm, "Bob's farm").id;
	const moved = 3 * TFT;
	const setTo = 777 * TFT;
	const [sourceBefore, destBefore] = [await free(c.aliceStash.address), await free(c.bobStash.address)];
	assert.notEqual(await free(c.ferdieStash.address), setTo);
	const action = c.alice.api.tx.utility.batchAll([
		await c.alice.balances.forceTransfer({ source: c.aliceStash.address, dest: c.bobStash.address, amount: moved }),
		await c.alice.balances.forceSetBalance({ address: c.ferdieStash.address, amount: setTo }),
	]);
	const { hash, index } = await (
		await c.alice.dao.propose({
			threshold: 1,
			proposal: action,
			description: "ts-client: balances",
			link: "https://forum.threefold.io/t/ts-client-balances",
			duration: null,
		})
	).apply();
	await (await c.bob.dao.vote({ farmId, hash, approve: true })).apply();
	const executed = c.alice.listenForEvent("dao", "Executed", data => data[0].toHex() === hash);
	await (await c.alice.dao.close({ hash, index })).apply();
	const result = (await executed)[1];
	if (result.isErr) throw new Error(`the proposal's call failed: ${dispatchErrorName(result.asErr)}`);
	assert.equal(sourceBefore - (await free(c.aliceStash.address)), moved);
	assert.equal((await free(c.bobStash.address)) - destBefore, moved);
	assert.equal(await free(c.ferdieStash.address), setTo);
	return { moved, setTo };
}, { pallets: ["dao"] });

// --- tft bridge -------------------------------------------------------------------------------

step("tftBridge.getWithdrawFee and getDepositFee", async () => {
	const withdrawFee = await observer.tftBridge.getWithdrawFee();
	const depositFee = await observer.tftBridge.getDepositFee();
	assert.ok(withdrawFee > 0 && depositFee > 0, json({ withdrawFee, depositFee }));
	ctx.fees = { withdrawFee, depositFee };
	return ctx.fees;
}, { pallets: ["tftBridgeModule"] });

step("tftBridge.swapToStellar: burns the amount less the fee, the fee to the fee account", async () => {
	const { withdrawFee } = need(ctx.fees, "the bridge fees");
	const feeAccount = (await api.query.tftBridgeModule.feeAccount()).toPrimitive();
	assert.equal(feeAccount, c.ferdie.address, "Ferdie is the dev chain's fee account");
	await rejectsWith(
		(await c.dave.tftBridge.swapToStellar({ target: STELLAR_BROKEN, amount: 5 * TFT })).apply(),
		"InvalidStellarPublicKey",
	);
	const amount = 5 * TFT;
	const [issuanceBefore, feeBefore] = [await issuance(), await free(feeAccount)];
	const burnId = await (await c.dave.tftBridge.swapToStellar({ target: STELLAR_TARGET, amount })).apply();
	const burned = BigInt(amount - withdrawFee);
	assert.equal(issuanceBefore - (await issuance()), burned, "total issuance fell by the amount less the fee");
	assert.equal((await free(feeAccount)) - feeBefore, withdrawFee, "the fee account got the fee");
	const burn = (await api.query.tftBridgeModule.burnTransactions(burnId)).toPrimitive();
	assert.ok(burn, `burn transaction ${burnId} is open`);
	assert.equal(burn.amount, amount - withdrawFee);
	assert.equal(burn.target, STELLAR_TARGET);
	return { burnId, burned: Number(burned), fee: withdrawFee };
}, { pallets: ["tftBridgeModule"] });

step("tftBridge.listenToMintCompleted (two of three bridge validators vote a deposit)", async () => {
	const { depositFee } = need(ctx.fees, "the bridge fees");
	const target = c.daveStash.address;
	const amount = 10 * TFT;
	const transaction = `ts-client-deposit-${Date.now()}`;
	const [targetBefore, issuanceBefore] = [await free(target), await issuance()];
	const heard = observer.tftBridge.listenToMintCompleted(target, 2);
	const vote = client =>
		send(client, client.api.tx.tftBridgeModule.proposeOrVoteMintTransaction(transaction, target, amount));
	await vote(c.alice);
	await vote(c.bob);
	const minted = await heard;
	assert.equal(minted, amount);
	assert.equal((await free(target)) - targetBefore, amount - depositFee);
	assert.equal((await issuance()) - issuanceBefore, BigInt(amount));
	await rejectsWith(vote(c.eve), "MintTransactionAlreadyExecuted");
	return { minted, received: amount - depositFee };
}, { pallets: ["tftBridgeModule"] });

// --- every method of the client, accounted for ---------------------------------------------------

// Each public method of the client's classes → the step(s) that exercise it, or why none does.
// The coverage step checks this list against the installed client's prototypes (a new method in
// a new client version fails it) and that every step named here passed.
const COVERAGE = {
	"QueryClient.connect": ["connect"],
	"QueryClient.loadKeyPairOrSigner": ["connect"],
	"QueryClient.checkInputs": ["connect"],
	"QueryClient.newProvider": ["connect"],
	"QueryClient.wait": ["connect"],
	"QueryClient.disconnect": ["exit: disconnectAndExit disconnects every connection"],
	"QueryClient.disconnectAndExit": ["exit: called last, on success (it exits the process with 0)"],
	"QueryClient.checkSection": ["contracts.billService"],
	"QueryClient.checkMethod": ["contracts.billService"],
	"QueryClient.listenForEvent": ["contracts.billService", "council motion: tfgridModule.setFarmCertification (propose, getProposal, vote, close)"],
	"Client.checkInputs": ["connect"],
	"Client.loadKeyPairOrSigner": ["connect"],
	"Client._applyExtrinsic": ["balances.transferKeepAlive through patchExtrinsic"],
	"Client.applyExtrinsic": ["balances.transferKeepAlive through patchExtrinsic"],
	"Client.applyAllExtrinsics": ["kvStore.delete and deleteAll"],
	"Client.patchExtrinsic": ["balances.transferKeepAlive through patchExtrinsic"],
	"QueryBalances.get": ["balances.get"],
	"Balances.transfer": ["balances.transfer (calls balances.transfer, which pallet-balances no longer has)"],
	"Balances.forceTransfer": ["dao proposal: balances.forceTransfer and forceSetBalance, run as Root"],
	"Balances.forceSetBalance": ["dao proposal: balances.forceTransfer and forceSetBalance, run as Root"],
	"Balances.getMyBalance": ["balances.get"],
	"TermsAndConditions.accept": ["termsAndConditions.accept"],
	"QueryTwins.get": ["twins.get, getTwinIdByAccountId, getMyTwinId"],
	"QueryTwins.getTwinIdByAccountId": ["twins.get, getTwinIdByAccountId, getMyTwinId"],
	"Twins.create": ["twins.create"],
	"Twins.update": ["twins.update"],
	"Twins.getMyTwinId": ["twins.get, getTwinIdByAccountId, getMyTwinId"],
	"QueryFarms.get": ["farms.get and FarmIdByName"],
	"Farms.create": ["farms.create with public IPs"],
	"Farms.addFarmIp": ["farms.addFarmIp"],
	"Farms.removeFarmIp": ["farms.removeFarmIp"],
	"Farms.addStellarAddress": ["farms.addStellarAddress"],
	"QueryNodes.get": ["nodes.get, NodeIdByTwinID, NodesByFarmID"],
	"Nodes.setPower": ["nodes.setPower and the node's power state"],
	"Nodes.addNodePublicConfig": ["nodes.addNodePublicConfig"],
	"QueryContracts.get": ["contracts.createNode with a public IP, getContractIdByNodeIdAndHash, getActiveContracts"],
	"QueryContracts.getNodeContractResources": ["contracts.getNodeContractResources (reported by the node)"],
	"QueryContracts.getContractIdByActiveRentForNode": ["contracts.createRent and getContractIdByActiveRentForNode"],
	"QueryContracts.getActiveContracts": ["contracts.createNode with a public IP, getContractIdByNodeIdAndHash, getActiveContracts"],
	"QueryContracts.getContractIdByName": ["contracts.createName and getContractIdByName"],
	"QueryContracts.getContractIdByNodeIdAndHash": ["contracts.createNode with a public IP, getContractIdByNodeIdAndHash, getActiveContracts"],
	"QueryContracts.contractLock": ["contracts.contractLock (TFChain replaced ContractLock with ContractPaymentState)"],
	"QueryContracts.getContractPaymentState": ["contracts: billing reads (getContractBillingInformationByID, getContractPaymentState, getDeletionTime)"],
	"QueryContracts.getDeletionTime": ["grace: getDeletionTime, then a top-up and contracts.unlock"],
	"QueryContracts.getService": ["contracts: service contract create, setServiceMetadata, setServiceFees, approveService"],
	"QueryContracts.getDedicatedNodeExtraFee": ["contracts.setDedicatedNodeExtraFee and getDedicatedNodeExtraFee"],
	"QueryContracts.getContractBillingInformationByID": ["contracts: billing reads (getContractBillingInformationByID, getContractPaymentState, getDeletionTime)"],
	"Contracts.createNode": ["contracts.createNode with a public IP, getContractIdByNodeIdAndHash, getActiveContracts"],
	"Contracts.updateNode": ["contracts.updateNode"],
	"Contracts.createName": ["contracts.createName and getContractIdByName"],
	"Contracts.createRent": ["contracts.createRent and getContractIdByActiveRentForNode"],
	"Contracts.cancel": ["contracts.cancel (node and rent contracts)"],
	"Contracts.cancelCollective": ["council motion: contracts.cancelCollective"],
	"Contracts.createService": ["contracts: service contract create, setServiceMetadata, setServiceFees, approveService"],
	"Contracts.approveService": ["contracts: service contract create, setServiceMetadata, setServiceFees, approveService", "contracts.cancelService and approveService(approve: false)"],
	"Contracts.billService": ["contracts.billService"],
	"Contracts.cancelService": ["contracts.cancelService and approveService(approve: false)"],
	"Contracts.setServiceFees": ["contracts: service contract create, setServiceMetadata, setServiceFees, approveService"],
	"Contracts.setDedicatedNodeExtraFee": ["contracts.setDedicatedNodeExtraFee and getDedicatedNodeExtraFee"],
	"Contracts.setServiceMetadata": ["contracts: service contract create, setServiceMetadata, setServiceFees, approveService"],
	"Contracts.unlock": ["grace: getDeletionTime, then a top-up and contracts.unlock"],
	"QueryCouncil.getProposal": ["council motion: tfgridModule.setFarmCertification (propose, getProposal, vote, close)"],
	"QueryCouncil.getAllProposals": ["council motion: tfgridModule.setFarmCertification (propose, getProposal, vote, close)"],
	"QueryCouncil.getProposalCount": ["council motion: tfgridModule.setFarmCertification (propose, getProposal, vote, close)"],
	"QueryCouncil.members": ["council.members"],
	"Council.propose": ["council motion: tfgridModule.setFarmCertification (propose, getProposal, vote, close)"],
	"Council.close": ["council motion: tfgridModule.setFarmCertification (propose, getProposal, vote, close)"],
	"Council.vote": ["council motion: tfgridModule.setFarmCertification (propose, getProposal, vote, close)"],
	"QueryDao.get": ["dao.propose (Alice, a council member) and dao.get"],
	"QueryDao.getVotesOfProposal": ["dao.vote (a farmer with nodes) and getVotesOfProposal"],
	"QueryDao.getVotesWithWeights": ["dao.vote (a farmer with nodes) and getVotesOfProposal"],
	"QueryDao.getProgress": ["dao.vote (a farmer with nodes) and getVotesOfProposal"],
	"QueryDao.getDaoProposal": ["dao.propose (Alice, a council member) and dao.get"],
	"QueryDao.getProposal": ["dao.propose (Alice, a council member) and dao.get"],
	"QueryDao.getProposalVotes": ["dao.vote (a farmer with nodes) and getVotesOfProposal"],
	"Dao.propose": ["dao.propose (Alice, a council member) and dao.get"],
	"Dao.vote": ["dao.vote (a farmer with nodes) and getVotesOfProposal"],
	"Dao.close": ["dao.close"],
	"KVStore.set": ["kvStore.set, get, list"],
	"KVStore.get": ["kvStore.set, get, list"],
	"KVStore.list": ["kvStore.set, get, list"],
	"KVStore.delete": ["kvStore.delete and deleteAll"],
	"KVStore.deleteAll": ["kvStore.delete and deleteAll"],
	"QueryPricingPolicies.get": ["pricingPolicies.get"],
	"QueryTFTPrice.get": ["tftPrice.get"],
	"QueryBridge.listenToMintCompleted": ["tftBridge.listenToMintCompleted (two of three bridge validators vote a deposit)"],
	"QueryBridge.getWithdrawFee": ["tftBridge.getWithdrawFee and getDepositFee"],
	"QueryBridge.getDepositFee": ["tftBridge.getWithdrawFee and getDepositFee"],
	"Bridge.swapToStellar": ["tftBridge.swapToStellar: burns the amount less the fee, the fee to the fee account"],
	"Utility.batch": ["utility.batch and utility.batchAll"],
	"Utility.batchAll": ["utility.batch and utility.batchAll", "utility.batchAll: terms and a twin for every other party"],
	"Utility.extractResultSectionsAndEvents": ["utility.batch and utility.batchAll"],
};

const results = new Map(); // step name → ok

step("coverage: every method of the client is exercised", async () => {
	const tfchain = require("@threefold/tfchain_client");
	const found = [];
	for (const [name, value] of Object.entries(tfchain)) {
		if (typeof value !== "function" || !value.prototype || name.endsWith("Error") || name.endsWith("Wrapper")) continue;
		for (const method of Object.getOwnPropertyNames(value.prototype)) {
			const { value: member } = Object.getOwnPropertyDescriptor(value.prototype, method);
			if (method !== "constructor" && typeof member === "function") found.push(`${name}.${method}`);
		}
	}
	const listed = Object.keys(COVERAGE);
	assert.deepEqual(found.filter(m => !listed.includes(m)), [], "methods of the client this test does not account for");
	assert.deepEqual(listed.filter(m => !found.includes(m)), [], "methods listed here that the client does not have");
	const notPassed = [];
	for (const [method, where] of Object.entries(COVERAGE)) {
		for (const name of where) {
			if (name.startsWith("exit:")) continue;
			if (!steps.some(s => s.name === name)) throw new Error(`${method}: no step named "${name}"`);
			if (results.get(name) !== true) notPassed.push(`${method} (${name})`);
		}
	}
	assert.deepEqual(notPassed, [], "methods whose steps did not pass");
	return { methods: found.length };
});

// ---------------------------------------------------------------------------------------------

async function main() {
	emit({ plan: steps.map(s => s.name), url });
	const failed = [];
	for (const [i, s] of steps.entries()) {
		const started = Date.now();
		const missing = api ? s.pallets.filter(p => !api.tx[p] && !api.query[p]) : [];
		if (missing.length > 0) {
			const error = `this runtime's metadata has no ${missing.join(", ")} pallet`;
			emit({ step: s.name, ok: false, error });
			results.set(s.name, false);
			failed.push(s.name);
			continue;
		}
		try {
			const detail = await withTimeout(Promise.resolve().then(s.run), s.timeout, s.name);
			emit({ step: s.name, ok: true, seconds: Math.round((Date.now() - started) / 1000), ...(detail ?? {}) });
			results.set(s.name, true);
		} catch (error) {
			emit({ step: s.name, ok: false, seconds: Math.round((Date.now() - started) / 1000), error: describe(error) });
			process.stderr.write(`${s.name}: ${error?.stack ?? error}\n`);
			results.set(s.name, false);
			failed.push(s.name);
			// Without a connection nothing can run; after a timeout the client's lock may still be
			// held by the stuck extrinsic: stop.
			if (s.name === "connect" || error?.timedOut) {
				for (const rest of steps.slice(i + 1)) {
					emit({ step: rest.name, ok: false, error: `not run: ${s.name} failed` });
					failed.push(rest.name);
				}
				break;
			}
		}
	}
	emit({ summary: { steps: steps.length, passed: steps.length - failed.length, failed } });
	if (failed.length === 0) {
		await c.alice.disconnectAndExit(); // the client's own shutdown: exits with 0
	}
	process.exit(1);
}

main().catch(error => {
	process.stderr.write(`${error?.stack ?? error}\n`);
	process.exit(2);
});
