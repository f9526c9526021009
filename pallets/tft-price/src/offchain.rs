//! The offchain worker: a validator's node reads the TFT price from the market and submits it
//! with `set_prices`, signed with its `aura` key ([`crate::crypto`]).
//!
//! At block `n` the worker of a node:
//!
//! 1. picks the first key of the node's keystore (key type `aura`) whose account is a price
//!    feeder ([`Config::PriceFeeders`]); without one it stops, having fetched nothing;
//! 2. stops unless the chain shows that feeder's last stored submission at least
//!    [`Config::MinSubmissionInterval`] blocks before `n`;
//! 3. claims the slot in the node's local record [`LAST_FED_KEY`] (compare-and-set), so of two
//!    worker runs overlapping on one node only one feeds, and a node feeds at most once per
//!    `MinSubmissionInterval` blocks; a claimed slot stays used even if the fetch then fails,
//!    so a failing market is asked at most once per interval;
//! 4. reads the sources the node stored under [`SOURCES_KEY`] ([`DEFAULT_SOURCE`] when none),
//!    sends every request first, then waits for all of them with one deadline
//!    ([`FETCH_TIMEOUT_MS`]), so a slow source cannot hold the worker;
//! 5. prices each answer ([`crate::source`]), logs and skips every source that fails, and
//!    submits the median of the others (none: nothing is submitted), quoting block `n`;
//! 6. logs the submission and records it under [`LAST_SUBMITTED_KEY`] for the node's
//!    Prometheus gauge.
//!
//! Everything is logged with target `runtime::tft-price`.

use crate::{
	average::median,
	source::{self, SourceError},
	Call, Config, Pallet, TftPriceHistory,
};
use alloc::{collections::BTreeSet, vec::Vec};
use codec::{Decode, Encode};
use frame_support::traits::{Contains, Get};
use frame_system::{
	offchain::{Account, SendSignedTransaction, Signer},
	pallet_prelude::BlockNumberFor,
};
use sp_runtime::{
	offchain::{
		http,
		storage::{MutateStorageError, StorageRetrievalError, StorageValueRef},
		Duration, HttpError, Timestamp,
	},
	traits::Saturating,
	SaturatedConversion,
};

/// The log target of the worker.
const LOG_TARGET: &str = "runtime::tft-price";

/// Persistent local storage key of the price sources: a SCALE-encoded `Vec<Vec<u8>>` of URLs,
/// written by the node at start (possibly empty: then [`DEFAULT_SOURCE`] is used).
pub const SOURCES_KEY: &[u8] = b"tft-price::sources";

/// Persistent local storage key of the block this node last fed a price at: a SCALE-encoded
/// block number, updated with compare-and-set.
pub const LAST_FED_KEY: &[u8] = b"tft-price::last-fed";

/// Persistent local storage key of the last submission: a SCALE-encoded [`LastSubmission`]
/// (read by the node for its Prometheus gauge).
pub const LAST_SUBMITTED_KEY: &[u8] = b"tft-price::last-submitted";

/// The source used when the node gives none: Stellar Horizon's public endpoint, the USDC paid
/// for 100 TFT (TFT and USDC as issued on Stellar's public network).
pub const DEFAULT_SOURCE: &str = "https://horizon.stellar.org/paths/strict-receive?source_assets=USDC:GA5ZSEJYB37JRC5AVCIA5MOP4RHTM335X2KGX3IHOJAPP5RE34K4KZVN&destination_asset_type=credit_alphanum4&destination_asset_code=TFT&destination_asset_issuer=GBOVQKJYHXRR3DX6NOX2RRYFRCUMSADGDESTDNBDS6CDVLGVESRTAC47&destination_amount=100";

/// How long the worker waits for all sources together (sending, answers and bodies), in ms.
pub const FETCH_TIMEOUT_MS: u64 = 5_000;

/// The largest answer read from a source; a larger one skips the source.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// The most sources asked per run (the first ones of the list); more are ignored (logged).
pub const MAX_SOURCES: usize = 16;

/// The last price this node submitted, as kept under [`LAST_SUBMITTED_KEY`]. Encodes as the
/// pair `(price: u32, block: u32)`.
#[derive(Encode, Decode, Clone, Copy, PartialEq, Eq, Debug)]
pub struct LastSubmission {
	/// The submitted price, in mUSD per TFT.
	pub price: u32,
	/// The block the worker ran at (the block quoted in `set_prices`).
	pub block: u32,
}

