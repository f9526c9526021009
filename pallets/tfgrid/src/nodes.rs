//! Nodes: registration, update and farm moves, certification, public config, deletion and
//! uptime reports.
//!
//! The checks run in TFChain's order and fail with TFChain's errors; where the cause is more
//! precise than the error, it is logged (target `runtime::tfgrid`). The events are TFChain's,
//! on the same occasions: `FarmUpdated` when a node consumes its farm's farming-policy limits
//! (and, ours, when a leaving or re-assigned node gives them back),
//! `NodeCertificationSet` when an update drops a certified node to DIY, `NodeUpdated` along
//! with `NodeCertificationSet` when a node is certified.

use crate::{types::*, *};
use frame_support::{dispatch::DispatchResult, ensure, traits::Get};
use sp_runtime::DispatchError;
use tfchain_support::traits::{ChangeNode, NodeActiveContracts};

/// A certified node whose resources change by more than this (thousandths, per field) drops to
/// DIY: 1 %.
pub const CERTIFIED_RESOURCE_TOLERANCE_PERMILLE: u32 = 10;

impl<T: Config> Pallet<T> {
	/// Registers the caller's twin as a node in `farm_id`.
	#[allow(clippy::too_many_arguments)]
	pub fn do_create_node(
		who: &T::AccountId,
		farm_id: u32,
		resources: Resources,
		location: Location,
		interfaces: Interfaces,
		secure_boot: bool,
		virtualized: bool,
		serial_number: Option<SerialNumber>,
	) -> DispatchResult {
		let mut farm = Farms::<T>::get(farm_id).ok_or(Error::<T>::FarmNotExists)?;
		let twin_id = Self::twin_id_of(who)?;
		ensure!(!NodeIdByTwinID::<T>::contains_key(twin_id), Error::<T>::NodeWithTwinIdExists);
		Self::check_resources(&resources)?;
		Self::check_location(&location)?;
		Self::check_interfaces(&interfaces)?;
		Self::check_serial_number(&serial_number)?;
		let id = NodeID::<T>::get().checked_add(1).ok_or(Error::<T>::IdOverflow)?;
		let mut farm_nodes = NodesByFarmID::<T>::get(farm_id);
		farm_nodes.try_push(id).map_err(|_| Error::<T>::FarmHasTooManyNodes)?;
		let mut node = Node {
			version: NODE_VERSION,
			id,
			farm_id,
			twin_id,
			resources,
			location,
			public_config: None,
			created: Self::now_secs(),
			farming_policy_id: 0,
			interfaces: interfaces.into(),
			certification: NodeCertification::Diy,
			secure_boot,
			virtualized,
			serial_number,
			connection_price: ConnectionPrice::<T>::get(),
		};
		let limits_before = farm.farming_policy_limits.clone();
		Self::assign_farming_policy(&mut node, &mut farm)
			.ok_or(Error::<T>::FarmingPolicyNotExists)?;

		Self::store_changed_limits(&farm, &limits_before);
		Nodes::<T>::insert(id, &node);
		T::NodeChanged::node_changed(id, node.billing_info(farm.twin_id, farm.pricing_policy_id));
		NodeIdByTwinID::<T>::insert(twin_id, id);
		NodesByFarmID::<T>::insert(farm_id, farm_nodes);
		NodePower::<T>::insert(id, NodePowerOf::<T>::default());
		NodeID::<T>::put(id);
		Self::deposit_event(Event::NodeStored(node));
		Ok(())
	}

	/// Whether a node sits on a default farming policy (or on one that is gone).
	pub(crate) fn on_default_policy(farming_policy_id: u32) -> bool {
		FarmingPoliciesMap::<T>::try_get(farming_policy_id).map_or(true, |policy| policy.default)
	}

	/// Stores a farm whose farming-policy limits a node just took from or gave back to, with
	/// TFChain's `FarmUpdated`; does nothing when the limits are unchanged.
	pub(crate) fn store_changed_limits(farm: &Farm, limits_before: &Option<FarmingPolicyLimit>) {
		if &farm.farming_policy_limits != limits_before {
			Farms::<T>::insert(farm.id, farm);
			Self::deposit_event(Event::FarmUpdated(farm.clone()));
		}
	}

