//! Power management: the state a node reports and the target its farmer sets.

use crate::{types::*, *};
use frame_support::{dispatch::DispatchResult, ensure};
use sp_runtime::DispatchError;
use tfchain_support::traits::{ChangeNode, NodeActiveContracts};

impl<T: Config> Pallet<T> {
	/// The caller node reports its power state. Reporting the state it already has changes
	/// nothing (no event; a `Down` keeps the block it went down at). Returns the node's id.
	pub fn do_change_power_state(
		who: &T::AccountId,
		power_state: Power,
	) -> Result<u32, DispatchError> {
		let twin_id = Self::twin_id_of(who)?;
		let node_id = Self::node_id_of_twin(twin_id).ok_or(Error::<T>::NodeNotExists)?;
		let node = Nodes::<T>::get(node_id).ok_or(Error::<T>::NodeNotExists)?;
		let mut power = NodePower::<T>::get(node_id);
		let unchanged = matches!(
			(&power.state, power_state),
			(PowerState::Up, Power::Up) | (PowerState::Down(_), Power::Down)
		);
		if unchanged {
			return Ok(node_id);
		}
		let state = match power_state {
			Power::Up => PowerState::Up,
			Power::Down => PowerState::Down(frame_system::Pallet::<T>::block_number()),
		};
		power.state = state;
		NodePower::<T>::insert(node_id, power);
		T::NodeChanged::power_state_changed(node_id, node.farm_id, state);
		Self::deposit_event(Event::PowerStateChanged {
			farm_id: node.farm_id,
			node_id,
			power_state: state,
		});
		Ok(node_id)
	}

	/// The farmer sets a node's power target; `Down` is refused while the node has live
	/// contracts.
	pub fn do_change_power_target(
		who: &T::AccountId,
		node_id: u32,
		power_target: Power,
	) -> DispatchResult {
		let twin_id = Self::twin_id_of(who)?;
		let node = Nodes::<T>::get(node_id).ok_or(Error::<T>::NodeNotExists)?;
		let farm = Farms::<T>::get(node.farm_id).ok_or(Error::<T>::FarmNotExists)?;
		ensure!(farm.twin_id == twin_id, Error::<T>::UnauthorizedToChangePowerTarget);
		if power_target == Power::Down {
			ensure!(
				!T::NodeActiveContracts::node_has_active_contracts(node_id),
				Error::<T>::NodeHasActiveContracts
			);
		}
		NodePower::<T>::mutate(node_id, |power| power.target = power_target);
		T::NodeChanged::power_target_changed(node_id, node.farm_id, power_target);
		Self::deposit_event(Event::PowerTargetChanged {
			farm_id: node.farm_id,
			node_id,
			power_target,
		});
		Ok(())
	}
}