/// One source's outcome in a run.
struct SourceOutcome<'a> {
	/// The URL as configured (lossy UTF-8, for logs).
	url: alloc::borrow::Cow<'a, str>,
	/// The source's price in mUSD per TFT, or why it has none.
	price: Result<u32, SourceError>,
}

impl<T: Config> Pallet<T> {
	/// The offchain worker at block `now` (see the module docs).
	pub fn feed_price(now: BlockNumberFor<T>) {
		let Some(feeder) = Self::local_feeder() else {
			log::debug!(target: LOG_TARGET, "no price feeder key in the keystore: not feeding");
			return;
		};
		let interval = T::MinSubmissionInterval::get();
		if let Some(last) = Self::last_submission_block(&feeder.id) {
			if now.saturating_sub(last) < interval {
				log::debug!(
					target: LOG_TARGET,
					"last submission stored at block {last:?}: not feeding at {now:?}"
				);
				return;
			}
		}
		if !claim_slot::<BlockNumberFor<T>>(now, interval) {
			return;
		}

		let sources = configured_sources();
		let outcomes = fetch_prices(&sources);
		let mut prices: Vec<u32> = Vec::new();
		for outcome in &outcomes {
			match outcome.price {
				Ok(price) => prices.push(price),
				Err(error) => log::warn!(
					target: LOG_TARGET,
					"price source {} skipped: {}{}",
					outcome.url,
					error.as_str(),
					match error {
						SourceError::HttpStatus(code) => alloc::format!(" ({code})"),
						_ => alloc::string::String::new(),
					}
				),
			}
		}
		let used = prices.len();
		let skipped = outcomes.len().saturating_sub(used);
		prices.sort_unstable();
		let Some(price) = median(&prices) else {
			log::warn!(
				target: LOG_TARGET,
				"no price at block {now:?}: all {skipped} source(s) failed; nothing submitted"
			);
			return;
		};

		let call = Call::set_prices { price, block_number: now };
		match Signer::<T, T::AuthorityId>::any_account()
			.send_single_signed_transaction(&feeder, call)
		{
			Some(Ok(())) => {
				log::info!(
					target: LOG_TARGET,
					"submitted TFT price {price} mUSD at block {now:?}: median of {prices:?} from \
					 {used} source(s), {skipped} skipped"
				);
				let record = LastSubmission { price, block: now.saturated_into::<u32>() };
				StorageValueRef::persistent(LAST_SUBMITTED_KEY).set(&record);
			},
			Some(Err(())) => log::warn!(
				target: LOG_TARGET,
				"the transaction pool refused the price {price} mUSD at block {now:?}"
			),
			None => log::warn!(
				target: LOG_TARGET,
				"could not sign the price {price} mUSD at block {now:?}"
			),
		}
	}

	/// The block `feeder`'s last stored submission was stored in, if it has one in the window.
	pub fn last_submission_block(feeder: &T::AccountId) -> Option<BlockNumberFor<T>> {
		TftPriceHistory::<T>::get(feeder).last().map(|point| point.block)
	}

	/// The first keystore account (key type `aura`) that is a price feeder.
	fn local_feeder() -> Option<Account<T>> {
		Signer::<T, T::AuthorityId>::keystore_accounts()
			.find(|account| T::PriceFeeders::contains(&account.id))
	}
}

/// Whether a node that last fed at `last` must not feed at `now`: fewer than `interval` blocks
/// apart, either way (a run of a lower block may overlap one of a higher block).
pub fn fed_recently<N: Saturating + Ord + Copy>(last: N, now: N, interval: N) -> bool {
	let distance = if now >= last { now.saturating_sub(last) } else { last.saturating_sub(now) };
	distance < interval
}

/// Claims the feeding slot of block `now` in [`LAST_FED_KEY`], unless this node fed fewer than
/// `interval` blocks away or another run changed the record meanwhile. An undecodable record
/// is replaced.
fn claim_slot<N: Encode + Decode + Saturating + Ord + Copy + core::fmt::Debug>(
	now: N,
	interval: N,
) -> bool {
	let record = StorageValueRef::persistent(LAST_FED_KEY);
	let claimed = record.mutate(|last: Result<Option<N>, StorageRetrievalError>| match last {
		Ok(Some(last)) if fed_recently(last, now, interval) => Err(last),
		_ => Ok(now),
	});
	match claimed {
		Ok(_) => true,
		Err(MutateStorageError::ValueFunctionFailed(last)) => {
			log::debug!(target: LOG_TARGET, "this node fed at block {last:?}: not feeding at {now:?}");
			false
		},
		Err(MutateStorageError::ConcurrentModification(_)) => {
			log::debug!(target: LOG_TARGET, "another worker run is feeding: not feeding at {now:?}");
			false
		},
	}
}

