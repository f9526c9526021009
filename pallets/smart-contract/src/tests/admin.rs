//! Farmer and governance calls: extra fee, collective cancel, migration.

use super::*;
use crate::{
	ActiveNodeContracts, ContractIDByNodeIDAndHash, Contracts, DedicatedNodesExtraFee, Error,
};
use frame_support::assert_noop;
use tfchain_support::types::Power;

#[test]
fn set_dedicated_node_extra_fee_works_and_errors() {
	run_test(|| {
		let g = grid(0);
		let call = |who: &AccountId, node_id| {
			SmartContractModule::set_dedicated_node_extra_fee(signed(who), node_id, 500)
		};
		assert_ok!(call(&g.farmer, g.node_id));
		assert_eq!(DedicatedNodesExtraFee::<Test>::get(g.node_id), 500);
		assert_eq!(last_event(), Event::NodeExtraFeeSet { node_id: g.node_id, extra_fee: 500 });
		assert_unchanged!(call(&acc(9), g.node_id), Error::<Test>::TwinNotExists);
		assert_unchanged!(call(&g.farmer, 55), Error::<Test>::NodeNotExists);
		assert_unchanged!(call(&g.user, g.node_id), Error::<Test>::UnauthorizedToSetExtraFee);
		let rent = rent_contract(&g.user, g.node_id);
		assert_unchanged!(call(&g.farmer, g.node_id), Error::<Test>::NodeHasActiveContracts);
		assert_ok!(SmartContractModule::cancel_contract(signed(&g.user), rent));
		// A node with an extra fee is dedicated (as on TFChain): a fee of 0 frees it.
		assert_ok!(SmartContractModule::set_dedicated_node_extra_fee(
			signed(&g.farmer),
			g.node_id,
			0
		));
		node_contract(&g.user, g.node_id, 1, 0);
		assert_unchanged!(call(&g.farmer, g.node_id), Error::<Test>::NodeHasActiveContracts);
	});
}

