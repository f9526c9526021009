//! What the registry calls: node changes ([`ChangeNode`]), whether a node has contracts
//! ([`NodeActiveContracts`]), and twin transfers ([`OnTwinTransfer`]).

use crate::*;
use core::marker::PhantomData;
use frame_support::{dispatch::DispatchResult, traits::Get, weights::Weight};
use frame_system::pallet_prelude::BlockNumberFor;
use tfchain_support::{
	traits::{ChangeNode, MoveHeld, NodeActiveContracts, OnTwinTransfer, Tfgrid},
	types::{NodeInfo, NodePower, Power, PowerState},
};

impl<T: Config> ChangeNode<BlockNumberFor<T>> for Pallet<T> {
	/// Snapshots the node (still readable: the registry calls this before removing it) so the
	/// hook can end and bill its contracts up to now. A node without contracts is forgotten.
	fn node_deleted(node_id: u32, farm_id: u32, twin_id: u32) {
		let has_contracts = !ActiveNodeContracts::<T>::get(node_id).is_empty()
			|| ActiveRentContractForNode::<T>::contains_key(node_id);
		if !has_contracts {
			NodeDowntimes::<T>::remove(node_id);
			DedicatedNodesExtraFee::<T>::remove(node_id);
			return;
		}
		let node = T::Tfgrid::node_info(node_id).unwrap_or(NodeInfo {
			id: node_id,
			farm_id,
			twin_id,
			resources: Default::default(),
			certification: Default::default(),
			power: NodePower::default(),
			connection_price: 0,
		});
		DeletedNodes::<T>::insert(node_id, DeletedNode { node, deleted_at: Self::now_secs() });
	}

	fn node_deleted_weight() -> Weight {
		T::DbWeight::get().reads_writes(6, 3).saturating_add(Weight::from_parts(20_000_000, 0))
	}

	/// Keeps the node's standby counter: `Down` starts a standby, `Up` adds it to the total.
	fn power_state_changed(node_id: u32, _farm_id: u32, state: PowerState<BlockNumberFor<T>>) {
		let now = Self::now_secs();
		NodeDowntimes::<T>::mutate(node_id, |downtime| match state {
			PowerState::Down(_) => {
				if downtime.down_since.is_none() {
					downtime.down_since = Some(now);
				}
			},
			PowerState::Up => {
				if let Some(since) = downtime.down_since.take() {
					downtime.total = downtime.total.saturating_add(now.saturating_sub(since));
				}
			},
		});
	}

	fn power_target_changed(_node_id: u32, _farm_id: u32, _target: Power) {}

	fn uptime_reported(_node_id: u32, _timestamp: u64, _uptime: u64) {}

	fn power_or_uptime_weight() -> Weight {
		T::DbWeight::get().reads_writes(1, 1).saturating_add(Weight::from_parts(5_000_000, 0))
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
