//! Consistency checks run by `try_state` (try-runtime) and after every unit test.

#[cfg(any(feature = "try-runtime", test))]
use {
	crate::*,
	alloc::collections::BTreeMap,
	frame_support::ensure,
	sp_runtime::{
		traits::{CheckedAdd, Zero},
		TryRuntimeError,
	},
};

#[cfg(any(feature = "try-runtime", test))]
impl<T: Config> Pallet<T> {
	/// Checks that every deposit record belongs to a stored entry and that, for every account,
	/// the balance held under `HoldReason::StorageDeposit` is the sum of its entries' recorded
	/// deposits (an account holding a deposit without entries is caught too).
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let mut recorded: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (who, key, deposit) in EntryDeposits::<T>::iter() {
			ensure!(
				TFKVStore::<T>::contains_key(&who, &key),
				"EntryDeposits has a record for an entry that is not stored"
			);
			let sum = recorded.entry(who).or_insert_with(Zero::zero);
			*sum = sum.checked_add(&deposit).ok_or("the deposits of an account overflow")?;
		}

		for who in frame_system::Account::<T>::iter_keys() {
			let expected = recorded.remove(&who).unwrap_or_else(Zero::zero);
			ensure!(
				Self::held_deposits(&who) == expected,
				"held storage deposit differs from the sum of the account's entry deposits"
			);
		}
		ensure!(
			recorded.values().all(|sum| sum.is_zero()),
			"deposits recorded for an account that does not exist"
		);
		Ok(())
	}
}
