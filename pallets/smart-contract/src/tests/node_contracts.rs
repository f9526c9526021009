//! Node contracts: create, update, cancel.

use super::*;
use crate::{
	ActiveNodeContracts, ContractBillingBucket, ContractIDByNodeIDAndHash, ContractPaymentState,
	Contracts, Error, NodeContractResources,
};
use tfchain_support::types::Power;

#[test]
fn create_node_contract_reserves_ips_and_schedules() {
	run_test(|| {
		let g = grid(3);
		let id = node_contract(&g.user, g.node_id, 1, 2);
		assert_eq!(id, 1);
		let contract = Contracts::<Test>::get(id).unwrap();
		assert_eq!(contract.twin_id, g.user_twin);
		assert_eq!(contract.state, ContractState::Created);
		let ContractData::NodeContract(c) = &contract.contract_type else { panic!() };
		assert_eq!(c.public_ips, 2);
		assert!(c.public_ips_list.iter().all(|ip| ip.contract_id == id));
		assert_eq!(ContractIDByNodeIDAndHash::<Test>::get(g.node_id, hash(1)), id);
		assert_eq!(ActiveNodeContracts::<Test>::get(g.node_id).into_inner(), vec![id]);
		assert_eq!(
			ContractBillingBucket::<Test>::get(id),
			Some(u64::from(g.user_twin) % FREQUENCY)
		);
		assert_eq!(ContractPaymentState::<Test>::get(id).unwrap().last_updated_seconds, now_secs());
		let farm = pallet_tfgrid::Farms::<Test>::get(g.farm_id).unwrap();
		assert_eq!(farm.public_ips.iter().filter(|ip| ip.contract_id == id).count(), 2);
		assert!(events().contains(&Event::ContractCreated(contract)));
		assert!(matches!(last_event(), Event::IPsReserved { contract_id: 1, .. }));
	});
}

#[test]
fn create_node_contract_errors() {
	run_test(|| {
		let g = grid(1);
		let call = |who: &AccountId, node_id, h, ips, sp| {
			SmartContractModule::create_node_contract(
				signed(who),
				node_id,
				hash(h),
				b(b"d"),
				ips,
				sp,
			)
		};
		assert_unchanged!(call(&acc(9), g.node_id, 1, 0, None), Error::<Test>::TwinNotExists);
		assert_unchanged!(call(&g.user, 99, 1, 0, None), Error::<Test>::NodeNotExists);
		assert_unchanged!(
			call(&g.user, g.node_id, 1, 2, None),
			Error::<Test>::FarmHasNotEnoughPublicIPs
		);
		node_contract(&g.user, g.node_id, 1, 1);
		assert_unchanged!(call(&g.user, g.node_id, 1, 0, None), Error::<Test>::ContractIsNotUnique);
		assert_unchanged!(
			call(&g.user, g.node_id, 2, 1, None),
			Error::<Test>::FarmHasNotEnoughPublicIPsFree
		);
		// TFChain checks the IPs before the solution provider.
		assert_unchanged!(
			call(&g.user, g.node_id, 2, 1, Some(1)),
			Error::<Test>::FarmHasNotEnoughPublicIPsFree
		);
		assert_unchanged!(
			call(&g.user, g.node_id, 2, 0, Some(1)),
			Error::<Test>::NoSuchSolutionProvider
		);
		assert_ok!(SmartContractModule::create_solution_provider(
			signed(&g.user),
			b"desc".to_vec(),
			b"link".to_vec(),
			vec![Provider { who: acc(30), take: 10 }]
		));
		assert_unchanged!(
			call(&g.user, g.node_id, 2, 0, Some(1)),
			Error::<Test>::SolutionProviderNotApproved
		);
		for h in 2..=MAX_NODE_CONTRACTS as u8 {
			node_contract(&g.user, g.node_id, h, 0);
		}
		assert_unchanged!(
			call(&g.user, g.node_id, 200, 0, None),
			Error::<Test>::NodeHasTooManyContracts
		);
	});
}

#[test]
fn node_must_be_up_and_not_dedicated_or_rented_by_others() {
	run_test(|| {
		let g = grid(0);
		let call = |who: &AccountId| {
			SmartContractModule::create_node_contract(signed(who), 1, hash(1), b(b"d"), 0, None)
		};
		// Every case is TFChain's `NodeNotAvailableToDeploy`.
		assert_ok!(TfgridModule::change_power_state(signed(&g.node_account), Power::Down));
		assert_unchanged!(call(&g.user), Error::<Test>::NodeNotAvailableToDeploy);
		assert_ok!(TfgridModule::change_power_state(signed(&g.node_account), Power::Up));
		assert_ok!(TfgridModule::set_farm_dedicated(RuntimeOrigin::root(), g.farm_id, true));
		assert_unchanged!(call(&g.user), Error::<Test>::NodeNotAvailableToDeploy);
		// Another twin rents it: the user still cannot deploy, the renter can.
		MockGrid::twin(&acc(4));
		rent_contract(&acc(4), g.node_id);
		assert_unchanged!(call(&g.user), Error::<Test>::NodeNotAvailableToDeploy);
		assert_ok!(call(&acc(4)));
	});
}

