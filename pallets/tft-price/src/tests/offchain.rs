//! The offchain worker as a node runs it: a keystore, the offchain database, scripted HTTP
//! answers and a transaction pool (`sp_core::offchain::testing`).

use super::{
	go_to, signed,
	source::{horizon_prices, HORIZON_BAD_REQUEST, HORIZON_PATHS},
};
use crate::{
	crypto::{AuraAuthority, KEY_TYPE},
	mock::*,
	offchain::{
		fed_recently, LastSubmission, DEFAULT_SOURCE, LAST_FED_KEY, LAST_SUBMITTED_KEY,
		MAX_BODY_BYTES, MAX_SOURCES, SOURCES_KEY,
	},
	Call, TftPrice,
};
use codec::{Decode, Encode};
use frame_support::{assert_ok, traits::Hooks};
use frame_system::offchain::AppCrypto;
use sp_core::{
	offchain::{
		testing::{PendingRequest, TestOffchainExt, TestTransactionPoolExt},
		Externalities, HttpError, HttpRequestId, HttpRequestStatus, OffchainDbExt, OffchainStorage,
		OffchainWorkerExt, OpaqueNetworkState, Timestamp, TransactionPoolExt,
	},
	sr25519, OpaquePeerId,
};
use sp_keystore::{testing::MemoryKeystore, Keystore, KeystoreExt};
use sp_runtime::{
	generic::Preamble,
	traits::{Dispatchable, IdentifyAccount, Verify},
	MultiSignature, MultiSigner, RuntimeAppPublic,
};
use std::{
	collections::BTreeMap,
	sync::{
		atomic::{AtomicUsize, Ordering},
		Arc,
	},
};

/// A source URL (pricing 100 TFT, as the default does).
fn market(name: &str) -> String {
	format!("https://{name}.example/paths/strict-receive?destination_amount=100")
}

/// The offchain externalities of the test ext, answering some URLs with a scripted status
/// (a timeout, an error code) instead of the canned response, and counting requests started.
struct ScriptedHttp {
	inner: TestOffchainExt,
	statuses: BTreeMap<String, HttpRequestStatus>,
	started: Arc<AtomicUsize>,
}

impl Externalities for ScriptedHttp {
	fn is_validator(&self) -> bool {
		self.inner.is_validator()
	}
	fn network_state(&self) -> Result<OpaqueNetworkState, ()> {
		self.inner.network_state()
	}
	fn timestamp(&mut self) -> Timestamp {
		self.inner.timestamp()
	}
	fn sleep_until(&mut self, deadline: Timestamp) {
		self.inner.sleep_until(deadline)
	}
	fn random_seed(&mut self) -> [u8; 32] {
		self.inner.random_seed()
	}
	fn http_request_start(
		&mut self,
		method: &str,
		uri: &str,
		meta: &[u8],
	) -> Result<HttpRequestId, ()> {
		self.started.fetch_add(1, Ordering::SeqCst);
		self.inner.http_request_start(method, uri, meta)
	}
	fn http_request_add_header(
		&mut self,
		request_id: HttpRequestId,
		name: &str,
		value: &str,
	) -> Result<(), ()> {
		self.inner.http_request_add_header(request_id, name, value)
	}
	fn http_request_write_body(
		&mut self,
		request_id: HttpRequestId,
		chunk: &[u8],
		deadline: Option<Timestamp>,
	) -> Result<(), HttpError> {
		self.inner.http_request_write_body(request_id, chunk, deadline)
	}
	fn http_response_wait(
		&mut self,
		ids: &[HttpRequestId],
		deadline: Option<Timestamp>,
	) -> Vec<HttpRequestStatus> {
		ids.iter()
			.map(|id| {
				let uri = self.inner.0.read().requests.get(id).map(|request| request.uri.clone());
				match uri.and_then(|uri| self.statuses.get(&uri).copied()) {
					Some(status) => status,
					None => self.inner.http_response_wait(&[*id], deadline)[0],
				}
			})
			.collect()
	}
	fn http_response_headers(&mut self, request_id: HttpRequestId) -> Vec<(Vec<u8>, Vec<u8>)> {
		self.inner.http_response_headers(request_id)
	}
	fn http_response_read_body(
		&mut self,
		request_id: HttpRequestId,
		buffer: &mut [u8],
		deadline: Option<Timestamp>,
	) -> Result<usize, HttpError> {
		self.inner.http_response_read_body(request_id, buffer, deadline)
	}
	fn set_authorized_nodes(&mut self, nodes: Vec<OpaquePeerId>, authorized_only: bool) {
		self.inner.set_authorized_nodes(nodes, authorized_only)
	}
}

