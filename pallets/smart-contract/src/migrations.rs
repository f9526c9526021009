//! Storage migrations of the contracts pallet.
//!
//! # v1 → v2: one billing record per node
//!
//! Up to storage version 1, a node or rent contract's bill read the registry's node record and
//! farm record, this pallet's standby counter (`NodeDowntimes`), the node's rent index and, for
//! rent contracts, its extra fee: five entries per node. Version 2 keeps all of that in one
//! record per node ([`crate::NodeBillingRecords`]). [`v2::NodeBillingRecordsInner`] writes a
//! record for every registered node and for every deleted node whose contracts have not ended
//! yet (from its snapshot in [`crate::DeletedNodes`]), moving the standby counter over, and
//! removes `NodeDowntimes`. It is wrapped in [`frame_support::migrations::VersionedMigration`],
//! so it runs once, when the on-chain storage version is 1.
//!
//! Its weight grows with the number of nodes: six reads and a write each.
//!
//! # v2 → v3: when a node last came up
//!
//! Version 3 adds `last_up` to a node's standby counter ([`NodeDowntime`]): while the node is
//! up and came up before a contract's last bill, the contract's downtime snapshot equals the
//! counter and its bill does not read it. [`v3::LastUpInner`] rewrites every record with
//! `last_up` set to the migration's chain time for a node that was ever down (the next bill of
//! each of its contracts reads its snapshot, as before) and 0 for one never down. One read and
//! one write per record.

use crate::types::{NodeBilling, NodeDowntime};
use crate::{ActiveRentContractForNode, Config, DedicatedNodesExtraFee, DeletedNodes, Pallet};
use frame_support::{
	migrations::VersionedMigration, pallet_prelude::*, storage_alias,
	traits::UncheckedOnRuntimeUpgrade, weights::Weight,
};
use tfchain_support::traits::Tfgrid;

/// Version 1 → 2.
pub mod v2 {
	use super::*;
	use codec::{Decode, Encode, MaxEncodedLen};
	use core::marker::PhantomData;
	use scale_info::TypeInfo;

