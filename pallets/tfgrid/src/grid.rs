//! The registry as seen by the contracts pallet ([`Tfgrid`]).

use crate::{types::*, *};
use codec::Decode;
use frame_system::pallet_prelude::BlockNumberFor;
use tfchain_support::{
	traits::Tfgrid,
	types::{FarmInfo, NodeBillingInfo, NodeInfo, PublicIpError},
	HotMap,
};

impl<T: Config> Tfgrid<T::AccountId, BlockNumberFor<T>> for Pallet<T> {
	fn twin_account(twin_id: u32) -> Option<T::AccountId> {
		Twins::<T>::hot_get(twin_id).map(|twin| twin.account_id)
	}

	fn twin_of_account(account: &T::AccountId) -> Option<u32> {
		TwinIdByAccountID::<T>::get(account)
	}

	fn twin_bonded_account(twin_id: u32) -> Option<T::AccountId> {
		TwinBoundedAccountID::<T>::hot_get(twin_id)
	}

	fn node_info(node_id: u32) -> Option<NodeInfo<BlockNumberFor<T>>> {
		Nodes::<T>::get(node_id).map(|node| NodeInfo {
			id: node.id,
			farm_id: node.farm_id,
			twin_id: node.twin_id,
			resources: node.resources,
			certification: node.certification,
			power: NodePower::<T>::get(node_id),
			connection_price: node.connection_price,
		})
	}

	fn node_billing_info(node_id: u32) -> Option<NodeBillingInfo> {
		let node = Nodes::<T>::get(node_id)?;
		let (farmer_twin, policy_id) = Self::farm_head(node.farm_id)?;
		Some(node.billing_info(farmer_twin, policy_id))
	}

	fn node_ids() -> alloc::vec::Vec<u32> {
		Nodes::<T>::iter_keys().collect()
	}

	fn farm_info(farm_id: u32) -> Option<FarmInfo> {
		Farms::<T>::get(farm_id).map(|farm| FarmInfo {
			id: farm.id,
			twin_id: farm.twin_id,
			pricing_policy_id: farm.pricing_policy_id,
			certification: farm.certification,
			dedicated_farm: farm.dedicated_farm,
			free_public_ips: farm.public_ips.iter().filter(|ip| ip.contract_id == 0).count() as u32,
		})
	}

	fn farm_owner_and_policy(farm_id: u32) -> Option<(u32, u32)> {
		Self::farm_head(farm_id)
	}

	fn pricing_policy(pricing_policy_id: u32) -> Option<PricingPolicyOf<T>> {
		PricingPolicies::<T>::hot_get(pricing_policy_id)
	}

	fn reserve_public_ips(
		farm_id: u32,
		contract_id: u64,
		count: u32,
	) -> Result<PublicIpList, PublicIpError> {
		let mut farm = Farms::<T>::get(farm_id).ok_or(PublicIpError::FarmNotExists)?;
		if (farm.public_ips.len() as u32) < count {
			return Err(PublicIpError::NotEnoughPublicIps);
		}
		let free = farm.public_ips.iter().filter(|ip| ip.contract_id == 0).count() as u32;
		if free < count {
			return Err(PublicIpError::NotEnoughFreePublicIps);
		}
		let mut reserved = PublicIpList::default();
		if count == 0 || contract_id == 0 {
			// Nothing to reserve (contract id 0 means "free" and cannot hold an IP).
			return Ok(reserved);
		}
		for ip in farm.public_ips.iter_mut().filter(|ip| ip.contract_id == 0).take(count as usize) {
			ip.contract_id = contract_id;
			// At most 256 items, the bound of the list: never fails.
			let _ = reserved.try_push(ip.clone());
		}
		Farms::<T>::insert(farm_id, &farm);
		Ok(reserved)
	}

	fn free_public_ips(farm_id: u32, contract_id: u64) -> PublicIpList {
		let mut freed = PublicIpList::default();
		if contract_id == 0 {
			return freed;
		}
		let Some(mut farm) = Farms::<T>::get(farm_id) else { return freed };
		for ip in farm.public_ips.iter_mut().filter(|ip| ip.contract_id == contract_id) {
			let _ = freed.try_push(ip.clone());
			ip.contract_id = 0;
		}
		if !freed.is_empty() {
			Farms::<T>::insert(farm_id, &farm);
		}
		freed
	}

	fn farms_public_ips() -> alloc::vec::Vec<(u32, PublicIpList)> {
		Farms::<T>::iter().map(|(id, farm)| (id, farm.public_ips)).collect()
	}
}

/// The leading fields of a [`Farm`] record, in its encoding order.
#[derive(Decode)]
struct FarmHead {
	_version: u32,
	_id: u32,
	_name: FarmName,
	twin_id: u32,
	pricing_policy_id: u32,
}

/// The longest encoding of a [`FarmHead`]: two u32, the name (length prefix and bytes), two u32.
const FARM_HEAD_MAX_LEN: usize = 4 + 4 + 1 + MAX_FARM_NAME_LENGTH as usize + 4 + 4;

impl<T: Config> Pallet<T> {
	/// A farm's owner twin and pricing policy, `(twin id, pricing policy id)`: reads only the
	/// head of the record (version, id, name, twin, policy), which sits before the public IPs,
	/// and decodes it alone.
	pub(crate) fn farm_head(farm_id: u32) -> Option<(u32, u32)> {
		let key = Farms::<T>::hot_key(farm_id);
		let mut head = [0u8; FARM_HEAD_MAX_LEN];
		let len = sp_io::storage::read(&key, &mut head, 0)?;
		let available = head.get(..(len as usize).min(FARM_HEAD_MAX_LEN))?;
		let decoded = FarmHead::decode(&mut &available[..]).ok()?;
		Some((decoded.twin_id, decoded.pricing_policy_id))
	}
}

impl Node {
	/// What billing uses of this node, with its farm's owner twin and pricing policy.
	pub fn billing_info(&self, farmer_twin: u32, pricing_policy_id: u32) -> NodeBillingInfo {
		NodeBillingInfo {
			farm_id: self.farm_id,
			farmer_twin,
			pricing_policy_id,
			resources: self.resources,
			certification: self.certification,
		}
	}
}
