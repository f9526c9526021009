//! Node reports: network usage and used resources.

use super::*;
use crate::{ContractBillingInformationByID, Error, NodeContractResources};
use frame_support::dispatch::Pays;
use tfchain_support::Resources;

fn nru(contract_id: u64, timestamp: u64, nru: u64) -> NruConsumption {
	NruConsumption { contract_id, timestamp, window: 3600, nru }
}

#[test]
fn add_nru_reports_accumulates_and_is_free() {
	run_test(|| {
		let g = grid(0);
		let id = node_contract(&g.user, g.node_id, 1, 0);
		// An hour after the contract's creation: the whole window counts.
		Timestamp::set_timestamp(Timestamp::get() + 3_600_000);
		let t = now_secs() - 10;
		let reports = vec![
			nru(id, t + 10, 1_000_000_000),
			// Same timestamp again: ignored.
			nru(id, t + 10, 1_000_000_000),
			// A contract that no longer exists: skipped.
			nru(99, t + 10, 1),
		];
		let info = SmartContractModule::add_nru_reports(signed(&g.node_account), reports).unwrap();
		assert_eq!(info.pays_fee, Pays::No);
		let billing = ContractBillingInformationByID::<Test>::get(id);
		assert_eq!(billing.amount_unbilled, 15_000);
		assert_eq!(billing.last_updated, t + 10);
		assert_eq!(billing.previous_nu_reported, 1_000_000_000);
		// As on TFChain, every report of a live node contract is received (one event each),
		// counted or not; the report for a missing contract is not.
		let received: Vec<_> = events()
			.into_iter()
			.filter(|e| matches!(e, Event::NruConsumptionReportReceived(_)))
			.collect();
		assert_eq!(
			received,
			vec![Event::NruConsumptionReportReceived(nru(id, t + 10, 1_000_000_000)); 2]
		);
		// Older than the last bill by more than a billing period: ignored.
		Timestamp::set_timestamp(Timestamp::get() + 600_000);
		assert_ok!(SmartContractModule::bill_contract_for_block(signed(&g.user), id));
		let old = vec![nru(id, t + 50, 1_000_000_000)];
		assert_ok!(SmartContractModule::add_nru_reports(signed(&g.node_account), old));
		assert_eq!(ContractBillingInformationByID::<Test>::get(id).amount_unbilled, 0);
	});
}

#[test]
fn add_nru_reports_errors() {
	run_test(|| {
		let g = grid(0);
		let id = node_contract(&g.user, g.node_id, 1, 0);
		let name = name_contract(&g.user, "abc");
		let t = now_secs() + 1;
		let call = |who: &AccountId, reports: Vec<NruConsumption>| {
			SmartContractModule::add_nru_reports(signed(who), reports)
		};
		assert_unchanged!(call(&acc(9), vec![nru(id, t, 1)]), Error::<Test>::TwinNotExists);
		// A valid report first, then one from another node: nothing is stored.
		assert_unchanged!(
			call(&g.user, vec![nru(id, t, 1)]),
			Error::<Test>::NodeNotAuthorizedToComputeReport
		);
		// A report for a name contract: TFChain's `InvalidContractType`.
		assert_unchanged!(
			call(&g.node_account, vec![nru(id, t, 1), nru(name, t, 1)]),
			Error::<Test>::InvalidContractType
		);
		// The call takes a plain `Vec` (as on TFChain) and bounds it.
		assert_unchanged!(
			call(&g.node_account, vec![nru(id, t, 1); 11]),
			Error::<Test>::TooManyReports
		);
		assert_ok!(call(&g.node_account, vec![nru(id, t, 1); 10]));
	});
}

#[test]
fn report_contract_resources_works_and_errors() {
	run_test(|| {
		let g = grid(0);
		let id = node_contract(&g.user, g.node_id, 1, 0);
		let used = Resources { cru: 1, mru: 2, sru: 3, hru: 4 };
		let report = |contract_id| ContractResources { contract_id, used };
		let call = |who: &AccountId, reports: Vec<ContractResources>| {
			SmartContractModule::report_contract_resources(signed(who), reports)
		};
		let info = call(&g.node_account, vec![report(id), report(99)]).unwrap();
		assert_eq!(info.pays_fee, Pays::No);
		assert_eq!(NodeContractResources::<Test>::get(id), report(id));
		assert_eq!(last_event(), Event::UpdatedUsedResources(report(id)));
		assert_unchanged!(call(&acc(9), vec![report(id)]), Error::<Test>::TwinNotExists);
		assert_unchanged!(
			call(&g.user, vec![report(id)]),
			Error::<Test>::NodeNotAuthorizedToComputeReport
		);
		let name = name_contract(&g.user, "abc");
		assert_unchanged!(
			call(&g.node_account, vec![report(id), report(name)]),
			Error::<Test>::InvalidContractType
		);
		assert_unchanged!(
			call(&g.node_account, vec![report(id); 11]),
			Error::<Test>::TooManyReports
		);
		assert_ok!(call(&g.node_account, vec![report(id); 10]));
	});
}