	/// A node's standby counter up to version 2.
	#[derive(
		Clone, Copy, PartialEq, Eq, Debug, Default, Encode, Decode, TypeInfo, MaxEncodedLen,
	)]
	pub struct OldNodeDowntime {
		/// Seconds the node spent down before its current state.
		pub total: u64,
		/// Chain time (seconds) the node went down, while it is down.
		pub down_since: Option<u64>,
	}

	/// A node's billing record of version 2 ([`NodeBilling`] without `last_up`).
	#[derive(
		Clone, Copy, PartialEq, Eq, Debug, Default, Encode, Decode, TypeInfo, MaxEncodedLen,
	)]
	pub struct OldNodeBilling {
		/// Farm, farmer, pricing policy, capacity and certification.
		pub node: tfchain_support::types::NodeBillingInfo,
		/// The node's standby counter.
		pub downtime: OldNodeDowntime,
		/// The node's live rent contract, if any.
		pub rent_contract: Option<u64>,
		/// The dedicated node's extra fee, mUSD per 30-day month.
		pub extra_fee: u64,
		/// Chain time (seconds) the registry deleted the node.
		pub deleted_at: Option<u64>,
	}

	/// The standby counters of version 1, by node.
	#[storage_alias]
	pub type NodeDowntimes<T: Config> =
		StorageMap<Pallet<T>, Twox64Concat, u32, OldNodeDowntime, ValueQuery>;

	/// The node billing records as version 2 stores them.
	#[storage_alias]
	pub type NodeBillingRecords<T: Config> =
		StorageMap<Pallet<T>, Twox64Concat, u32, OldNodeBilling, OptionQuery>;

	/// Writes a billing record for every node; unversioned: use [`NodeBillingRecordsMigration`].
	pub struct NodeBillingRecordsInner<T>(PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for NodeBillingRecordsInner<T> {
		fn on_runtime_upgrade() -> Weight {
			let (mut reads, mut writes) = (0u64, 0u64);
			// Each record: the standby counter, rent index and extra fee read, the record written.
			let write_record = |node_id: u32, node, deleted_at| {
				let record = OldNodeBilling {
					node,
					downtime: NodeDowntimes::<T>::get(node_id),
					rent_contract: ActiveRentContractForNode::<T>::get(node_id),
					extra_fee: DedicatedNodesExtraFee::<T>::get(node_id),
					deleted_at,
				};
				NodeBillingRecords::<T>::insert(node_id, record);
			};
			let node_ids = T::Tfgrid::node_ids();
			reads = reads.saturating_add(node_ids.len() as u64);
			for node_id in node_ids {
				// The node's record and its farm's head.
				reads = reads.saturating_add(2);
				if let Some(info) = T::Tfgrid::node_billing_info(node_id) {
					write_record(node_id, info, None);
					reads = reads.saturating_add(3);
					writes = writes.saturating_add(1);
				}
			}
			for (node_id, deleted) in DeletedNodes::<T>::iter() {
				reads = reads.saturating_add(2);
				let Some((farmer_twin, policy_id)) =
					T::Tfgrid::farm_owner_and_policy(deleted.node.farm_id)
				else {
					continue;
				};
				write_record(
					node_id,
					deleted.node.billing(farmer_twin, policy_id),
					Some(deleted.deleted_at),
				);
				reads = reads.saturating_add(3);
				writes = writes.saturating_add(1);
			}
			let cleared = NodeDowntimes::<T>::clear(u32::MAX, None);
			writes = writes.saturating_add(cleared.unique.into());
			log::info!(
				target: "runtime::smart-contract",
				"v2: {} node billing records written",
				NodeBillingRecords::<T>::iter_keys().count()
			);
			T::DbWeight::get().reads_writes(reads, writes)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
			use codec::Encode;
			let nodes = T::Tfgrid::node_ids().len() as u32;
			let deleted = DeletedNodes::<T>::iter_keys().count() as u32;
			Ok((nodes, deleted).encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			use codec::Decode;
			let (nodes, deleted) = <(u32, u32)>::decode(&mut &state[..])
				.map_err(|_| sp_runtime::TryRuntimeError::Other("v2: bad pre-upgrade state"))?;
			let records = NodeBillingRecords::<T>::iter_keys().count() as u32;
			ensure!(records <= nodes.saturating_add(deleted), "v2: more records than nodes");
			ensure!(
				T::Tfgrid::node_ids().iter().all(NodeBillingRecords::<T>::contains_key),
				"v2: a registered node has no billing record"
			);
			ensure!(NodeDowntimes::<T>::iter_keys().next().is_none(), "v2: NodeDowntimes left");
			Ok(())
		}
	}

	/// The v1 → v2 migration, run only when the on-chain storage version is 1.
	pub type NodeBillingRecordsMigration<T> = VersionedMigration<
		1,
		2,
		NodeBillingRecordsInner<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}

/// Version 2 → 3.
pub mod v3 {
	use super::*;
	use core::marker::PhantomData;

	/// Adds `last_up` to every node billing record; unversioned: use [`LastUpMigration`].
	pub struct LastUpInner<T>(PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for LastUpInner<T> {
		fn on_runtime_upgrade() -> Weight {
			let now = Pallet::<T>::now_secs();
			let mut count = 0u64;
			crate::NodeBillingRecords::<T>::translate::<v2::OldNodeBilling, _>(|_, old| {
				count = count.saturating_add(1);
				let last_up = if old.downtime.total > 0 { now } else { 0 };
				Some(NodeBilling {
					node: old.node,
					downtime: NodeDowntime {
						total: old.downtime.total,
						down_since: old.downtime.down_since,
						last_up,
					},
					rent_contract: old.rent_contract,
					extra_fee: old.extra_fee,
					deleted_at: old.deleted_at,
				})
			});
			log::info!(target: "runtime::smart-contract", "v3: {count} node billing records");
			// Chain time, then each record read and written.
			T::DbWeight::get().reads_writes(count.saturating_add(1), count)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
			use codec::Encode;
			let records: alloc::vec::Vec<(u32, v2::OldNodeBilling)> =
				v2::NodeBillingRecords::<T>::iter().collect();
			Ok(records.encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			use codec::Decode;
			let before = <alloc::vec::Vec<(u32, v2::OldNodeBilling)>>::decode(&mut &state[..])
				.map_err(|_| sp_runtime::TryRuntimeError::Other("v3: bad pre-upgrade state"))?;
			ensure!(
				crate::NodeBillingRecords::<T>::iter_keys().count() == before.len(),
				"v3: records lost or added"
			);
			for (node_id, old) in before {
				let new = crate::NodeBillingRecords::<T>::get(node_id)
					.ok_or(sp_runtime::TryRuntimeError::Other("v3: a record is missing"))?;
				ensure!(new.node == old.node, "v3: node facts changed");
				ensure!(new.downtime.total == old.downtime.total, "v3: standby total changed");
				ensure!(new.downtime.down_since == old.downtime.down_since, "v3: standby changed");
				ensure!(new.rent_contract == old.rent_contract, "v3: rent contract changed");
				ensure!(new.extra_fee == old.extra_fee, "v3: extra fee changed");
				ensure!(new.deleted_at == old.deleted_at, "v3: deletion changed");
			}
			Ok(())
		}
	}

	/// The v2 → v3 migration, run only when the on-chain storage version is 2.
	pub type LastUpMigration<T> =
		VersionedMigration<2, 3, LastUpInner<T>, Pallet<T>, <T as frame_system::Config>::DbWeight>;
}
