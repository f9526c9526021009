//! Unit tests by theme. Every test runs through `run_test`, which checks the registry
//! invariants (`do_try_state`) at its end.

#![allow(clippy::type_complexity)]

mod entities;
mod farms;
mod free_calls;
mod fuzz;
mod limits;
mod migrations;
mod nodes;
mod policies;
mod power;
mod tfchain_compat;
mod twins;

use crate::{mock::*, types::*, Event};
use frame_support::{assert_ok, BoundedVec};
use tfchain_support::types::GIB;
pub use tfchain_support::BoundedList;

/// Signed origin of an account.
pub fn signed(who: &AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who.clone())
}

/// Accepts the terms and conditions.
pub fn accept_tc(who: &AccountId) {
	assert_ok!(TfgridModule::user_accept_tc(
		signed(who),
		b(b"https://library.threefold.me/info/legal/#/"),
		b(b"2f5e6a7b")
	));
}

/// Accepts the T&C and creates a twin; returns its id.
pub fn create_twin(who: &AccountId) -> u32 {
	accept_tc(who);
	assert_ok!(TfgridModule::create_twin(signed(who), Some(b(b"relay.grid.tf")), Some(b(b"pk"))));
	crate::TwinIdByAccountID::<Test>::get(who).expect("twin created")
}

/// An `IP4` pair.
pub fn ip4(ip: &str, gw: &str) -> IP4 {
	IP4 { ip: b(ip.as_bytes()), gw: b(gw.as_bytes()) }
}

/// `count` valid public IPs in 185.206.0.0/16 (gateway 185.206.0.1).
pub fn public_ips(count: u32) -> crate::types::FarmIps {
	let ips: Vec<IP4> = (0..count)
		.map(|i| ip4(&format!("185.206.{}.{}/16", 1 + i / 250, 2 + i % 250), "185.206.0.1"))
		.collect();
	BoundedVec::try_from(ips).unwrap()
}

/// Creates a farm for `who` (which must have a twin); returns its id.
pub fn create_farm(who: &AccountId, name: &str) -> u32 {
	assert_ok!(TfgridModule::create_farm(signed(who), b(name.as_bytes()), public_ips(2)));
	TfgridModule::farm_id_by_name(&b(name.as_bytes())).expect("farm created")
}

/// Resources above the minimums: 4 cores, 8 GiB RAM, 500 GiB SSD, 2 TiB HDD.
pub fn resources() -> Resources {
	Resources { hru: 2048 * GIB, sru: 500 * GIB, cru: 4, mru: 8 * GIB }
}

/// A valid location.
pub fn location() -> Location {
	Location {
		city: b(b"Ghent"),
		country: b(b"Belgium"),
		latitude: b(b"51.05"),
		longitude: b(b"3.7167"),
	}
}

/// One valid interface.
pub fn interfaces() -> Interfaces {
	BoundedVec::try_from(vec![Interface {
		name: b(b"zos"),
		mac: b(b"00:1a:2b:3c:4d:5e"),
		ips: BoundedVec::try_from(vec![b(b"10.0.0.5")]).unwrap(),
	}])
	.unwrap()
}

/// Creates a node for `who` (which must have a twin) in `farm_id`; returns its id.
pub fn create_node(who: &AccountId, farm_id: u32) -> u32 {
	assert_ok!(TfgridModule::create_node(
		signed(who),
		farm_id,
		resources(),
		location(),
		interfaces(),
		true,
		false,
		Some(b(b"SN-1234"))
	));
	let twin_id = crate::TwinIdByAccountID::<Test>::get(who).unwrap();
	TfgridModule::node_id_of_twin(twin_id).expect("node created")
}

/// A farmer (account 1, twin 1) with farm 1 ("farm_one"), and a node (account 2, twin 2,
/// node 1) in it.
pub fn farmer_with_node() -> (AccountId, AccountId, u32, u32) {
	let farmer = acc(1);
	let node_account = acc(2);
	create_twin(&farmer);
	let farm_id = create_farm(&farmer, "farm_one");
	create_twin(&node_account);
	let node_id = create_node(&node_account, farm_id);
	(farmer, node_account, farm_id, node_id)
}

/// The pallet's events so far, oldest first.
pub fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::TfgridModule(event) => Some(event),
			_ => None,
		})
		.collect()
}

/// A bounded list of bytes (entity names, signatures, Stellar addresses, ZOS versions).
pub fn l<S: frame_support::traits::Get<u32>>(text: &[u8]) -> BoundedList<u8, S> {
	BoundedList::try_from(text.to_vec()).expect("test text within bound")
}

/// The last event of the pallet.
pub fn last_event() -> Event<Test> {
	System::events()
		.into_iter()
		.rev()
		.find_map(|record| match record.event {
			RuntimeEvent::TfgridModule(event) => Some(event),
			_ => None,
		})
		.expect("an event")
}
