//! Rent contracts: whole-node rentals, their price, extra fee, standby and grace.

use super::*;
use crate::{
	ActiveRentContractForNode, ContractDowntimeSnapshot, ContractPaymentState, Contracts, Error,
};
use frame_support::traits::{fungible::Mutate, tokens::Preservation};
use tfchain_support::{types::Power, Resources, GIB};

fn wait(secs: u64) {
	Timestamp::set_timestamp(Timestamp::get() + secs * 1000);
}

fn last_bill(id: u64) -> ContractBill {
	events()
		.into_iter()
		.rev()
		.find_map(|e| match e {
			Event::ContractBilled(bill) if bill.contract_id == id => Some(bill),
			_ => None,
		})
		.expect("a bill")
}

#[test]
fn create_rent_contract_works_on_standby_nodes() {
	run_test(|| {
		let g = grid(0);
		assert_ok!(TfgridModule::change_power_state(signed(&g.node_account), Power::Down));
		let id = rent_contract(&g.user, g.node_id);
		assert_eq!(ActiveRentContractForNode::<Test>::get(g.node_id), Some(id));
		assert!(matches!(last_event(), Event::ContractCreated(_)));
	});
}

#[test]
fn create_rent_contract_errors() {
	run_test(|| {
		let g = grid(0);
		let call = |who: &AccountId, node_id, sp| {
			SmartContractModule::create_rent_contract(signed(who), node_id, sp)
		};
		assert_unchanged!(call(&acc(9), g.node_id, None), Error::<Test>::TwinNotExists);
		assert_unchanged!(call(&g.user, 77, None), Error::<Test>::NodeNotExists);
		assert_unchanged!(call(&g.user, g.node_id, Some(5)), Error::<Test>::NoSuchSolutionProvider);
		let c = node_contract(&g.user, g.node_id, 1, 0);
		// TFChain's error for a node with deployments (and its order: rented first).
		assert_unchanged!(call(&g.user, g.node_id, None), Error::<Test>::NodeNotAvailableToDeploy);
		assert_unchanged!(call(&acc(9), g.node_id, None), Error::<Test>::NodeNotAvailableToDeploy);
		assert_ok!(SmartContractModule::cancel_contract(signed(&g.user), c));
		rent_contract(&g.user, g.node_id);
		assert_unchanged!(call(&g.farmer, g.node_id, None), Error::<Test>::NodeHasRentContract);
	});
}

#[test]
fn rent_cannot_be_cancelled_under_node_contracts() {
	run_test(|| {
		let g = grid(0);
		let rent = rent_contract(&g.user, g.node_id);
		let c = node_contract(&g.user, g.node_id, 1, 0);
		assert_unchanged!(
			SmartContractModule::cancel_contract(signed(&g.user), rent),
			Error::<Test>::NodeHasActiveContracts
		);
		assert_unchanged!(
			SmartContractModule::cancel_contract_collective(RuntimeOrigin::root(), rent),
			Error::<Test>::NodeHasActiveContracts
		);
		assert_ok!(SmartContractModule::cancel_contract(signed(&g.user), c));
		assert_ok!(SmartContractModule::cancel_contract(signed(&g.user), rent));
		assert_eq!(last_event(), Event::RentContractCanceled { contract_id: rent });
		assert_eq!(ActiveRentContractForNode::<Test>::get(g.node_id), None);
	});
}

