//! Solution providers and their share of payouts.

use super::*;
use crate::{Contracts, Error, SolutionProviders};
use frame_support::assert_noop;
use tfchain_support::{Resources, GIB};

fn providers(takes: &[(u8, u8)]) -> Vec<Provider<AccountId>> {
	takes.iter().map(|(n, take)| Provider { who: acc(*n), take: *take }).collect()
}

fn create(takes: &[(u8, u8)]) -> frame_support::dispatch::DispatchResult {
	SmartContractModule::create_solution_provider(
		signed(&acc(3)),
		b"desc".to_vec(),
		b"link".to_vec(),
		providers(takes),
	)
}

#[test]
fn create_and_approve_solution_provider() {
	run_test(|| {
		assert_ok!(create(&[(30, 20), (31, 20)]));
		let provider = SolutionProviders::<Test>::get(1).unwrap();
		assert!(!provider.approved);
		assert_eq!(last_event(), Event::SolutionProviderCreated(provider));
		assert_ok!(SmartContractModule::approve_solution_provider(RuntimeOrigin::root(), 1, true));
		assert!(SolutionProviders::<Test>::get(1).unwrap().approved);
		assert_eq!(last_event(), Event::SolutionProviderApproved(1, true));
	});
}

#[test]
fn solution_provider_errors() {
	run_test(|| {
		assert_unchanged!(
			create(&[(30, 30), (31, 21)]),
			Error::<Test>::InvalidProviderConfiguration
		);
		assert_unchanged!(create(&[]), Error::<Test>::InvalidProviderConfiguration);
		// The call takes plain lists (as on TFChain) and bounds them.
		let eleven: Vec<(u8, u8)> = (30..41).map(|n| (n, 1)).collect();
		assert_unchanged!(create(&eleven), Error::<Test>::TooManyProviders);
		let create_with = |description: Vec<u8>, link: Vec<u8>| {
			SmartContractModule::create_solution_provider(
				signed(&acc(3)),
				description,
				link,
				providers(&[(30, 1)]),
			)
		};
		assert_unchanged!(
			create_with(vec![b'd'; 513], b"l".to_vec()),
			Error::<Test>::SolutionProviderDescriptionTooLong
		);
		assert_unchanged!(
			create_with(b"d".to_vec(), vec![b'l'; 257]),
			Error::<Test>::SolutionProviderLinkTooLong
		);
		assert_ok!(create_with(vec![b'd'; 512], vec![b'l'; 256]));
		assert_noop!(
			SmartContractModule::create_solution_provider(
				RuntimeOrigin::root(),
				b"d".to_vec(),
				b"l".to_vec(),
				providers(&[(30, 1)])
			),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_unchanged!(
			SmartContractModule::approve_solution_provider(RuntimeOrigin::root(), 7, true),
			Error::<Test>::NoSuchSolutionProvider
		);
		assert_noop!(
			SmartContractModule::approve_solution_provider(signed(&acc(3)), 7, true),
			sp_runtime::DispatchError::BadOrigin
		);
	});
}

/// A node contract of `g.user` with solution provider 1, using 1 CU and 1 SU.
fn contract_with_provider(g: &Grid) -> u64 {
	assert_ok!(SmartContractModule::create_node_contract(
		signed(&g.user),
		g.node_id,
		hash(1),
		b(b"d"),
		0,
		Some(1)
	));
	let id = crate::ContractID::<Test>::get();
	report_resources(
		&g.node_account,
		id,
		Resources { cru: 2, mru: 4 * GIB, sru: 200 * GIB, hru: 0 },
	);
	id
}

#[test]
fn takes_above_the_foundation_share_are_refused() {
	run_test(|| {
		// Σ take ≤ 40 (the foundation's share, billing spec §4): 41 and 50 are refused.
		assert_unchanged!(
			create(&[(30, 25), (31, 16)]),
			Error::<Test>::InvalidProviderConfiguration
		);
		assert_unchanged!(
			create(&[(30, 25), (31, 25)]),
			Error::<Test>::InvalidProviderConfiguration
		);
		assert_unchanged!(create(&[(30, 41)]), Error::<Test>::InvalidProviderConfiguration);
		assert_ok!(create(&[(30, 25), (31, 15)]));
		assert_eq!(SolutionProviders::<Test>::get(1).unwrap().providers.len(), 2);
	});
}

#[test]
fn providers_take_from_the_foundation_share() {
	run_test(|| {
		let g = grid(0);
		assert_ok!(create(&[(30, 10), (31, 20)]));
		assert_ok!(SmartContractModule::approve_solution_provider(RuntimeOrigin::root(), 1, true));
		let id = contract_with_provider(&g);
		Timestamp::set_timestamp(Timestamp::get() + 3_600_000);
		let (foundation_before, farmer_before) = (free(&foundation()), free(&g.farmer));
		assert_ok!(SmartContractModule::cancel_contract(signed(&g.user), id));
		// 1 CU + 1 SU for an hour: 3_000_000 at Bronze (70 %) = 2_100_000: providers 10 % and
		// 20 %, foundation 40 − 30 %, farmer 50 %.
		assert_eq!(free(&acc(30)), INITIAL + 210_000);
		assert_eq!(free(&acc(31)), INITIAL + 420_000);
		assert_eq!(free(&foundation()) - foundation_before, 210_000);
		assert_eq!(free(&g.farmer) - farmer_before, 1_050_000);
		assert!(Contracts::<Test>::get(id).is_none());
	});
}

#[test]
fn attach_solution_provider_id_works_once() {
	run_test(|| {
		let g = grid(0);
		let id = node_contract(&g.user, g.node_id, 1, 0);
		let call = |who: &AccountId, contract_id, sp| {
			SmartContractModule::attach_solution_provider_id(signed(who), contract_id, sp)
		};
		assert_unchanged!(call(&g.user, id, 1), Error::<Test>::NoSuchSolutionProvider);
		assert_ok!(create(&[(30, 10)]));
		assert_unchanged!(call(&g.user, id, 1), Error::<Test>::SolutionProviderNotApproved);
		assert_ok!(SmartContractModule::approve_solution_provider(RuntimeOrigin::root(), 1, true));
		assert_unchanged!(call(&acc(9), id, 1), Error::<Test>::TwinNotExists);
		assert_unchanged!(call(&g.user, 42, 1), Error::<Test>::ContractNotExists);
		assert_unchanged!(
			call(&g.farmer, id, 1),
			Error::<Test>::UnauthorizedToChangeSolutionProviderId
		);
		assert_ok!(call(&g.user, id, 1));
		assert_eq!(Contracts::<Test>::get(id).unwrap().solution_provider_id, Some(1));
		assert!(matches!(last_event(), Event::ContractUpdated(_)));
		assert_unchanged!(
			call(&g.user, id, 1),
			Error::<Test>::UnauthorizedToChangeSolutionProviderId
		);
	});
}

#[test]
fn a_provider_no_longer_approved_is_not_paid() {
	run_test(|| {
		let g = grid(0);
		assert_ok!(create(&[(30, 10)]));
		assert_ok!(SmartContractModule::approve_solution_provider(RuntimeOrigin::root(), 1, true));
		let id = contract_with_provider(&g);
		// Governance withdraws the approval while the contract runs.
		assert_ok!(SmartContractModule::approve_solution_provider(RuntimeOrigin::root(), 1, false));
		Timestamp::set_timestamp(Timestamp::get() + 3_600_000);
		let issuance = Balances::total_issuance();
		let (foundation_before, farmer_before) = (free(&foundation()), free(&g.farmer));
		assert_ok!(SmartContractModule::cancel_contract(signed(&g.user), id));
		// 2_100_000 billed (as above): the foundation keeps its whole 40 %.
		assert_eq!(free(&acc(30)), INITIAL);
		assert_eq!(free(&foundation()) - foundation_before, 840_000);
		assert_eq!(free(&g.farmer) - farmer_before, 1_050_000);
		assert_eq!(Balances::total_issuance(), issuance);
	});
}