/// A node: the chain state (the mock, feeders 1..=5), its keystore, offchain database, HTTP and
/// transaction pool.
struct Node {
	ext: sp_io::TestExternalities,
	offchain: TestOffchainExt,
	pool: Box<dyn Fn() -> Vec<Vec<u8>>>,
	keystore: Arc<MemoryKeystore>,
	started: Arc<AtomicUsize>,
}

impl Node {
	/// A node whose HTTP answers the URLs in `statuses` with that status.
	fn with_statuses(statuses: &[(&str, HttpRequestStatus)]) -> Self {
		let mut ext = new_test_ext();
		let (offchain, _) = TestOffchainExt::new();
		let (pool, pool_state) = TestTransactionPoolExt::new();
		let keystore = Arc::new(MemoryKeystore::new());
		let started = Arc::new(AtomicUsize::new(0));
		let statuses = statuses.iter().map(|(url, status)| (url.to_string(), *status)).collect();
		ext.register_extension(OffchainWorkerExt::new(ScriptedHttp {
			inner: offchain.clone(),
			statuses,
			started: started.clone(),
		}));
		ext.register_extension(OffchainDbExt::new(offchain.clone()));
		ext.register_extension(TransactionPoolExt::new(pool));
		ext.register_extension(KeystoreExt::from(keystore.clone() as Arc<dyn Keystore>));
		let pool = Box::new(move || pool_state.read().transactions.clone());
		Node { ext, offchain, pool, keystore, started }
	}

	/// A node whose HTTP answers every expected request with status 200.
	fn new() -> Self {
		Self::with_statuses(&[])
	}

	/// Puts an `aura` key in the keystore; returns its public key and account.
	fn add_key(&self, seed: &str) -> (sr25519::Public, AccountId) {
		let public = self.keystore.sr25519_generate_new(KEY_TYPE, Some(seed)).unwrap();
		(public, MockSigner(public).into_account())
	}

	/// Puts a price feeder's `aura` key in the keystore; returns its public key and account.
	fn add_feeder_key(&self, seed: &str) -> (sr25519::Public, AccountId) {
		let (public, account) = self.add_key(seed);
		add_feeder(account);
		(public, account)
	}

	/// Stores the source list as the node does at start.
	fn set_sources(&self, urls: &[&str]) {
		let urls: Vec<Vec<u8>> = urls.iter().map(|url| url.as_bytes().to_vec()).collect();
		self.set_local(SOURCES_KEY, &urls.encode());
	}

	/// Writes a raw value to the persistent offchain storage.
	fn set_local(&self, key: &[u8], value: &[u8]) {
		self.offchain.0.write().persistent_storage.set(b"", key, value);
	}

	/// Reads a value of the persistent offchain storage.
	fn local<T: Decode>(&self, key: &[u8]) -> Option<T> {
		let raw = self.offchain.0.read().persistent_storage.get(key)?;
		Some(T::decode(&mut &raw[..]).expect("decodable record"))
	}

	/// Expects the next request to be a GET of `url`, answered with `body`.
	fn expect(&self, url: &str, body: impl Into<Vec<u8>>) {
		self.offchain.0.write().expect_request(PendingRequest {
			method: "GET".into(),
			uri: url.into(),
			headers: vec![("Accept".into(), "application/json".into())],
			sent: true,
			response: Some(body.into()),
			..Default::default()
		});
	}

	/// Runs the offchain worker at block `n` (the chain at block `n`).
	fn run_worker(&mut self, n: u64) {
		self.ext.execute_with(|| {
			go_to(n);
			TFTPriceModule::offchain_worker(n);
		});
	}

	/// HTTP requests started so far.
	fn started(&self) -> usize {
		self.started.load(Ordering::SeqCst)
	}

	/// The transactions in the pool.
	fn transactions(&self) -> Vec<Extrinsic> {
		(self.pool)()
			.iter()
			.map(|raw| Extrinsic::decode(&mut &raw[..]).expect("a mock extrinsic"))
			.collect()
	}
}

/// The sender, signature and call of a signed transaction; checks the signature.
fn signed_by(xt: &Extrinsic, key: &sr25519::Public, nonce: Nonce) -> (AccountId, RuntimeCall) {
	let Preamble::Signed(account, signature, ()) = &xt.preamble else {
		panic!("not a signed transaction: {xt:?}");
	};
	assert!(
		signature.verify(&signed_payload(&xt.function, nonce)[..], key),
		"signed with the feeder's aura key"
	);
	(*account, xt.function.clone())
}