#[test]
fn rent_price_extra_fee_and_free_capacity_for_node_contracts() {
	run_test(|| {
		let g = grid(0);
		assert_ok!(SmartContractModule::set_dedicated_node_extra_fee(
			signed(&g.farmer),
			g.node_id,
			1000
		));
		let rent = rent_contract(&g.user, g.node_id);
		let c = node_contract(&g.user, g.node_id, 1, 0);
		report_resources(
			&g.node_account,
			c,
			Resources { cru: 2, mru: 4 * GIB, sru: 200 * GIB, hru: 0 },
		);
		wait(3600);
		assert_ok!(SmartContractModule::bill_contract_for_block(signed(&g.user), rent));
		// Node: SU 4.206, CU 2 → 410_300 units USD/h, rent pays 50 %: 205_150 → 4_103_000 TFT
		// units, runway 3.38 months: Bronze (70 %) → 2_872_100; extra fee 1000 mUSD/month for
		// an hour: 13_888.9 units USD → 277_778 TFT units, not discounted.
		assert_eq!(last_bill(rent).amount_billed, 2_872_100 + 277_778);
		let state = ContractPaymentState::<Test>::get(rent).unwrap();
		assert_eq!(state.standard_reserve, 2_872_100);
		assert_eq!(state.additional_reserve, 277_778);
		// The node contract on the rented node pays no CU/SU (nothing else to pay: no bill).
		assert_ok!(SmartContractModule::bill_contract_for_block(signed(&g.user), c));
		assert!(!events()
			.iter()
			.any(|e| matches!(e, Event::ContractBilled(b) if b.contract_id == c)));
		// Ending the rent pays the extra fee to the farmer in full.
		assert_ok!(SmartContractModule::cancel_contract(signed(&g.user), c));
		let farmer = free(&g.farmer);
		assert_ok!(SmartContractModule::cancel_contract(signed(&g.user), rent));
		let standard = 2_872_100u64;
		assert_eq!(
			free(&g.farmer) - farmer,
			standard - standard / 10 - standard * 4 / 10 + 277_778
		);
		assert!(events().contains(&Event::RewardDistributed {
			contract_id: rent,
			standard_rewards: standard,
			additional_rewards: 277_778
		}));
	});
}

#[test]
fn rent_is_waived_while_the_node_is_down() {
	run_test(|| {
		let g = grid(0);
		let rent = rent_contract(&g.user, g.node_id);
		wait(1800);
		assert_ok!(TfgridModule::change_power_state(signed(&g.node_account), Power::Down));
		wait(3600);
		assert_ok!(SmartContractModule::bill_contract_for_block(signed(&g.user), rent));
		assert!(events().contains(&Event::RentWaived { contract_id: rent }));
		// Only the first half hour: 102_575 units USD = 2_051_500 TFT units, Bronze (70 %).
		assert_eq!(last_bill(rent).amount_billed, 1_436_050);
		// Still down: the next hour is waived entirely.
		wait(3600);
		System::reset_events();
		assert_ok!(SmartContractModule::bill_contract_for_block(signed(&g.user), rent));
		assert!(!events().iter().any(|e| matches!(e, Event::ContractBilled(_))));
		assert_eq!(last_event(), Event::RentWaived { contract_id: rent });
	});
}

#[test]
fn standby_before_the_last_bill_is_not_waived_again_and_later_standby_is() {
	run_test(|| {
		let g = grid(0);
		// Ten minutes of standby before the rental: the contract starts at that counter.
		assert_ok!(TfgridModule::change_power_state(signed(&g.node_account), Power::Down));
		wait(600);
		assert_ok!(TfgridModule::change_power_state(signed(&g.node_account), Power::Up));
		wait(60);
		let rent = rent_contract(&g.user, g.node_id);
		assert_eq!(ContractDowntimeSnapshot::<Test>::get(rent), 600);
		// Up all along since: whole hours billed, nothing waived (the snapshot is not read).
		let mut hours = Vec::new();
		for _ in 0..2 {
			wait(3600);
			System::reset_events();
			assert_ok!(SmartContractModule::bill_contract_for_block(signed(&g.user), rent));
			assert!(!events().contains(&Event::RentWaived { contract_id: rent }));
			hours.push(last_bill(rent).amount_billed);
		}
		assert_eq!(hours[0], hours[1]);
		assert_eq!(ContractDowntimeSnapshot::<Test>::get(rent), 600);
		// Half an hour of standby since the last bill, up again in the second of the bill:
		// exactly that half hour is waived (102_575 units USD billed, as in
		// `rent_is_waived_while_the_node_is_down`).
		wait(1800);
		assert_ok!(TfgridModule::change_power_state(signed(&g.node_account), Power::Down));
		wait(1800);
		assert_ok!(TfgridModule::change_power_state(signed(&g.node_account), Power::Up));
		assert_ok!(SmartContractModule::bill_contract_for_block(signed(&g.user), rent));
		assert!(events().contains(&Event::RentWaived { contract_id: rent }));
		assert_eq!(last_bill(rent).amount_billed, 1_436_050);
		assert_eq!(ContractDowntimeSnapshot::<Test>::get(rent), 2_400);
		// Up since: a whole hour again.
		wait(3600);
		assert_ok!(SmartContractModule::bill_contract_for_block(signed(&g.user), rent));
		assert_eq!(last_bill(rent).amount_billed, hours[0]);
		assert_eq!(ContractDowntimeSnapshot::<Test>::get(rent), 2_400);
	});
}