	/// Overwrites the caller's node. Moving to another farm moves the indexes, is refused while
	/// the node has live contracts (their public IPs belong to the old farm), gives back what the
	/// node held of the old farm's limits and re-picks the farming policy on the new farm. A
	/// certified node whose resources change by more than 1 % drops to DIY (and is re-assigned,
	/// after giving back what it held, if it sits on a default policy).
	#[allow(clippy::too_many_arguments)]
	pub fn do_update_node(
		who: &T::AccountId,
		node_id: u32,
		farm_id: u32,
		resources: Resources,
		location: Location,
		interfaces: Interfaces,
		secure_boot: bool,
		virtualized: bool,
		serial_number: Option<SerialNumber>,
	) -> DispatchResult {
		let old = Nodes::<T>::get(node_id).ok_or(Error::<T>::NodeNotExists)?;
		let twin_id = Self::twin_id_of(who)?;
		ensure!(old.twin_id == twin_id, Error::<T>::NodeUpdateNotAuthorized);
		let mut farm = Farms::<T>::get(farm_id).ok_or(Error::<T>::FarmNotExists)?;
		Self::check_resources(&resources)?;
		Self::check_location(&location)?;
		Self::check_interfaces(&interfaces)?;
		Self::check_serial_number(&serial_number)?;

		let moving = old.farm_id != farm_id;
		let mut lists = None;
		if moving {
			// A rented node counts too: the rent's payouts follow the node's farmer.
			ensure!(
				!T::NodeActiveContracts::node_has_active_contracts(node_id)
					&& !T::NodeActiveContracts::node_is_rented(node_id),
				Error::<T>::NodeHasActiveContracts
			);
			let mut new_list = NodesByFarmID::<T>::get(farm_id);
			new_list.try_push(node_id).map_err(|_| Error::<T>::FarmHasTooManyNodes)?;
			let mut old_list = NodesByFarmID::<T>::get(old.farm_id);
			old_list.retain(|id| *id != node_id);
			lists = Some((old_list, new_list));
		}

		let mut node = old.clone();
		let certification_dropped = old.certification == NodeCertification::Certified
			&& old
				.resources
				.differs_by_more_than(&resources, CERTIFIED_RESOURCE_TOLERANCE_PERMILLE);
		if certification_dropped {
			node.certification = NodeCertification::Diy;
		}
		node.farm_id = farm_id;
		node.resources = resources;
		node.location = location;
		node.interfaces = interfaces.into();
		node.secure_boot = secure_boot;
		node.virtualized = virtualized;
		node.serial_number = serial_number;

		let limits_before = farm.farming_policy_limits.clone();
		if moving {
			Self::leave_farm_limits(node_id, old.farm_id);
			Self::assign_farming_policy(&mut node, &mut farm);
		} else if certification_dropped && Self::on_default_policy(old.farming_policy_id) {
			Self::give_back_limits(node_id, &mut farm);
			Self::assign_farming_policy(&mut node, &mut farm);
		}

		if certification_dropped {
			Self::deposit_event(Event::NodeCertificationSet(node_id, node.certification));
		}
		Self::store_changed_limits(&farm, &limits_before);
		if let Some((old_list, new_list)) = lists {
			if old_list.is_empty() {
				NodesByFarmID::<T>::remove(old.farm_id);
			} else {
				NodesByFarmID::<T>::insert(old.farm_id, old_list);
			}
			NodesByFarmID::<T>::insert(farm_id, new_list);
		}
		Nodes::<T>::insert(node_id, &node);
		T::NodeChanged::node_changed(
			node_id,
			node.billing_info(farm.twin_id, farm.pricing_policy_id),
		);
		Self::deposit_event(Event::NodeUpdated(node));
		Ok(())
	}

	/// Sets a node's certification and re-picks its farming policy if it sits on a default one
	/// (after giving back what it held of its farm's limits).
	pub fn do_set_node_certification(
		node_id: u32,
		certification: NodeCertification,
	) -> DispatchResult {
		let mut node = Nodes::<T>::get(node_id).ok_or(Error::<T>::NodeNotExists)?;
		node.certification = certification;
		if Self::on_default_policy(node.farming_policy_id) {
			if let Some(mut farm) = Farms::<T>::get(node.farm_id) {
				let limits_before = farm.farming_policy_limits.clone();
				Self::give_back_limits(node_id, &mut farm);
				Self::assign_farming_policy(&mut node, &mut farm);
				Self::store_changed_limits(&farm, &limits_before);
			}
		}
		Nodes::<T>::insert(node_id, &node);
		if let Some((farmer_twin, policy_id)) = Self::farm_head(node.farm_id) {
			T::NodeChanged::node_changed(node_id, node.billing_info(farmer_twin, policy_id));
		}
		Self::deposit_event(Event::NodeUpdated(node));
		Self::deposit_event(Event::NodeCertificationSet(node_id, certification));
		Ok(())
	}

