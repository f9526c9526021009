//! # TFKVStore: a small key/value store per account
//!
//! Every signed account owns its own map of byte keys to byte values. Grid tools keep encrypted
//! deployment metadata here. Two calls, both on the caller's own entries only:
//!
//! - [`Pallet::set`] stores `value` under `key` (creating or overwriting the entry) and emits
//!   [`Event::EntrySet`];
//! - [`Pallet::delete`] removes the entry and emits [`Event::EntryTaken`] with the value it held.
//!
//! Storage keeps TFChain's layout: the double map [`TFKVStore`] of (account, key) → value, both
//! keys hashed with `Blake2_128Concat`, a missing entry read as the empty value. Keys are at most
//! [`MAX_KEY_LENGTH`] bytes and values at most [`MAX_VALUE_LENGTH`] bytes ([`Error::KeyIsTooLarge`]
//! and [`Error::ValueIsTooLarge`]), so they are stored as `BoundedVec`s, which encode exactly as
//! TFChain's `Vec<u8>`s.
//!
//! ## Storage deposit
//!
//! Unlike TFChain, an entry is not free: its owner pays a deposit of
//! [`Config::DepositPerEntry`] plus [`Config::DepositPerByte`] for each byte of key and value.
//! The deposit is held (not spent) from the owner's free balance with
//! [`HoldReason::StorageDeposit`], so the store cannot be filled for the price of a fee.
//! Overwriting an entry holds the difference when the new deposit is larger and releases it when
//! it is smaller; deleting an entry releases its whole deposit. A `set` the owner cannot pay for
//! fails with [`Error::CannotPayDeposit`] and changes nothing.
//!
//! The deposit an entry was charged is recorded beside it, in [`EntryDeposits`], and exactly that
//! amount is released later: changing the deposit constants in a runtime upgrade only affects
//! entries written afterwards. An entry without a record (one imported from TFChain's state,
//! which had no deposits) counts as having a deposit of zero; overwriting it charges the full
//! deposit of the new entry.
//!
//! ## Invariants (checked by `try_state` and after every unit test)
//!
//! - every [`EntryDeposits`] record belongs to a stored entry;
//! - for every account, the balance held under [`HoldReason::StorageDeposit`] equals the sum of
//!   the deposits recorded for its entries.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub mod weights;
pub use weights::WeightInfo;

mod invariants;
mod store;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

use frame_support::{traits::ConstU32, BoundedVec};

/// Longest key, in bytes (TFChain's limit).
pub const MAX_KEY_LENGTH: u32 = 512;
/// Longest value, in bytes (TFChain's limit).
pub const MAX_VALUE_LENGTH: u32 = 2048;

/// A stored key: at most [`MAX_KEY_LENGTH`] bytes (encodes as TFChain's `Vec<u8>`).
pub type EntryKey = BoundedVec<u8, ConstU32<MAX_KEY_LENGTH>>;
/// A stored value: at most [`MAX_VALUE_LENGTH`] bytes (encodes as TFChain's `Vec<u8>`).
pub type EntryValue = BoundedVec<u8, ConstU32<MAX_VALUE_LENGTH>>;

/// The balance type of the pallet's currency.
pub type BalanceOf<T> = <<T as Config>::Currency as frame_support::traits::fungible::Inspect<
	<T as frame_system::Config>::AccountId,
>>::Balance;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::{
		pallet_prelude::*,
		traits::fungible::{Mutate, MutateHold},
	};
	use frame_system::pallet_prelude::*;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// Why the pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposits of the account's key/value entries.
		StorageDeposit,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// TFT: the storage deposits are held from (and released to) the entry owner's balance.
		/// `Mutate` is only used by the benchmarks, to fund their caller.
		type Currency: Mutate<Self::AccountId>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;
		/// The runtime's hold reasons.
		type RuntimeHoldReason: From<HoldReason>;
		/// Deposit held for each entry, whatever its size.
		#[pallet::constant]
		type DepositPerEntry: Get<BalanceOf<Self>>;
		/// Deposit held for each byte of an entry's key and value.
		#[pallet::constant]
		type DepositPerByte: Get<BalanceOf<Self>>;
		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;
	}

	/// The entries: (owner, key) → value. A missing entry reads as the empty value.
	#[pallet::storage]
	pub type TFKVStore<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		EntryKey,
		EntryValue,
		ValueQuery,
	>;

	/// The deposit held for each entry when it was last written: (owner, key) → amount. An entry
	/// without a record (imported from TFChain) has a deposit of zero.
	#[pallet::storage]
	pub type EntryDeposits<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		EntryKey,
		BalanceOf<T>,
		OptionQuery,
	>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An account stored a value under one of its keys: (owner, key, value).
		EntrySet(T::AccountId, Vec<u8>, Vec<u8>),
		/// An account read one of its entries, leaving it stored: (owner, key, value). Declared
		/// by TFChain and never emitted (there is no read call); kept for the variant order.
		EntryGot(T::AccountId, Vec<u8>, Vec<u8>),
		/// An account deleted one of its entries: (owner, key, the value it held).
		EntryTaken(T::AccountId, Vec<u8>, Vec<u8>),
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The caller has no entry under this key.
		NoValueStored,
		/// The key is longer than 512 bytes.
		KeyIsTooLarge,
		/// The value is longer than 2048 bytes.
		ValueIsTooLarge,
		/// The caller's free balance cannot cover the entry's storage deposit.
		CannotPayDeposit,
		/// The deposit recorded for the entry is not held from its owner (broken invariant).
		DepositNotHeld,
	}

	#[pallet::extra_constants]
	impl<T: Config> Pallet<T> {
		/// Longest key, in bytes.
		#[pallet::constant_name(MaxKeyLength)]
		fn max_key_length() -> u32 {
			MAX_KEY_LENGTH
		}

		/// Longest value, in bytes.
		#[pallet::constant_name(MaxValueLength)]
		fn max_value_length() -> u32 {
			MAX_VALUE_LENGTH
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Stores `value` under `key` for the caller, creating or overwriting the entry, and
		/// holds (or releases) the difference between the new entry's deposit and the old one.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::set())]
		pub fn set(origin: OriginFor<T>, key: Vec<u8>, value: Vec<u8>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set(who, key, value)
		}

		/// Deletes the caller's entry under `key` and releases its deposit.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::delete())]
		pub fn delete(origin: OriginFor<T>, key: Vec<u8>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_delete(who, key)
		}
	}
}