#[test]
fn a_rent_in_grace_takes_its_node_contracts_along() {
	run_test(|| {
		let g = grid(0);
		let rent = rent_contract(&g.user, g.node_id);
		let c = node_contract(&g.user, g.node_id, 1, 0);
		let keep = 1_000;
		let amount = free(&g.user) - keep;
		assert_ok!(<Balances as Mutate<_>>::transfer(
			&g.user,
			&acc(50),
			amount,
			Preservation::Expendable
		));
		wait(3600);
		assert_ok!(SmartContractModule::bill_contract_for_block(signed(&g.user), rent));
		assert!(Contracts::<Test>::get(rent).unwrap().in_grace());
		assert!(Contracts::<Test>::get(c).unwrap().in_grace());
		// The node contract owes nothing itself but stays in grace with its rent.
		assert_ok!(SmartContractModule::bill_contract_for_block(signed(&g.user), c));
		assert!(Contracts::<Test>::get(c).unwrap().in_grace());
		// Top up: the rent leaves grace and takes the node contract along.
		assert_ok!(<Balances as Mutate<_>>::transfer(
			&acc(50),
			&g.user,
			100 * TFT,
			Preservation::Preserve
		));
		assert_ok!(SmartContractModule::bill_contract_for_block(signed(&g.user), rent));
		assert_eq!(Contracts::<Test>::get(rent).unwrap().state, ContractState::Created);
		assert_eq!(Contracts::<Test>::get(c).unwrap().state, ContractState::Created);
	});
}

#[test]
fn a_rent_out_of_funds_ends_with_its_node_contracts() {
	run_test(|| {
		let g = grid(1);
		let rent = rent_contract(&g.user, g.node_id);
		let c = node_contract(&g.user, g.node_id, 1, 1);
		let amount = free(&g.user) - 1_000;
		assert_ok!(<Balances as Mutate<_>>::transfer(
			&g.user,
			&acc(50),
			amount,
			Preservation::Expendable
		));
		let issuance = issuance();
		run_to_block(3 + GRACE + 2 * FREQUENCY);
		assert!(Contracts::<Test>::get(rent).is_none());
		assert!(Contracts::<Test>::get(c).is_none());
		assert!(events().contains(&Event::RentContractCanceled { contract_id: rent }));
		assert_eq!(issuance, super::issuance());
	});
}

