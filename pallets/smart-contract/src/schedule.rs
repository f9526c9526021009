//! The billing schedule: which bucket of [`ContractsToBillAt`] each live contract sits in.
//!
//! Removing a contract leaves a hole (id 0) so the positions of the others never shift under
//! the billing cursor; holes are reused by new contracts, trailing holes are trimmed at once,
//! and the hook compacts a bucket when it finishes it.

use crate::*;
use frame_support::{ensure, pallet_prelude::*};

/// How many buckets after a first choice a new contract may spill to.
pub const BUCKET_PROBES: u64 = 16;

impl<T: Config> Pallet<T> {
	/// A bucket with room for a new contract of twin `twin_id`: the twin's own bucket
	/// (`twin_id % frequency`) or one of the next [`BUCKET_PROBES`], so that a twin's contracts
	/// are billed in the same block and share the reads and writes of its account; failing
	/// that (a twin with more contracts than those buckets hold), `contract_id % frequency` or
	/// one of the next. Writes nothing.
	pub(crate) fn find_bucket(twin_id: u32, contract_id: u64) -> Result<u64, Error<T>> {
		let frequency = BillingFrequency::<T>::get().max(1);
		let max = T::MaxContractsPerBillingBucket::get() as usize;
		for first in [u64::from(twin_id) % frequency, contract_id % frequency] {
			for probe in 0..BUCKET_PROBES.min(frequency) {
				let bucket = first.saturating_add(probe) % frequency;
				let list = ContractsToBillAt::<T>::get(bucket);
				if list.len() < max || list.contains(&0) {
					return Ok(bucket);
				}
			}
		}
		Err(Error::<T>::BillingScheduleFull)
	}

	/// Puts a contract in a bucket found by [`Self::find_bucket`] (reusing a hole if any).
	pub(crate) fn schedule(contract_id: u64, bucket: u64) -> Result<(), Error<T>> {
		let mut list = ContractsToBillAt::<T>::get(bucket);
		if let Some(slot) = list.iter_mut().find(|id| **id == 0) {
			*slot = contract_id;
		} else {
			list.try_push(contract_id).map_err(|_| Error::<T>::BillingScheduleFull)?;
		}
		ContractsToBillAt::<T>::insert(bucket, list);
		ContractBillingBucket::<T>::insert(contract_id, bucket);
		Ok(())
	}

	/// Takes a contract out of its bucket (leaving a hole, trimming trailing holes).
	pub(crate) fn unschedule(contract_id: u64) {
		let Some(bucket) = ContractBillingBucket::<T>::take(contract_id) else { return };
		ContractsToBillAt::<T>::mutate_exists(bucket, |maybe| {
			let Some(list) = maybe else { return };
			if let Some(slot) = list.iter_mut().find(|id| **id == contract_id) {
				*slot = 0;
			}
			while list.last() == Some(&0) {
				list.pop();
			}
			if list.is_empty() {
				*maybe = None;
			}
		});
	}

	/// Drops the holes of a bucket the hook finished.
	pub(crate) fn compact_bucket(bucket: u64) -> bool {
		let list = ContractsToBillAt::<T>::get(bucket);
		if !list.contains(&0) {
			return false;
		}
		let mut list = list;
		list.retain(|id| *id != 0);
		if list.is_empty() {
			ContractsToBillAt::<T>::remove(bucket);
		} else {
			ContractsToBillAt::<T>::insert(bucket, list);
		}
		true
	}

	/// Raises the billing period. Buckets stay where they are.
	pub fn do_change_billing_frequency(frequency: u64) -> DispatchResult {
		ensure!(frequency > BillingFrequency::<T>::get(), Error::<T>::CanOnlyIncreaseFrequency);
		BillingFrequency::<T>::put(frequency);
		Self::deposit_event(Event::BillingFrequencyChanged(frequency));
		Ok(())
	}
}
