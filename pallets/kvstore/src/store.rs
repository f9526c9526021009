//! Setting and deleting entries, and holding their deposits.

use crate::*;
use alloc::vec::Vec;
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{
		fungible::{InspectHold, MutateHold},
		tokens::Precision,
		Get,
	},
};
use sp_runtime::traits::{Saturating, Zero};

/// The length of a stored key or value as a `u32` (bounded far below `u32::MAX` by its type).
fn byte_count(bytes: &[u8]) -> u32 {
	u32::try_from(bytes.len()).unwrap_or(u32::MAX)
}

impl<T: Config> Pallet<T> {
	/// The hold reason of the storage deposits, as the runtime's type.
	pub fn hold_reason() -> T::RuntimeHoldReason {
		HoldReason::StorageDeposit.into()
	}

	/// The deposit of an entry with a key of `key_len` bytes and a value of `value_len` bytes:
	/// `DepositPerEntry + DepositPerByte × (key_len + value_len)`, saturating (a saturated
	/// deposit cannot be held, so such an entry is refused rather than undercharged).
	pub fn entry_deposit(key_len: u32, value_len: u32) -> BalanceOf<T> {
		let bytes: BalanceOf<T> = key_len.saturating_add(value_len).into();
		T::DepositPerByte::get().saturating_mul(bytes).saturating_add(T::DepositPerEntry::get())
	}

	/// The deposit recorded for `who`'s entry under `key` (zero when there is none).
	pub fn recorded_deposit(who: &T::AccountId, key: &EntryKey) -> BalanceOf<T> {
		EntryDeposits::<T>::get(who, key).unwrap_or_else(Zero::zero)
	}

	/// The balance `who` has on hold for storage deposits.
	pub fn held_deposits(who: &T::AccountId) -> BalanceOf<T> {
		T::Currency::balance_on_hold(&Self::hold_reason(), who)
	}

	/// Stores `value` under `key` for `who` and moves the held deposit from the old entry's (if
	/// any) to the new entry's. Fails, changing nothing, when the key or value is too long or
	/// the increase of the deposit cannot be held.
	pub fn do_set(who: T::AccountId, key: Vec<u8>, value: Vec<u8>) -> DispatchResult {
		let stored_key = EntryKey::try_from(key.clone()).map_err(|_| Error::<T>::KeyIsTooLarge)?;
		let stored_value =
			EntryValue::try_from(value.clone()).map_err(|_| Error::<T>::ValueIsTooLarge)?;

		let new_deposit = Self::entry_deposit(byte_count(&stored_key), byte_count(&stored_value));
		let old_deposit = Self::recorded_deposit(&who, &stored_key);
		Self::move_deposit(&who, old_deposit, new_deposit)?;

		TFKVStore::<T>::insert(&who, &stored_key, stored_value);
		EntryDeposits::<T>::insert(&who, &stored_key, new_deposit);
		Self::deposit_event(Event::EntrySet(who, key, value));
		Ok(())
	}

	/// Deletes `who`'s entry under `key` and releases its deposit. A key longer than any stored
	/// key has no entry either, so it fails with `NoValueStored` as in TFChain.
	pub fn do_delete(who: T::AccountId, key: Vec<u8>) -> DispatchResult {
		let stored_key = EntryKey::try_from(key.clone()).map_err(|_| Error::<T>::NoValueStored)?;
		ensure!(TFKVStore::<T>::contains_key(&who, &stored_key), Error::<T>::NoValueStored);

		let deposit = Self::recorded_deposit(&who, &stored_key);
		Self::move_deposit(&who, deposit, Zero::zero())?;

		let value = TFKVStore::<T>::take(&who, &stored_key);
		EntryDeposits::<T>::remove(&who, &stored_key);
		Self::deposit_event(Event::EntryTaken(who, key, value.into_inner()));
		Ok(())
	}

	/// Changes the deposit held from `who` from `old` to `new`: holds the difference when it
	/// grows, releases exactly the difference when it shrinks. Nothing is written when this
	/// fails.
	fn move_deposit(who: &T::AccountId, old: BalanceOf<T>, new: BalanceOf<T>) -> DispatchResult {
		let reason = Self::hold_reason();
		if new > old {
			T::Currency::hold(&reason, who, new.saturating_sub(old))
				.map_err(|_| Error::<T>::CannotPayDeposit)?;
		} else if old > new {
			T::Currency::release(&reason, who, old.saturating_sub(new), Precision::Exact)
				.map_err(|_| Error::<T>::DepositNotHeld)?;
		}
		Ok(())
	}
}