#[test]
fn a_node_with_an_extra_fee_is_dedicated() {
	run_test(|| {
		let g = grid(0);
		let call = |who: &AccountId| {
			SmartContractModule::create_node_contract(signed(who), 1, hash(1), b(b"d"), 0, None)
		};
		// Not on a dedicated farm, but the farmer set an extra fee: only its renter deploys.
		assert_ok!(SmartContractModule::set_dedicated_node_extra_fee(
			signed(&g.farmer),
			g.node_id,
			1_000
		));
		assert_unchanged!(call(&g.user), Error::<Test>::NodeNotAvailableToDeploy);
		rent_contract(&g.user, g.node_id);
		assert_ok!(call(&g.user));
	});
}

#[test]
fn a_twins_contracts_share_its_bucket_and_spill_over_when_it_is_full() {
	run_test(|| {
		let g = grid(0);
		let node = node_contract(&g.user, g.node_id, 1, 0);
		let name = name_contract(&g.user, "mine");
		let bucket = u64::from(g.user_twin) % FREQUENCY;
		assert_eq!(ContractBillingBucket::<Test>::get(node), Some(bucket));
		assert_eq!(ContractBillingBucket::<Test>::get(name), Some(bucket));
		// A longer period; the twin's bucket and the next ones it may spill to are full: the
		// next contract goes to its own id's bucket.
		let frequency = 100;
		crate::BillingFrequency::<Test>::put(frequency);
		let twin = MockGrid::twin(&acc(4));
		let first = u64::from(twin) % frequency;
		let spill = first..first + crate::schedule::BUCKET_PROBES;
		for bucket in spill.clone() {
			let full: Vec<u64> = (0..MAX_BUCKET as u64).map(|i| 1_000 + bucket * 100 + i).collect();
			crate::ContractsToBillAt::<Test>::insert(
				bucket,
				frame_support::BoundedVec::try_from(full).unwrap(),
			);
		}
		let other = name_contract(&acc(4), "other");
		assert!(!spill.contains(&(other % frequency)));
		assert_eq!(ContractBillingBucket::<Test>::get(other), Some(other % frequency));
		for bucket in spill {
			crate::ContractsToBillAt::<Test>::remove(bucket);
		}
		// Back to the period the buckets were made for (the invariants check them).
		crate::BillingFrequency::<Test>::put(FREQUENCY);
		SmartContractModule::unschedule(other);
		assert_ok!(SmartContractModule::schedule(other, other % FREQUENCY));
	});
}

#[test]
fn billing_schedule_full_is_refused() {
	run_test(|| {
		let g = grid(0);
		// Fill every bucket the next contract could go to.
		for bucket in 0..FREQUENCY {
			let full: Vec<u64> = (0..MAX_BUCKET as u64).map(|i| 1_000 + bucket * 100 + i).collect();
			crate::ContractsToBillAt::<Test>::insert(
				bucket,
				frame_support::BoundedVec::try_from(full).unwrap(),
			);
		}
		let before = root();
		assert_eq!(
			SmartContractModule::create_node_contract(
				signed(&g.user),
				g.node_id,
				hash(1),
				b(b"d"),
				0,
				None
			),
			Err(Error::<Test>::BillingScheduleFull.into())
		);
		assert_eq!(root(), before);
		for bucket in 0..FREQUENCY {
			crate::ContractsToBillAt::<Test>::remove(bucket);
		}
	});
}

#[test]
fn update_node_contract_works_and_errors() {
	run_test(|| {
		let g = grid(0);
		let id = node_contract(&g.user, g.node_id, 1, 0);
		let other = node_contract(&g.user, g.node_id, 2, 0);
		let update = |who: &AccountId, id, h| {
			SmartContractModule::update_node_contract(signed(who), id, hash(h), b(b"new"))
		};
		assert_ok!(update(&g.user, id, 3));
		assert_eq!(ContractIDByNodeIDAndHash::<Test>::get(g.node_id, hash(3)), id);
		assert_eq!(ContractIDByNodeIDAndHash::<Test>::get(g.node_id, hash(1)), 0);
		assert!(matches!(last_event(), Event::ContractUpdated(_)));
		// Same hash again: allowed (data change only).
		assert_ok!(update(&g.user, id, 3));
		// As on TFChain: the contract first, then whether the caller owns it (a caller without
		// a twin owns none).
		assert_unchanged!(update(&acc(9), id, 4), Error::<Test>::TwinNotAuthorizedToUpdateContract);
		assert_unchanged!(update(&acc(9), 99, 4), Error::<Test>::ContractNotExists);
		assert_unchanged!(update(&g.user, 99, 4), Error::<Test>::ContractNotExists);
		assert_unchanged!(
			update(&g.farmer, id, 4),
			Error::<Test>::TwinNotAuthorizedToUpdateContract
		);
		assert_unchanged!(update(&g.user, id, 2), Error::<Test>::ContractIsNotUnique);
		let name = name_contract(&g.user, "myname");
		assert_unchanged!(update(&g.user, name, 5), Error::<Test>::InvalidContractType);
		Contracts::<Test>::mutate(other, |c| {
			c.as_mut().unwrap().state = ContractState::GracePeriod(1)
		});
		assert_unchanged!(
			update(&g.user, other, 6),
			Error::<Test>::CannotUpdateContractInGraceState
		);
	});
}

