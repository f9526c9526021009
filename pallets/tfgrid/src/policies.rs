//! Pricing and farming policies, their assignment to nodes, the connection price, node
//! certifiers and the ZOS version.

use crate::{types::*, *};
use alloc::vec::Vec;
use frame_support::{dispatch::DispatchResult, ensure};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{SaturatedConversion, Zero},
	DispatchError,
};

/// The values of a farming policy that create and update share.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct FarmingPolicyValues<BlockNumber> {
	/// Reward per storage unit.
	pub su: u32,
	/// Reward per compute unit.
	pub cu: u32,
	/// Reward per network unit.
	pub nu: u32,
	/// Reward per public IPv4 address.
	pub ipv4: u32,
	/// Minimal uptime (percent).
	pub minimal_uptime: u16,
	/// Last block it can be assigned at (0 = no end).
	pub policy_end: BlockNumber,
	/// Picked automatically.
	pub default: bool,
	/// Node certification required.
	pub node_certification: NodeCertification,
	/// Farm certification required.
	pub farm_certification: FarmCertification,
}

impl<T: Config> Pallet<T> {
	/// Whether a farming policy can still be assigned at `now` (`policy_end` 0 = no end).
	pub(crate) fn policy_active(policy: &FarmingPolicyOf<T>, now: BlockNumberFor<T>) -> bool {
		policy.policy_end.is_zero() || now <= policy.policy_end
	}

	/// Picks the farming policy of a node on `farm` (the assignment rule in the crate docs) and
	/// takes from the farm's remaining limits when the limit policy is used. Returns the policy
	/// and what was taken (`None` when nothing was: a default policy, or unlimited limits);
	/// `None` when no policy fits.
	pub(crate) fn pick_farming_policy(
		node: &Node,
		farm: &mut Farm,
	) -> Option<(u32, Option<HeldLimits>)> {
		let now = frame_system::Pallet::<T>::block_number();
		let now_u64: u64 = now.saturated_into();
		if let Some(limits) = farm.farming_policy_limits.as_mut() {
			let policy = FarmingPoliciesMap::<T>::try_get(limits.farming_policy_id).ok();
			let active = policy.as_ref().is_some_and(|p| Self::policy_active(p, now))
				&& limits.end.is_none_or(|end| now_u64 <= end);
			let certified =
				!limits.node_certification || node.certification == NodeCertification::Certified;
			if active && certified {
				if let Some(held) = limits.take(node.resources.cu(), node.resources.su()) {
					let held = if held.is_empty() { None } else { Some(held) };
					return Some((limits.farming_policy_id, held));
				}
			}
		}
		DefaultFarmingPolicies::<T>::get()
			.iter()
			.filter_map(|id| FarmingPoliciesMap::<T>::try_get(id).ok())
			.filter(|policy| {
				policy.default
					&& Self::policy_active(policy, now)
					&& policy.node_certification <= node.certification
					&& policy.farm_certification <= farm.certification
			})
			.max_by_key(|policy| (policy.node_certification, policy.farm_certification, policy.id))
			.map(|policy| (policy.id, None))
	}

	/// Assigns `node` its farming policy on `farm` (its farm from now on) and records what it
	/// took from the farm's limits (see [`LimitsHeldByNode`]). The node must hold nothing of
	/// `farm`'s limits (give it back first). Returns the policy, or `None` (node unchanged,
	/// nothing taken) when no policy fits.
	pub(crate) fn assign_farming_policy(node: &mut Node, farm: &mut Farm) -> Option<u32> {
		let (policy_id, held) = Self::pick_farming_policy(node, farm)?;
		node.farming_policy_id = policy_id;
		if let Some(held) = held {
			LimitsHeldByNode::<T>::insert(node.id, held);
		}
		Some(policy_id)
	}

