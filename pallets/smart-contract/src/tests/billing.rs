//! The billing engine: schedule, amounts, paying, payouts, grace, standby, deleted nodes.

use super::*;
use crate::{
	ActiveNodeContracts, BillingCursor, ContractPaymentState, Contracts, DeletedNodes, Error,
	NodeBillingRecords,
};
use frame_support::traits::tokens::Preservation;
use frame_support::{assert_noop, traits::fungible::Mutate, weights::Weight};
use tfchain_support::{types::Power, Resources, GIB};

/// 1 CU + 1 SU.
fn one_cu_su() -> Resources {
	Resources { cru: 2, mru: 4 * GIB, sru: 200 * GIB, hru: 0 }
}

/// Moves all but `keep` of `who`'s balance to `acc(50)`.
fn drain(who: &AccountId, keep: u64) {
	let amount = free(who) - keep;
	assert_ok!(<Balances as Mutate<_>>::transfer(who, &acc(50), amount, Preservation::Expendable));
}

/// Advances chain time by `secs` without running hooks.
fn wait(secs: u64) {
	Timestamp::set_timestamp(Timestamp::get() + secs * 1000);
}

fn bills_of(id: u64) -> Vec<ContractBill> {
	events()
		.into_iter()
		.filter_map(|e| match e {
			Event::ContractBilled(bill) if bill.contract_id == id => Some(bill),
			_ => None,
		})
		.collect()
}

#[test]
fn hook_bills_every_contract_once_per_period() {
	run_test(|| {
		let g = grid(0);
		// Twins 1, 2 and 3 (farmer, node, user) own contracts 1, 2 and 3: a contract sits in
		// its twin's bucket.
		let owners = [&g.farmer, &g.node_account, &g.user];
		let ids: Vec<u64> = owners
			.iter()
			.enumerate()
			.map(|(i, who)| name_contract(who, &format!("name{i}")))
			.collect();
		assert!(ids.iter().all(|id| crate::ContractBillingBucket::<Test>::get(id) == Some(*id)));
		run_to_block(31);
		for id in &ids {
			// Buckets 1, 2, 3: billed at blocks 1 + k (nothing elapsed for 1 and 2), 11 + k,
			// 21 + k (and 31 for bucket 1), each time up to the previous block's time.
			let bills = bills_of(*id);
			let last = ContractPaymentState::<Test>::get(id).unwrap().last_updated_seconds;
			let expected_block = if *id == 1 { 31 } else { 20 + id };
			assert_eq!(last, (GENESIS_MS + (expected_block - 2) * BLOCK_MS) / 1000);
			assert_eq!(bills.len(), if *id == 2 { 2 } else { 3 });
		}
		assert_eq!(BillingCursor::<Test>::get().next_block, 32);
	});
}

#[test]
fn a_small_budget_delays_bills_but_skips_nothing() {
	run_test(|| {
		let g = grid(0);
		let ids: Vec<u64> = (0..25).map(|i| name_contract(&g.user, &format!("name{i}"))).collect();
		let start = now_secs();
		// Room for one bill per block (demand is 2.5 per block).
		let one_bill = SmartContractModule::worst_bill_weight();
		BillingBudget::set(one_bill.saturating_add(Weight::from_parts(200_000_000, 0)));
		for block in 2..=200 {
			run_to_block(block);
			check_all_holds();
		}
		// Overloaded, the hook still goes round every contract in turn: ~199 bills shared by
		// 25 contracts, so each one got about 8 (none starved).
		for id in &ids {
			let bills = bills_of(*id).len();
			assert!(
				(6..=9).contains(&bills),
				"contract {id} billed {bills} times while overloaded"
			);
		}
		BillingBudget::set(Weight::from_parts(u64::MAX / 2, u64::MAX / 2));
		run_to_block(230);
		let end = now_secs();
		for id in ids {
			let state = ContractPaymentState::<Test>::get(id).unwrap();
			// Billed up to a recent block.
			assert!(state.last_updated_seconds + 12 * 6 >= end, "contract {id} lagging");
			// Every second billed exactly once: the bills add up to the price of the whole
			// life, within one unit per bill (each bill rounds once).
			let bills = bills_of(id);
			let total: u128 = bills.iter().map(|b| b.amount_billed).sum();
			let secs = (state.last_updated_seconds - start) as u128;
			// 2_500 units USD per hour at 50 mUSD, Gold (40 %): 2_500 · 1000 / 50 · 0.4 = 20_000 per hour.
			let expected = secs * 20_000 / 3600;
			assert!(total.abs_diff(expected) <= bills.len() as u128, "{total} vs {expected}");
		}
	});
}

