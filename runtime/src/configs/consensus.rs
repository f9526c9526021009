//! Block production (Aura), finality (GRANDPA), sessions and the governance-managed validator set.

use crate::{
	units::SLOT_DURATION, AccountId, Aura, Balances, EnsureRootOrCouncilApproval, Runtime,
	RuntimeEvent, SessionKeys,
};
use frame_support::{
	parameter_types,
	traits::{ConstBool, ConstU128, ConstU32, ConstU64, SortedMembers},
};
use frame_system::RawOrigin;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_runtime::{traits::OpaqueKeys, DispatchResult, MultiAddress};

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

/// Validator onboarding (`Validator`): requests approved by a 3/5 council motion (or Root); an
/// approved validator joins the council and, once activated, the validator set.
impl pallet_validator::Config for Runtime {
	type CouncilOrigin = EnsureRootOrCouncilApproval;
	type CouncilMembership = CouncilSeats;
	type ValidatorSet = ValidatorSetSeats;
	type WeightInfo = pallet_validator::weights::SubstrateWeight<Runtime>;
}

/// The council's membership as `pallet-validator` changes it: through `CouncilMembership`'s own
/// calls with Root's authority, so the council's collective learns of every change.
pub struct CouncilSeats;

type CouncilMembers = pallet_membership::Pallet<Runtime, pallet_membership::Instance1>;

impl pallet_validator::traits::CouncilMembership<AccountId> for CouncilSeats {
	fn is_member(who: &AccountId) -> bool {
		<CouncilMembers as SortedMembers<AccountId>>::contains(who)
	}

	fn add_member(who: &AccountId) -> DispatchResult {
		CouncilMembers::add_member(RawOrigin::Root.into(), MultiAddress::Id(who.clone()))
			.map(|_| ())
			.map_err(|e| e.error)
	}

	fn remove_member(who: &AccountId) -> DispatchResult {
		CouncilMembers::remove_member(RawOrigin::Root.into(), MultiAddress::Id(who.clone()))
			.map(|_| ())
			.map_err(|e| e.error)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn fill_for_benchmark() {
		let max = <crate::configs::governance::CouncilMaxMembers as frame_support::traits::Get<
			u32,
		>>::get();
		let mut seed = 0u32;
		while (<CouncilMembers as SortedMembers<AccountId>>::sorted_members().len() as u32)
			< max.saturating_sub(1)
		{
			let filler: AccountId = frame_benchmarking::account("council-filler", seed, 0);
			let _ = Self::add_member(&filler);
			seed = seed.saturating_add(1);
		}
	}
}

/// The validator set as `pallet-validator` changes it: `pallet-validator-set`'s plain functions.
pub struct ValidatorSetSeats;

type ValidatorSetPallet = pallet_validator_set::Pallet<Runtime>;

impl pallet_validator::traits::ValidatorSetChanges<AccountId> for ValidatorSetSeats {
	fn is_validator(who: &AccountId) -> bool {
		ValidatorSetPallet::is_validator(who)
	}

	fn add_validator(who: &AccountId) -> DispatchResult {
		ValidatorSetPallet::do_add_validator(who.clone())
	}

	fn remove_validator(who: &AccountId) -> DispatchResult {
		ValidatorSetPallet::do_remove_validator(who.clone())
	}

	fn replace_validator(old: &AccountId, new: &AccountId) -> DispatchResult {
		ValidatorSetPallet::do_replace_validator(old.clone(), new.clone())
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn fill_for_benchmark() {
		let mut seed = 0u32;
		while (pallet_validator_set::Validators::<Runtime>::get().len() as u32)
			< MAX_VALIDATORS.saturating_sub(1)
		{
			let filler: AccountId = frame_benchmarking::account("validator-filler", seed, 0);
			let _ = ValidatorSetPallet::do_add_validator(filler);
			seed = seed.saturating_add(1);
		}
	}
}
