//! The council and the one origin every restricted call uses.

use super::RuntimeBlockWeights;
use crate::{
	units::DAYS, AccountId, BlockNumber, Council, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin,
};
use frame_support::{parameter_types, traits::EitherOfDiverse, weights::Weight};
use frame_system::EnsureRoot;
use sp_runtime::Perbill;

/// The council's collective instance.
pub type CouncilCollective = pallet_collective::Instance1;

/// The origin of restricted calls: Root, or a council motion approved by at least 3/5 of the
/// council's members.
pub type EnsureRootOrCouncilApproval = EitherOfDiverse<
	EnsureRoot<AccountId>,
	pallet_collective::EnsureProportionAtLeast<AccountId, CouncilCollective, 3, 5>,
>;

parameter_types! {
	/// A motion stays open for five days.
	pub const CouncilMotionDuration: BlockNumber = 5 * DAYS;
	/// At most 100 open motions.
	pub const CouncilMaxProposals: u32 = 100;
	/// At most 100 council members.
	pub const CouncilMaxMembers: u32 = 100;
	/// A motion's call may use at most 63 % of a block (1.26 s): room for the heaviest
	/// restricted call, `attach_policy_to_farm` on a full farm (1.24 s), while the motion's
	/// `close` still fits a normal extrinsic (1.3 s). A runtime test checks both.
	pub MaxProposalWeight: Weight = Perbill::from_percent(63) * RuntimeBlockWeights::get().max_block;
}

impl pallet_collective::Config<CouncilCollective> for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type Proposal = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type MotionDuration = CouncilMotionDuration;
	type MaxProposals = CouncilMaxProposals;
	type MaxMembers = CouncilMaxMembers;
	type DefaultVote = pallet_collective::PrimeDefaultVote;
	type WeightInfo = pallet_collective::weights::SubstrateWeight<Runtime>;
	type SetMembersOrigin = EnsureRoot<AccountId>;
	type MaxProposalWeight = MaxProposalWeight;
	type DisapproveOrigin = EnsureRootOrCouncilApproval;
	type KillOrigin = EnsureRootOrCouncilApproval;
	type Consideration = ();
}

impl pallet_membership::Config<pallet_membership::Instance1> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type AddOrigin = EnsureRootOrCouncilApproval;
	type RemoveOrigin = EnsureRootOrCouncilApproval;
	type SwapOrigin = EnsureRootOrCouncilApproval;
	type ResetOrigin = EnsureRootOrCouncilApproval;
	type PrimeOrigin = EnsureRootOrCouncilApproval;
	type MembershipInitialized = Council;
	type MembershipChanged = Council;
	type MaxMembers = CouncilMaxMembers;
	type WeightInfo = pallet_membership::weights::SubstrateWeight<Runtime>;
}

/// Lets an approved council motion (or Root) dispatch calls as Root: runtime upgrades
/// (`System.set_code`) and other Root-only system calls. There is no sudo key.
impl pallet_governance::Config for Runtime {
	type RuntimeCall = RuntimeCall;
	type ApproveOrigin = EnsureRootOrCouncilApproval;
	type WeightInfo = pallet_governance::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	/// Scheduled calls may use up to 80 % of a block.
	pub MaximumSchedulerWeight: Weight = Perbill::from_percent(80) * RuntimeBlockWeights::get().max_block;
	/// At most 50 calls scheduled for one block.
	pub const MaxScheduledPerBlock: u32 = 50;
}

/// Calls scheduled for a later block, as on TFChain: only Root schedules (in practice a council
/// motion through `Governance.dispatch_as_root`). No preimage pallet: a scheduled call is stored
/// inline (up to 128 bytes encoded).
impl pallet_scheduler::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeOrigin = RuntimeOrigin;
	type PalletsOrigin = crate::OriginCaller;
	type RuntimeCall = RuntimeCall;
	type MaximumWeight = MaximumSchedulerWeight;
	type ScheduleOrigin = EnsureRoot<AccountId>;
	type OriginPrivilegeCmp = frame_support::traits::EqualPrivilegeOnly;
	type MaxScheduledPerBlock = MaxScheduledPerBlock;
	type WeightInfo = pallet_scheduler::weights::SubstrateWeight<Runtime>;
	type Preimages = ();
	type BlockNumberProvider = crate::System;
}

/// `RuntimeUpgrade.set_code`: how TFChain's tooling upgrades the runtime, by Root or a 3/5
/// council motion.
impl pallet_runtime_upgrade::Config for Runtime {
	type SetCodeOrigin = EnsureRootOrCouncilApproval;
	type WeightInfo = pallet_runtime_upgrade::weights::SubstrateWeight<Runtime>;
}
