//! Storage migrations of the TFT price pallet.
//!
//! # v1 → v2: one window per feeder
//!
//! Up to storage version 1, [`crate::TftPriceHistory`] was one value holding the submissions of
//! all feeders, which every `set_prices` read, pruned and wrote whole. Version 2 keeps a window
//! per feeder ([`crate::TftPriceHistory`] as a map keyed by the feeder) and each feeder's median
//! in [`crate::FeederMedians`], so a submission touches its own entry only.
//!
//! [`v2::PerFeederHistoryInner`] reads the old value once, keeps the submissions of the current
//! window from current price feeders, groups them by feeder (the newest
//! `MaxSubmissionsPerFeeder` of each, the `MaxFeeders` feeders with the latest submissions),
//! removes the old value and writes the map, [`crate::FeederMedians`] and the average they give.
//! The old value sits at exactly the map's prefix key, so it is removed before the map entries
//! are written. It is wrapped in [`frame_support::migrations::VersionedMigration`] as
//! [`v2::PerFeederHistory`], so it runs once, when the on-chain storage version is 1.
//!
//! Its weight is bounded by the old bound: one read of the old value, one read of the feeder set
//! per distinct feeder in it, and a write per migrated feeder plus three.

use crate::{
	average::{feeder_median, median_of_feeders},
	types::{FeederMedian, PricePoint},
	Config, FeederMediansOf, Pallet, PriceHistoryOf,
};
use alloc::{collections::BTreeMap, vec::Vec};
use core::marker::PhantomData;
use frame_support::{
	migrations::VersionedMigration,
	traits::{Contains, Get, UncheckedOnRuntimeUpgrade},
	weights::Weight,
	BoundedVec,
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::Saturating;

/// The storage of version 1.
pub mod v1 {
	use super::*;
	use codec::{Decode, Encode, MaxEncodedLen};
	use frame_support::{pallet_prelude::OptionQuery, storage_alias};
	use scale_info::TypeInfo;
	use tfchain_support::BoundedList;

	/// One accepted submission as version 1 kept it.
	#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
	pub struct PriceSubmission<AccountId, BlockNumber> {
		/// The block the submission was stored in.
		pub block: BlockNumber,
		/// The price feeder that submitted it.
		pub feeder: AccountId,
		/// The price, in mUSD per TFT.
		pub price: u32,
	}

	/// A submission of version 1 as a runtime kept it.
	pub type PriceSubmissionOf<T> =
		PriceSubmission<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;

	/// The window of version 1: all feeders' submissions, oldest first, at most
	/// `MaxHistoryLength` (the old config item, given to the migration).
	#[storage_alias]
	pub type TftPriceHistory<T: Config, MaxHistoryLength: Get<u32> + 'static> =
		StorageValue<Pallet<T>, BoundedList<PriceSubmissionOf<T>, MaxHistoryLength>, OptionQuery>;
}

/// Version 1 → 2.
pub mod v2 {
	use super::*;

	/// What the old value migrates to: each kept feeder's window and [`FeederMediansOf`].
	pub struct Migrated<T: Config> {
		/// The kept feeders' windows, oldest first each.
		pub histories: Vec<(T::AccountId, PriceHistoryOf<T>)>,
		/// The kept feeders' medians and last blocks.
		pub medians: FeederMediansOf<T>,
		/// Distinct feeders in the old value (each looked up in the feeder set once).
		pub feeders_seen: u64,
	}

	/// Groups the old submissions by feeder as version 2 keeps them at block `now`: only
	/// submissions of the window (price not 0, not from a future block) from current feeders,
	/// the newest `MaxSubmissionsPerFeeder` of each feeder, the `MaxFeeders` feeders with the
	/// latest submissions.
	pub fn group_by_feeder<T: Config>(
		old: &[v1::PriceSubmissionOf<T>],
		now: BlockNumberFor<T>,
	) -> Migrated<T> {
		let window = T::HistoryWindow::get();
		let mut by_feeder: BTreeMap<T::AccountId, Vec<PricePoint<BlockNumberFor<T>>>> =
			BTreeMap::new();
		for entry in old {
			if entry.price > 0 && entry.block <= now && now.saturating_sub(entry.block) < window {
				by_feeder
					.entry(entry.feeder.clone())
					.or_default()
					.push(PricePoint { block: entry.block, price: entry.price });
			}
		}
		let feeders_seen = by_feeder.len() as u64;
		let max_points = T::MaxSubmissionsPerFeeder::get() as usize;
		let mut kept: Vec<(T::AccountId, PriceHistoryOf<T>, FeederMedian<_, _>)> = Vec::new();
		for (feeder, mut points) in by_feeder {
			if !T::PriceFeeders::contains(&feeder) {
				continue;
			}
			// Oldest first (a stable sort keeps the order of equal blocks), the newest kept.
			points.sort_by_key(|point| point.block);
			let excess = points.len().saturating_sub(max_points);
			let newest: Vec<_> = points.into_iter().skip(excess).collect();
			let history = PriceHistoryOf::<T>::truncate_from(newest);
			let (Some(last), Some(median)) = (history.last(), feeder_median(&history)) else {
				continue;
			};
			let entry = FeederMedian { feeder: feeder.clone(), median, last_block: last.block };
			kept.push((feeder, history, entry));
		}
		// Latest submission first, so that only the stalest feeders are left out when there
		// are more than `MaxFeeders` (a configuration error).
		kept.sort_by_key(|kept| core::cmp::Reverse(kept.2.last_block));
		kept.truncate(T::MaxFeeders::get() as usize);
		let medians = BoundedVec::truncate_from(kept.iter().map(|(_, _, e)| e.clone()).collect());
		let histories = kept.into_iter().map(|(feeder, history, _)| (feeder, history)).collect();
		Migrated { histories, medians, feeders_seen }
	}

	/// Moves version 1's single window to one window per feeder; unversioned: use
	/// [`PerFeederHistory`]. `OldMaxHistoryLength` is the runtime's former `MaxHistoryLength`.
	pub struct PerFeederHistoryInner<T, OldMaxHistoryLength>(PhantomData<(T, OldMaxHistoryLength)>);

	impl<T: Config, OldMaxHistoryLength: Get<u32> + 'static> UncheckedOnRuntimeUpgrade
		for PerFeederHistoryInner<T, OldMaxHistoryLength>
	{
		fn on_runtime_upgrade() -> Weight {
			type Old<T, M> = v1::TftPriceHistory<T, M>;
			let existed = Old::<T, OldMaxHistoryLength>::exists();
			let old = Old::<T, OldMaxHistoryLength>::get();
			if existed && old.is_none() {
				log::error!(
					target: "runtime::tft-price",
					"v2: the old TftPriceHistory does not decode (longer than the old bound?); \
					 it is removed and the history starts empty"
				);
			}
			// The old value lives at exactly the map's prefix key: removed first, then the map
			// entries are written under it.
			Old::<T, OldMaxHistoryLength>::kill();

			let now = frame_system::Pallet::<T>::block_number();
			let old = old.map(|list| list.0.into_inner()).unwrap_or_default();
			let Migrated { histories, medians, feeders_seen } = group_by_feeder::<T>(&old, now);
			let migrated = histories.len() as u64;
			for (feeder, history) in histories {
				crate::TftPriceHistory::<T>::insert(feeder, history);
			}
			if let Some(average) = median_of_feeders(&medians) {
				crate::AverageTftPrice::<T>::put(average);
			}
			crate::FeederMedians::<T>::put(medians);
			log::info!(
				target: "runtime::tft-price",
				"v2: {} submissions of {feeders_seen} feeders in the window, {migrated} feeders kept",
				old.len()
			);
			// Old value and block number; the feeder set per feeder. The kill, each history,
			// the medians and the average.
			T::DbWeight::get()
				.reads_writes(feeders_seen.saturating_add(2), migrated.saturating_add(3))
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, sp_runtime::TryRuntimeError> {
			use codec::Encode;
			let old = v1::TftPriceHistory::<T, OldMaxHistoryLength>::get()
				.map(|list| list.0.into_inner())
				.unwrap_or_default();
			let now = frame_system::Pallet::<T>::block_number();
			let expected = group_by_feeder::<T>(&old, now).medians.len() as u32;
			Ok(expected.encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			use codec::Decode;
			use frame_support::ensure;
			let expected = u32::decode(&mut &state[..])
				.map_err(|_| sp_runtime::TryRuntimeError::Other("v2: bad pre-upgrade state"))?;
			ensure!(
				!v1::TftPriceHistory::<T, OldMaxHistoryLength>::exists(),
				"v2: the old TftPriceHistory value is left"
			);
			ensure!(
				crate::FeederMedians::<T>::get().len() == expected as usize,
				"v2: FeederMedians does not hold the migrated feeders"
			);
			Pallet::<T>::do_try_state()
		}
	}

	/// [`PerFeederHistoryInner`], run once when the on-chain storage version is 1.
	pub type PerFeederHistory<T, OldMaxHistoryLength> = VersionedMigration<
		1,
		2,
		PerFeederHistoryInner<T, OldMaxHistoryLength>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
