//! The wire contract with TFChain: error and event order (by index, from the metadata, against
//! `tfchain-enum-order`), type shapes, storage query kinds, the same error for the same failure,
//! and the events TFChain emits on the same occasions.

use super::*;
use crate::{ContractPaymentState, Contracts, Error, ServiceContracts};
use codec::Encode;
use frame_support::{
	__private::metadata_ir::StorageEntryModifierIR,
	traits::{fungible::Mutate, tokens::Preservation},
};
use tfchain_enum_order::{assert_tfchain_order, Enum};
use tfchain_support::{types::Power, Resources, GIB};

#[test]
fn errors_start_with_tfchains_in_its_order() {
	// `tfchain-enum-order` lists TFChain's 52 errors of its releases before the billing rework.
	assert_tfchain_order::<Error<Test>>(
		"SmartContractModule",
		Enum::Errors,
		&[
			// The errors TFChain added after those 52 (its billing rework), in its order.
			"RewardDistributionError",
			"ContractPaymentStateNotExists",
			// Ours.
			"NodeHasTooManyContracts",
			"BillingScheduleFull",
			"NodesNotInSameFarm",
			"CannotMigrateToSameNode",
			"TooManyReports",
			"TooManyProviders",
			"SolutionProviderDescriptionTooLong",
			"SolutionProviderLinkTooLong",
			"NotEnoughBalanceForFirstHour",
		],
	);
	// The index a client decodes is the variant's position.
	assert_eq!(Error::<Test>::NodeNotAvailableToDeploy.encode(), vec![25]);
	assert_eq!(Error::<Test>::UnauthorizedToSetExtraFee.encode(), vec![51]);
	assert_eq!(Error::<Test>::NotEnoughBalanceForFirstHour.encode(), vec![62]);
}

#[test]
fn events_start_with_tfchains_in_its_order() {
	// `tfchain-enum-order` lists TFChain's 25 events of its releases before the billing rework.
	assert_tfchain_order::<Event<Test>>(
		"SmartContractModule",
		Enum::Events,
		&[
			// The events TFChain added after those 25 (its billing rework), in its order; no
			// events of our own.
			"RentWaived",
			"ContractGracePeriodElapsed",
			"ContractPaymentOverdrawn",
			"RewardDistributed",
		],
	);
}

#[test]
fn grace_block_numbers_are_u64_on_the_wire() {
	// `GracePeriod(u64)` and `block_number: u64`, as TFChain's Go client decodes them.
	assert_eq!(ContractState::GracePeriod(5).encode(), [vec![2u8], 5u64.encode()].concat());
	let event = Event::<Test>::ContractGracePeriodStarted {
		contract_id: 1,
		node_id: 2,
		twin_id: 3,
		block_number: 4,
	};
	assert_eq!(
		event.encode(),
		[vec![13u8], 1u64.encode(), 2u32.encode(), 3u32.encode(), 4u64.encode()].concat()
	);
}

#[test]
fn storage_reads_as_on_tfchain_when_a_key_is_missing() {
	use StorageEntryModifierIR::{Default as Value, Optional};
	let expected = [
		("Contracts", Optional),
		("ContractBillingInformationByID", Value),
		("NodeContractResources", Value),
		("ContractIDByNodeIDAndHash", Value),
		("ActiveNodeContracts", Value),
		("ContractIDByNameRegistration", Value),
		("ActiveRentContractForNode", Optional),
		("ContractID", Value),
		("SolutionProviders", Optional),
		("SolutionProviderID", Value),
		("BillingFrequency", Value),
		("ServiceContracts", Optional),
		("ServiceContractID", Value),
		("DedicatedNodesExtraFee", Value),
		("ContractPaymentState", Optional),
		("ContractsToBillAt", Value),
	];
	let metadata = crate::Pallet::<Test>::storage_metadata();
	for (name, modifier) in expected {
		let entry = metadata
			.entries
			.iter()
			.find(|entry| entry.name == name)
			.unwrap_or_else(|| panic!("{name} missing"));
		assert_eq!(entry.modifier, modifier, "{name}");
	}
	run_test(|| {
		assert_eq!(ContractPaymentState::<Test>::get(42), None);
		assert_eq!(crate::ActiveRentContractForNode::<Test>::get(42), None);
	});
}

/// Moves all but `keep` of `who`'s balance away.
fn drain(who: &AccountId, keep: u64) {
	let amount = free(who) - keep;
	assert_ok!(<Balances as Mutate<_>>::transfer(who, &acc(50), amount, Preservation::Expendable));
}

// Same failure, same error as TFChain (the cases where ours used to be more specific or
// checked in another order; see `/tmp/helper-docs/contracts-errors.md`).