#[test]
fn raising_the_frequency_keeps_one_bill_per_period() {
	run_test(|| {
		let g = grid(0);
		let ids: Vec<u64> = (0..12).map(|i| name_contract(&g.user, &format!("name{i}"))).collect();
		run_to_block(25);
		assert_unchanged!(
			SmartContractModule::change_billing_frequency(RuntimeOrigin::root(), 10),
			Error::<Test>::CanOnlyIncreaseFrequency
		);
		assert_noop!(
			SmartContractModule::change_billing_frequency(signed(&g.user), 20),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_ok!(SmartContractModule::change_billing_frequency(RuntimeOrigin::root(), 15));
		assert_eq!(last_event(), Event::BillingFrequencyChanged(15));
		System::reset_events();
		run_to_block(25 + 15 * 4);
		for id in ids {
			let bills = bills_of(id);
			assert!(bills.len() >= 3, "contract {id} billed {} times", bills.len());
			for pair in bills.windows(2) {
				assert_eq!(pair[1].timestamp - pair[0].timestamp, 15 * 6, "one bill per period");
			}
		}
	});
}

#[test]
fn overdraft_grace_and_recovery() {
	run_test(|| {
		let g = grid(1);
		let id = node_contract(&g.user, g.node_id, 1, 1);
		report_resources(&g.node_account, id, one_cu_su());
		drain(&g.user, 1_000_000);
		wait(3600);
		// One hour = 3_800_000 units; the user can spare 999_500 (keeping the ED).
		assert_ok!(SmartContractModule::bill_contract_for_block(signed(&acc(9)), id));
		let state = ContractPaymentState::<Test>::get(id).unwrap();
		assert_eq!(state.standard_reserve, 999_500);
		assert_eq!(state.standard_overdraft, 3_800_000 - 999_500);
		assert_eq!(Contracts::<Test>::get(id).unwrap().state, ContractState::GracePeriod(1));
		assert!(events().contains(&Event::ContractPaymentOverdrawn {
			contract_id: id,
			timestamp: now_secs(),
			partially_billed_amount: 999_500,
			overdraft: 3_800_000 - 999_500,
		}));
		assert_eq!(
			last_event(),
			Event::ContractGracePeriodStarted {
				contract_id: id,
				node_id: g.node_id,
				twin_id: g.user_twin,
				block_number: 1
			}
		);
		// In grace: no update.
		assert_unchanged!(
			SmartContractModule::update_node_contract(signed(&g.user), id, hash(2), b(b"x")),
			Error::<Test>::CannotUpdateContractInGraceState
		);
		// Top up, bill: the overdraft is settled first and the contract is back.
		assert_ok!(<Balances as Mutate<_>>::transfer(
			&acc(50),
			&g.user,
			100 * TFT,
			Preservation::Preserve
		));
		wait(60);
		assert_ok!(SmartContractModule::bill_contract_for_block(signed(&acc(9)), id));
		let state = ContractPaymentState::<Test>::get(id).unwrap();
		assert_eq!(state.standard_overdraft, 0);
		assert_eq!(Contracts::<Test>::get(id).unwrap().state, ContractState::Created);
		assert_eq!(
			last_event(),
			Event::ContractGracePeriodEnded {
				contract_id: id,
				node_id: g.node_id,
				twin_id: g.user_twin
			}
		);
	});
}

#[test]
fn grace_elapses_into_deletion() {
	run_test(|| {
		let g = grid(1);
		let id = node_contract(&g.user, g.node_id, 1, 1);
		report_resources(&g.node_account, id, one_cu_su());
		drain(&g.user, 1_000);
		let issuance = issuance();
		// The user twin's bucket is 3: the bill at block 3 (6 s) finds the twin out of funds.
		run_to_block(4);
		assert!(matches!(Contracts::<Test>::get(id).unwrap().state, ContractState::GracePeriod(3)));
		run_to_block(3 + GRACE - 1);
		assert!(Contracts::<Test>::get(id).is_some(), "still within grace");
		// Billed at block 3 + GRACE: the grace period is over.
		run_to_block(3 + GRACE);
		assert!(Contracts::<Test>::get(id).is_none());
		let evs = events();
		assert!(evs
			.contains(&Event::ContractGracePeriodElapsed { contract_id: id, grace_period: GRACE }));
		assert!(evs.iter().any(|e| matches!(e, Event::IPsFreed { contract_id: 1, .. })));
		assert!(evs.iter().any(|e| matches!(
			e,
			Event::ContractUpdated(c) if c.state == ContractState::Deleted(Cause::OutOfFunds)
		)));
		assert!(evs.contains(&Event::NodeContractCanceled {
			contract_id: id,
			node_id: g.node_id,
			twin_id: g.user_twin
		}));
		assert_eq!(issuance, super::issuance());
		assert_eq!(SmartContractModule::held_for_billing(&g.user), 0);
	});
}

#[test]
fn reserves_are_paid_out_every_distribution_frequency_bills() {
	run_test(|| {
		let g = grid(0);
		let id = node_contract(&g.user, g.node_id, 1, 0);
		report_resources(&g.node_account, id, one_cu_su());
		// The user's twin (3) bills in bucket 3: blocks 3, 13, 23, … count a cycle each.
		let distribution = u64::from(DISTRIBUTION);
		run_to_block(3 + FREQUENCY * (distribution - 2));
		let state = ContractPaymentState::<Test>::get(id).unwrap();
		assert!(state.standard_reserve > 0);
		assert_eq!(state.cycles, DISTRIBUTION - 1);
		let reserve = state.standard_reserve;
		let farmer_before = free(&g.farmer);
		run_to_block(3 + FREQUENCY * (distribution - 1));
		let state = ContractPaymentState::<Test>::get(id).unwrap();
		assert_eq!(state.standard_reserve, 0);
		assert_eq!(state.cycles, 0);
		let bill = bills_of(id).last().unwrap().amount_billed as u64;
		let paid = reserve + bill;
		assert_eq!(
			last_event(),
			Event::RewardDistributed {
				contract_id: id,
				standard_rewards: paid,
				additional_rewards: 0
			}
		);
		assert_eq!(free(&g.farmer) - farmer_before, paid - paid / 10 - paid * 4 / 10);
	});
}

#[test]
fn extra_bills_do_not_advance_the_payout_counter() {
	run_test(|| {
		let g = grid(0);
		let id = node_contract(&g.user, g.node_id, 1, 0);
		report_resources(&g.node_account, id, one_cu_su());
		// The hook's bill of the period (the user's twin 3: bucket 3, block 3) counts one.
		run_to_block(4);
		assert_eq!(ContractPaymentState::<Test>::get(id).unwrap().cycles, 1);
		// More signed bills than `DISTRIBUTION` within the period: each bills the time since
		// the last bill, none counts a cycle or pays out.
		for block in 5..=11 {
			run_to_block(block);
			let before = ContractPaymentState::<Test>::get(id).unwrap().last_updated_seconds;
			assert_ok!(SmartContractModule::bill_contract_for_block(signed(&g.user), id));
			let state = ContractPaymentState::<Test>::get(id).unwrap();
			assert!(state.last_updated_seconds > before);
			assert_eq!(state.cycles, 1);
		}
		assert!(ContractPaymentState::<Test>::get(id).unwrap().standard_reserve > 0);
		assert!(!events().iter().any(|e| matches!(e, Event::RewardDistributed { .. })));
		// The next period's bill (block 13) counts the second.
		run_to_block(14);
		assert_eq!(ContractPaymentState::<Test>::get(id).unwrap().cycles, 2);
	});
}

#[test]
fn certified_nodes_cost_a_quarter_more_and_network_usage_is_billed() {
	run_test(|| {
		let g = grid(0);
		let id = node_contract(&g.user, g.node_id, 1, 0);
		report_resources(&g.node_account, id, one_cu_su());
		assert_ok!(TfgridModule::set_node_certification(
			RuntimeOrigin::root(),
			g.node_id,
			tfchain_support::types::NodeCertification::Certified
		));
		// 10 GB in the last hour: 150_000 units USD.
		let report = NruConsumption {
			contract_id: id,
			timestamp: now_secs() + 3600,
			window: 3600,
			nru: 10_000_000_000,
		};
		wait(3600);
		assert_ok!(SmartContractModule::add_nru_reports(signed(&g.node_account), vec![report]));
		assert_eq!(crate::ContractBillingInformationByID::<Test>::get(id).amount_unbilled, 150_000);
		assert_ok!(SmartContractModule::bill_contract_for_block(signed(&g.user), id));
		// (150_000 · 1.25 + 150_000) units USD = 337_500 → 6_750_000 TFT units; runway
		// 1e10 / (6.75e6 · 720) = 2.06 months: Default (80 %).
		let bill = bills_of(id).pop().unwrap();
		assert_eq!(bill.discount_level, DiscountLevel::Default);
		assert_eq!(bill.amount_billed, 5_400_000);
		assert_eq!(crate::ContractBillingInformationByID::<Test>::get(id).amount_unbilled, 0);
	});
}

#[test]
fn downtime_of_the_node_is_not_billed() {
	run_test(|| {
		let g = grid(0);
		let id = node_contract(&g.user, g.node_id, 1, 0);
		report_resources(&g.node_account, id, one_cu_su());
		wait(1800);
		assert_ok!(TfgridModule::change_power_state(signed(&g.node_account), Power::Down));
		wait(1800);
		// Down right now: the half hour of standby is not billed.
		assert_ok!(SmartContractModule::bill_contract_for_block(signed(&g.user), id));
		let half_hour = bills_of(id).pop().unwrap().amount_billed;
		assert_ok!(TfgridModule::change_power_state(signed(&g.node_account), Power::Up));
		assert_eq!(NodeBillingRecords::<Test>::get(g.node_id).unwrap().downtime.total, 1800);
		wait(1800);
		assert_ok!(SmartContractModule::bill_contract_for_block(signed(&g.user), id));
		let next = bills_of(id).pop().unwrap().amount_billed;
		assert_eq!(half_hour, next, "both bills cover 30 billable minutes");
		// 30 min of 150_000/h = 75_000 units USD = 1_500_000 TFT units; Bronze (70 %).
		assert_eq!(next, 1_050_000);
	});
}

#[test]
fn node_contracts_keep_the_node_up() {
	run_test(|| {
		let g = grid(0);
		let id = node_contract(&g.user, g.node_id, 1, 0);
		assert_noop!(
			TfgridModule::change_power_target(signed(&g.farmer), g.node_id, Power::Down),
			pallet_tfgrid::Error::<Test>::NodeHasActiveContracts
		);
		assert_ok!(SmartContractModule::cancel_contract(signed(&g.user), id));
		assert_ok!(TfgridModule::change_power_target(signed(&g.farmer), g.node_id, Power::Down));
	});
}

#[test]
fn deleting_a_node_ends_its_contracts_in_the_hook() {
	run_test(|| {
		let g = grid(2);
		MockGrid::twin(&acc(4));
		let rent = rent_contract(&g.user, g.node_id);
		let a = node_contract(&g.user, g.node_id, 1, 1);
		let c = node_contract(&g.user, g.node_id, 2, 1);
		report_resources(&g.node_account, a, one_cu_su());
		wait(3600);
		let deleted_at = now_secs();
		assert_ok!(TfgridModule::delete_node(signed(&g.node_account), g.node_id));
		assert!(DeletedNodes::<Test>::contains_key(g.node_id));
		let record = NodeBillingRecords::<Test>::get(g.node_id).expect("kept for the final bills");
		assert_eq!(record.deleted_at, Some(deleted_at));
		assert_eq!(record.rent_contract, Some(rent));
		// No more contracts on the deleted node.
		assert_unchanged!(
			SmartContractModule::create_node_contract(
				signed(&g.user),
				g.node_id,
				hash(9),
				b(b"d"),
				0,
				None
			),
			Error::<Test>::NodeNotExists
		);
		wait(3600);
		let issuance = issuance();
		run_to_block(2);
		assert_eq!(issuance, super::issuance());
		for id in [rent, a, c] {
			assert!(Contracts::<Test>::get(id).is_none(), "contract {id} ended");
			let bills = bills_of(id);
			assert!(bills.iter().all(|b| b.timestamp == deleted_at), "billed up to the deletion");
		}
		assert!(!DeletedNodes::<Test>::contains_key(g.node_id));
		assert!(!NodeBillingRecords::<Test>::contains_key(g.node_id));
		assert!(ActiveNodeContracts::<Test>::get(g.node_id).is_empty());
		let farm = pallet_tfgrid::Farms::<Test>::get(g.farm_id).unwrap();
		assert!(farm.public_ips.iter().all(|ip| ip.contract_id == 0));
		assert_eq!(SmartContractModule::held_for_billing(&g.user), 0);
	});
}

#[test]
fn deleted_node_contracts_end_within_the_budget() {
	run_test(|| {
		let g = grid(0);
		let ids: Vec<u64> = (1..=4).map(|h| node_contract(&g.user, g.node_id, h, 0)).collect();
		assert_ok!(TfgridModule::delete_node(signed(&g.node_account), g.node_id));
		let one_bill = SmartContractModule::worst_bill_weight();
		BillingBudget::set(one_bill.saturating_add(Weight::from_parts(200_000_000, 0)));
		run_to_block(2);
		assert_eq!(ids.iter().filter(|id| Contracts::<Test>::contains_key(*id)).count(), 3);
		check_invariants();
		run_to_block(6);
		assert!(ids.iter().all(|id| !Contracts::<Test>::contains_key(id)));
		assert!(!DeletedNodes::<Test>::contains_key(g.node_id));
	});
}

#[test]
fn twin_transfer_moves_the_billing_hold() {
	run_test(|| {
		let g = grid(0);
		let id = node_contract(&g.user, g.node_id, 1, 0);
		report_resources(&g.node_account, id, one_cu_su());
		wait(3600);
		assert_ok!(SmartContractModule::bill_contract_for_block(signed(&g.user), id));
		let held = SmartContractModule::held_for_billing(&g.user);
		assert!(held > 0);
		let new_owner = acc(20);
		assert_ok!(TfgridModule::user_accept_tc(
			signed(&new_owner),
			b(b"https://x.y/z"),
			b(b"abc")
		));
		assert_ok!(TfgridModule::request_twin_transfer(
			signed(&g.user),
			g.user_twin,
			new_owner.clone()
		));
		let request_id = pallet_tfgrid::TwinTransferRequestID::<Test>::get();
		assert_ok!(TfgridModule::accept_twin_transfer(signed(&new_owner), request_id));
		assert_eq!(SmartContractModule::held_for_billing(&g.user), 0);
		assert_eq!(SmartContractModule::held_for_billing(&new_owner), held);
	});
}

#[test]
fn bill_contract_for_block_errors() {
	run_test(|| {
		assert_unchanged!(
			SmartContractModule::bill_contract_for_block(signed(&acc(1)), 1),
			Error::<Test>::ContractNotExists
		);
		assert_noop!(
			SmartContractModule::bill_contract_for_block(RuntimeOrigin::root(), 1),
			sp_runtime::DispatchError::BadOrigin
		);
	});
}

#[test]
fn a_bill_never_counts_a_second_twice() {
	run_test(|| {
		let g = grid(0);
		let id = name_contract(&g.user, "abc");
		wait(3600);
		assert_ok!(SmartContractModule::bill_contract_for_block(signed(&g.user), id));
		let first = bills_of(id).len();
		// Same second again: nothing billed.
		assert_ok!(SmartContractModule::bill_contract_for_block(signed(&g.user), id));
		assert_eq!(bills_of(id).len(), first);
	});
}

#[test]
fn the_hook_charges_each_kind_of_bill_and_a_payout_only_when_it_pays_out() {
	use crate::{
		billing::BillingRates,
		billing_weight::{BillOutcome, ContractKind},
	};
	run_test(|| {
		let g = grid(1);
		let name = name_contract(&g.user, "kinds");
		let node = node_contract(&g.user, g.node_id, 1, 1);
		let other_node = acc(4);
		MockGrid::twin(&other_node);
		let rent = rent_contract(&g.user, MockGrid::node(&other_node, g.farm_id));
		wait(3600);
		// What was billed (how the storage touched differs from the benchmark: next test).
		let bill = |id| BillOutcome {
			db: Default::default(),
			..SmartContractModule::bill_contract(id, &BillingRates::load())
		};
		let regular = |kind| BillOutcome { billed: Some(kind), ..Default::default() };
		assert_eq!(bill(name), regular(ContractKind::Name));
		// A node contract's bill is charged by its public IPs (this one has 1).
		let node_outcome = BillOutcome { public_ips: 1, ..regular(ContractKind::Node) };
		assert_eq!(bill(node), node_outcome);
		assert_eq!(bill(rent), regular(ContractKind::Rent));
		assert_eq!(
			node_outcome.weight::<Test>(),
			SmartContractModule::bill_weight(ContractKind::Node, 1)
		);
		// Nothing elapsed: only the two reads are charged.
		assert_eq!(bill(name), BillOutcome::default());
		// The DISTRIBUTION-th bill pays out, and is charged for it.
		for _ in 2..DISTRIBUTION {
			wait(60);
			assert!(!bill(name).paid_out);
		}
		wait(60);
		let paying = bill(name);
		assert_eq!(paying, BillOutcome { paid_out: true, ..regular(ContractKind::Name) });
		assert_eq!(
			paying.weight::<Test>(),
			SmartContractModule::bill_weight(ContractKind::Name, 0)
				.saturating_add(<() as crate::WeightInfo>::pay_out_contract(0))
		);
		assert!(SmartContractModule::worst_bill_weight().all_gte(paying.weight::<Test>()));
	});
}

#[test]
fn a_bill_is_charged_for_the_storage_it_touched() {
	use crate::{
		billing::BillingRates,
		billing_weight::{ContractKind, DbDelta},
	};
	run_test(|| {
		let g = grid(0);
		let first = node_contract(&g.user, g.node_id, 1, 0);
		let second = node_contract(&g.user, g.node_id, 2, 0);
		report_resources(&g.node_account, first, one_cu_su());
		report_resources(&g.node_account, second, one_cu_su());
		wait(3600);
		let rates = BillingRates::<Test>::load();
		let charged = |delta: DbDelta| {
			let db: frame_support::weights::RuntimeDbWeight =
				<<Test as frame_system::Config>::DbWeight as frame_support::traits::Get<_>>::get();
			SmartContractModule::bill_weight(ContractKind::Node, 0)
				.saturating_sub(
					db.reads_writes(delta.reads_skipped.into(), delta.writes_skipped.into()),
				)
				.saturating_add(db.reads(delta.extra_reads.into()))
		};
		// The block's first bill reads the farm's pricing policy. The node was never down (no
		// downtime snapshot to read or move) and reported no network usage (nothing to clear);
		// 1,000 TFT is not the best discount, so the twin's bonded account is looked up.
		let outcome = SmartContractModule::bill_contract(first, &rates);
		let expected =
			DbDelta { reads_skipped: 1, writes_skipped: 2, extra_reads: 1, ..Default::default() };
		assert_eq!(outcome.db, expected);
		assert_eq!(outcome.weight::<Test>(), charged(expected));
		// The twin's next bill of the block finds the pricing policy, the node's billing
		// record, the twin's record, account and holds read by the first bill, the bonded
		// lookup made, and writes the account and holds the first one wrote.
		let outcome = SmartContractModule::bill_contract(second, &rates);
		let shared = DbDelta { shared_twin: true, ..Default::default() };
		let expected = DbDelta { reads_skipped: 6, writes_skipped: 4, ..shared };
		assert_eq!(outcome.db, expected);
		assert_eq!(outcome.weight::<Test>(), charged(expected));

		// With an account bonded to the twin, its balance is read too.
		assert_ok!(TfgridModule::bond_twin_account(signed(&acc(9)), g.user_twin));
		// The node went down: the snapshot is read and moved.
		assert_ok!(TfgridModule::change_power_state(signed(&g.node_account), Power::Down));
		wait(600);
		assert_ok!(TfgridModule::change_power_state(signed(&g.node_account), Power::Up));
		wait(3000);
		let rates = BillingRates::<Test>::load();
		let outcome = SmartContractModule::bill_contract(first, &rates);
		assert_eq!(
			outcome.db,
			DbDelta { reads_skipped: 0, writes_skipped: 1, extra_reads: 2, ..Default::default() }
		);
		// Up since before the last bill: the snapshot holds the counter and is neither read
		// nor written.
		wait(3600);
		let outcome = SmartContractModule::bill_contract(first, &BillingRates::load());
		assert_eq!(
			outcome.db,
			DbDelta { reads_skipped: 1, writes_skipped: 2, extra_reads: 2, ..Default::default() }
		);

		// Rich enough for the best discount, the bonded account is not looked up.
		assert_ok!(Balances::mint_into(&g.user, 1_000_000_000 * TFT));
		wait(3600);
		let outcome = SmartContractModule::bill_contract(first, &BillingRates::load());
		assert_eq!(
			outcome.db,
			DbDelta { reads_skipped: 1, writes_skipped: 2, extra_reads: 0, ..Default::default() }
		);
		assert_eq!(outcome.weight::<Test>(), charged(outcome.db));

		// Down and up again since the last bill (the benchmarked path): the snapshot is read
		// and moved.
		assert_ok!(TfgridModule::change_power_state(signed(&g.node_account), Power::Down));
		wait(60);
		assert_ok!(TfgridModule::change_power_state(signed(&g.node_account), Power::Up));
		wait(3540);
		let outcome = SmartContractModule::bill_contract(first, &BillingRates::load());
		assert_eq!(outcome.db, DbDelta { writes_skipped: 1, ..Default::default() });
	});
}

#[test]
fn bills_of_one_block_are_charged_once_for_what_they_share() {
	use crate::{billing::BillingRates, billing_weight::DbDelta};
	run_test(|| {
		let g = grid(0);
		MockGrid::twin(&acc(5));
		let farm_node = MockGrid::node(&acc(5), g.farm_id);
		MockGrid::twin(&acc(4));
		MockGrid::twin(&acc(6));
		MockGrid::twin(&acc(7));
		let mine = node_contract(&g.user, g.node_id, 1, 0);
		let theirs = node_contract(&acc(4), g.node_id, 2, 0);
		let rent = rent_contract(&acc(6), farm_node);
		let on_rented = node_contract(&acc(6), farm_node, 3, 0);
		let broke = node_contract(&acc(7), g.node_id, 4, 0);
		for id in [mine, theirs, broke] {
			report_resources(&g.node_account, id, one_cu_su());
		}
		drain(&acc(7), 0);
		wait(3600);
		let rates = BillingRates::<Test>::load();
		// First bill of the block: only the snapshot of a node never down is skipped (and,
		// below the best discount, the bonded lookup added).
		let outcome = SmartContractModule::bill_contract(mine, &rates);
		assert_eq!(
			outcome.db,
			DbDelta { reads_skipped: 1, writes_skipped: 2, extra_reads: 1, ..Default::default() }
		);
		// Another twin on the same node: the policy and the node's billing record are shared;
		// its twin, account and hold are its own.
		let outcome = SmartContractModule::bill_contract(theirs, &rates);
		assert_eq!(
			outcome.db,
			DbDelta { reads_skipped: 3, writes_skipped: 2, extra_reads: 1, ..Default::default() }
		);
		// A rent contract on another node of the farm shares the policy only (its node's
		// record holds what the farm's did).
		let outcome = SmartContractModule::bill_contract(rent, &rates);
		assert_eq!(outcome.billed, Some(crate::billing_weight::ContractKind::Rent));
		assert_eq!(
			outcome.db,
			DbDelta { reads_skipped: 2, writes_skipped: 1, extra_reads: 1, ..Default::default() }
		);
		// Its renter's node contract is a twin's later bill: it shares the policy, the node's
		// record, the twin's record and account, and reads the rent contract (beyond the
		// path); it holds nothing (a node contract on a rented node pays for IPs and network
		// usage only).
		let outcome = SmartContractModule::bill_contract(on_rented, &rates);
		let shared = DbDelta { shared_twin: true, ..Default::default() };
		assert_eq!(
			outcome.db,
			DbDelta { reads_skipped: 6, writes_skipped: 4, extra_reads: 1, ..shared }
		);
		// A twin without funds holds nothing: no holds read, no account written.
		let outcome = SmartContractModule::bill_contract(broke, &rates);
		assert!(ContractPaymentState::<Test>::get(broke).unwrap().has_overdraft());
		assert_eq!(
			outcome.db,
			DbDelta { reads_skipped: 4, writes_skipped: 4, extra_reads: 1, ..Default::default() }
		);
	});
}

#[test]
fn hot_map_access_uses_the_same_keys_and_values_as_frame() {
	use crate::{ContractBillingInformationByID, ContractIDByNameRegistration};
	use tfchain_support::HotMap;
	run_test(|| {
		let g = grid(0);
		let id = node_contract(&g.user, g.node_id, 1, 0);
		// Twox64Concat keys (this pallet's and the registry's) and Blake2_128Concat keys.
		assert_eq!(Contracts::<Test>::hot_key(id), Contracts::<Test>::hashed_key_for(id));
		assert_eq!(Contracts::<Test>::hot_get(id), Contracts::<Test>::get(id));
		assert_eq!(
			pallet_tfgrid::Twins::<Test>::hot_get(g.user_twin),
			pallet_tfgrid::Twins::<Test>::get(g.user_twin)
		);
		let name = crate::types::NameContractName(b"hot".to_vec().try_into().unwrap());
		assert_eq!(
			ContractIDByNameRegistration::<Test>::hot_key(&name),
			ContractIDByNameRegistration::<Test>::hashed_key_for(&name)
		);
		// Absent entries read as the query kind's default; writes land where `get` reads.
		assert!(!ContractPaymentState::<Test>::hot_contains(999));
		assert_eq!(ContractPaymentState::<Test>::hot_get(999), Default::default());
		let info = ContractBillingInformation { amount_unbilled: 7, ..Default::default() };
		ContractBillingInformationByID::<Test>::hot_insert(id, info);
		assert_eq!(ContractBillingInformationByID::<Test>::get(id), info);
		assert!(ContractBillingInformationByID::<Test>::hot_contains(id));
	});
}
