//! The per-node billing record: it follows the registry, the rent index, the extra fee and the
//! power state; the v1 → v2 migration builds it from the storage of version 1, and the v2 → v3
//! migration adds when the node last came up.

use super::*;
use crate::{
	migrations::{
		v2::{self, NodeBillingRecordsMigration, NodeDowntimes, OldNodeBilling, OldNodeDowntime},
		v3::LastUpMigration,
	},
	ActiveRentContractForNode, DedicatedNodesExtraFee, NodeBillingRecords,
};
use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
use tfchain_support::{
	traits::Tfgrid,
	types::{NodeBillingInfo, NodeCertification, Power},
};

fn wait(secs: u64) {
	Timestamp::set_timestamp(Timestamp::get() + secs * 1000);
}

fn record(node_id: u32) -> NodeBilling {
	NodeBillingRecords::<Test>::get(node_id).expect("every registered node has a record")
}

#[test]
fn a_new_node_gets_a_record_with_its_farm_owner_and_policy() {
	run_test(|| {
		let g = grid(0);
		let farm = pallet_tfgrid::Farms::<Test>::get(g.farm_id).unwrap();
		assert_eq!(
			record(g.node_id),
			NodeBilling {
				node: NodeBillingInfo {
					farm_id: g.farm_id,
					farmer_twin: farm.twin_id,
					pricing_policy_id: farm.pricing_policy_id,
					resources: node_resources(),
					certification: NodeCertification::Diy,
				},
				..Default::default()
			}
		);
		assert_eq!(
			<TfgridModule as Tfgrid<_, _>>::node_billing_info(g.node_id),
			Some(record(g.node_id).node)
		);
	});
}

#[test]
fn the_record_follows_certification_rent_extra_fee_and_power() {
	run_test(|| {
		let g = grid(0);
		assert_ok!(TfgridModule::set_node_certification(
			RuntimeOrigin::root(),
			g.node_id,
			NodeCertification::Certified
		));
		assert_eq!(record(g.node_id).node.certification, NodeCertification::Certified);

		assert_ok!(SmartContractModule::set_dedicated_node_extra_fee(
			signed(&g.farmer),
			g.node_id,
			5_000
		));
		assert_eq!(record(g.node_id).extra_fee, 5_000);

		let rent = rent_contract(&g.user, g.node_id);
		assert_eq!(record(g.node_id).rent_contract, Some(rent));

		let down_at = now_secs();
		assert_ok!(TfgridModule::change_power_state(signed(&g.node_account), Power::Down));
		assert_eq!(record(g.node_id).downtime.down_since, Some(down_at));
		wait(600);
		assert_ok!(TfgridModule::change_power_state(signed(&g.node_account), Power::Up));
		let downtime = record(g.node_id).downtime;
		assert_eq!((downtime.total, downtime.down_since), (600, None));

		assert_ok!(SmartContractModule::cancel_contract(signed(&g.user), rent));
		assert_eq!(record(g.node_id).rent_contract, None);
		// The rest of the record is kept through all of it.
		assert_eq!(record(g.node_id).extra_fee, 5_000);
		assert_eq!(record(g.node_id).downtime.total, 600);
	});
}

#[test]
fn the_record_follows_a_node_update() {
	run_test(|| {
		let g = grid(0);
		let node = pallet_tfgrid::Nodes::<Test>::get(g.node_id).unwrap();
		let mut resources = node_resources();
		resources.cru = 16;
		assert_ok!(TfgridModule::update_node(
			signed(&g.node_account),
			g.node_id,
			g.farm_id,
			resources,
			node.location.clone(),
			node.interfaces.clone().into_inner().try_into().unwrap(),
			false,
			false,
			None
		));
		assert_eq!(record(g.node_id).node.resources.cru, 16);

		// A move to another farm (no contracts on the node): the new farm's owner.
		MockGrid::twin(&acc(4));
		let other_farm = MockGrid::farm(&acc(4), 0);
		assert_ok!(TfgridModule::update_node(
			signed(&g.node_account),
			g.node_id,
			other_farm,
			resources,
			node.location,
			node.interfaces.into_inner().try_into().unwrap(),
			false,
			false,
			None
		));
		let moved = record(g.node_id).node;
		assert_eq!(moved.farm_id, other_farm);
		assert_eq!(
			moved.farmer_twin,
			pallet_tfgrid::Farms::<Test>::get(other_farm).unwrap().twin_id
		);
	});
}

#[test]
fn a_deleted_node_without_contracts_loses_its_record() {
	run_test(|| {
		let g = grid(0);
		assert_ok!(TfgridModule::delete_node(signed(&g.node_account), g.node_id));
		assert!(!NodeBillingRecords::<Test>::contains_key(g.node_id));
	});
}

