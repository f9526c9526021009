//! What the registry calls: node changes ([`ChangeNode`]), whether a node has contracts
//! ([`NodeActiveContracts`]), and twin transfers ([`OnTwinTransfer`]).

use crate::*;
use core::marker::PhantomData;
use frame_support::{dispatch::DispatchResult, traits::Get, weights::Weight};
use frame_system::pallet_prelude::BlockNumberFor;
use tfchain_support::{
	traits::{ChangeNode, MoveHeld, NodeActiveContracts, OnTwinTransfer, Tfgrid},
	types::{NodeBillingInfo, NodeInfo, NodePower, Power, PowerState},
};

impl<T: Config> ChangeNode<BlockNumberFor<T>> for Pallet<T> {
	/// Marks the node deleted (in its billing record, and in [`DeletedNodes`] with a snapshot
	/// taken while the registry still has it) so the hook can end and bill its contracts up to
	/// now. A node without contracts is forgotten.
	fn node_deleted(node_id: u32, farm_id: u32, twin_id: u32) {
		Self::forget_free_reports(node_id);
		let has_contracts = !ActiveNodeContracts::<T>::get(node_id).is_empty()
			|| ActiveRentContractForNode::<T>::contains_key(node_id);
		if !has_contracts {
			NodeBillingRecords::<T>::remove(node_id);
			DedicatedNodesExtraFee::<T>::remove(node_id);
			return;
		}
		let now = Self::now_secs();
		let node = T::Tfgrid::node_info(node_id).unwrap_or(NodeInfo {
			id: node_id,
			farm_id,
			twin_id,
			resources: Default::default(),
			certification: Default::default(),
			power: NodePower::default(),
			connection_price: 0,
		});
		let mut record = Self::node_billing_record(node_id).unwrap_or_default();
		record.deleted_at = Some(now);
		NodeBillingRecords::<T>::insert(node_id, record);
		DeletedNodes::<T>::insert(node_id, DeletedNode { node, deleted_at: now });
	}

	fn node_deleted_weight() -> Weight {
		T::DbWeight::get()
			.reads_writes(8, 4)
			.saturating_add(Weight::from_parts(20_000_000, 0))
			.saturating_add(Self::forget_free_reports_weight())
	}

	/// Copies what billing uses of the node into its billing record (creating it for a new
	/// node; standby counter, rent status and extra fee are kept).
	fn node_changed(node_id: u32, info: NodeBillingInfo) {
		NodeBillingRecords::<T>::mutate(node_id, |record| {
			record.get_or_insert_with(Default::default).node = info;
		});
	}

	fn node_changed_weight() -> Weight {
		T::DbWeight::get().reads_writes(1, 1).saturating_add(Weight::from_parts(5_000_000, 0))
	}

	/// Keeps the node's standby counter: `Down` starts a standby, `Up` adds it to the total.
	fn power_state_changed(node_id: u32, _farm_id: u32, state: PowerState<BlockNumberFor<T>>) {
		let now = Self::now_secs();
		let Some(mut record) = Self::node_billing_record(node_id) else { return };
		match state {
			PowerState::Down(_) => record.downtime.went_down(now),
			PowerState::Up => record.downtime.came_up(now),
		}
		NodeBillingRecords::<T>::insert(node_id, record);
	}

	fn power_target_changed(_node_id: u32, _farm_id: u32, _target: Power) {}

	fn uptime_reported(_node_id: u32, _timestamp: u64, _uptime: u64) {}

	fn power_or_uptime_weight() -> Weight {
		// The record, or (missing) the node, its farm, rent index and extra fee.
		T::DbWeight::get().reads_writes(5, 1).saturating_add(Weight::from_parts(10_000_000, 0))
	}
}

impl<T: Config> NodeActiveContracts for Pallet<T> {
	/// True while node contracts live on the node. A rent contract alone does not count: a
	/// rented node without deployments may go to standby (its rent is waived meanwhile).
	fn node_has_active_contracts(node_id: u32) -> bool {
		!ActiveNodeContracts::<T>::get(node_id).is_empty()
	}

	fn node_has_active_contracts_weight() -> Weight {
		T::DbWeight::get().reads(1)
	}

	/// True while a live rent contract holds the node ([`ActiveRentContractForNode`]).
	fn node_is_rented(node_id: u32) -> bool {
		ActiveRentContractForNode::<T>::contains_key(node_id)
	}

	fn node_is_rented_weight() -> Weight {
		T::DbWeight::get().reads(1)
	}
}

/// The hold reason of billing reserves, as a `Get`.
pub struct BillingHoldReason<T>(PhantomData<T>);

impl<T: Config> Get<T::RuntimeHoldReason> for BillingHoldReason<T> {
	fn get() -> T::RuntimeHoldReason {
		Pallet::<T>::hold_reason()
	}
}

/// How a twin's billing reserve follows the twin to its new owner.
type MoveBillingHold<T> = MoveHeld<
	<T as frame_system::Config>::AccountId,
	<T as Config>::Currency,
	BillingHoldReason<T>,
	<T as frame_system::Config>::DbWeight,
>;

impl<T: Config> OnTwinTransfer<T::AccountId> for Pallet<T> {
	/// Moves the billing hold of the twin from the old account to the new one (still held).
	fn twin_transferred(twin_id: u32, from: &T::AccountId, to: &T::AccountId) -> DispatchResult {
		MoveBillingHold::<T>::twin_transferred(twin_id, from, to)
	}

	fn weight() -> Weight {
		MoveBillingHold::<T>::weight()
	}
}
