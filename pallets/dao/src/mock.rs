//! A runtime for the unit and benchmark tests: System and Dao, with the council and the farms
//! kept in plain storage (so they reset with each test's externalities).
//!
//! Genesis: council 1..=5; farms (owner → nodes):
//! - farm 1, owner 10: one node of weight 4;
//! - farm 2, owner 20: two nodes of weight 35 each (70);
//! - farm 3, owner 30: no nodes;
//! - farm 4, owner 40: one node without capacity (weight 0);
//! - farm 5, owner 10: one node of weight 4;
//! - farms 6..=9, owners 60..=90: one node of weight 4 each.

use crate as pallet_dao;
use alloc::collections::BTreeMap;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, ConstU64, SortedMembers},
	weights::Weight,
};
use sp_runtime::BuildStorage;
use tfchain_support::types::{Resources, GIB};

/// Account ids of the mock.
pub type AccountId = u64;
type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Dao: pallet_dao,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

parameter_types! {
	/// The council (sorted).
	pub storage CouncilMembers: Vec<AccountId> = Vec::new();
	/// Farms: id → (owner, resources of each node).
	pub storage MockFarms: BTreeMap<u32, (AccountId, Vec<Resources>)> = BTreeMap::new();
	/// Most weight a proposal's call may declare (settable by tests).
	pub storage MaxProposalWeight: Weight = Weight::from_parts(1_000_000_000_000, u64::MAX);
}

/// Default voting period, in blocks.
pub const MOTION_DURATION: u64 = 100;
/// Longest voting period, in blocks.
pub const MAX_MOTION_DURATION: u64 = 1_000;
/// Vetoes that close a proposal.
pub const MIN_VETOS: u32 = 3;
/// Bound of the veto list.
pub const MAX_COUNCIL: u32 = 10;
/// Most live proposals.
pub const MAX_PROPOSALS: u32 = 4;
/// Most votes per proposal.
pub const MAX_VOTES: u32 = 5;
/// Most nodes per farm.
pub const MAX_FARM_NODES: u32 = 8;
/// Longest description.
pub const MAX_DESCRIPTION: u32 = 32;
/// Longest link.
pub const MAX_LINK: u32 = 24;
/// Longest encoded call.
pub const MAX_PROPOSAL_LENGTH: u32 = 128;

/// Stand-in for pallet-membership's council.
pub struct MockCouncil;

impl SortedMembers<AccountId> for MockCouncil {
	fn sorted_members() -> Vec<AccountId> {
		CouncilMembers::get()
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn add(who: &AccountId) {
		let mut members = CouncilMembers::get();
		if let Err(position) = members.binary_search(who) {
			members.insert(position, *who);
		}
		CouncilMembers::set(&members);
	}
}

/// Stand-in for the grid registry.
pub struct MockGrid;

impl pallet_dao::FarmVoting<AccountId> for MockGrid {
	fn farm_owner(farm_id: u32) -> Option<AccountId> {
		MockFarms::get().get(&farm_id).map(|(owner, _)| *owner)
	}

	fn for_each_node_resources(farm_id: u32, visit: &mut dyn FnMut(&Resources)) -> u32 {
		let farms = MockFarms::get();
		let Some((_, nodes)) = farms.get(&farm_id) else { return 0 };
		nodes.iter().for_each(visit);
		nodes.len() as u32
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_dao::BenchmarkHelper<AccountId> for MockGrid {
	fn farm_with_nodes(owner: &AccountId, nodes: u32) -> u32 {
		let id = MockFarms::get().keys().max().copied().unwrap_or(0) + 1;
		set_farm(id, *owner, vec![big_node(); nodes as usize]);
		id
	}
}

impl pallet_dao::Config for Test {
	type Proposal = RuntimeCall;
	type CouncilMembership = MockCouncil;
	type FarmVoting = MockGrid;
	type MotionDuration = ConstU64<MOTION_DURATION>;
	type MaxMotionDuration = ConstU64<MAX_MOTION_DURATION>;
	type MinVetos = ConstU32<MIN_VETOS>;
	type MaxCouncilMembers = ConstU32<MAX_COUNCIL>;
	type MaxProposals = ConstU32<MAX_PROPOSALS>;
	type MaxVotesPerProposal = ConstU32<MAX_VOTES>;
	type MaxFarmNodes = ConstU32<MAX_FARM_NODES>;
	type MaxDescriptionLength = ConstU32<MAX_DESCRIPTION>;
	type MaxLinkLength = ConstU32<MAX_LINK>;
	type MaxProposalLength = ConstU32<MAX_PROPOSAL_LENGTH>;
	type MaxProposalWeight = MaxProposalWeight;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockGrid;
}

/// A node's resources from cores and GiB of RAM, SSD and HDD.
pub fn node(cru: u64, mru_gib: u64, sru_gib: u64, hru_gib: u64) -> Resources {
	Resources { cru, mru: mru_gib * GIB, sru: sru_gib * GIB, hru: hru_gib * GIB }
}

/// 4 cores, 8 GiB RAM: 2 CU, 0 SU, weight 4.
pub fn small_node() -> Resources {
	node(4, 8, 0, 0)
}

/// 16 cores, 64 GiB RAM, 400 GiB SSD, 1200 GiB HDD: 16 CU, 3 SU, weight 35.
pub fn big_node() -> Resources {
	node(16, 64, 400, 1_200)
}

/// Registers (or replaces) farm `id`.
pub fn set_farm(id: u32, owner: AccountId, nodes: Vec<Resources>) {
	let mut farms = MockFarms::get();
	farms.insert(id, (owner, nodes));
	MockFarms::set(&farms);
}

/// The genesis described in the module docs, at block 1.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		CouncilMembers::set(&vec![1, 2, 3, 4, 5]);
		set_farm(1, 10, vec![small_node()]);
		set_farm(2, 20, vec![big_node(), big_node()]);
		set_farm(3, 30, vec![]);
		set_farm(4, 40, vec![Resources::default()]);
		set_farm(5, 10, vec![small_node()]);
		for id in 6..=9u32 {
			set_farm(id, u64::from(id) * 10, vec![small_node()]);
		}
	});
	ext
}

/// Runs a test and checks the pallet's invariants afterwards.
pub fn run_test(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Dao::do_try_state().expect("Dao invariants hold");
	});
}