	/// Sets or clears a node's public config (by the farmer of the node's farm). As on TFChain:
	/// a caller that does not own the farm gets `CannotUpdateFarmWrongTwin`, a node of another
	/// farm `NodeUpdateNotAuthorized`, any invalid config `InvalidPublicConfig`.
	pub fn do_add_node_public_config(
		who: &T::AccountId,
		farm_id: u32,
		node_id: u32,
		public_config: Option<PublicConfig>,
	) -> DispatchResult {
		Self::farm_owned_by(who, farm_id)?;
		let mut node = Nodes::<T>::get(node_id).ok_or(Error::<T>::NodeNotExists)?;
		if node.farm_id != farm_id {
			log::debug!(
				target: "runtime::tfgrid",
				"NodeUpdateNotAuthorized: node {node_id} is in farm {}, not {farm_id}",
				node.farm_id,
			);
			return Err(Error::<T>::NodeUpdateNotAuthorized.into());
		}
		if let Some(config) = &public_config {
			Self::check_public_config(config)?;
		}
		node.public_config = public_config.clone();
		Nodes::<T>::insert(node_id, &node);
		Self::deposit_event(Event::NodePublicConfigStored(node_id, public_config));
		Ok(())
	}

	/// Deletes the caller's node. Another twin's node is TFChain's `NodeUpdateNotAuthorized`.
	pub fn do_delete_node(who: &T::AccountId, node_id: u32) -> DispatchResult {
		let node = Nodes::<T>::get(node_id).ok_or(Error::<T>::NodeNotExists)?;
		let twin_id = Self::twin_id_of(who)?;
		if node.twin_id != twin_id {
			log::debug!(
				target: "runtime::tfgrid",
				"NodeUpdateNotAuthorized: delete_node by twin {twin_id} of twin {}'s node",
				node.twin_id,
			);
			return Err(Error::<T>::NodeUpdateNotAuthorized.into());
		}
		Self::remove_node(&node);
		Ok(())
	}

	/// The farmer deletes a node of the farm.
	pub fn do_delete_node_farm(who: &T::AccountId, node_id: u32) -> DispatchResult {
		let twin_id = Self::twin_id_of(who)?;
		let node = Nodes::<T>::get(node_id).ok_or(Error::<T>::NodeNotExists)?;
		let farm = Farms::<T>::get(node.farm_id).ok_or(Error::<T>::FarmNotExists)?;
		ensure!(farm.twin_id == twin_id, Error::<T>::FarmerNotAuthorized);
		Self::remove_node(&node);
		Ok(())
	}

	/// Removes a node and every index of it, gives back what it held of its farm's limits, and
	/// tells the contracts pallet. Cannot fail.
	///
	/// The contracts pallet is told first, while the node (and its power state) can still be
	/// read through [`tfchain_support::traits::Tfgrid::node_info`]: it snapshots what the final
	/// bills of the node's contracts need.
	fn remove_node(node: &Node) {
		T::NodeChanged::node_deleted(node.id, node.farm_id, node.twin_id);
		NodesByFarmID::<T>::mutate_exists(node.farm_id, |list| {
			if let Some(ids) = list {
				ids.retain(|id| *id != node.id);
				if ids.is_empty() {
					*list = None;
				}
			}
		});
		Nodes::<T>::remove(node.id);
		NodeIdByTwinID::<T>::remove(node.twin_id);
		NodePower::<T>::remove(node.id);
		Self::forget_free_calls(node.id);
		Self::leave_farm_limits(node.id, node.farm_id);
		Self::deposit_event(Event::NodeDeleted(node.id));
	}

	/// Records an uptime report of the caller's node; with a hint, the hint must be within
	/// `TimestampHintDrift` seconds of chain time. Returns the node's id.
	pub fn do_report_uptime(
		who: &T::AccountId,
		uptime: u64,
		timestamp_hint: Option<u64>,
	) -> Result<u32, DispatchError> {
		let twin_id = Self::twin_id_of(who)?;
		let node_id = Self::node_id_of_twin(twin_id).ok_or(Error::<T>::NodeNotExists)?;
		let now = Self::now_secs();
		if let Some(hint) = timestamp_hint {
			ensure!(
				hint.abs_diff(now) <= T::TimestampHintDrift::get(),
				Error::<T>::InvalidTimestampHint
			);
		}
		T::NodeChanged::uptime_reported(node_id, now, uptime);
		Self::deposit_event(Event::NodeUptimeReported(node_id, now, uptime));
		Ok(node_id)
	}
}