#[test]
fn cancel_node_contract_bills_frees_ips_and_cleans_up() {
	run_test(|| {
		let g = grid(2);
		let id = node_contract(&g.user, g.node_id, 1, 1);
		report_resources(
			&g.node_account,
			id,
			tfchain_support::Resources {
				cru: 2,
				mru: 4 * tfchain_support::GIB,
				sru: 200 * tfchain_support::GIB,
				hru: 0,
			},
		);
		Timestamp::set_timestamp(Timestamp::get() + 3_600_000);
		let issuance = issuance();
		assert_ok!(SmartContractModule::cancel_contract(signed(&g.user), id));
		assert_eq!(issuance, super::issuance());
		assert!(Contracts::<Test>::get(id).is_none());
		assert!(!ContractPaymentState::<Test>::contains_key(id));
		assert!(!NodeContractResources::<Test>::contains_key(id));
		assert!(ActiveNodeContracts::<Test>::get(g.node_id).is_empty());
		assert_eq!(ContractBillingBucket::<Test>::get(id), None);
		let farm = pallet_tfgrid::Farms::<Test>::get(g.farm_id).unwrap();
		assert!(farm.public_ips.iter().all(|ip| ip.contract_id == 0));
		let evs = events();
		// One hour of 1 CU + 1 SU + 1 IP = 190_000 units USD = 3_800_000 TFT units at 50 mUSD,
		// at the user's discount level (1000 TFT ≈ 3.65 months of runway: Bronze, 70 %).
		assert!(evs.contains(&Event::ContractBilled(ContractBill {
			contract_id: id,
			timestamp: now_secs(),
			discount_level: DiscountLevel::Bronze,
			amount_billed: 2_660_000,
		})));
		assert!(evs.iter().any(|e| matches!(e, Event::IPsFreed { contract_id: 1, .. })));
		assert!(evs.contains(&Event::RewardDistributed {
			contract_id: id,
			standard_rewards: 2_660_000,
			additional_rewards: 0
		}));
		assert_eq!(
			last_event(),
			Event::NodeContractCanceled {
				contract_id: id,
				node_id: g.node_id,
				twin_id: g.user_twin
			}
		);
		// Paid out: 10 % staking, 40 % foundation, 50 % farmer.
		assert_eq!(free(&acc(200)), INITIAL + 266_000);
		assert_eq!(free(&foundation()), INITIAL + 1_064_000);
		assert_eq!(free(&g.farmer), INITIAL + 1_330_000);
		assert_eq!(free(&g.user), INITIAL - 2_660_000);
	});
}

#[test]
fn cancel_contract_errors() {
	run_test(|| {
		let g = grid(0);
		let id = node_contract(&g.user, g.node_id, 1, 0);
		// As on TFChain: the contract first, then whether the caller owns it (a caller without
		// a twin owns none).
		assert_unchanged!(
			SmartContractModule::cancel_contract(signed(&acc(9)), id),
			Error::<Test>::TwinNotAuthorizedToCancelContract
		);
		assert_unchanged!(
			SmartContractModule::cancel_contract(signed(&acc(9)), 99),
			Error::<Test>::ContractNotExists
		);
		assert_unchanged!(
			SmartContractModule::cancel_contract(signed(&g.user), 99),
			Error::<Test>::ContractNotExists
		);
		assert_unchanged!(
			SmartContractModule::cancel_contract(signed(&g.farmer), id),
			Error::<Test>::TwinNotAuthorizedToCancelContract
		);
	});
}

#[test]
fn try_state_catches_a_farm_ip_out_of_step_with_contracts() {
	run_test(|| {
		let g = grid(2);
		let id = node_contract(&g.user, g.node_id, 1, 1);
		assert_ok!(SmartContractModule::do_try_state());
		let original = pallet_tfgrid::Farms::<Test>::get(g.farm_id).unwrap();
		// The farm forgets the reservation the contract still lists.
		pallet_tfgrid::Farms::<Test>::mutate(g.farm_id, |farm| {
			farm.as_mut().unwrap().public_ips.iter_mut().for_each(|ip| ip.contract_id = 0)
		});
		assert!(SmartContractModule::do_try_state().is_err());
		// The farm marks an IP for a contract that does not exist.
		pallet_tfgrid::Farms::<Test>::insert(g.farm_id, original.clone());
		pallet_tfgrid::Farms::<Test>::mutate(g.farm_id, |farm| {
			let farm = farm.as_mut().unwrap();
			let free = farm.public_ips.iter_mut().find(|ip| ip.contract_id == 0).unwrap();
			free.contract_id = id + 100;
		});
		assert!(SmartContractModule::do_try_state().is_err());
		pallet_tfgrid::Farms::<Test>::insert(g.farm_id, original);
		assert_ok!(SmartContractModule::do_try_state());
	});
}
