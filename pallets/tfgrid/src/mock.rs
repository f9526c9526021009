//! A minimal runtime for the pallet's unit tests and benchmark tests: System, Balances (for the
//! held balance that follows a transferred twin), Timestamp (chain time) and TfgridModule, with
//! 32-byte accounts so entity signatures can be checked.

use crate as pallet_tfgrid;
use crate::types::*;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::cell::RefCell;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, ConstU64, VariantCount},
	weights::Weight,
	BoundedVec,
};
use scale_info::TypeInfo;
use sp_core::{sr25519, Pair};
use sp_runtime::{traits::IdentityLookup, AccountId32, BuildStorage};
use std::collections::BTreeSet;
use tfchain_support::{
	traits::{ChangeNode, NodeActiveContracts},
	types::NodeBillingInfo,
};

pub type AccountId = AccountId32;
type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Timestamp: pallet_timestamp,
		Balances: pallet_balances,
		TfgridModule: pallet_tfgrid,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountId = AccountId;
	type Lookup = IdentityLookup<AccountId>;
	type AccountData = pallet_balances::AccountData<u64>;
}

#[derive_impl(pallet_timestamp::config_preludes::TestDefaultConfig)]
impl pallet_timestamp::Config for Test {}

/// The hold reason the (future) contracts pallet would use for a twin's billing reserve.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum MockHoldReason {
	/// Billing reserve.
	ContractBilling,
}

impl VariantCount for MockHoldReason {
	const VARIANT_COUNT: u32 = 1;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
	type RuntimeHoldReason = MockHoldReason;
}

thread_local! {
	/// Nodes the mock contracts pallet reports as having live contracts.
	pub static ACTIVE_CONTRACT_NODES: RefCell<BTreeSet<u32>> = const { RefCell::new(BTreeSet::new()) };
	/// Nodes the mock contracts pallet reports as rented.
	pub static RENTED_NODES: RefCell<BTreeSet<u32>> = const { RefCell::new(BTreeSet::new()) };
	/// `(node_id, farm_id, twin_id)` of every `node_deleted` call.
	pub static DELETED_NODES: RefCell<Vec<(u32, u32, u32)>> = const { RefCell::new(Vec::new()) };
	/// Every power hook call, as text.
	pub static POWER_CALLS: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
	/// Every `node_changed` call.
	pub static NODE_CHANGES: RefCell<Vec<(u32, NodeBillingInfo)>> = const { RefCell::new(Vec::new()) };
}

/// Marks a node as rented (or not).
pub fn set_rented(node_id: u32, rented: bool) {
	RENTED_NODES.with(|set| {
		if rented {
			set.borrow_mut().insert(node_id);
		} else {
			set.borrow_mut().remove(&node_id);
		}
	});
}

/// Marks a node as having live contracts (or not).
pub fn set_active_contracts(node_id: u32, active: bool) {
	ACTIVE_CONTRACT_NODES.with(|set| {
		if active {
			set.borrow_mut().insert(node_id);
		} else {
			set.borrow_mut().remove(&node_id);
		}
	});
}

/// The `node_deleted` calls so far.
pub fn deleted_nodes() -> Vec<(u32, u32, u32)> {
	DELETED_NODES.with(|v| v.borrow().clone())
}

/// The `node_changed` calls so far.
pub fn node_changes() -> Vec<(u32, NodeBillingInfo)> {
	NODE_CHANGES.with(|v| v.borrow().clone())
}

/// The power / uptime hook calls so far.
pub fn power_calls() -> Vec<String> {
	POWER_CALLS.with(|v| v.borrow().clone())
}

/// Stand-in for the contracts pallet.
pub struct MockContracts;

impl ChangeNode<u64> for MockContracts {
	fn node_deleted(node_id: u32, farm_id: u32, twin_id: u32) {
		DELETED_NODES.with(|v| v.borrow_mut().push((node_id, farm_id, twin_id)));
	}
	fn node_deleted_weight() -> Weight {
		Weight::from_parts(1_000, 0)
	}
	fn node_changed(node_id: u32, info: NodeBillingInfo) {
		NODE_CHANGES.with(|v| v.borrow_mut().push((node_id, info)));
	}
	fn node_changed_weight() -> Weight {
		Weight::from_parts(1_000, 0)
	}
	fn power_state_changed(node_id: u32, farm_id: u32, state: PowerState<u64>) {
		POWER_CALLS.with(|v| v.borrow_mut().push(format!("state {node_id} {farm_id} {state:?}")));
	}
	fn power_target_changed(node_id: u32, farm_id: u32, target: Power) {
		POWER_CALLS.with(|v| v.borrow_mut().push(format!("target {node_id} {farm_id} {target:?}")));
	}
	fn uptime_reported(node_id: u32, timestamp: u64, uptime: u64) {
		POWER_CALLS.with(|v| v.borrow_mut().push(format!("uptime {node_id} {timestamp} {uptime}")));
	}
	fn power_or_uptime_weight() -> Weight {
		Weight::from_parts(1_000, 0)
	}
}