/// The call the worker is expected to submit.
fn set_prices(price: u32, block_number: u64) -> RuntimeCall {
	RuntimeCall::TFTPriceModule(Call::set_prices { price, block_number })
}

#[test]
fn a_feeder_submits_the_median_of_its_sources() {
	let mut node = Node::new();
	let (key, feeder) = node.add_feeder_key("//Alice");
	let (a, b, c) = (market("a"), market("b"), market("c"));
	node.set_sources(&[&a, &b, &c]);
	// 10.00, 12.34 → 12 and 50 mUSD per TFT.
	node.expect(&a, horizon_prices(&["1.0"]));
	node.expect(&b, horizon_prices(&["1.5", "1.2345678"]));
	node.expect(&c, horizon_prices(&["5"]));
	node.run_worker(3);

	assert_eq!(node.started(), 3);
	let transactions = node.transactions();
	assert_eq!(transactions.len(), 1);
	let (sender, call) = signed_by(&transactions[0], &key, 0);
	assert_eq!(sender, feeder);
	assert_eq!(call, set_prices(12, 3));
	assert_eq!(node.local(LAST_SUBMITTED_KEY), Some(LastSubmission { price: 12, block: 3 }));
	assert_eq!(node.local::<u64>(LAST_FED_KEY), Some(3));
	// The record is the pair (price, block) the node reads.
	assert_eq!(LastSubmission { price: 12, block: 3 }.encode(), (12u32, 3u32).encode());

	// The chain accepts it in the next block.
	node.ext.execute_with(|| {
		go_to(4);
		assert_ok!(call.dispatch(signed(sender)));
		assert_eq!(TftPrice::<Test>::get(), 12);
	});
}

#[test]
fn one_source_gives_its_price() {
	let mut node = Node::new();
	let (key, feeder) = node.add_feeder_key("//Alice");
	let a = market("a");
	node.set_sources(&[&a]);
	node.expect(&a, HORIZON_PATHS);
	node.run_worker(2);
	let transactions = node.transactions();
	assert_eq!(transactions.len(), 1);
	// The fixture's cheapest path: 0.9876543 USDC for 100 TFT → 9.876543 → 10 mUSD.
	assert_eq!(signed_by(&transactions[0], &key, 0), (feeder, set_prices(10, 2)));
}

#[test]
fn two_sources_give_their_mean_rounded_down() {
	let mut node = Node::new();
	let (key, feeder) = node.add_feeder_key("//Alice");
	let (a, b) = (market("a"), market("b"));
	node.set_sources(&[&a, &b]);
	node.expect(&a, horizon_prices(&["1.0"]));
	node.expect(&b, horizon_prices(&["1.3"]));
	node.run_worker(2);
	let transactions = node.transactions();
	assert_eq!(transactions.len(), 1);
	// (10 + 13) / 2 = 11.5 → 11.
	assert_eq!(signed_by(&transactions[0], &key, 0), (feeder, set_prices(11, 2)));
}

#[test]
fn a_failing_source_is_skipped() {
	let (a, b, c) = (market("a"), market("b"), market("slow"));
	let mut node = Node::with_statuses(&[(&c, HttpRequestStatus::DeadlineReached)]);
	let (key, feeder) = node.add_feeder_key("//Alice");
	node.set_sources(&[&a, &b, &c]);
	node.expect(&a, horizon_prices(&["1.0"]));
	node.expect(&b, horizon_prices(&["1.4"]));
	node.expect(&c, horizon_prices(&["0.1"]));
	node.run_worker(2);
	let transactions = node.transactions();
	assert_eq!(transactions.len(), 1);
	// The median of 10 and 14; the slow source's 1 mUSD does not count.
	assert_eq!(signed_by(&transactions[0], &key, 0), (feeder, set_prices(12, 2)));
}