/// A grid at storage version 1: two nodes (one rented, with an extra fee; one down for a
/// minute), no billing records, the standby counter in `NodeDowntimes`. Returns the records
/// version 3 has and the second node's id and rent contract.
fn v1_state() -> (Vec<(u32, NodeBilling)>, u32, u64) {
	let g = grid(0);
	MockGrid::twin(&acc(4));
	let second = MockGrid::node(&acc(4), g.farm_id);
	assert_ok!(SmartContractModule::set_dedicated_node_extra_fee(signed(&g.farmer), second, 7_000));
	let rent = rent_contract(&g.user, second);
	assert_ok!(TfgridModule::change_power_state(signed(&g.node_account), Power::Down));
	wait(60);
	let mut expected: Vec<_> = NodeBillingRecords::<Test>::iter().collect();
	expected.sort_by_key(|(id, _)| *id);
	assert_eq!(expected.len(), 2);
	let downtime = record(g.node_id).downtime;
	let _ = NodeBillingRecords::<Test>::clear(u32::MAX, None);
	NodeDowntimes::<Test>::insert(
		g.node_id,
		OldNodeDowntime { total: downtime.total, down_since: downtime.down_since },
	);
	StorageVersion::new(1).put::<SmartContractModule>();
	(expected, second, rent)
}

/// The node billing records, by node id.
fn records() -> Vec<(u32, NodeBilling)> {
	let mut records: Vec<_> = NodeBillingRecords::<Test>::iter().collect();
	records.sort_by_key(|(id, _)| *id);
	records
}

#[cfg(feature = "try-runtime")]
#[test]
fn migrations_v2_and_v3_pass_their_pre_and_post_upgrade_checks() {
	run_test(|| {
		let (expected, _, _) = v1_state();
		NodeBillingRecordsMigration::<Test>::try_on_runtime_upgrade(true).expect("v2 checks pass");
		assert_eq!(SmartContractModule::on_chain_storage_version(), 2);
		LastUpMigration::<Test>::try_on_runtime_upgrade(true).expect("v3 checks pass");
		assert_eq!(SmartContractModule::on_chain_storage_version(), 3);
		assert_eq!(records(), expected);
	});
}

#[test]
fn migration_v2_builds_the_records_from_version_1_storage_once() {
	run_test(|| {
		let (expected, second, rent) = v1_state();
		NodeBillingRecordsMigration::<Test>::on_runtime_upgrade();
		assert_eq!(SmartContractModule::on_chain_storage_version(), 2);
		// Version 2's layout: the records without `last_up`.
		let mut migrated: Vec<_> = v2::NodeBillingRecords::<Test>::iter().collect();
		migrated.sort_by_key(|(id, _)| *id);
		let old = |r: &NodeBilling| OldNodeBilling {
			node: r.node,
			downtime: OldNodeDowntime {
				total: r.downtime.total,
				down_since: r.downtime.down_since,
			},
			rent_contract: r.rent_contract,
			extra_fee: r.extra_fee,
			deleted_at: r.deleted_at,
		};
		let expected_v2: Vec<_> = expected.iter().map(|(id, r)| (*id, old(r))).collect();
		assert_eq!(migrated, expected_v2);
		assert_eq!(migrated[1].1.rent_contract, Some(rent));
		assert_eq!(migrated[1].1.extra_fee, 7_000);
		assert_eq!(ActiveRentContractForNode::<Test>::get(second), Some(rent));
		assert_eq!(DedicatedNodesExtraFee::<Test>::get(second), 7_000);
		assert!(NodeDowntimes::<Test>::iter_keys().next().is_none());

		// Once only: at version 2 it does nothing.
		v2::NodeBillingRecords::<Test>::remove(second);
		NodeBillingRecordsMigration::<Test>::on_runtime_upgrade();
		assert!(!v2::NodeBillingRecords::<Test>::contains_key(second));
		v2::NodeBillingRecords::<Test>::insert(second, expected_v2[1].1);

		// Then v3 gives the records version 3 keeps.
		LastUpMigration::<Test>::on_runtime_upgrade();
		assert_eq!(SmartContractModule::on_chain_storage_version(), 3);
		assert_eq!(records(), expected);
	});
}

#[test]
fn migration_v3_marks_nodes_ever_down_as_up_now_once() {
	run_test(|| {
		let g = grid(0);
		MockGrid::twin(&acc(4));
		let second = MockGrid::node(&acc(4), g.farm_id);
		let now = SmartContractModule::now_secs();
		let node = record(g.node_id).node;
		let old = |total, down_since| OldNodeBilling {
			node,
			downtime: OldNodeDowntime { total, down_since },
			..Default::default()
		};
		// Down for a minute once and up again; never down.
		v2::NodeBillingRecords::<Test>::insert(g.node_id, old(60, None));
		v2::NodeBillingRecords::<Test>::insert(second, old(0, None));
		StorageVersion::new(2).put::<SmartContractModule>();

		LastUpMigration::<Test>::on_runtime_upgrade();
		assert_eq!(
			record(g.node_id).downtime,
			NodeDowntime { total: 60, down_since: None, last_up: now }
		);
		assert_eq!(record(second).downtime, NodeDowntime::default());
		assert_eq!(record(second).node, node);

		// Once only: at version 3 it does nothing (a v2 record would not decode).
		let before = records();
		LastUpMigration::<Test>::on_runtime_upgrade();
		assert_eq!(records(), before);
	});
}