#[test]
fn a_node_one_may_not_deploy_on_is_node_not_available_to_deploy() {
	run_test(|| {
		let g = grid(0);
		let deploy = |who: &AccountId, h: u8| {
			SmartContractModule::create_node_contract(
				signed(who),
				g.node_id,
				hash(h),
				b(b"d"),
				0,
				None,
			)
		};
		// Rented by another twin on a farm that is not dedicated.
		MockGrid::twin(&acc(4));
		let rent = rent_contract(&acc(4), g.node_id);
		assert_unchanged!(deploy(&g.user, 1), Error::<Test>::NodeNotAvailableToDeploy);
		// Migrating a contract there: the same.
		MockGrid::twin(&acc(5));
		let other = MockGrid::node(&acc(5), g.farm_id);
		let id = node_contract(&g.user, other, 1, 0);
		assert_unchanged!(
			SmartContractModule::migrate_node_contract(RuntimeOrigin::root(), id, g.node_id, None),
			Error::<Test>::NodeNotAvailableToDeploy
		);
		// Renting a node with deployments (was `NodeHasActiveContracts`).
		assert_unchanged!(
			SmartContractModule::create_rent_contract(signed(&g.user), other, None),
			Error::<Test>::NodeNotAvailableToDeploy
		);
		assert_ok!(SmartContractModule::cancel_contract(signed(&acc(4)), rent));
		// Down (standby).
		assert_ok!(TfgridModule::change_power_state(signed(&g.node_account), Power::Down));
		assert_unchanged!(deploy(&g.user, 2), Error::<Test>::NodeNotAvailableToDeploy);
	});
}

#[test]
fn callers_without_a_twin_get_tfchains_errors_in_tfchains_order() {
	run_test(|| {
		let g = grid(0);
		let id = node_contract(&g.user, g.node_id, 1, 0);
		let nobody = acc(9);
		// Update and cancel: the contract first, then its owner (was `TwinNotExists`).
		assert_unchanged!(
			SmartContractModule::update_node_contract(signed(&nobody), id, hash(2), b(b"x")),
			Error::<Test>::TwinNotAuthorizedToUpdateContract
		);
		assert_unchanged!(
			SmartContractModule::cancel_contract(signed(&nobody), id),
			Error::<Test>::TwinNotAuthorizedToCancelContract
		);
		assert_unchanged!(
			SmartContractModule::cancel_contract(signed(&nobody), 77),
			Error::<Test>::ContractNotExists
		);
		// Attach: the solution provider first.
		assert_unchanged!(
			SmartContractModule::attach_solution_provider_id(signed(&nobody), id, 5),
			Error::<Test>::NoSuchSolutionProvider
		);
		// Rent: whether the node is rented first.
		MockGrid::twin(&acc(5));
		let rented = MockGrid::node(&acc(5), g.farm_id);
		rent_contract(&g.farmer, rented);
		assert_unchanged!(
			SmartContractModule::create_rent_contract(signed(&nobody), rented, None),
			Error::<Test>::NodeHasRentContract
		);
	});
}

#[test]
fn service_contract_failures_are_tfchains() {
	run_test(|| {
		let service = acc(3);
		let consumer = acc(4);
		let stranger = acc(5);
		for who in [&service, &consumer, &stranger] {
			MockGrid::twin(who);
		}
		// Creating a contract one is no party of (was `ServiceContractCreationNotAllowed`).
		assert_unchanged!(
			SmartContractModule::service_contract_create(
				signed(&stranger),
				service.clone(),
				consumer.clone()
			),
			Error::<Test>::TwinNotAuthorized
		);
		assert_ok!(SmartContractModule::service_contract_create(
			signed(&service),
			service.clone(),
			consumer.clone()
		));
		let id = crate::ServiceContractID::<Test>::get();
		// Approving: the state before the party.
		assert_unchanged!(
			SmartContractModule::service_contract_approve(signed(&stranger), id),
			Error::<Test>::ServiceContractApprovalNotAllowed
		);
		assert_ok!(SmartContractModule::service_contract_set_metadata(
			signed(&consumer),
			id,
			b"meta".to_vec()
		));
		assert_ok!(SmartContractModule::service_contract_set_fees(signed(&service), id, 10, 4));
		assert_unchanged!(
			SmartContractModule::service_contract_approve(signed(&stranger), id),
			Error::<Test>::TwinNotAuthorized
		);
		assert_ok!(SmartContractModule::service_contract_approve(signed(&service), id));
		assert_ok!(SmartContractModule::service_contract_approve(signed(&consumer), id));
		// Rejecting: the state before the party.
		assert_unchanged!(
			SmartContractModule::service_contract_reject(signed(&stranger), id),
			Error::<Test>::ServiceContractRejectionNotAllowed
		);
		assert!(ServiceContracts::<Test>::get(id).is_some());
	});
}

