//! The seams between the grid registry and the contracts pallet.

use crate::types::{
	FarmInfo, NodeBillingInfo, NodeInfo, Power, PowerState, PricingPolicy, PublicIpError,
	PublicIpList,
};
use alloc::vec::Vec;
use core::marker::PhantomData;
use frame_support::{
	dispatch::DispatchResult,
	traits::{
		fungible::{InspectHold, MutateHold},
		tokens::{Fortitude, Precision, Restriction},
		Get,
	},
	weights::{RuntimeDbWeight, Weight},
};
use sp_runtime::traits::Zero;

/// Read access to the grid registry, plus the public-IP bookkeeping of farms. Implemented by
/// `pallet-tfgrid`; used by the contracts pallet.
pub trait Tfgrid<AccountId, BlockNumber> {
	/// The account that owns a twin.
	fn twin_account(twin_id: u32) -> Option<AccountId>;
	/// The twin an account owns.
	fn twin_of_account(account: &AccountId) -> Option<u32>;
	/// The account bonded to a twin (its balance counts toward the twin's discount level).
	fn twin_bonded_account(twin_id: u32) -> Option<AccountId>;
	/// A node's summary.
	fn node_info(node_id: u32) -> Option<NodeInfo<BlockNumber>>;
	/// What billing needs of a node: the node's record and the head of its farm's (no power
	/// state, no public IPs decoded).
	fn node_billing_info(node_id: u32) -> Option<NodeBillingInfo>;
	/// Every node id. Reads every node key: for storage migrations and invariant checks, never
	/// for a call.
	fn node_ids() -> Vec<u32>;
	/// A farm's summary.
	fn farm_info(farm_id: u32) -> Option<FarmInfo>;
	/// A farm's owner twin and pricing policy, `(twin id, pricing policy id)`, read without
	/// decoding the farm's public IPs.
	fn farm_owner_and_policy(farm_id: u32) -> Option<(u32, u32)>;
	/// A pricing policy.
	fn pricing_policy(pricing_policy_id: u32) -> Option<PricingPolicy<AccountId>>;
	/// Reserves the first `count` free public IPs of a farm for a contract and returns them (with
	/// `contract_id` set). Changes nothing on error.
	fn reserve_public_ips(
		farm_id: u32,
		contract_id: u64,
		count: u32,
	) -> Result<PublicIpList, PublicIpError>;
	/// Frees every public IP of the farm reserved by `contract_id` and returns them (as they
	/// were, with `contract_id` still set). Frees nothing if the farm is gone.
	fn free_public_ips(farm_id: u32, contract_id: u64) -> PublicIpList;
	/// Every farm id with its public IPs (reserved ones carry their contract's id). Reads every
	/// farm: for invariant checks (`try_state`), never for a call.
	fn farms_public_ips() -> Vec<(u32, PublicIpList)>;
}

impl<AccountId, BlockNumber> Tfgrid<AccountId, BlockNumber> for () {
	fn twin_account(_twin_id: u32) -> Option<AccountId> {
		None
	}
	fn twin_of_account(_account: &AccountId) -> Option<u32> {
		None
	}
	fn twin_bonded_account(_twin_id: u32) -> Option<AccountId> {
		None
	}
	fn node_info(_node_id: u32) -> Option<NodeInfo<BlockNumber>> {
		None
	}
	fn node_billing_info(_node_id: u32) -> Option<NodeBillingInfo> {
		None
	}
	fn node_ids() -> Vec<u32> {
		Vec::new()
	}
	fn farm_info(_farm_id: u32) -> Option<FarmInfo> {
		None
	}
	fn farm_owner_and_policy(_farm_id: u32) -> Option<(u32, u32)> {
		None
	}
	fn pricing_policy(_pricing_policy_id: u32) -> Option<PricingPolicy<AccountId>> {
		None
	}
	fn reserve_public_ips(
		_farm_id: u32,
		_contract_id: u64,
		_count: u32,
	) -> Result<PublicIpList, PublicIpError> {
		Err(PublicIpError::FarmNotExists)
	}
	fn free_public_ips(_farm_id: u32, _contract_id: u64) -> PublicIpList {
		PublicIpList::default()
	}
	fn farms_public_ips() -> Vec<(u32, PublicIpList)> {
		Vec::new()
	}
}

/// Hooks the registry calls when a node changes. Implemented by the contracts pallet.
///
/// Implementations must be cheap and bounded: the registry charges `*_weight()` on top of its
/// own weight, so any heavy work (e.g. cancelling and billing many contracts of a deleted node)
/// should be queued and done later in the implementer's own block hooks.
pub trait ChangeNode<BlockNumber> {
	/// A node was deleted (by itself or by its farmer); its contracts must be cancelled and billed.
	/// Called before the registry removes the node, so [`Tfgrid::node_info`] still returns it.
	fn node_deleted(node_id: u32, farm_id: u32, twin_id: u32);
	/// Upper bound of [`ChangeNode::node_deleted`]'s weight.
	fn node_deleted_weight() -> Weight;
	/// A node was registered or changed what billing uses of it (farm, capacity,
	/// certification): `info` is what it is now.
	fn node_changed(node_id: u32, info: NodeBillingInfo);
	/// Upper bound of [`ChangeNode::node_changed`]'s weight.
	fn node_changed_weight() -> Weight;
	/// A node reported a new power state.
	fn power_state_changed(node_id: u32, farm_id: u32, state: PowerState<BlockNumber>);
	/// A farmer set a new power target for a node.
	fn power_target_changed(node_id: u32, farm_id: u32, target: Power);
	/// A node reported its uptime (`uptime` seconds since boot, at chain time `timestamp`).
	fn uptime_reported(node_id: u32, timestamp: u64, uptime: u64);
	/// Upper bound of the weight of the power and uptime hooks (each).
	fn power_or_uptime_weight() -> Weight;
}

