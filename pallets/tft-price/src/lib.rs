//! # TFTPriceModule: the TFT/USD price billing converts with
//!
//! Price feeders (the runtime passes the current validators as [`Config::PriceFeeders`]) submit
//! the TFT price they observe, in mUSD per TFT, with [`Pallet::set_prices`]. The pallet keeps the
//! last submission ([`TftPrice`], [`LastBlockSet`]), each feeder's own bounded window of recent
//! submissions ([`TftPriceHistory`]) and median of it ([`FeederMedians`]), and a robust average
//! of those medians ([`AverageTftPrice`]). Governance ([`Config::RestrictedOrigin`]) sets the
//! bounds [`MinTftPrice`] and [`MaxTftPrice`] the billing price is clamped to. Names of calls,
//! storage items, events and errors follow the grid API spec (section "TFTPriceModule (index
//! 28)").
//!
//! ## Submitting a price
//!
//! [`Pallet::set_prices`]`(price, block_number)` is accepted when the caller is a current price
//! feeder, `price` is not 0, `block_number` (the block the feeder read the price at) is neither
//! in the future nor more than [`Config::MaxPriceAge`] blocks old, and the caller's own last
//! submission is at least [`Config::MinSubmissionInterval`] blocks old. It is free (`Pays::No`)
//! when it succeeds; a failing call pays and changes nothing.
//!
//! A submission reads and writes the caller's own window and [`FeederMedians`] (one small entry
//! per feeder), never another feeder's window (it only removes those of dropped feeders): its
//! cost grows with [`Config::MaxSubmissionsPerFeeder`] and [`Config::MaxFeeders`], not with
//! feeders × submissions.
//!
//! ## The averaging rule, and why
//!
//! Each feeder's window holds its own submissions of the last [`Config::HistoryWindow`] blocks
//! (about 24 h), at most [`Config::MaxSubmissionsPerFeeder`] of them (the oldest is dropped
//! first). Only current price feeders count: at every submission, the feeders that left
//! [`Config::PriceFeeders`] or whose last submission left the window are dropped from
//! [`FeederMedians`] and their windows removed. The average is the **median over feeders of
//! each feeder's median** in its window (a median of two values is their mean, rounded down).
//!
//! - A median, not a mean: one absurd value (a typo, a broken exchange feed, a malicious
//!   validator) moves a mean without limit, but cannot move a median past the honest values.
//! - Per feeder first: every feeder counts once, however often it submits, so a feeder that
//!   submits at every allowed slot while honest feeders miss some cannot outweigh them.
//!
//! With at least two honest feeders in the window, a single feeder cannot move the average
//! outside the range of the honest submissions (tests prove it). With only two feeders in the
//! window the median is their mean, so a wrong one moves it halfway: run at least three.
//!
//! Each submission also reports where the average stands against the bounds
//! (`AveragePriceIsAboveMaxPrice` / `AveragePriceIsBelowMinPrice`); the stored average is the
//! unclamped value, and [`tfchain_support::TftPriceForBilling`] clamps it to
//! [[`MinTftPrice`], [`MaxTftPrice`]] for billing (falling back to [`TftPrice`], then the
//! minimum, and never returning 0). Until anything is stored (e.g. the pallet added by a runtime
//! upgrade, without genesis) the price items read as the genesis defaults: price 50 mUSD, min
//! 10, max 1000.
//!
//! Governance bounds: 0 < [`MinTftPrice`] ≤ [`MaxTftPrice`] (equal bounds fix the billing
//! price).
//!
//! ## Feeding the price: the offchain worker
//!
//! On a node whose keystore holds the `aura` key of a price feeder ([`crypto::AuraAuthority`]),
//! the offchain worker ([`offchain`]) asks the market at most once per
//! [`Config::MinSubmissionInterval`] blocks: the URLs the node operator gave
//! (`--tft-price-source`, stored by the node under [`offchain::SOURCES_KEY`]), or Stellar
//! Horizon's public TFT/USDC endpoint ([`offchain::DEFAULT_SOURCE`]). All sources are asked at
//! once with one deadline; each answer is priced exactly, in integers ([`source`]); sources that
//! fail are logged and skipped, and the median of the others is submitted with `set_prices`.
//! A node without such a key fetches nothing.
//!
//! ## Bounds
//!
//! Every storage item is bounded (no `without_storage_info`):
//!
//! | item | bound |
//! |---|---|
//! | [`TftPrice`], [`AverageTftPrice`], [`MinTftPrice`], [`MaxTftPrice`] | one `u32` each |
//! | [`LastBlockSet`] | one block number |
//! | [`TftPriceHistory`] | one entry per feeder in [`FeederMedians`], each [`Config::MaxSubmissionsPerFeeder`] submissions of (block, price), none older than [`Config::HistoryWindow`] blocks |
//! | [`FeederMedians`] | [`Config::MaxFeeders`] entries of (feeder, median, last block) |
//!
//! `integrity_test` requires `MaxSubmissionsPerFeeder × MinSubmissionInterval ≥ HistoryWindow`,
//! so a feeder submitting as often as allowed keeps its whole window. `MaxFeeders` must be at
//! least the number of current feeders (the runtime uses its validator bound): a new feeder that
//! finds [`FeederMedians`] full is refused (`TooManyFeeders`).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

