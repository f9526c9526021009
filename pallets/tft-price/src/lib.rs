//! # TFTPriceModule: the TFT/USD price billing converts with
//!
//! Price feeders (the runtime passes the current validators as [`Config::PriceFeeders`]) submit
//! the TFT price they observe, in mUSD per TFT, with [`Pallet::set_prices`]. The pallet keeps the
//! last submission ([`TftPrice`], [`LastBlockSet`]), a bounded window of recent submissions
//! ([`TftPriceHistory`]) and a robust average of that window ([`AverageTftPrice`]). Governance
//! ([`Config::RestrictedOrigin`]) sets the bounds [`MinTftPrice`] and [`MaxTftPrice`] the billing
//! price is clamped to. Names of calls, storage items, events and errors follow the grid API spec
//! (section "TFTPriceModule (index 28)").
//!
//! ## Submitting a price
//!
//! [`Pallet::set_prices`]`(price, block_number)` is accepted when the caller is a current price
//! feeder, `price` is not 0, `block_number` (the block the feeder read the price at) is neither
//! in the future nor more than [`Config::MaxPriceAge`] blocks old, and the caller's previous
//! submission still in the window is at least [`Config::MinSubmissionInterval`] blocks old. It
//! is free (`Pays::No`) when it succeeds; a failing call pays and changes nothing.
//!
//! ## The averaging rule, and why
//!
//! The window holds the submissions of the last [`Config::HistoryWindow`] blocks (about 24 h),
//! at most [`Config::MaxHistoryLength`] of them (the oldest is dropped first). The average is
//! the **median over feeders of each feeder's median** in the window (a median of two values is
//! their mean, rounded down).
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
//! ## Bounds
//!
//! Every storage item is bounded (no `without_storage_info`):
//!
//! | item | bound |
//! |---|---|
//! | [`TftPrice`], [`AverageTftPrice`], [`MinTftPrice`], [`MaxTftPrice`] | one `u32` each |
//! | [`LastBlockSet`] | one block number |
//! | [`TftPriceHistory`] | [`Config::MaxHistoryLength`] submissions of (block, feeder, price), none older than [`Config::HistoryWindow`] blocks |
//!
//! The window therefore covers `min(HistoryWindow, MaxHistoryLength × MinSubmissionInterval /
//! feeders)` blocks: a runtime with F feeders keeps 24 h with `MaxHistoryLength ≥ F × 14,400 /
//! MinSubmissionInterval`. `MaxHistoryLength` must exceed the number of feeders, or a feeder's
//! last submission can be dropped before its interval has passed.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

pub mod average;
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

use tfchain_support::BoundedList;
use types::PriceSubmission;

/// A submission as kept by a runtime.
pub type PriceSubmissionOf<T> = PriceSubmission<
	<T as frame_system::Config>::AccountId,
	frame_system::pallet_prelude::BlockNumberFor<T>,
>;

/// The submission window of a runtime, oldest first.
pub type PriceHistoryOf<T> = BoundedList<PriceSubmissionOf<T>, <T as Config>::MaxHistoryLength>;

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
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
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
		/// Most submissions kept in [`TftPriceHistory`] (the oldest is dropped first).
		#[pallet::constant]
		type MaxHistoryLength: Get<u32>;
		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;
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

	/// The robust average of [`TftPriceHistory`] (unclamped), in mUSD per TFT.
	#[pallet::storage]
	pub type AverageTftPrice<T: Config> = StorageValue<_, u32, ValueQuery, AverageTftPriceDefault>;

	/// The block number quoted with the last submitted price.
	#[pallet::storage]
	pub type LastBlockSet<T: Config> = StorageValue<_, BlockNumberFor<T>, ValueQuery>;

	/// The submissions of the averaging window, oldest first.
	#[pallet::storage]
	pub type TftPriceHistory<T: Config> = StorageValue<_, PriceHistoryOf<T>, ValueQuery>;

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

		fn integrity_test() {
			assert!(T::MaxHistoryLength::get() > 0, "MaxHistoryLength must be at least 1");
			assert!(
				T::HistoryWindow::get() >= T::MinSubmissionInterval::get(),
				"HistoryWindow must not be shorter than MinSubmissionInterval"
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
