//! A new contract's twin must be able to pay its first hour (griefing: an empty twin may not
//! hold nodes, public IPs or names).

use super::*;
use crate::{ActiveRentContractForNode, ContractIDByNameRegistration, Contracts, Error};
use frame_support::traits::{fungible::Mutate, tokens::Preservation};
use tfchain_support::traits::Tfgrid;

/// A twin (on a fresh account) holding only the existential deposit plus `extra`.
fn poor_twin(n: u8, extra: u64) -> AccountId {
	let who = acc(n);
	assert_ok!(<Balances as Mutate<_>>::mint_into(&who, ED + extra));
	MockGrid::twin(&who);
	who
}

/// Sends `amount` to `who`.
fn top_up(who: &AccountId, amount: u64) {
	assert_ok!(<Balances as Mutate<_>>::transfer(&acc(40), who, amount, Preservation::Preserve));
}

fn policy() -> tfchain_support::types::PricingPolicy<AccountId> {
	<TfgridModule as Tfgrid<AccountId, u64>>::pricing_policy(1).unwrap()
}

fn node(node_id: u32) -> tfchain_support::types::NodeInfo<u64> {
	<TfgridModule as Tfgrid<AccountId, u64>>::node_info(node_id).unwrap()
}

fn farm_ips_free(farm_id: u32) -> bool {
	let farm = pallet_tfgrid::Farms::<Test>::get(farm_id).unwrap();
	farm.public_ips.iter().all(|ip| ip.contract_id == 0)
}

#[test]
fn an_empty_twin_cannot_rent_a_node() {
	run_test(|| {
		let g = grid(0);
		let poor = poor_twin(60, 0);
		assert_unchanged!(
			SmartContractModule::create_rent_contract(signed(&poor), g.node_id, None),
			Error::<Test>::NotEnoughBalanceForFirstHour
		);
		assert_eq!(ActiveRentContractForNode::<Test>::get(g.node_id), None);
		// The rent share of the node's full resources for an hour, converted at 50 mUSD.
		let first_hour = SmartContractModule::rent_contract_first_hour(&policy(), &node(g.node_id));
		assert!(first_hour > 0);
		top_up(&poor, first_hour as u64 - 1);
		assert_unchanged!(
			SmartContractModule::create_rent_contract(signed(&poor), g.node_id, None),
			Error::<Test>::NotEnoughBalanceForFirstHour
		);
		top_up(&poor, 1);
		let id = rent_contract(&poor, g.node_id);
		assert_eq!(ActiveRentContractForNode::<Test>::get(g.node_id), Some(id));
		// Nothing is held at creation: it is a check, not a deposit.
		assert_eq!(SmartContractModule::held_for_billing(&poor), 0);
		assert_eq!(free(&poor), ED + first_hour as u64);
	});
}

#[test]
fn the_first_hour_of_a_rent_includes_the_extra_fee() {
	run_test(|| {
		let g = grid(0);
		assert_ok!(SmartContractModule::set_dedicated_node_extra_fee(
			signed(&g.farmer),
			g.node_id,
			720_000
		));
		// 720_000 mUSD per 30 days = 1000 mUSD per hour = 20 TFT at 50 mUSD.
		let rent = SmartContractModule::first_hour_tft(crate::cost::rent_contract_cost(
			&policy(),
			&node(g.node_id).resources,
			node(g.node_id).certification,
			3600,
		));
		let first_hour = SmartContractModule::rent_contract_first_hour(&policy(), &node(g.node_id));
		assert_eq!(first_hour, rent + 20 * TFT as u128);
		let poor = poor_twin(60, first_hour as u64 - 1);
		assert_unchanged!(
			SmartContractModule::create_rent_contract(signed(&poor), g.node_id, None),
			Error::<Test>::NotEnoughBalanceForFirstHour
		);
		top_up(&poor, 1);
		rent_contract(&poor, g.node_id);
	});
}

#[test]
fn an_empty_twin_cannot_take_a_public_ip() {
	run_test(|| {
		let g = grid(2);
		let poor = poor_twin(60, 0);
		let create = |ips| {
			SmartContractModule::create_node_contract(
				signed(&poor),
				g.node_id,
				hash(1),
				b(b"data"),
				ips,
				None,
			)
		};
		assert_unchanged!(create(1), Error::<Test>::NotEnoughBalanceForFirstHour);
		assert!(farm_ips_free(g.farm_id));
		// One IP for an hour: 40_000 units USD = 0.08 TFT at 50 mUSD.
		let first_hour =
			SmartContractModule::node_contract_first_hour(&policy(), &node(g.node_id), 1);
		assert_eq!(first_hour, 800_000);
		top_up(&poor, 799_999);
		assert_unchanged!(create(1), Error::<Test>::NotEnoughBalanceForFirstHour);
		assert!(farm_ips_free(g.farm_id));
		top_up(&poor, 1);
		let id = node_contract(&poor, g.node_id, 1, 1);
		assert!(Contracts::<Test>::get(id).is_some());
		assert!(!farm_ips_free(g.farm_id));
		assert_eq!(SmartContractModule::held_for_billing(&poor), 0);
	});
}

#[test]
fn an_empty_twin_cannot_register_a_name() {
	run_test(|| {
		let _ = grid(0);
		let poor = poor_twin(60, 0);
		assert_unchanged!(
			SmartContractModule::create_name_contract(signed(&poor), b"taken".to_vec()),
			Error::<Test>::NotEnoughBalanceForFirstHour
		);
		// unique_name for an hour: 2_500 units USD = 0.005 TFT at 50 mUSD.
		let first_hour = SmartContractModule::name_contract_first_hour(&policy());
		assert_eq!(first_hour, 50_000);
		top_up(&poor, 49_999);
		assert_unchanged!(
			SmartContractModule::create_name_contract(signed(&poor), b"taken".to_vec()),
			Error::<Test>::NotEnoughBalanceForFirstHour
		);
		top_up(&poor, 1);
		let id = name_contract(&poor, "taken");
		assert_eq!(
			ContractIDByNameRegistration::<Test>::get(
				SmartContractModule::make_name(b"taken".to_vec()).unwrap()
			),
			id
		);
	});
}

#[test]
fn a_twin_with_enough_balance_creates_all_three() {
	run_test(|| {
		let g = grid(1);
		let rich = poor_twin(60, 100 * TFT);
		let rent = rent_contract(&rich, g.node_id);
		let node_id = node_contract(&rich, g.node_id, 1, 1);
		let name = name_contract(&rich, "rich");
		assert!([rent, node_id, name].iter().all(|id| Contracts::<Test>::get(id).is_some()));
	});
}