/// The sources the node stored, without duplicates, at most [`MAX_SOURCES`]; the default
/// source when none is stored (or the record is unreadable).
pub fn configured_sources() -> Vec<Vec<u8>> {
	let stored = match StorageValueRef::persistent(SOURCES_KEY).get::<Vec<Vec<u8>>>() {
		Ok(stored) => stored.unwrap_or_default(),
		Err(StorageRetrievalError::Undecodable) => {
			log::warn!(target: LOG_TARGET, "unreadable price source list: using the default");
			Vec::new()
		},
	};
	let mut seen = BTreeSet::new();
	let mut sources: Vec<Vec<u8>> =
		stored.into_iter().filter(|url| seen.insert(url.clone())).collect();
	if sources.len() > MAX_SOURCES {
		log::warn!(
			target: LOG_TARGET,
			"{} price sources configured: asking the first {MAX_SOURCES}",
			sources.len()
		);
		sources.truncate(MAX_SOURCES);
	}
	if sources.is_empty() {
		sources.push(DEFAULT_SOURCE.as_bytes().to_vec());
	}
	sources
}

/// A source on its way: failed already, or waiting for its answer.
enum Slot {
	Failed(SourceError),
	Waiting,
}

/// Asks every source, then waits for all answers together until one deadline, and prices each.
fn fetch_prices(sources: &[Vec<u8>]) -> Vec<SourceOutcome<'_>> {
	let deadline = sp_io::offchain::timestamp().add(Duration::from_millis(FETCH_TIMEOUT_MS));
	let mut requests = Vec::new();
	let slots: Vec<Slot> = sources
		.iter()
		.map(|url| match send_request(url, deadline) {
			Ok(request) => {
				requests.push(request);
				Slot::Waiting
			},
			Err(error) => Slot::Failed(error),
		})
		.collect();
	let mut answers = if requests.is_empty() {
		Vec::new().into_iter()
	} else {
		http::PendingRequest::try_wait_all(requests, deadline).into_iter()
	};
	slots
		.into_iter()
		.zip(sources)
		.map(|(slot, url)| {
			let price = match slot {
				Slot::Failed(error) => Err(error),
				// One answer per request sent, in order.
				Slot::Waiting => match answers.next() {
					Some(Ok(Ok(response))) => price_of_response(url, response, deadline),
					Some(Ok(Err(http::Error::DeadlineReached))) | Some(Err(_)) => {
						Err(SourceError::Timeout)
					},
					Some(Ok(Err(_))) | None => Err(SourceError::Io),
				},
			};
			SourceOutcome { url: alloc::string::String::from_utf8_lossy(url), price }
		})
		.collect()
}

/// Checks a source's URL and sends its request.
fn send_request(url: &[u8], deadline: Timestamp) -> Result<http::PendingRequest, SourceError> {
	let url = core::str::from_utf8(url).map_err(|_| SourceError::UrlNotUtf8)?;
	// A URL that cannot be priced is not asked.
	source::destination_amount(url)?;
	http::Request::get(url)
		.add_header("Accept", "application/json")
		.deadline(deadline)
		.send()
		.map_err(|_| SourceError::RequestFailed)
}

/// The price of one source's answer: status 200 and a body of at most [`MAX_BODY_BYTES`], read
/// before `deadline`.
fn price_of_response(
	url: &[u8],
	response: http::Response,
	deadline: Timestamp,
) -> Result<u32, SourceError> {
	if response.code != 200 {
		return Err(SourceError::HttpStatus(response.code));
	}
	let mut body = response.body();
	body.deadline(deadline);
	let bytes: Vec<u8> = body.by_ref().take(MAX_BODY_BYTES.saturating_add(1)).collect();
	if bytes.len() > MAX_BODY_BYTES {
		return Err(SourceError::BodyTooLarge);
	}
	match body.error() {
		None => {},
		Some(HttpError::DeadlineReached) => return Err(SourceError::Timeout),
		Some(_) => return Err(SourceError::Io),
	}
	let url = core::str::from_utf8(url).map_err(|_| SourceError::UrlNotUtf8)?;
	source::source_price(url, &bytes)
}