	/// Gives back to `farm`'s limits (in memory; the caller stores the farm) what the node holds
	/// of them, and forgets the record.
	pub(crate) fn give_back_limits(node_id: u32, farm: &mut Farm) {
		let Some(held) = LimitsHeldByNode::<T>::take(node_id) else { return };
		if let Some(limits) = farm.farming_policy_limits.as_mut() {
			limits.give_back(&held);
		}
	}

	/// Gives back what the node holds of farm `farm_id`'s limits as it leaves that farm (moved
	/// or deleted), storing the farm with `FarmUpdated` when they changed.
	pub(crate) fn leave_farm_limits(node_id: u32, farm_id: u32) {
		let Some(held) = LimitsHeldByNode::<T>::take(node_id) else { return };
		let Some(mut farm) = Farms::<T>::get(farm_id) else { return };
		let limits_before = farm.farming_policy_limits.clone();
		if let Some(limits) = farm.farming_policy_limits.as_mut() {
			limits.give_back(&held);
		}
		Self::store_changed_limits(&farm, &limits_before);
	}

	/// Creates a pricing policy.
	pub fn do_create_pricing_policy(
		name: Vec<u8>,
		prices: [Policy; 6],
		foundation_account: T::AccountId,
		certified_sales_account: T::AccountId,
		discount_for_dedication_nodes: u8,
	) -> DispatchResult {
		let name = Self::pricing_policy_name(name)?;
		ensure!(!PricingPolicyIdByName::<T>::contains_key(&name), Error::<T>::PricingPolicyExists);
		ensure!(
			discount_for_dedication_nodes <= 100,
			Error::<T>::InvalidDiscountForDedicationNodes
		);
		let id = PricingPolicyID::<T>::get().checked_add(1).ok_or(Error::<T>::IdOverflow)?;
		let [su, cu, nu, ipu, unique_name, domain_name] = prices;
		let policy = PricingPolicy {
			version: PRICING_POLICY_VERSION,
			id,
			name,
			su,
			cu,
			nu,
			ipu,
			unique_name,
			domain_name,
			foundation_account,
			certified_sales_account,
			discount_for_dedication_nodes,
		};
		PricingPolicies::<T>::insert(id, &policy);
		PricingPolicyIdByName::<T>::insert(&policy.name, id);
		PricingPolicyID::<T>::put(id);
		Self::deposit_event(Event::PricingPolicyStored(policy));
		Ok(())
	}

	/// Updates a pricing policy. A name another policy holds is TFChain's
	/// `PricingPolicyWithDifferentIdExists`.
	pub fn do_update_pricing_policy(
		pricing_policy_id: u32,
		name: Vec<u8>,
		prices: [Policy; 6],
		foundation_account: T::AccountId,
		certified_sales_account: T::AccountId,
		discount_for_dedication_nodes: u8,
	) -> DispatchResult {
		let mut policy = PricingPolicies::<T>::get(pricing_policy_id)
			.ok_or(Error::<T>::PricingPolicyNotExists)?;
		let name = Self::pricing_policy_name(name)?;
		if let Ok(holder) = PricingPolicyIdByName::<T>::try_get(&name) {
			ensure!(holder == pricing_policy_id, Error::<T>::PricingPolicyWithDifferentIdExists);
		}
		ensure!(
			discount_for_dedication_nodes <= 100,
			Error::<T>::InvalidDiscountForDedicationNodes
		);
		if policy.name != name {
			PricingPolicyIdByName::<T>::remove(&policy.name);
			PricingPolicyIdByName::<T>::insert(&name, pricing_policy_id);
		}
		let [su, cu, nu, ipu, unique_name, domain_name] = prices;
		policy.name = name;
		policy.su = su;
		policy.cu = cu;
		policy.nu = nu;
		policy.ipu = ipu;
		policy.unique_name = unique_name;
		policy.domain_name = domain_name;
		policy.foundation_account = foundation_account;
		policy.certified_sales_account = certified_sales_account;
		policy.discount_for_dedication_nodes = discount_for_dedication_nodes;
		PricingPolicies::<T>::insert(pricing_policy_id, &policy);
		Self::deposit_event(Event::PricingPolicyStored(policy));
		Ok(())
	}