#[test]
fn every_kind_of_failure_is_skipped() {
	let good = market("good");
	let slow = market("slow");
	let broken = market("broken");
	let down = market("down");
	let huge = market("huge");
	let html = market("html");
	let error = market("error");
	let empty = market("empty");
	let zero = market("zero");
	let not_a_url = "https://bad.example/paths?destination_amount=abc".to_string();
	let mut node = Node::with_statuses(&[
		(&slow, HttpRequestStatus::DeadlineReached),
		(&broken, HttpRequestStatus::IoError),
		(&down, HttpRequestStatus::Finished(503)),
	]);
	let (key, feeder) = node.add_feeder_key("//Alice");
	node.set_sources(&[
		&slow, &broken, &down, &huge, &html, &error, &empty, &zero, &not_a_url, &good,
	]);
	for url in [&slow, &broken, &down] {
		node.expect(url, horizon_prices(&["0.1"]));
	}
	// Valid JSON, but one byte over the limit.
	let mut padded = horizon_prices(&["0.1"]);
	padded.push_str(&" ".repeat(MAX_BODY_BYTES + 1 - padded.len()));
	node.expect(&huge, padded);
	node.expect(&html, "<html><body>Bad gateway</body></html>");
	node.expect(&error, HORIZON_BAD_REQUEST);
	node.expect(&empty, horizon_prices(&[]));
	node.expect(&zero, horizon_prices(&["0.0000000"]));
	// `not_a_url` prices no amount: it is not asked.
	node.expect(&good, horizon_prices(&["2.5"]));
	node.run_worker(2);

	assert_eq!(node.started(), 9);
	let transactions = node.transactions();
	assert_eq!(transactions.len(), 1);
	assert_eq!(signed_by(&transactions[0], &key, 0), (feeder, set_prices(25, 2)));
}

#[test]
fn without_a_good_source_nothing_is_submitted() {
	let (a, b) = (market("a"), market("b"));
	let mut node = Node::with_statuses(&[(&b, HttpRequestStatus::Finished(500))]);
	node.add_feeder_key("//Alice");
	node.set_sources(&[&a, &b]);
	node.expect(&a, HORIZON_BAD_REQUEST);
	node.expect(&b, HORIZON_PATHS);
	node.run_worker(2);
	assert_eq!(node.started(), 2);
	assert!(node.transactions().is_empty());
	assert_eq!(node.local::<LastSubmission>(LAST_SUBMITTED_KEY), None);
	// The slot was used: the sources are asked again after the interval only.
	assert_eq!(node.local::<u64>(LAST_FED_KEY), Some(2));
	node.run_worker(3);
	assert_eq!(node.started(), 2);
}

#[test]
fn a_node_without_a_feeder_key_fetches_nothing() {
	let mut node = Node::new();
	// A key, but not a feeder's.
	node.add_key("//Mallory");
	node.set_sources(&[&market("a")]);
	node.run_worker(2);
	assert_eq!(node.started(), 0);
	assert!(node.transactions().is_empty());
	assert_eq!(node.local::<u64>(LAST_FED_KEY), None);

	// No key at all.
	let mut node = Node::new();
	node.run_worker(2);
	assert_eq!(node.started(), 0);
	assert!(node.transactions().is_empty());
}

#[test]
fn the_first_feeder_key_signs() {
	let mut node = Node::new();
	node.add_key("//Mallory");
	let (key, feeder) = node.add_feeder_key("//Alice");
	let a = market("a");
	node.set_sources(&[&a]);
	node.expect(&a, horizon_prices(&["1.0"]));
	node.run_worker(2);
	let transactions = node.transactions();
	assert_eq!(transactions.len(), 1);
	assert_eq!(signed_by(&transactions[0], &key, 0), (feeder, set_prices(10, 2)));
}

#[test]
fn a_second_run_within_the_interval_does_nothing() {
	let mut node = Node::new();
	let (key, feeder) = node.add_feeder_key("//Alice");
	let a = market("a");
	node.set_sources(&[&a]);
	node.expect(&a, horizon_prices(&["1.0"]));
	node.run_worker(2);
	assert_eq!(node.transactions().len(), 1);

	// The transaction is not on chain yet: the node's own record holds it back.
	for n in 3..2 + INTERVAL {
		node.run_worker(n);
	}
	assert_eq!(node.started(), 1);
	assert_eq!(node.transactions().len(), 1);

	// A full interval later it feeds again, with the next nonce.
	node.expect(&a, horizon_prices(&["1.1"]));
	node.run_worker(2 + INTERVAL);
	let transactions = node.transactions();
	assert_eq!(transactions.len(), 2);
	assert_eq!(signed_by(&transactions[1], &key, 1), (feeder, set_prices(11, 2 + INTERVAL)));
	assert_eq!(node.local::<u64>(LAST_FED_KEY), Some(2 + INTERVAL));
}