pub mod average;
pub mod crypto;
pub mod migrations;
pub mod offchain;
pub mod source;
pub mod types;
pub mod weights;
pub use weights::WeightInfo;

mod billing;
mod invariants;
mod prices;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

use frame_support::BoundedVec;
use types::{FeederMedian, PricePoint};

/// A submission as a runtime keeps it in a feeder's window.
pub type PricePointOf<T> = PricePoint<frame_system::pallet_prelude::BlockNumberFor<T>>;

/// One feeder's submission window, oldest first.
pub type PriceHistoryOf<T> = BoundedVec<PricePointOf<T>, <T as Config>::MaxSubmissionsPerFeeder>;

/// A feeder's median and last block as a runtime keeps them.
pub type FeederMedianOf<T> = FeederMedian<
	<T as frame_system::Config>::AccountId,
	frame_system::pallet_prelude::BlockNumberFor<T>,
>;

/// The medians of the feeders that count.
pub type FeederMediansOf<T> = BoundedVec<FeederMedianOf<T>, <T as Config>::MaxFeeders>;

/// Genesis price, in mUSD per TFT (0.05 USD).
pub const DEFAULT_TFT_PRICE: u32 = 50;
/// Genesis lower bound of the billing price, in mUSD.
pub const DEFAULT_MIN_TFT_PRICE: u32 = 10;
/// Genesis upper bound of the billing price, in mUSD.
pub const DEFAULT_MAX_TFT_PRICE: u32 = 1000;