	/// Creates a farming policy.
	pub fn do_create_farming_policy(
		name: Vec<u8>,
		values: FarmingPolicyValues<BlockNumberFor<T>>,
		immutable: bool,
	) -> DispatchResult {
		let name = Self::farming_policy_name(name)?;
		let id = FarmingPolicyID::<T>::get().checked_add(1).ok_or(Error::<T>::IdOverflow)?;
		let mut defaults = DefaultFarmingPolicies::<T>::get();
		if values.default {
			defaults.try_push(id).map_err(|_| Error::<T>::TooManyDefaultFarmingPolicies)?;
		}
		let policy = FarmingPolicy {
			version: FARMING_POLICY_VERSION,
			id,
			name,
			cu: values.cu,
			su: values.su,
			nu: values.nu,
			ipv4: values.ipv4,
			minimal_uptime: values.minimal_uptime,
			policy_created: frame_system::Pallet::<T>::block_number(),
			policy_end: values.policy_end,
			immutable,
			default: values.default,
			node_certification: values.node_certification,
			farm_certification: values.farm_certification,
		};
		FarmingPoliciesMap::<T>::insert(id, &policy);
		if values.default {
			DefaultFarmingPolicies::<T>::put(defaults);
		}
		FarmingPolicyID::<T>::put(id);
		Self::deposit_event(Event::FarmingPolicyStored(policy));
		Ok(())
	}

	/// Updates a mutable farming policy (the `immutable` flag itself never changes).
	pub fn do_update_farming_policy(
		farming_policy_id: u32,
		name: Vec<u8>,
		values: FarmingPolicyValues<BlockNumberFor<T>>,
	) -> DispatchResult {
		let mut policy = FarmingPoliciesMap::<T>::try_get(farming_policy_id)
			.map_err(|_| Error::<T>::FarmingPolicyNotExists)?;
		ensure!(!policy.immutable, Error::<T>::CannotUpdateImmutableFarmingPolicy);
		let name = Self::farming_policy_name(name)?;
		let mut defaults = DefaultFarmingPolicies::<T>::get();
		let listed = defaults.contains(&farming_policy_id);
		if values.default && !listed {
			defaults
				.try_push(farming_policy_id)
				.map_err(|_| Error::<T>::TooManyDefaultFarmingPolicies)?;
		} else if !values.default && listed {
			defaults.retain(|id| *id != farming_policy_id);
		}
		policy.name = name;
		policy.su = values.su;
		policy.cu = values.cu;
		policy.nu = values.nu;
		policy.ipv4 = values.ipv4;
		policy.minimal_uptime = values.minimal_uptime;
		policy.policy_end = values.policy_end;
		policy.default = values.default;
		policy.node_certification = values.node_certification;
		policy.farm_certification = values.farm_certification;
		FarmingPoliciesMap::<T>::insert(farming_policy_id, &policy);
		if values.default != listed {
			DefaultFarmingPolicies::<T>::put(defaults);
		}
		Self::deposit_event(Event::FarmingPolicyUpdated(policy));
		Ok(())
	}

