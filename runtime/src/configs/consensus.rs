//! Block production (Aura), finality (GRANDPA), sessions and the governance-managed validator set.

use crate::{
	units::SLOT_DURATION, AccountId, Aura, Balances, EnsureRootOrCouncilApproval, Runtime,
	RuntimeEvent, SessionKeys,
};
use frame_support::{
	parameter_types,
	traits::{ConstBool, ConstU128, ConstU32, ConstU64},
};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_runtime::traits::OpaqueKeys;

/// The most validators the chain supports (storage bound for Aura, GRANDPA and ValidatorSet).
pub const MAX_VALIDATORS: u32 = 32;

parameter_types! {
	/// Never fewer than one validator.
	pub const MinAuthorities: u32 = 1;
}

impl pallet_validator_set::Config for Runtime {
	type AddRemoveOrigin = EnsureRootOrCouncilApproval;
	type MinAuthorities = MinAuthorities;
	type MaxValidators = ConstU32<MAX_VALIDATORS>;
	type WeightInfo = pallet_validator_set::weights::SubstrateWeight<Runtime>;
}

impl pallet_session::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = AccountId;
	type ValidatorIdOf = pallet_validator_set::ValidatorOf<Runtime>;
	type ShouldEndSession = pallet_validator_set::PeriodicSessions<Runtime>;
	type NextSessionRotation = pallet_validator_set::PeriodicSessions<Runtime>;
	type SessionManager = crate::ValidatorSet;
	type SessionHandler = <SessionKeys as OpaqueKeys>::KeyTypeIdProviders;
	type Keys = SessionKeys;
	type DisablingStrategy = ();
	type WeightInfo = pallet_session::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	/// Setting session keys holds no deposit: only validators chosen by governance use them.
	type KeyDeposit = ConstU128<0>;
}

impl pallet_aura::Config for Runtime {
	type AuthorityId = AuraId;
	type DisabledValidators = ();
	type MaxAuthorities = ConstU32<MAX_VALIDATORS>;
	type AllowMultipleBlocksPerSlot = ConstBool<false>;
	type SlotDuration = ConstU64<SLOT_DURATION>;
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = ();
	type MaxAuthorities = ConstU32<MAX_VALIDATORS>;
	type MaxNominators = ConstU32<0>;
	type MaxSetIdSessionEntries = ConstU64<0>;
	type KeyOwnerProof = sp_core::Void;
	type EquivocationReportSystem = ();
}

impl pallet_authorship::Config for Runtime {
	type FindAuthor = pallet_session::FindAccountFromAuthorIndex<Self, Aura>;
	type EventHandler = ();
}