#[test]
fn cancel_contract_collective_works_and_errors() {
	run_test(|| {
		let g = grid(1);
		let id = node_contract(&g.user, g.node_id, 1, 1);
		assert_noop!(
			SmartContractModule::cancel_contract_collective(signed(&g.user), id),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_unchanged!(
			SmartContractModule::cancel_contract_collective(RuntimeOrigin::root(), 9),
			Error::<Test>::ContractNotExists
		);
		assert_ok!(SmartContractModule::cancel_contract_collective(RuntimeOrigin::root(), id));
		assert!(Contracts::<Test>::get(id).is_none());
		assert!(events().iter().any(|e| matches!(
			e,
			Event::ContractUpdated(c) if c.state == ContractState::Deleted(Cause::CanceledByCollective)
		)));
		assert!(events().iter().any(|e| matches!(e, Event::IPsFreed { .. })));
	});
}

#[test]
fn migrate_node_contract_moves_within_the_farm() {
	run_test(|| {
		let g = grid(1);
		MockGrid::twin(&acc(5));
		let second = MockGrid::node(&acc(5), g.farm_id);
		let id = node_contract(&g.user, g.node_id, 1, 1);
		Timestamp::set_timestamp(Timestamp::get() + 3_600_000);
		assert_ok!(SmartContractModule::migrate_node_contract(
			RuntimeOrigin::root(),
			id,
			second,
			Some(hash(7))
		));
		let contract = Contracts::<Test>::get(id).unwrap();
		let ContractData::NodeContract(c) = &contract.contract_type else { panic!() };
		assert_eq!(c.node_id, second);
		assert_eq!(c.public_ips, 1, "IPs kept in the same farm");
		assert_eq!(ContractIDByNodeIDAndHash::<Test>::get(second, hash(7)), id);
		assert_eq!(ContractIDByNodeIDAndHash::<Test>::get(g.node_id, hash(1)), 0);
		assert!(ActiveNodeContracts::<Test>::get(g.node_id).is_empty());
		assert_eq!(ActiveNodeContracts::<Test>::get(second).into_inner(), vec![id]);
		assert_eq!(
			crate::ContractPaymentState::<Test>::get(id).unwrap().last_updated_seconds,
			now_secs()
		);
		assert_eq!(last_event(), Event::ContractUpdated(contract));
	});
}

#[test]
fn migrate_node_contract_errors() {
	run_test(|| {
		let g = grid(0);
		MockGrid::twin(&acc(5));
		let second = MockGrid::node(&acc(5), g.farm_id);
		MockGrid::twin(&acc(6));
		MockGrid::twin(&acc(7));
		let other_farm = MockGrid::farm(&acc(6), 0);
		let far = MockGrid::node(&acc(7), other_farm);
		let id = node_contract(&g.user, g.node_id, 1, 0);
		let name = name_contract(&g.user, "abc");
		let call = |id, node, h: Option<u8>| {
			SmartContractModule::migrate_node_contract(RuntimeOrigin::root(), id, node, h.map(hash))
		};
		assert_noop!(
			SmartContractModule::migrate_node_contract(signed(&g.user), id, second, None),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_unchanged!(call(99, second, None), Error::<Test>::ContractNotExists);
		assert_unchanged!(call(name, second, None), Error::<Test>::InvalidContractType);
		assert_unchanged!(call(id, g.node_id, None), Error::<Test>::CannotMigrateToSameNode);
		assert_unchanged!(call(id, 77, None), Error::<Test>::NodeNotExists);
		assert_unchanged!(call(id, far, None), Error::<Test>::NodesNotInSameFarm);
		node_contract(&acc(5), second, 1, 0);
		assert_unchanged!(call(id, second, None), Error::<Test>::ContractIsNotUnique);
		for h in 2..=MAX_NODE_CONTRACTS as u8 {
			node_contract(&acc(5), second, h, 0);
		}
		assert_unchanged!(call(id, second, Some(100)), Error::<Test>::NodeHasTooManyContracts);
		MockGrid::twin(&acc(8));
		let third = MockGrid::node(&acc(8), g.farm_id);
		assert_ok!(TfgridModule::change_power_state(signed(&acc(8)), Power::Down));
		assert_unchanged!(call(id, third, None), Error::<Test>::NodeNotAvailableToDeploy);
		assert_ok!(TfgridModule::change_power_state(signed(&acc(8)), Power::Up));
		rent_contract(&acc(6), third);
		assert_unchanged!(call(id, third, None), Error::<Test>::NodeNotAvailableToDeploy);
	});
}

#[test]
fn id_counters_never_overflow() {
	run_test(|| {
		let g = grid(0);
		crate::ContractID::<Test>::put(u64::MAX);
		assert_unchanged!(
			SmartContractModule::create_name_contract(signed(&g.user), b"abc".to_vec()),
			Error::<Test>::NumOverflow
		);
		assert_unchanged!(
			SmartContractModule::create_node_contract(
				signed(&g.user),
				g.node_id,
				hash(1),
				b(b"d"),
				0,
				None
			),
			Error::<Test>::NumOverflow
		);
		assert_unchanged!(
			SmartContractModule::create_rent_contract(signed(&g.user), g.node_id, None),
			Error::<Test>::NumOverflow
		);
		crate::ContractID::<Test>::put(0);
		crate::SolutionProviderID::<Test>::put(u64::MAX);
		assert_unchanged!(
			SmartContractModule::create_solution_provider(
				signed(&g.user),
				b"d".to_vec(),
				b"l".to_vec(),
				vec![Provider { who: acc(30), take: 1 }]
			),
			Error::<Test>::NumOverflow
		);
		crate::ServiceContractID::<Test>::put(u64::MAX);
		assert_unchanged!(
			SmartContractModule::service_contract_create(
				signed(&g.user),
				g.user.clone(),
				g.farmer.clone()
			),
			Error::<Test>::NumOverflow
		);
	});
}

/// The registry never deletes a farm that has nodes, nor a pricing policy; should its records
/// ever disagree anyway, the calls that need them fail with a named error and change nothing.
#[test]
fn a_missing_farm_or_pricing_policy_is_refused_with_a_named_error() {
	run_test(|| {
		let g = grid(1);
		let create_node_contract = |who: &AccountId| {
			SmartContractModule::create_node_contract(
				signed(who),
				g.node_id,
				hash(9),
				b(b"d"),
				0,
				None,
			)
		};
		// The farm points to a pricing policy that does not exist.
		pallet_tfgrid::Farms::<Test>::mutate(g.farm_id, |farm| {
			farm.as_mut().expect("farm").pricing_policy_id = 99
		});
		// (What the registry would tell this pallet, had a call changed it.)
		crate::NodeBillingRecords::<Test>::mutate(g.node_id, |record| {
			record.as_mut().expect("record").node.pricing_policy_id = 99
		});
		assert_unchanged!(create_node_contract(&g.user), Error::<Test>::PricingPolicyNotExists);
		assert_unchanged!(
			SmartContractModule::create_rent_contract(signed(&g.user), g.node_id, None),
			Error::<Test>::PricingPolicyNotExists
		);
		// The node's farm record is gone.
		pallet_tfgrid::Farms::<Test>::remove(g.farm_id);
		assert_unchanged!(create_node_contract(&g.user), Error::<Test>::FarmNotExists);
		assert_unchanged!(
			SmartContractModule::create_rent_contract(signed(&g.user), g.node_id, None),
			Error::<Test>::FarmNotExists
		);
		assert_unchanged!(
			SmartContractModule::set_dedicated_node_extra_fee(signed(&g.farmer), g.node_id, 500),
			Error::<Test>::FarmNotExists
		);
		// Name contracts are priced by pricing policy 1.
		pallet_tfgrid::PricingPolicies::<Test>::remove(1);
		assert_unchanged!(
			SmartContractModule::create_name_contract(signed(&g.user), b"orphan".to_vec()),
			Error::<Test>::PricingPolicyNotExists
		);
	});
}
