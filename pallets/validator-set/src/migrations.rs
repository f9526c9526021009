//! Storage migrations of the validator set.
//!
//! # v1 → v2: approved validators
//!
//! Version 2 adds [`crate::ApprovedValidators`], which holds every validator of the set (and any
//! approved validator outside it). [`v2::ApproveCurrentValidatorsInner`] approves every validator
//! of the set that is not approved yet. It is wrapped in
//! [`frame_support::migrations::VersionedMigration`] as [`v2::ApproveCurrentValidators`], so it
//! runs once, when the on-chain storage version is 1. Two reads and one write.

use crate::{ApprovedValidators, Config, Pallet, Validators};
use core::marker::PhantomData;
use frame_support::{
	migrations::VersionedMigration,
	traits::{Get, UncheckedOnRuntimeUpgrade},
	weights::Weight,
};

/// Version 1 → 2.
pub mod v2 {
	use super::*;

	/// Approves every validator of the set; unversioned: use [`ApproveCurrentValidators`].
	pub struct ApproveCurrentValidatorsInner<T>(PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for ApproveCurrentValidatorsInner<T> {
		fn on_runtime_upgrade() -> Weight {
			let set = Validators::<T>::get();
			let mut approved = ApprovedValidators::<T>::get();
			for validator in set.iter() {
				// Both lists are bounded by `MaxValidators` and a version-1 chain has no
				// approvals, so the set always fits; an overflow leaves that validator out and
				// is reported by `try_state`.
				if !approved.contains(validator) && approved.try_push(validator.clone()).is_err() {
					log::warn!(
						target: "runtime::validator-set",
						"v2: approved list full, a validator of the set stays unapproved"
					);
				}
			}
			ApprovedValidators::<T>::put(approved);
			T::DbWeight::get().reads_writes(2, 1)
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(_state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			Pallet::<T>::check_invariants()
		}
	}

	/// [`ApproveCurrentValidatorsInner`], run once when the on-chain storage version is 1.
	pub type ApproveCurrentValidators<T> = VersionedMigration<
		1,
		2,
		ApproveCurrentValidatorsInner<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