#[test]
fn an_exhausted_id_counter_is_num_overflow() {
	run_test(|| {
		let g = grid(0);
		crate::ContractID::<Test>::put(u64::MAX);
		assert_unchanged!(
			SmartContractModule::create_name_contract(signed(&g.user), b"abc".to_vec()),
			Error::<Test>::NumOverflow
		);
	});
}

#[test]
fn a_report_for_another_type_of_contract_is_invalid_contract_type() {
	run_test(|| {
		let g = grid(0);
		let name = name_contract(&g.user, "abc");
		let used = Resources { cru: 1, mru: GIB, sru: 0, hru: 0 };
		assert_unchanged!(
			SmartContractModule::report_contract_resources(
				signed(&g.node_account),
				vec![ContractResources { contract_id: name, used }]
			),
			Error::<Test>::InvalidContractType
		);
		let report =
			NruConsumption { contract_id: name, timestamp: now_secs(), window: 60, nru: 1 };
		assert_unchanged!(
			SmartContractModule::add_nru_reports(signed(&g.node_account), vec![report]),
			Error::<Test>::InvalidContractType
		);
	});
}

// The events TFChain emits, on the same occasions.

#[test]
fn an_unpaid_bill_is_overdrawn_not_billed_and_the_settling_bill_counts_the_overdraft() {
	run_test(|| {
		let g = grid(0);
		let id = node_contract(&g.user, g.node_id, 1, 0);
		report_resources(
			&g.node_account,
			id,
			Resources { cru: 2, mru: 4 * GIB, sru: 200 * GIB, hru: 0 },
		);
		drain(&g.user, 1_000_000);
		Timestamp::set_timestamp(Timestamp::get() + 3_600_000);
		System::reset_events();
		// An hour of 1 CU + 1 SU: 3_000_000 TFT units; 999_500 can be held.
		assert_ok!(SmartContractModule::bill_contract_for_block(signed(&g.user), id));
		let evs = events();
		assert!(!evs.iter().any(|e| matches!(e, Event::ContractBilled(_))));
		assert!(evs.contains(&Event::ContractPaymentOverdrawn {
			contract_id: id,
			timestamp: now_secs(),
			partially_billed_amount: 999_500,
			overdraft: 3_000_000 - 999_500,
		}));
		// Funded again, the next bill holds a minute's cost and the overdraft: one
		// `ContractBilled` for both, and the grace ends.
		assert_ok!(<Balances as Mutate<_>>::transfer(
			&acc(50),
			&g.user,
			500 * TFT,
			Preservation::Preserve
		));
		Timestamp::set_timestamp(Timestamp::get() + 60_000);
		System::reset_events();
		assert_ok!(SmartContractModule::bill_contract_for_block(signed(&g.user), id));
		let bill = events()
			.into_iter()
			.find_map(|e| match e {
				Event::ContractBilled(bill) => Some(bill),
				_ => None,
			})
			.expect("billed");
		let state = ContractPaymentState::<Test>::get(id).unwrap();
		assert!(!state.has_overdraft());
		// A minute at the twin's new discount level, plus the 2_000_500 owed.
		let minute = 3_000_000 / 60 * bill.discount_level.pay_percent() / 100;
		assert_eq!(bill.amount_billed, 2_000_500 + minute);
		assert!(events().iter().any(|e| matches!(e, Event::ContractGracePeriodEnded { .. })));
	});
}

#[test]
fn grace_elapsed_reports_the_blocks_spent_in_grace() {
	run_test(|| {
		let g = grid(0);
		let id = node_contract(&g.user, g.node_id, 1, 0);
		report_resources(
			&g.node_account,
			id,
			Resources { cru: 2, mru: 4 * GIB, sru: 200 * GIB, hru: 0 },
		);
		drain(&g.user, 1_000);
		Timestamp::set_timestamp(Timestamp::get() + 3_600_000);
		assert_ok!(SmartContractModule::bill_contract_for_block(signed(&g.user), id));
		assert_eq!(Contracts::<Test>::get(id).unwrap().state, ContractState::GracePeriod(1));
		// Billed again well after the grace period (no hook ran in between).
		System::set_block_number(1 + GRACE + 7);
		Timestamp::set_timestamp(Timestamp::get() + 60_000);
		assert_ok!(SmartContractModule::bill_contract_for_block(signed(&g.user), id));
		assert!(Contracts::<Test>::get(id).is_none());
		assert!(events().contains(&Event::ContractGracePeriodElapsed {
			contract_id: id,
			grace_period: GRACE + 7
		}));
	});
}