#[test]
fn a_report_from_before_the_last_bill_is_billed_in_the_next_bill() {
	use crate::{cost, ContractPaymentState};
	run_test(|| {
		let g = grid(0);
		let id = node_contract(&g.user, g.node_id, 1, 0);
		let other = node_contract(&g.user, g.node_id, 2, 0);
		let created = now_secs();
		Timestamp::set_timestamp(Timestamp::get() + 3_600_000);
		for contract in [id, other] {
			assert_ok!(SmartContractModule::bill_contract_for_block(signed(&g.user), contract));
		}
		let last_bill = now_secs();
		assert_eq!(ContractPaymentState::<Test>::get(id).unwrap().last_updated_seconds, last_bill);
		// The mock's billing period is 10 blocks of 6 s. Half a period before the last bill:
		// counted, for the time since the contract's creation (3570 s of the 3600 s window).
		let late = NruConsumption {
			contract_id: id,
			timestamp: last_bill - 30,
			window: 3600,
			nru: 1_000_000_000,
		};
		assert_ok!(SmartContractModule::add_nru_reports(signed(&g.node_account), vec![late]));
		assert_eq!(ContractBillingInformationByID::<Test>::get(id).amount_unbilled, 14_875);
		// More than a period before now: ignored.
		let old = NruConsumption { contract_id: other, timestamp: last_bill - 61, ..late };
		assert_ok!(SmartContractModule::add_nru_reports(signed(&g.node_account), vec![old]));
		assert_eq!(ContractBillingInformationByID::<Test>::get(other).amount_unbilled, 0);
		assert_eq!(ContractBillingInformationByID::<Test>::get(other).last_updated, created);
		// The next bill charges the late report.
		Timestamp::set_timestamp(Timestamp::get() + 3_600_000);
		System::reset_events();
		assert_ok!(SmartContractModule::bill_contract_for_block(signed(&g.user), id));
		let bill = events()
			.into_iter()
			.find_map(|e| match e {
				Event::ContractBilled(bill) if bill.contract_id == id => Some(bill),
				_ => None,
			})
			.expect("a bill");
		let expected = cost::to_tft(cost::units_usd(14_875), 50, bill.discount_level.pay_percent());
		assert_eq!(bill.amount_billed, expected);
		assert!(expected > 0);
		assert_eq!(ContractBillingInformationByID::<Test>::get(id).amount_unbilled, 0);
	});
}

#[test]
fn a_report_window_is_capped_at_the_time_since_the_previous_report() {
	run_test(|| {
		let g = grid(0);
		let id = node_contract(&g.user, g.node_id, 1, 0);
		let created = now_secs();
		// 15_000 units USD per 10⁹ bytes and hour (pricing policy 1).
		let report = |timestamp, window| NruConsumption {
			contract_id: id,
			timestamp,
			window,
			nru: 1_000_000_000,
		};
		let send = |reports| {
			assert_ok!(SmartContractModule::add_nru_reports(signed(&g.node_account), reports));
			ContractBillingInformationByID::<Test>::get(id).amount_unbilled
		};
		// The first report: capped at the 600 s since the contract's creation.
		Timestamp::set_timestamp(Timestamp::get() + 600_000);
		assert_eq!(send(vec![report(created + 600, 3600)]), 2_500);
		// The next: capped at the 1200 s since the first.
		Timestamp::set_timestamp(Timestamp::get() + 1_200_000);
		assert_eq!(send(vec![report(created + 1800, 3600)]), 2_500 + 5_000);
		// A window within the time since is counted as reported.
		Timestamp::set_timestamp(Timestamp::get() + 3_600_000);
		assert_eq!(send(vec![report(created + 5400, 1800)]), 7_500 + 7_500);
		// A timestamp ahead of chain time counts only up to chain time: nothing here.
		assert_eq!(send(vec![report(created + 5400 + 7200, 7200)]), 15_000);
		// Received in every case.
		let received = events()
			.into_iter()
			.filter(|e| matches!(e, Event::NruConsumptionReportReceived(_)))
			.count();
		assert_eq!(received, 4);
	});
}
