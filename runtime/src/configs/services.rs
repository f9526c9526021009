//! The grid's services beside the registry and the contracts: the key-value store, the farmer
//! DAO and the TFT bridge to Stellar.

use super::governance::{CouncilMaxMembers, MaxProposalWeight};
use crate::{
	units::{DAYS, MILLI_TFT},
	AccountId, Balance, Balances, BlockNumber, CouncilMembership, EnsureRootOrCouncilApproval,
	Runtime, RuntimeCall, RuntimeHoldReason,
};
use frame_support::{parameter_types, traits::ConstU32};
use tfchain_support::types::Resources;

parameter_types! {
	/// Held per key-value entry: 0.01 TFT ...
	pub const KvDepositPerEntry: Balance = 10 * MILLI_TFT;
	/// ... plus 0.0001 TFT per byte of key and value (a full 2.5 KiB entry holds ~0.27 TFT).
	pub const KvDepositPerByte: Balance = MILLI_TFT / 10;
}

/// Per-account key-value entries, each holding a storage deposit until it is deleted.
impl pallet_kvstore::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type DepositPerEntry = KvDepositPerEntry;
	type DepositPerByte = KvDepositPerByte;
	type WeightInfo = pallet_kvstore::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	/// A DAO proposal runs 7 days unless its proposer says otherwise ...
	pub const DaoMotionDuration: BlockNumber = 7 * DAYS;
	/// ... and at most 30 days.
	pub const DaoMaxMotionDuration: BlockNumber = 30 * DAYS;
	/// At most 100 open proposals.
	pub const DaoMaxProposals: u32 = 100;
	/// At most 5,000 farms vote on one proposal.
	pub const DaoMaxVotesPerProposal: u32 = 5_000;
	/// A proposal's description, link and call.
	pub const DaoMaxDescriptionLength: u32 = 2_048;
	pub const DaoMaxLinkLength: u32 = 512;
	pub const DaoMaxProposalLength: u32 = 16_384;
}

/// The registry as the DAO sees it: who owns a farm, and its nodes' capacity.
pub struct FarmsFromRegistry;

impl pallet_dao::FarmVoting<AccountId> for FarmsFromRegistry {
	fn farm_owner(farm_id: u32) -> Option<AccountId> {
		let farm = pallet_tfgrid::Farms::<Runtime>::get(farm_id)?;
		pallet_tfgrid::Twins::<Runtime>::get(farm.twin_id).map(|twin| twin.account_id)
	}

	fn for_each_node_resources(farm_id: u32, visit: &mut dyn FnMut(&Resources)) -> u32 {
		let node_ids = pallet_tfgrid::NodesByFarmID::<Runtime>::get(farm_id);
		let mut read: u32 = 0;
		for node_id in node_ids.iter() {
			read = read.saturating_add(1);
			if let Some(node) = pallet_tfgrid::Nodes::<Runtime>::get(node_id) {
				visit(&node.resources);
			}
		}
		read
	}
}

/// Farmer-weighted governance: council members propose, farms vote by capacity.
impl pallet_dao::Config for Runtime {
	type Proposal = RuntimeCall;
	type CouncilMembership = CouncilMembership;
	type FarmVoting = FarmsFromRegistry;
	type MotionDuration = DaoMotionDuration;
	type MaxMotionDuration = DaoMaxMotionDuration;
	type MinVetos = ConstU32<3>;
	type MaxCouncilMembers = CouncilMaxMembers;
	type MaxProposals = DaoMaxProposals;
	type MaxVotesPerProposal = DaoMaxVotesPerProposal;
	type MaxFarmNodes = ConstU32<10_000>;
	type MaxDescriptionLength = DaoMaxDescriptionLength;
	type MaxLinkLength = DaoMaxLinkLength;
	type MaxProposalLength = DaoMaxProposalLength;
	type MaxProposalWeight = MaxProposalWeight;
	type WeightInfo = pallet_dao::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = FarmsForBenchmarks;
}

/// Benchmarks only: a farm owned by `owner` with `nodes` nodes, through the registry's calls.
#[cfg(feature = "runtime-benchmarks")]
pub struct FarmsForBenchmarks;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_dao::BenchmarkHelper<AccountId> for FarmsForBenchmarks {
	fn farm_with_nodes(owner: &AccountId, nodes: u32) -> u32 {
		use super::contracts::benchmark_helper::GridForBenchmarks as Grid;
		use pallet_smart_contract::BenchmarkHelper;
		Grid::create_twin(owner);
		let farm_id = Grid::create_farm(owner, 0);
		for i in 0..nodes {
			let node_account: AccountId = frame_benchmarking::account("dao-node", i, 0);
			Grid::create_twin(&node_account);
			Grid::create_node(&node_account, farm_id);
		}
		farm_id
	}
}

parameter_types! {
	/// Burn and refund transactions that lack signatures are re-announced every 20 blocks.
	pub const BridgeRetryInterval: BlockNumber = 20;
	/// A mint proposal that never reaches the threshold is dropped after 7 days.
	pub const BridgeMintExpiry: BlockNumber = 7 * DAYS;
	/// At most 20 bridge validators.
	pub const MaxBridgeValidators: u32 = 20;
	/// At most 50 expiries or retries handled per block.
	pub const MaxBridgeExpiriesPerBlock: u32 = 50;
}

/// The TFT bridge to Stellar, run by bridge validators that governance appoints.
impl pallet_tft_bridge::Config for Runtime {
	type Currency = Balances;
	type RestrictedOrigin = EnsureRootOrCouncilApproval;
	type RetryInterval = BridgeRetryInterval;
	type MintExpiry = BridgeMintExpiry;
	type MaxBridgeValidators = MaxBridgeValidators;
	type MaxExpiriesPerBlock = MaxBridgeExpiriesPerBlock;
	type WeightInfo = pallet_tft_bridge::weights::SubstrateWeight<Runtime>;
}
