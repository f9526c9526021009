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
		let t = now_secs();
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
		// Older than the last bill: ignored.
		Timestamp::set_timestamp(Timestamp::get() + 100_000);
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