impl NodeActiveContracts for MockContracts {
	fn node_has_active_contracts(node_id: u32) -> bool {
		ACTIVE_CONTRACT_NODES.with(|set| set.borrow().contains(&node_id))
	}
	fn node_has_active_contracts_weight() -> Weight {
		Weight::from_parts(1_000, 0)
	}
	fn node_is_rented(node_id: u32) -> bool {
		RENTED_NODES.with(|set| set.borrow().contains(&node_id))
	}
	fn node_is_rented_weight() -> Weight {
		Weight::from_parts(1_000, 0)
	}
}

parameter_types! {
	pub const BillingHold: MockHoldReason = MockHoldReason::ContractBilling;
}

/// Nodes per farm in the mock (small, so the bound is reachable in tests).
pub const MAX_NODES_PER_FARM: u32 = 5;

/// Free-call windows of the mock, in blocks (the runtime's: 10, 20 and 3 minutes of 6 s blocks).
pub const FREE_UPDATE_NODE_WINDOW: u64 = 100;
/// See [`FREE_UPDATE_NODE_WINDOW`].
pub const FREE_UPTIME_WINDOW: u64 = 200;
/// See [`FREE_UPDATE_NODE_WINDOW`].
pub const FREE_POWER_STATE_WINDOW: u64 = 30;

impl pallet_tfgrid::Config for Test {
	type RestrictedOrigin = frame_system::EnsureRoot<AccountId>;
	type TimeProvider = Timestamp;
	type NodeChanged = MockContracts;
	type NodeActiveContracts = MockContracts;
	type OnTwinTransfer = tfchain_support::MoveHeld<AccountId, Balances, BillingHold, ()>;
	type MaxNodesPerFarm = ConstU32<MAX_NODES_PER_FARM>;
	type MaxNodeCertifiers = ConstU32<3>;
	type MaxTermsAndConditions = ConstU32<3>;
	type MaxDefaultFarmingPolicies = ConstU32<4>;
	type TimestampHintDrift = ConstU64<60>;
	type FreeUpdateNodeWindow = ConstU64<FREE_UPDATE_NODE_WINDOW>;
	type FreeUptimeWindow = ConstU64<FREE_UPTIME_WINDOW>;
	type FreePowerStateWindow = ConstU64<FREE_POWER_STATE_WINDOW>;
	type WeightInfo = ();
}

/// A plain account (no known key).
pub fn acc(n: u8) -> AccountId {
	AccountId32::new([n; 32])
}

/// The sr25519 key pair of test signer `n`.
pub fn sr_pair(n: u8) -> sr25519::Pair {
	sr25519::Pair::from_seed(&[n; 32])
}

/// The ed25519 key pair of test signer `n`.
pub fn ed_pair(n: u8) -> sp_core::ed25519::Pair {
	sp_core::ed25519::Pair::from_seed(&[n; 32])
}

/// Chain time at genesis of the tests: 2024-01-01T00:00:00Z, in milliseconds.
pub const GENESIS_MS: u64 = 1_704_067_200_000;

/// Genesis: the pallet's defaults (pricing policy 1, farming policies 1 and 2), balances for
/// accounts 1..=20, a keystore (benchmarks sign with it), block 1 and chain time `GENESIS_MS`.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: (1..=20u8).map(|n| (acc(n), 1_000_000)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_tfgrid::GenesisConfig::<Test> {
		foundation_account: Some(acc(100)),
		certified_sales_account: Some(acc(101)),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.register_extension(sp_keystore::KeystoreExt::new(
		sp_keystore::testing::MemoryKeystore::new(),
	));
	ext.execute_with(|| {
		System::set_block_number(1);
		Timestamp::set_timestamp(GENESIS_MS);
	});
	ACTIVE_CONTRACT_NODES.with(|set| set.borrow_mut().clear());
	RENTED_NODES.with(|set| set.borrow_mut().clear());
	DELETED_NODES.with(|v| v.borrow_mut().clear());
	POWER_CALLS.with(|v| v.borrow_mut().clear());
	NODE_CHANGES.with(|v| v.borrow_mut().clear());
	ext
}

/// Runs a test and checks every registry invariant afterwards.
pub fn run_test(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		TfgridModule::do_try_state().expect("registry invariants hold");
	});
}

/// A bounded text from a byte string (panics if too long: tests only).
pub fn b<S: frame_support::traits::Get<u32>>(text: &[u8]) -> BoundedVec<u8, S> {
	BoundedVec::try_from(text.to_vec()).expect("test text within bound")
}
