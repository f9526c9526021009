//! Service contracts.

use super::*;
use crate::{Error, ServiceContracts};
use frame_support::traits::{fungible::Mutate, tokens::Preservation};

/// Service `acc(3)` (twin 1), consumer `acc(4)` (twin 2); returns the contract id.
fn setup() -> u64 {
	MockGrid::twin(&acc(3));
	MockGrid::twin(&acc(4));
	assert_ok!(SmartContractModule::service_contract_create(signed(&acc(3)), acc(3), acc(4)));
	crate::ServiceContractID::<Test>::get()
}

fn approved() -> u64 {
	let id = setup();
	assert_ok!(SmartContractModule::service_contract_set_metadata(
		signed(&acc(4)),
		id,
		b"meta".to_vec()
	));
	assert_ok!(SmartContractModule::service_contract_set_fees(signed(&acc(3)), id, 10, 4));
	assert_ok!(SmartContractModule::service_contract_approve(signed(&acc(3)), id));
	assert_ok!(SmartContractModule::service_contract_approve(signed(&acc(4)), id));
	id
}

#[test]
fn life_cycle_of_a_service_contract() {
	run_test(|| {
		let id = setup();
		let contract = ServiceContracts::<Test>::get(id).unwrap();
		assert_eq!(contract.state, ServiceContractState::Created);
		assert_eq!(last_event(), Event::ServiceContractCreated(contract));
		assert_ok!(SmartContractModule::service_contract_set_metadata(
			signed(&acc(4)),
			id,
			b"meta".to_vec()
		));
		assert_eq!(ServiceContracts::<Test>::get(id).unwrap().state, ServiceContractState::Created);
		assert!(matches!(last_event(), Event::ServiceContractMetadataSet(_)));
		assert_ok!(SmartContractModule::service_contract_set_fees(signed(&acc(3)), id, 10, 4));
		assert_eq!(
			ServiceContracts::<Test>::get(id).unwrap().state,
			ServiceContractState::AgreementReady
		);
		assert!(matches!(last_event(), Event::ServiceContractFeesSet(_)));
		assert_ok!(SmartContractModule::service_contract_approve(signed(&acc(3)), id));
		assert_ok!(SmartContractModule::service_contract_approve(signed(&acc(4)), id));
		let contract = ServiceContracts::<Test>::get(id).unwrap();
		assert_eq!(contract.state, ServiceContractState::ApprovedByBoth);
		assert_eq!(contract.last_bill, now_secs());
		assert_eq!(last_event(), Event::ServiceContractApproved(contract));
		// Half an hour later: 5 mUSD base + 2 mUSD variable = 70_000 units USD = 1_400_000 TFT units.
		Timestamp::set_timestamp(Timestamp::get() + 1_800_000);
		let (service, consumer) = (free(&acc(3)), free(&acc(4)));
		assert_ok!(SmartContractModule::service_contract_bill(
			signed(&acc(3)),
			id,
			2,
			b"bill".to_vec()
		));
		assert_eq!(free(&acc(3)) - service, 1_400_000);
		assert_eq!(consumer - free(&acc(4)), 1_400_000);
		assert!(matches!(last_event(), Event::ServiceContractBilled { amount: 1_400_000, .. }));
		assert_ok!(SmartContractModule::service_contract_cancel(signed(&acc(4)), id));
		assert!(ServiceContracts::<Test>::get(id).is_none());
		assert_eq!(
			last_event(),
			Event::ServiceContractCanceled {
				service_contract_id: id,
				cause: Cause::CanceledByUser
			}
		);
	});
}

#[test]
fn a_consumer_who_cannot_pay_loses_the_contract_for_good() {
	run_test(|| {
		let id = approved();
		let amount = free(&acc(4)) - 1_000;
		assert_ok!(<Balances as Mutate<_>>::transfer(
			&acc(4),
			&acc(50),
			amount,
			Preservation::Expendable
		));
		Timestamp::set_timestamp(Timestamp::get() + 3_600_000);
		assert_ok!(SmartContractModule::service_contract_bill(
			signed(&acc(3)),
			id,
			0,
			b"".to_vec()
		));
		assert!(ServiceContracts::<Test>::get(id).is_none());
		assert_eq!(
			last_event(),
			Event::ServiceContractCanceled { service_contract_id: id, cause: Cause::OutOfFunds }
		);
		// Funded again, the consumer does not get the contract back: it is gone for good.
		assert_ok!(<Balances as Mutate<_>>::transfer(
			&acc(50),
			&acc(4),
			amount,
			Preservation::Expendable
		));
		Timestamp::set_timestamp(Timestamp::get() + 3_600_000);
		let calls = [
			SmartContractModule::service_contract_bill(signed(&acc(3)), id, 0, b"".to_vec()),
			SmartContractModule::service_contract_approve(signed(&acc(4)), id),
			SmartContractModule::service_contract_cancel(signed(&acc(4)), id),
		];
		for call in calls {
			assert_eq!(call, Err(Error::<Test>::ServiceContractNotExists.into()));
		}
	});
}