impl<BlockNumber> ChangeNode<BlockNumber> for () {
	fn node_deleted(_node_id: u32, _farm_id: u32, _twin_id: u32) {}
	fn node_deleted_weight() -> Weight {
		Weight::zero()
	}
	fn node_changed(_node_id: u32, _info: NodeBillingInfo) {}
	fn node_changed_weight() -> Weight {
		Weight::zero()
	}
	fn power_state_changed(_node_id: u32, _farm_id: u32, _state: PowerState<BlockNumber>) {}
	fn power_target_changed(_node_id: u32, _farm_id: u32, _target: Power) {}
	fn uptime_reported(_node_id: u32, _timestamp: u64, _uptime: u64) {}
	fn power_or_uptime_weight() -> Weight {
		Weight::zero()
	}
}

/// Whether a node still has live contracts. Implemented by the contracts pallet.
pub trait NodeActiveContracts {
	/// True when at least one live (node or rent) contract runs on the node.
	fn node_has_active_contracts(node_id: u32) -> bool;
	/// Upper bound of its weight.
	fn node_has_active_contracts_weight() -> Weight;
	/// True when a live rent contract holds the node (its payouts go to the node's farmer, so
	/// the node may not move to another farm). Defaults to false: an implementer without rent
	/// contracts.
	fn node_is_rented(_node_id: u32) -> bool {
		false
	}
	/// Upper bound of [`NodeActiveContracts::node_is_rented`]'s weight.
	fn node_is_rented_weight() -> Weight {
		Weight::zero()
	}
}

impl NodeActiveContracts for () {
	fn node_has_active_contracts(_node_id: u32) -> bool {
		false
	}
	fn node_has_active_contracts_weight() -> Weight {
		Weight::zero()
	}
}

/// Called when a twin changes owner, before the registry records the new owner; an error aborts
/// the transfer. The contracts pallet (with [`MoveHeld`]) moves what it holds for the twin from
/// `from` to `to`.
pub trait OnTwinTransfer<AccountId> {
	/// Move whatever belongs to the twin from the old account to the new one.
	fn twin_transferred(twin_id: u32, from: &AccountId, to: &AccountId) -> DispatchResult;
	/// Upper bound of its weight.
	fn weight() -> Weight;
}

impl<AccountId> OnTwinTransfer<AccountId> for () {
	fn twin_transferred(_twin_id: u32, _from: &AccountId, _to: &AccountId) -> DispatchResult {
		Ok(())
	}
	fn weight() -> Weight {
		Weight::zero()
	}
}

/// An [`OnTwinTransfer`] that moves everything `Currency` holds for `Reason` on the old owner's
/// account to the new owner's, still on hold: a twin's billing reserve follows the twin. The
/// move is forced (the holder moves its own hold; freezes on the old account do not stop it)
/// and exact (all or nothing).
pub struct MoveHeld<AccountId, Currency, Reason, DbWeight>(
	PhantomData<(AccountId, Currency, Reason, DbWeight)>,
);

impl<AccountId, Currency, Reason, DbWeight> OnTwinTransfer<AccountId>
	for MoveHeld<AccountId, Currency, Reason, DbWeight>
where
	Currency: MutateHold<AccountId>,
	Reason: Get<<Currency as InspectHold<AccountId>>::Reason>,
	DbWeight: Get<RuntimeDbWeight>,
{
	fn twin_transferred(_twin_id: u32, from: &AccountId, to: &AccountId) -> DispatchResult {
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
			Fortitude::Force,
		)?;
		Ok(())
	}

	fn weight() -> Weight {
		// Both accounts and both hold lists are read and written; the arithmetic is negligible.
		DbWeight::get().reads_writes(4, 4).saturating_add(Weight::from_parts(20_000_000, 0))
	}
}

/// The TFT price billing converts USD amounts with. Implemented by the TFT price pallet.
pub trait TftPriceForBilling {
	/// The average TFT price in mUSD per TFT, already clamped to the governance bounds; never 0.
	fn billing_price_musd() -> u32;
	/// Upper bound of its weight.
	fn billing_price_weight() -> Weight;
}

/// A fixed price of 50 mUSD (0.05 USD) per TFT, for tests and runtimes without a price pallet.
impl TftPriceForBilling for () {
	fn billing_price_musd() -> u32 {
		50
	}
	fn billing_price_weight() -> Weight {
		Weight::zero()
	}
}