#[test]
fn a_rented_node_cannot_move_to_another_farm() {
	run_test(|| {
		let g = grid(0);
		let other_farm = MockGrid::farm(&g.farmer, 0);
		let move_to = |farm_id| {
			TfgridModule::update_node(
				signed(&g.node_account),
				g.node_id,
				farm_id,
				node_resources(),
				MockGrid::node_location(),
				MockGrid::node_interfaces(),
				true,
				false,
				None,
			)
		};
		let rent = rent_contract(&g.user, g.node_id);
		// No node contracts on it, but the rent's payouts would follow the new farm's owner.
		assert_unchanged!(
			move_to(other_farm),
			pallet_tfgrid::Error::<Test>::NodeHasActiveContracts
		);
		assert_eq!(pallet_tfgrid::Nodes::<Test>::get(g.node_id).unwrap().farm_id, g.farm_id);
		assert_ok!(SmartContractModule::cancel_contract(signed(&g.user), rent));
		assert_ok!(move_to(other_farm));
		assert_eq!(pallet_tfgrid::Nodes::<Test>::get(g.node_id).unwrap().farm_id, other_farm);
	});
}

/// A twin rents the node and has a node contract (with `ips` public IPs) on it; out of funds,
/// both go into grace; at the grace deadline the twin is topped up (`top_up`) or not and, in
/// the block that bills both, the node contract is billed first (`node_first`) or the rent is.
/// Returns the states of (rent, node contract) after that block.
fn at_grace_deadline(
	ips: u32,
	top_up: bool,
	node_first: bool,
) -> (Option<ContractState>, Option<ContractState>) {
	let g = grid(1);
	let rent = rent_contract(&g.user, g.node_id);
	let c = node_contract(&g.user, g.node_id, 1, ips);
	let amount = free(&g.user) - 1_000;
	assert_ok!(<Balances as Mutate<_>>::transfer(
		&g.user,
		&acc(50),
		amount,
		Preservation::Expendable
	));
	wait(3600);
	// The rent takes the node contract into grace; a node contract with an IP owes it itself.
	assert_ok!(SmartContractModule::bill_contract_for_block(signed(&g.user), rent));
	assert_ok!(SmartContractModule::bill_contract_for_block(signed(&g.user), c));
	assert!(Contracts::<Test>::get(rent).unwrap().in_grace());
	assert!(Contracts::<Test>::get(c).unwrap().in_grace());
	assert_eq!(ContractPaymentState::<Test>::get(c).unwrap().has_overdraft(), ips > 0);
	// The grace deadline, topped up (or not) just before the block that bills both.
	System::set_block_number(System::block_number() + GRACE);
	wait(GRACE * BLOCK_MS / 1000);
	if top_up {
		assert_ok!(<Balances as Mutate<_>>::transfer(
			&acc(50),
			&g.user,
			100 * TFT,
			Preservation::Preserve
		));
	}
	let rates = crate::billing::BillingRates::<Test>::load();
	let order = if node_first { [c, rent] } else { [rent, c] };
	for id in order {
		SmartContractModule::bill_contract(id, &rates);
	}
	(Contracts::<Test>::get(rent).map(|r| r.state), Contracts::<Test>::get(c).map(|n| n.state))
}

#[test]
fn a_node_contract_on_a_topped_up_rent_survives_the_grace_deadline_in_either_bill_order() {
	for node_first in [false, true] {
		run_test(|| {
			let issuance = issuance();
			let (rent, node) = at_grace_deadline(1, true, node_first);
			assert_eq!(rent, Some(ContractState::Created), "rent, node first: {node_first}");
			assert_eq!(
				node,
				Some(ContractState::Created),
				"node contract, node first: {node_first}"
			);
			assert_eq!(issuance, super::issuance());
		});
	}
}

#[test]
fn without_a_top_up_rent_and_node_contract_end_at_the_grace_deadline_in_either_bill_order() {
	// With an IP the node contract owes itself; without, it is in grace through its rent only.
	for ips in [0, 1] {
		for node_first in [false, true] {
			run_test(|| {
				let issuance = issuance();
				assert_eq!(at_grace_deadline(ips, false, node_first), (None, None));
				assert!(events().contains(&Event::NodeContractCanceled {
					contract_id: 2,
					node_id: 1,
					twin_id: 3
				}));
				assert_eq!(issuance, super::issuance());
			});
		}
	}
}