#[test]
fn service_contract_errors() {
	run_test(|| {
		let id = setup();
		MockGrid::twin(&acc(5));
		let create = |who: &AccountId, s: AccountId, c: AccountId| {
			SmartContractModule::service_contract_create(signed(who), s, c)
		};
		assert_unchanged!(
			create(&acc(3), acc(3), acc(3)),
			Error::<Test>::ServiceContractCreationNotAllowed
		);
		// A caller who is no party: TFChain's `TwinNotAuthorized`.
		assert_unchanged!(create(&acc(5), acc(3), acc(4)), Error::<Test>::TwinNotAuthorized);
		assert_unchanged!(create(&acc(3), acc(3), acc(9)), Error::<Test>::TwinNotExists);
		let metadata = |who: &AccountId, id| {
			SmartContractModule::service_contract_set_metadata(signed(who), id, b"m".to_vec())
		};
		assert_unchanged!(metadata(&acc(3), 9), Error::<Test>::ServiceContractNotExists);
		assert_unchanged!(metadata(&acc(9), id), Error::<Test>::TwinNotExists);
		assert_unchanged!(metadata(&acc(5), id), Error::<Test>::TwinNotAuthorized);
		// The call takes a plain `Vec<u8>` (as on TFChain) and bounds it.
		assert_unchanged!(
			SmartContractModule::service_contract_set_metadata(signed(&acc(3)), id, vec![b'm'; 65]),
			Error::<Test>::ServiceContractMetadataTooLong
		);
		let fees = |who: &AccountId, id| {
			SmartContractModule::service_contract_set_fees(signed(who), id, 1, 1)
		};
		assert_unchanged!(fees(&acc(4), id), Error::<Test>::TwinNotAuthorized);
		assert_unchanged!(fees(&acc(3), 9), Error::<Test>::ServiceContractNotExists);
		let approve =
			|who: &AccountId, id| SmartContractModule::service_contract_approve(signed(who), id);
		assert_unchanged!(approve(&acc(3), id), Error::<Test>::ServiceContractApprovalNotAllowed);
		// TFChain checks the state before the party.
		assert_unchanged!(approve(&acc(5), id), Error::<Test>::ServiceContractApprovalNotAllowed);
		let bill = |who: &AccountId, id, v| {
			SmartContractModule::service_contract_bill(signed(who), id, v, b"".to_vec())
		};
		assert_unchanged!(
			bill(&acc(3), id, 0),
			Error::<Test>::ServiceContractBillingNotApprovedByBoth
		);
		assert_unchanged!(
			SmartContractModule::service_contract_cancel(signed(&acc(5)), id),
			Error::<Test>::TwinNotAuthorized
		);
		assert_unchanged!(
			SmartContractModule::service_contract_reject(signed(&acc(5)), id),
			Error::<Test>::TwinNotAuthorized
		);
		// Reject removes a contract not yet approved by both.
		assert_ok!(SmartContractModule::service_contract_reject(signed(&acc(4)), id));
		assert!(ServiceContracts::<Test>::get(id).is_none());

		let id = approved_again();
		assert_unchanged!(
			metadata(&acc(3), id),
			Error::<Test>::ServiceContractModificationNotAllowed
		);
		assert_unchanged!(fees(&acc(3), id), Error::<Test>::ServiceContractModificationNotAllowed);
		assert_unchanged!(
			SmartContractModule::service_contract_reject(signed(&acc(3)), id),
			Error::<Test>::ServiceContractRejectionNotAllowed
		);
		Timestamp::set_timestamp(Timestamp::get() + 1_800_000);
		// Variable fee 4 mUSD/h: at most 2 for half an hour.
		assert_unchanged!(
			bill(&acc(3), id, 3),
			Error::<Test>::ServiceContractBillingVariableAmountTooHigh
		);
		assert_unchanged!(bill(&acc(4), id, 0), Error::<Test>::TwinNotAuthorized);
		assert_unchanged!(
			SmartContractModule::service_contract_bill(signed(&acc(3)), id, 2, vec![b'b'; 51]),
			Error::<Test>::ServiceContractBillMetadataTooLong
		);
		assert_ok!(bill(&acc(3), id, 2));
	});
}

/// A second approved contract between the same twins.
fn approved_again() -> u64 {
	assert_ok!(SmartContractModule::service_contract_create(signed(&acc(3)), acc(3), acc(4)));
	let id = crate::ServiceContractID::<Test>::get();
	assert_ok!(SmartContractModule::service_contract_set_metadata(
		signed(&acc(4)),
		id,
		b"meta".to_vec()
	));
	assert_ok!(SmartContractModule::service_contract_set_fees(signed(&acc(3)), id, 10, 4));
	assert_ok!(SmartContractModule::service_contract_approve(signed(&acc(3)), id));
	assert_ok!(SmartContractModule::service_contract_approve(signed(&acc(4)), id));
	id
}

#[test]
fn a_service_bill_covers_at_most_an_hour_and_moves_tft_without_creating_any() {
	run_test(|| {
		let id = approved();
		let issuance = Balances::total_issuance();
		// Three hours since approval: only one hour (10 mUSD base) is billed, plus the
		// variable amount, at most the variable fee of that hour (4 mUSD).
		Timestamp::set_timestamp(Timestamp::get() + 3 * 3_600_000);
		assert_unchanged!(
			SmartContractModule::service_contract_bill(signed(&acc(3)), id, 5, b"".to_vec()),
			Error::<Test>::ServiceContractBillingVariableAmountTooHigh
		);
		let (service, consumer) = (free(&acc(3)), free(&acc(4)));
		assert_ok!(SmartContractModule::service_contract_bill(
			signed(&acc(3)),
			id,
			4,
			b"".to_vec()
		));
		// 14 mUSD = 140_000 units USD at 0.05 USD/TFT = 2_800_000 TFT units.
		assert_eq!(free(&acc(3)) - service, 2_800_000);
		assert_eq!(consumer - free(&acc(4)), 2_800_000);
		assert!(matches!(
			last_event(),
			Event::ServiceContractBilled { bill: ServiceContractBill { window: 3600, .. }, .. }
		));
		assert_eq!(Balances::total_issuance(), issuance);
		// The next bill in the same second covers nothing more.
		assert_unchanged!(
			SmartContractModule::service_contract_bill(signed(&acc(3)), id, 1, b"".to_vec()),
			Error::<Test>::ServiceContractBillingVariableAmountTooHigh
		);
	});
}
