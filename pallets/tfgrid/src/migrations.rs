//! Storage migrations of the registry.
//!
//! # v1 → v2: real beneficiary accounts in pricing policies
//!
//! Up to storage version 1 (runtime spec 100), a chain whose genesis named no foundation or
//! certified-sales account got the all-zero account as a placeholder in pricing policy 1. Nobody
//! holds that account's key, and since billing (spec 101) pays 40 % of every node contract to
//! the policy's foundation account, TFT sent there would be lost. [`v2::ReplacePlaceholderAccounts`]
//! puts the runtime's configured accounts in place of the placeholder in every pricing policy and
//! leaves every policy that names a real account unchanged. It is wrapped in
//! [`frame_support::migrations::VersionedMigration`], so it runs exactly once: only when the
//! on-chain storage version is 1, after which it is 2.

use crate::{Config, Pallet, PricingPolicies, PricingPolicyID};
use codec::Decode;
use frame_support::{
	migrations::VersionedMigration, traits::UncheckedOnRuntimeUpgrade, weights::Weight,
};
use sp_runtime::traits::TrailingZeroInput;

/// The all-zero account that storage version 1 used as a placeholder.
pub fn placeholder_account<T: Config>() -> Option<T::AccountId> {
	T::AccountId::decode(&mut TrailingZeroInput::zeroes()).ok()
}

/// Version 1 → 2.
pub mod v2 {
	use super::*;
	use core::marker::PhantomData;
	use frame_support::traits::Get;

	/// Replaces placeholder foundation / certified-sales accounts in pricing policies with
	/// `Foundation` / `Sales`; unversioned: use [`ReplacePlaceholderAccounts`].
	pub struct ReplacePlaceholderAccountsInner<T, Foundation, Sales>(
		PhantomData<(T, Foundation, Sales)>,
	);

	impl<T, Foundation, Sales> UncheckedOnRuntimeUpgrade
		for ReplacePlaceholderAccountsInner<T, Foundation, Sales>
	where
		T: Config,
		Foundation: Get<T::AccountId>,
		Sales: Get<T::AccountId>,
	{
		fn on_runtime_upgrade() -> Weight {
			let Some(placeholder) = placeholder_account::<T>() else {
				return T::DbWeight::get().reads(1);
			};
			let (mut reads, mut writes) = (1u64, 0u64);
			// Policy ids are 1..=PricingPolicyID, a small governance-created set.
			for id in 1..=PricingPolicyID::<T>::get() {
				reads = reads.saturating_add(1);
				let Some(mut policy) = PricingPolicies::<T>::get(id) else { continue };
				let mut changed = false;
				if policy.foundation_account == placeholder {
					policy.foundation_account = Foundation::get();
					changed = true;
				}
				if policy.certified_sales_account == placeholder {
					policy.certified_sales_account = Sales::get();
					changed = true;
				}
				if changed {
					log::info!(target: "runtime::tfgrid", "v2: pricing policy {id} now pays real accounts");
					PricingPolicies::<T>::insert(id, policy);
					writes = writes.saturating_add(1);
				}
			}
			T::DbWeight::get().reads_writes(reads, writes)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
			use codec::Encode;
			let count = PricingPolicies::<T>::iter().count() as u32;
			Ok(count.encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			let before = u32::decode(&mut &state[..])
				.map_err(|_| sp_runtime::TryRuntimeError::Other("v2: bad pre-upgrade state"))?;
			let after = PricingPolicies::<T>::iter().count() as u32;
			frame_support::ensure!(before == after, "v2: pricing policies were added or lost");
			let placeholder = placeholder_account::<T>();
			frame_support::ensure!(
				PricingPolicies::<T>::iter().all(|(_, p)| {
					Some(&p.foundation_account) != placeholder.as_ref()
						&& Some(&p.certified_sales_account) != placeholder.as_ref()
				}),
				"v2: a placeholder account is left"
			);
			Ok(())
		}
	}

	/// The v1 → v2 migration, run only when the on-chain storage version is 1.
	pub type ReplacePlaceholderAccounts<T, Foundation, Sales> = VersionedMigration<
		1,
		2,
		ReplacePlaceholderAccountsInner<T, Foundation, Sales>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