/// What a runtime provides so the benchmarks can call `set_prices`.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// An account that [`Config::PriceFeeders`] accepts (made a feeder if needed).
	fn price_feeder() -> AccountId;

	/// Another account stored as a feeder by the `set_prices` benchmark, distinct for each
	/// `index` and from [`Self::price_feeder`]. It need not be a current feeder: the benchmark
	/// gives it a last submission outside the window, so it is dropped either way. By default a
	/// plain benchmark account.
	fn other_price_feeder(index: u32) -> AccountId
	where
		AccountId: codec::Decode,
	{
		frame_benchmarking::account("other price feeder", index, 0)
	}
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		dispatch::{DispatchResultWithPostInfo, Pays},
		pallet_prelude::*,
		traits::Contains,
	};
	use frame_system::pallet_prelude::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(2);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config:
		frame_system::Config<RuntimeEvent: From<Event<Self>>>
		+ frame_system::offchain::CreateSignedTransaction<Call<Self>>
	{
		/// Origin of `set_min_tft_price` / `set_max_tft_price`: Root or a 3/5 council motion in
		/// the runtime.
		type RestrictedOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// The accounts allowed to submit prices (the runtime passes the current validators).
		type PriceFeeders: Contains<Self::AccountId>;
		/// Fewest blocks between two submissions of the same feeder (about 10).
		#[pallet::constant]
		type MinSubmissionInterval: Get<BlockNumberFor<Self>>;
		/// Most blocks the quoted `block_number` may lie behind the current block.
		#[pallet::constant]
		type MaxPriceAge: Get<BlockNumberFor<Self>>;
		/// Blocks a submission stays in the averaging window (about 24 h: 14,400 blocks).
		#[pallet::constant]
		type HistoryWindow: Get<BlockNumberFor<Self>>;
		/// Most submissions kept per feeder in [`TftPriceHistory`] (the oldest is dropped
		/// first); with `MinSubmissionInterval` it must cover `HistoryWindow`.
		#[pallet::constant]
		type MaxSubmissionsPerFeeder: Get<u32>;
		/// Most feeders in [`FeederMedians`]: at least the number of current price feeders.
		#[pallet::constant]
		type MaxFeeders: Get<u32>;
		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;
		/// The key the offchain worker signs `set_prices` with: [`crypto::AuraAuthority`] in the
		/// runtime (the node's `aura` key).
		type AuthorityId: frame_system::offchain::AppCrypto<Self::Public, Self::Signature>;
		/// Makes a price feeder for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// Value of [`TftPrice`] before anything is stored (e.g. the pallet added by an upgrade).
	#[pallet::type_value]
	pub fn TftPriceDefault() -> u32 {
		DEFAULT_TFT_PRICE
	}

	/// Value of [`AverageTftPrice`] before anything is stored.
	#[pallet::type_value]
	pub fn AverageTftPriceDefault() -> u32 {
		DEFAULT_TFT_PRICE
	}

	/// Value of [`MinTftPrice`] before anything is stored.
	#[pallet::type_value]
	pub fn MinTftPriceDefault() -> u32 {
		DEFAULT_MIN_TFT_PRICE
	}

	/// Value of [`MaxTftPrice`] before anything is stored.
	#[pallet::type_value]
	pub fn MaxTftPriceDefault() -> u32 {
		DEFAULT_MAX_TFT_PRICE
	}

	/// The last submitted price, in mUSD per TFT.
	#[pallet::storage]
	pub type TftPrice<T: Config> = StorageValue<_, u32, ValueQuery, TftPriceDefault>;

	/// The robust average: the median of the [`FeederMedians`] medians (unclamped), in mUSD per
	/// TFT.
	#[pallet::storage]
	pub type AverageTftPrice<T: Config> = StorageValue<_, u32, ValueQuery, AverageTftPriceDefault>;

	/// The block number quoted with the last submitted price.
	#[pallet::storage]
	pub type LastBlockSet<T: Config> = StorageValue<_, BlockNumberFor<T>, ValueQuery>;

	/// Each counted feeder's own submissions of the averaging window, oldest first.
	#[pallet::storage]
	pub type TftPriceHistory<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, PriceHistoryOf<T>, ValueQuery>;

	/// The feeders that count in the average: each one's median over its window and the block
	/// of its last submission.
	#[pallet::storage]
	pub type FeederMedians<T: Config> = StorageValue<_, FeederMediansOf<T>, ValueQuery>;

	/// Lowest price billing uses, in mUSD per TFT.
	#[pallet::storage]
	pub type MinTftPrice<T: Config> = StorageValue<_, u32, ValueQuery, MinTftPriceDefault>;

	/// Highest price billing uses, in mUSD per TFT.
	#[pallet::storage]
	pub type MaxTftPrice<T: Config> = StorageValue<_, u32, ValueQuery, MaxTftPriceDefault>;

	/// The pallet's events: TFChain's first, in TFChain's order (including the one it no longer
	/// emits), then ours.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A feeder's price was stored (mUSD per TFT).
		PriceStored(u32),
		/// TFChain's (its offchain worker); never emitted here: prices come in as `set_prices`
		/// transactions.
		OffchainWorkerExecuted(T::AccountId),
		/// The average was recomputed and stored (mUSD per TFT).
		AveragePriceStored(u32),
		/// The new average was above the maximum: (average, maximum).
		AveragePriceIsAboveMaxPrice(u32, u32),
		/// The new average was below the minimum: (average, minimum).
		AveragePriceIsBelowMinPrice(u32, u32),
		/// Governance set the minimum price.
		MinTftPriceSet(u32),
		/// Governance set the maximum price.
		MaxTftPriceSet(u32),
	}

	/// The pallet's errors: TFChain's first, in TFChain's order (TFChain's Go client names an
	/// error by its index), including those that belong to its offchain worker; then ours.
	/// Where TFChain returns an error for a failure, we return the same one (the detail goes to
	/// the log, target `runtime::tft-price`).
	#[pallet::error]
	pub enum Error<T> {
		/// TFChain's (its offchain worker); not raised here.
		ErrFetchingPrice,
		/// TFChain's (its offchain worker); not raised here.
		OffchainSignedTxError,
		/// TFChain's (its offchain worker); not raised here.
		NoLocalAcctForSigning,
		/// The caller is not a price feeder.
		AccountUnauthorizedToSetPrice,
		/// The maximum would be below the minimum (or 0).
		MaxPriceBelowMinPriceError,
		/// The minimum would be above the maximum.
		MinPriceAboveMaxPriceError,
		/// TFChain's (its offchain worker); not raised here.
		IsNotAnAuthority,
		/// TFChain's (its offchain worker); not raised here.
		WrongAuthority,
		/// A price (or minimum) of 0 was given.
		PriceIsZero,
		/// The quoted block number is after the current block.
		BlockNumberInFuture,
		/// The quoted block number is more than `MaxPriceAge` blocks old.
		BlockNumberTooOld,
		/// The feeder's last submission is less than `MinSubmissionInterval` blocks old.
		SubmittedTooSoon,
		/// A new feeder finds [`FeederMedians`] full: more current price feeders than
		/// `MaxFeeders` (a runtime configuration error).
		TooManyFeeders,
	}

	#[pallet::genesis_config]
	pub struct GenesisConfig<T: Config> {
		/// Initial price and average, mUSD per TFT (default 50).
		pub tft_price: u32,
		/// Initial minimum, mUSD per TFT (default 10).
		pub min_tft_price: u32,
		/// Initial maximum, mUSD per TFT (default 1000).
		pub max_tft_price: u32,
		/// Marker.
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	impl<T: Config> Default for GenesisConfig<T> {
		fn default() -> Self {
			Self {
				tft_price: DEFAULT_TFT_PRICE,
				min_tft_price: DEFAULT_MIN_TFT_PRICE,
				max_tft_price: DEFAULT_MAX_TFT_PRICE,
				_config: Default::default(),
			}
		}
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		/// Stores the prices. Panics on an inconsistent chain spec (a price or minimum of 0, or
		/// a minimum above the maximum): that is a configuration error found when the genesis
		/// state is built, never in a block.
		fn build(&self) {
			assert!(self.tft_price > 0, "TFTPriceModule genesis: tft_price must not be 0");
			assert!(self.min_tft_price > 0, "TFTPriceModule genesis: min_tft_price must not be 0");
			assert!(
				self.min_tft_price <= self.max_tft_price,
				"TFTPriceModule genesis: min_tft_price must not be above max_tft_price"
			);
			TftPrice::<T>::put(self.tft_price);
			AverageTftPrice::<T>::put(self.tft_price);
			MinTftPrice::<T>::put(self.min_tft_price);
			MaxTftPrice::<T>::put(self.max_tft_price);
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}

		/// Feeds the TFT price from the market on a validator's node (see [`offchain`]).
		fn offchain_worker(n: BlockNumberFor<T>) {
			Self::feed_price(n);
		}

		fn integrity_test() {
			use sp_runtime::traits::Saturating;
			let per_feeder = T::MaxSubmissionsPerFeeder::get();
			assert!(per_feeder > 0, "MaxSubmissionsPerFeeder must be at least 1");
			assert!(T::MaxFeeders::get() > 0, "MaxFeeders must be at least 1");
			assert!(
				T::HistoryWindow::get() >= T::MinSubmissionInterval::get(),
				"HistoryWindow must not be shorter than MinSubmissionInterval"
			);
			assert!(
				BlockNumberFor::<T>::from(per_feeder)
					.saturating_mul(T::MinSubmissionInterval::get())
					>= T::HistoryWindow::get(),
				"MaxSubmissionsPerFeeder × MinSubmissionInterval must cover HistoryWindow"
			);
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Submit the TFT price (mUSD per TFT) read at `block_number`; a price feeder only, at
		/// most once per `MinSubmissionInterval` blocks. Free when it succeeds.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::set_prices())]
		pub fn set_prices(
			origin: OriginFor<T>,
			price: u32,
			block_number: BlockNumberFor<T>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			ensure!(T::PriceFeeders::contains(&who), Error::<T>::AccountUnauthorizedToSetPrice);
			Self::do_set_prices(&who, price, block_number)?;
			Ok(Pays::No.into())
		}

		/// Set the lowest price billing uses (not above the maximum).
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::set_min_tft_price())]
		pub fn set_min_tft_price(origin: OriginFor<T>, price: u32) -> DispatchResult {
			T::RestrictedOrigin::ensure_origin(origin)?;
			Self::do_set_min_tft_price(price)
		}

		/// Set the highest price billing uses (not below the minimum).
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::set_max_tft_price())]
		pub fn set_max_tft_price(origin: OriginFor<T>, price: u32) -> DispatchResult {
			T::RestrictedOrigin::ensure_origin(origin)?;
			Self::do_set_max_tft_price(price)
		}
	}
}
