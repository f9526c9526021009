//! Unit tests by theme. Every test runs through `run_test`, which checks the invariants of
//! both pallets (and the farm IPs and every account's hold) at its end.

#![allow(clippy::type_complexity)]

use crate::{mock::*, types::*, Event};
use frame_support::{assert_ok, traits::fungible::Inspect};
use sp_runtime::StateVersion;

/// Signed origin of an account.
pub fn signed(who: &AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who.clone())
}

/// The storage root (to assert a failing call changed nothing).
pub fn root() -> Vec<u8> {
	sp_io::storage::root(StateVersion::V1)
}

/// Asserts that `call` fails with `error` and changes no storage.
#[macro_export]
macro_rules! assert_unchanged {
	($call:expr, $error:expr $(,)?) => {{
		let before = $crate::tests::root();
		let result = $call;
		frame_support::assert_err!(result, $error);
		assert_eq!($crate::tests::root(), before, "storage changed by a failing call");
	}};
}

/// The grid of most tests: farmer `acc(1)` (twin 1) owns farm 1 with `ips` public IPs; node
/// account `acc(2)` (twin 2) registered node 1 there; user `acc(3)` (twin 3).
pub struct Grid {
	pub farmer: AccountId,
	pub node_account: AccountId,
	pub user: AccountId,
	pub farm_id: u32,
	pub node_id: u32,
	pub user_twin: u32,
}

/// Builds [`Grid`] with `ips` public IPs in the farm.
pub fn grid(ips: u32) -> Grid {
	let farmer = acc(1);
	let node_account = acc(2);
	let user = acc(3);
	MockGrid::twin(&farmer);
	let farm_id = MockGrid::farm(&farmer, ips);
	MockGrid::twin(&node_account);
	let node_id = MockGrid::node(&node_account, farm_id);
	let user_twin = MockGrid::twin(&user);
	Grid { farmer, node_account, user, farm_id, node_id, user_twin }
}

/// A 32-byte hash from a number.
pub fn hash(n: u8) -> DeploymentHash {
	[n; 32]
}

/// Creates a node contract; returns its id.
pub fn node_contract(who: &AccountId, node_id: u32, h: u8, ips: u32) -> u64 {
	assert_ok!(crate::Pallet::<Test>::create_node_contract(
		signed(who),
		node_id,
		hash(h),
		b(b"data"),
		ips,
		None
	));
	crate::ContractID::<Test>::get()
}

/// Creates a name contract; returns its id.
pub fn name_contract(who: &AccountId, name: &str) -> u64 {
	assert_ok!(SmartContractModule::create_name_contract(signed(who), name.as_bytes().to_vec()));
	crate::ContractID::<Test>::get()
}

/// Creates a rent contract; returns its id.
pub fn rent_contract(who: &AccountId, node_id: u32) -> u64 {
	assert_ok!(SmartContractModule::create_rent_contract(signed(who), node_id, None));
	crate::ContractID::<Test>::get()
}

/// Reports resources for a contract from its node.
pub fn report_resources(
	node_account: &AccountId,
	contract_id: u64,
	used: tfchain_support::Resources,
) {
	assert_ok!(SmartContractModule::report_contract_resources(
		signed(node_account),
		vec![ContractResources { contract_id, used }]
	));
}

/// The pallet's events so far.
pub fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::SmartContractModule(event) => Some(event),
			_ => None,
		})
		.collect()
}

/// The last event of the pallet.
pub fn last_event() -> Event<Test> {
	events().pop().expect("an event")
}

/// Free balance of an account.
pub fn free(who: &AccountId) -> u64 {
	Balances::balance(who)
}

/// Total issuance.
pub fn issuance() -> u64 {
	Balances::total_issuance()
}

mod admin;
mod billing;
mod first_hour;
mod free_calls;
mod fuzz;
mod name_contracts;
mod node_contracts;
mod node_records;
mod rent_contracts;
mod reports;
mod service_contracts;
mod solution_providers;
mod tfchain_compat;
