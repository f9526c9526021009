//! The registry as seen by the contracts pallet ([`Tfgrid`]), and [`MoveHeld`], a ready-made
//! [`OnTwinTransfer`] that moves a held balance to a twin's new owner.

use crate::{types::*, *};
use core::marker::PhantomData;
use frame_support::{
	dispatch::DispatchResult,
	traits::{
		fungible::{InspectHold, MutateHold},
		tokens::{Fortitude, Precision, Restriction},
		Get,
	},
	weights::Weight,
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::Zero;
use tfchain_support::{
	traits::{OnTwinTransfer, Tfgrid},
	types::{FarmInfo, NodeInfo, PublicIpError},
};

impl<T: Config> Tfgrid<T::AccountId, BlockNumberFor<T>> for Pallet<T> {
	fn twin_account(twin_id: u32) -> Option<T::AccountId> {
		Twins::<T>::get(twin_id).map(|twin| twin.account_id)
	}

	fn twin_of_account(account: &T::AccountId) -> Option<u32> {
		TwinIdByAccountID::<T>::get(account)
	}

	fn twin_bonded_account(twin_id: u32) -> Option<T::AccountId> {
		TwinBoundedAccountID::<T>::get(twin_id)
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

	fn pricing_policy(pricing_policy_id: u32) -> Option<PricingPolicyOf<T>> {
		PricingPolicies::<T>::get(pricing_policy_id)
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
}

/// An [`OnTwinTransfer`] that moves everything `Currency` holds for `Reason` on the old owner's
/// account to the new owner's account, still on hold. Use it when the contracts pallet keeps a
/// twin's billing reserve as a hold with one reason: the reserve then follows the twin.
pub struct MoveHeld<T, Currency, Reason>(PhantomData<(T, Currency, Reason)>);

impl<T, Currency, Reason> OnTwinTransfer<T::AccountId> for MoveHeld<T, Currency, Reason>
where
	T: frame_system::Config,
	Currency: MutateHold<T::AccountId>,
	Reason: Get<<Currency as InspectHold<T::AccountId>>::Reason>,
{
	fn twin_transferred(_twin_id: u32, from: &T::AccountId, to: &T::AccountId) -> DispatchResult {
		let reason = Reason::get();
		let held = Currency::balance_on_hold(&reason, from);
		if held.is_zero() {
			return Ok(());
		}
		Currency::transfer_on_hold(
			&reason,
			from,
			to,
			held,
			Precision::Exact,
			Restriction::OnHold,
			Fortitude::Polite,
		)?;
		Ok(())
	}

	fn weight() -> Weight {
		// Both accounts and both hold lists are read and written; the arithmetic is negligible.
		T::DbWeight::get().reads_writes(4, 4).saturating_add(Weight::from_parts(20_000_000, 0))
	}
}