	/// Attaches (or removes) farming-policy limits, sets the farm's certification to the
	/// policy's, and re-assigns the farm's nodes that sit on a default policy. The new limits
	/// start afresh: what the nodes held of the old ones is forgotten, not given back. Returns
	/// the number of nodes of the farm (for the actual weight).
	///
	/// Events, as on TFChain: `FarmUpdated` (the farm with the new limits and certification),
	/// `NodeUpdated` for every node that sat on a default policy, a second `FarmUpdated` with
	/// the limits the nodes left if they consumed any (TFChain emits one per consuming node),
	/// then `FarmingPolicySet`.
	pub fn do_attach_policy_to_farm(
		farm_id: u32,
		limits: Option<FarmingPolicyLimit>,
	) -> Result<u32, DispatchError> {
		let mut certification = None;
		if let Some(limits) = &limits {
			let policy = FarmingPoliciesMap::<T>::try_get(limits.farming_policy_id)
				.map_err(|_| Error::<T>::FarmingPolicyNotExists)?;
			let now = frame_system::Pallet::<T>::block_number();
			let now_u64: u64 = now.saturated_into();
			ensure!(
				Self::policy_active(&policy, now) && limits.end.is_none_or(|end| now_u64 <= end),
				Error::<T>::FarmingPolicyExpired
			);
			certification = Some(policy.farm_certification);
		}
		let mut farm = Farms::<T>::get(farm_id).ok_or(Error::<T>::FarmNotExists)?;
		if let Some(certification) = certification {
			farm.certification = certification;
		}
		let old_limits = core::mem::replace(&mut farm.farming_policy_limits, limits.clone());
		Self::deposit_event(Event::FarmUpdated(farm.clone()));

		let node_ids = NodesByFarmID::<T>::get(farm_id);
		for node_id in node_ids.iter() {
			let Some(mut node) = Nodes::<T>::get(node_id) else { continue };
			// The new limits start afresh: what a node held of the old ones is not given back.
			// Only a node on the old limits' policy can hold any.
			if old_limits.as_ref().is_some_and(|l| l.farming_policy_id == node.farming_policy_id) {
				LimitsHeldByNode::<T>::remove(node_id);
			}
			if !Self::on_default_policy(node.farming_policy_id) {
				continue;
			}
			let previous = node.farming_policy_id;
			if Self::assign_farming_policy(&mut node, &mut farm).is_some_and(|id| id != previous) {
				Nodes::<T>::insert(node_id, &node);
			}
			Self::deposit_event(Event::NodeUpdated(node));
		}
		Farms::<T>::insert(farm_id, &farm);
		if farm.farming_policy_limits != limits {
			Self::deposit_event(Event::FarmUpdated(farm));
		}
		Self::deposit_event(Event::FarmingPolicySet(farm_id, limits));
		Ok(node_ids.len() as u32)
	}

	/// Sets the connection price.
	pub fn do_set_connection_price(price: u32) -> DispatchResult {
		ConnectionPrice::<T>::put(price);
		Self::deposit_event(Event::ConnectionPriceSet(price));
		Ok(())
	}

	/// Allows an account to certify nodes.
	pub fn do_add_node_certifier(certifier: T::AccountId) -> DispatchResult {
		let mut certifiers = AllowedNodeCertifiers::<T>::get().unwrap_or_default();
		ensure!(!certifiers.contains(&certifier), Error::<T>::AlreadyCertifier);
		certifiers.try_push(certifier.clone()).map_err(|_| Error::<T>::TooManyNodeCertifiers)?;
		AllowedNodeCertifiers::<T>::put(certifiers);
		Self::deposit_event(Event::NodeCertifierAdded(certifier));
		Ok(())
	}

	/// Stops an account from certifying nodes.
	pub fn do_remove_node_certifier(certifier: T::AccountId) -> DispatchResult {
		let mut certifiers = AllowedNodeCertifiers::<T>::get().unwrap_or_default();
		ensure!(certifiers.contains(&certifier), Error::<T>::NotCertifier);
		certifiers.retain(|c| c != &certifier);
		AllowedNodeCertifiers::<T>::put(certifiers);
		Self::deposit_event(Event::NodeCertifierRemoved(certifier));
		Ok(())
	}

	/// Sets the ZOS version; it must differ from the current one.
	pub fn do_set_zos_version(zos_version: Vec<u8>) -> DispatchResult {
		let zos_version = Self::zos_version(zos_version)?;
		ensure!(ZosVersion::<T>::get() != zos_version, Error::<T>::InvalidZosVersion);
		ZosVersion::<T>::put(&zos_version);
		Self::deposit_event(Event::ZosVersionUpdated(zos_version.into_inner()));
		Ok(())
	}
}