#[test]
fn a_recent_submission_on_chain_holds_the_worker_back() {
	let mut node = Node::new();
	let (key, feeder) = node.add_feeder_key("//Alice");
	let a = market("a");
	node.set_sources(&[&a]);
	// The feeder's submission stored at block 5 (e.g. fed by another node with the same key).
	node.ext.execute_with(|| {
		go_to(5);
		assert_ok!(TFTPriceModule::set_prices(signed(feeder), 40, 5));
		assert_eq!(TFTPriceModule::last_submission_block(&feeder), Some(5));
	});
	node.run_worker(5 + INTERVAL - 1);
	assert_eq!(node.started(), 0);
	// Nothing claimed locally either.
	assert_eq!(node.local::<u64>(LAST_FED_KEY), None);

	node.expect(&a, horizon_prices(&["1.0"]));
	node.run_worker(5 + INTERVAL);
	let transactions = node.transactions();
	assert_eq!(transactions.len(), 1);
	assert_eq!(signed_by(&transactions[0], &key, 0), (feeder, set_prices(10, 5 + INTERVAL)));
}

#[test]
fn an_overlapping_run_of_an_earlier_block_does_not_feed() {
	let mut node = Node::new();
	node.add_feeder_key("//Alice");
	node.set_sources(&[&market("a")]);
	// A run of block 8 fed already; block 7's run comes late.
	node.set_local(LAST_FED_KEY, &8u64.encode());
	node.run_worker(7);
	assert_eq!(node.started(), 0);
	assert!(node.transactions().is_empty());
	assert_eq!(node.local::<u64>(LAST_FED_KEY), Some(8));
}

#[test]
fn an_unreadable_record_of_the_last_feed_is_replaced() {
	let mut node = Node::new();
	node.add_feeder_key("//Alice");
	let a = market("a");
	node.set_sources(&[&a]);
	node.set_local(LAST_FED_KEY, b"\x01");
	node.expect(&a, horizon_prices(&["1.0"]));
	node.run_worker(2);
	assert_eq!(node.transactions().len(), 1);
	assert_eq!(node.local::<u64>(LAST_FED_KEY), Some(2));
}

#[test]
fn without_configured_sources_the_default_is_asked() {
	// Nothing stored, or an empty list (the node's default).
	for stored in [None, Some(Vec::<Vec<u8>>::new().encode())] {
		let mut node = Node::new();
		let (key, feeder) = node.add_feeder_key("//Alice");
		if let Some(stored) = stored {
			node.set_local(SOURCES_KEY, &stored);
		}
		node.expect(DEFAULT_SOURCE, HORIZON_PATHS);
		node.run_worker(2);
		let transactions = node.transactions();
		assert_eq!(transactions.len(), 1);
		assert_eq!(signed_by(&transactions[0], &key, 0), (feeder, set_prices(10, 2)));
	}
}

#[test]
fn sources_are_asked_once_each_and_at_most_max_sources() {
	let mut node = Node::new();
	node.add_feeder_key("//Alice");
	let urls: Vec<String> = (0..MAX_SOURCES + 3).map(|i| market(&format!("m{i}"))).collect();
	let mut stored: Vec<&str> = vec![urls[0].as_str()];
	stored.extend(urls.iter().map(String::as_str));
	node.set_sources(&stored);
	for url in urls.iter().take(MAX_SOURCES) {
		node.expect(url, horizon_prices(&["1.0"]));
	}
	node.run_worker(2);
	assert_eq!(node.started(), MAX_SOURCES);
	assert_eq!(node.transactions().len(), 1);
}

#[test]
fn the_runtime_signing_type_signs_with_the_aura_key() {
	let node = Node::new();
	let (key, _) = node.add_key("//Alice");
	let mut ext = node.ext;
	ext.execute_with(|| {
		assert_eq!(crate::crypto::Public::all(), vec![key.into()]);
		let signer = MultiSigner::from(key);
		let signature = <AuraAuthority as AppCrypto<MultiSigner, MultiSignature>>::sign(
			b"payload",
			signer.clone(),
		)
		.expect("the keystore holds the key");
		assert!(<AuraAuthority as AppCrypto<MultiSigner, MultiSignature>>::verify(
			b"payload",
			signer.clone(),
			signature.clone()
		));
		assert!(!<AuraAuthority as AppCrypto<MultiSigner, MultiSignature>>::verify(
			b"other",
			signer,
			signature.clone()
		));
		assert!(signature.verify(&b"payload"[..], &MultiSigner::from(key).into_account()));
	});
}

#[test]
fn fed_recently_counts_the_distance_either_way() {
	assert!(fed_recently(10u64, 10, 10));
	assert!(fed_recently(10u64, 19, 10));
	assert!(!fed_recently(10u64, 20, 10));
	// A run of an earlier block overlapping one of a later block.
	assert!(fed_recently(19u64, 10, 10));
	assert!(!fed_recently(30u64, 10, 10));
}
