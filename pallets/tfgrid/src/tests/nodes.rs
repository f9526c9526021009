//! Nodes: registration minimums and validation, one node per twin, update and farm moves,
//! certification, public config, deletion and uptime reports.

use super::*;
use crate::{
	AllowedNodeCertifiers, ConnectionPrice, DefaultFarmingPolicies, Error, Farms, NodeID,
	NodeIdByTwinID, NodePower, Nodes, NodesByFarmID,
};
use frame_support::{assert_noop, dispatch::Pays};
use sp_runtime::DispatchError;

fn call_create(
	who: &AccountId,
	farm_id: u32,
	resources: Resources,
	location: Location,
	interfaces: Interfaces,
	serial: Option<SerialNumber>,
) -> sp_runtime::DispatchResult {
	TfgridModule::create_node(
		signed(who),
		farm_id,
		resources,
		location,
		interfaces,
		false,
		false,
		serial,
	)
}

fn call_update(
	who: &AccountId,
	node_id: u32,
	farm_id: u32,
	resources: Resources,
	location: Location,
	interfaces: Interfaces,
	serial: Option<SerialNumber>,
) -> sp_runtime::DispatchResultWithInfo<frame_support::dispatch::PostDispatchInfo> {
	TfgridModule::update_node(
		signed(who),
		node_id,
		farm_id,
		resources,
		location,
		interfaces,
		false,
		false,
		serial,
	)
}

/// Every invalid node input with the error it must give: (resources, location, interfaces,
/// serial, error).
fn invalid_node_inputs() -> Vec<(Resources, Location, Interfaces, Option<SerialNumber>, Error<Test>)>
{
	let r = resources();
	let mut cases = Vec::new();
	let mut push_resources = |res: Resources, error| {
		cases.push((res, location(), interfaces(), None, error));
	};
	push_resources(Resources { sru: 99 * GIB, hru: 99 * GIB, ..r }, Error::<Test>::InvalidSRUInput);
	push_resources(Resources { sru: 0, hru: 99 * GIB, ..r }, Error::<Test>::InvalidSRUInput);
	push_resources(Resources { cru: 0, ..r }, Error::<Test>::InvalidCRUInput);
	push_resources(Resources { mru: 2 * GIB - 1, ..r }, Error::<Test>::InvalidMRUInput);
	let location_cases: Vec<(fn(&mut Location), Error<Test>)> = vec![
		(|l| l.city = b(b"G"), Error::<Test>::CityNameTooShort),
		(|l| l.city = b(b"Ghent!"), Error::<Test>::InvalidCityName),
		(|l| l.country = b(b"B"), Error::<Test>::CountryNameTooShort),
		(|l| l.country = b(b"Belgium2"), Error::<Test>::InvalidCountryName),
		(|l| l.latitude = b(b""), Error::<Test>::LatitudeInputTooShort),
		(|l| l.latitude = b(b"90.5"), Error::<Test>::InvalidLatitudeInput),
		(|l| l.longitude = b(b""), Error::<Test>::LongitudeInputTooShort),
		(|l| l.longitude = b(b"east"), Error::<Test>::InvalidLongitudeInput),
	];
	for (edit, error) in location_cases {
		let mut l = location();
		edit(&mut l);
		cases.push((r, l, interfaces(), None, error));
	}
	let interface_cases: Vec<(fn(&mut Interface), Error<Test>)> = vec![
		(|i| i.name = b(b"zo"), Error::<Test>::InterfaceNameTooShort),
		(|i| i.name = b(b"Eth0"), Error::<Test>::InvalidInterfaceName),
		(|i| i.mac = b(b"00:1a:2b:3c:4d"), Error::<Test>::InterfaceMacTooShort),
		(|i| i.mac = b(b"00:1a:2b:3c:4d:zz"), Error::<Test>::InvalidMacAddress),
		(
			|i| i.ips = BoundedVec::try_from(vec![b(b"1.1.1")]).unwrap(),
			Error::<Test>::InterfaceIpTooShort,
		),
		(
			|i| i.ips = BoundedVec::try_from(vec![b(b"10.0.0.300")]).unwrap(),
			Error::<Test>::InvalidInterfaceIP,
		),
	];
	for (edit, error) in interface_cases {
		let mut list = interfaces();
		edit(&mut list[0]);
		cases.push((r, location(), list, None, error));
	}
	cases.push((r, location(), interfaces(), Some(b(b"")), Error::<Test>::SerialNumberTooShort));
	cases.push((
		r,
		location(),
		interfaces(),
		Some(b(b"SN\n1")),
		Error::<Test>::InvalidSerialNumber,
	));
	cases
}

#[test]
fn create_node_works() {
	run_test(|| {
		ConnectionPrice::<Test>::put(120);
		let (_, node_account, farm_id, node_id) = farmer_with_node();
		let node = Nodes::<Test>::get(node_id).unwrap();
		assert_eq!(node.farm_id, farm_id);
		assert_eq!(node.twin_id, 2);
		assert_eq!(node.resources, resources());
		assert_eq!(node.created, GENESIS_MS / 1000);
		assert_eq!(node.certification, NodeCertification::Diy);
		assert_eq!(node.farming_policy_id, 1);
		assert_eq!(node.connection_price, 120);
		assert_eq!(node.serial_number, Some(b(b"SN-1234")));
		assert_eq!(NodeIdByTwinID::<Test>::get(2), node_id);
		assert_eq!(NodesByFarmID::<Test>::get(farm_id).to_vec(), vec![node_id]);
		assert_eq!(NodePower::<Test>::get(node_id).state, PowerState::Up);
		assert_eq!(NodeID::<Test>::get(), 1);
		assert_eq!(last_event(), Event::NodeStored(node));
		// HDD-only nodes and "Unknown" coordinates are fine.
		create_twin(&acc(3));
		let mut l = location();
		l.latitude = b(b"Unknown");
		assert_ok!(call_create(
			&acc(3),
			farm_id,
			Resources { sru: 0, hru: 100 * GIB, cru: 1, mru: 2 * GIB },
			l,
			interfaces(),
			None
		));
		let _ = node_account;
	});
}

#[test]
fn create_node_errors() {
	run_test(|| {
		let who = acc(2);
		// TFChain's order: the farm first, then the caller's twin.
		assert_noop!(
			call_create(&who, 1, resources(), location(), interfaces(), None),
			Error::<Test>::FarmNotExists
		);
		create_twin(&acc(1));
		let farm_id = create_farm(&acc(1), "farm_a");
		assert_noop!(
			call_create(&who, farm_id, resources(), location(), interfaces(), None),
			Error::<Test>::TwinNotExists
		);
		create_twin(&who);
		assert_noop!(
			call_create(&who, 99, resources(), location(), interfaces(), None),
			Error::<Test>::FarmNotExists
		);
		for (res, loc, ifs, serial, error) in invalid_node_inputs() {
			assert_noop!(call_create(&who, farm_id, res, loc, ifs, serial), error);
		}
		NodeID::<Test>::put(u32::MAX);
		assert_noop!(
			call_create(&who, farm_id, resources(), location(), interfaces(), None),
			Error::<Test>::IdOverflow
		);
		NodeID::<Test>::put(0);
		// No default farming policy left: nothing to assign.
		let defaults = DefaultFarmingPolicies::<Test>::take();
		assert_noop!(
			call_create(&who, farm_id, resources(), location(), interfaces(), None),
			Error::<Test>::FarmingPolicyNotExists
		);
		DefaultFarmingPolicies::<Test>::put(defaults);
		create_node(&who, farm_id);
		assert_noop!(
			call_create(&who, farm_id, resources(), location(), interfaces(), None),
			Error::<Test>::NodeWithTwinIdExists
		);
		assert_noop!(
			TfgridModule::create_node(
				RuntimeOrigin::none(),
				farm_id,
				resources(),
				location(),
				interfaces(),
				false,
				false,
				None
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn a_farm_holds_at_most_max_nodes() {
	run_test(|| {
		create_twin(&acc(1));
		let farm_id = create_farm(&acc(1), "farm_a");
		for n in 0..MAX_NODES_PER_FARM as u8 {
			create_twin(&acc(10 + n));
			create_node(&acc(10 + n), farm_id);
		}
		create_twin(&acc(2));
		assert_noop!(
			call_create(&acc(2), farm_id, resources(), location(), interfaces(), None),
			Error::<Test>::FarmHasTooManyNodes
		);
	});
}

#[test]
fn update_node_overwrites_and_is_free() {
	run_test(|| {
		let (_, node_account, farm_id, node_id) = farmer_with_node();
		let mut l = location();
		l.city = b(b"Cairo");
		l.country = b(b"Egypt");
		let new_resources = Resources { cru: 8, ..resources() };
		let info = call_update(
			&node_account,
			node_id,
			farm_id,
			new_resources,
			l.clone(),
			interfaces(),
			None,
		)
		.unwrap();
		assert_eq!(info.pays_fee, Pays::No);
		let node = Nodes::<Test>::get(node_id).unwrap();
		assert_eq!(node.resources, new_resources);
		assert_eq!(node.location, l);
		assert_eq!(node.serial_number, None);
		assert_eq!(last_event(), Event::NodeUpdated(node));
	});
}

#[test]
fn update_node_moves_between_farms_with_the_indexes() {
	run_test(|| {
		let (farmer, node_account, farm_id, node_id) = farmer_with_node();
		let other_farm = create_farm_for(&farmer, "farm_two");
		assert_ok!(call_update(
			&node_account,
			node_id,
			other_farm,
			resources(),
			location(),
			interfaces(),
			None
		));
		assert_eq!(Nodes::<Test>::get(node_id).unwrap().farm_id, other_farm);
		assert!(!NodesByFarmID::<Test>::contains_key(farm_id));
		assert_eq!(NodesByFarmID::<Test>::get(other_farm).to_vec(), vec![node_id]);
		// And back, next to another node.
		create_twin(&acc(3));
		let second = create_node(&acc(3), farm_id);
		assert_ok!(call_update(
			&node_account,
			node_id,
			farm_id,
			resources(),
			location(),
			interfaces(),
			None
		));
		assert_eq!(NodesByFarmID::<Test>::get(farm_id).to_vec(), vec![second, node_id]);
		assert!(!NodesByFarmID::<Test>::contains_key(other_farm));
	});
}

/// A second farm for a farmer that already has a twin.
fn create_farm_for(farmer: &AccountId, name: &str) -> u32 {
	assert_ok!(TfgridModule::create_farm(signed(farmer), b(name.as_bytes()), Default::default()));
	TfgridModule::farm_id_by_name(&b(name.as_bytes())).unwrap()
}

#[test]
fn a_certified_node_drops_to_diy_when_resources_change_more_than_one_percent() {
	run_test(|| {
		let (_, node_account, farm_id, node_id) = farmer_with_node();
		assert_ok!(TfgridModule::set_node_certification(
			RuntimeOrigin::root(),
			node_id,
			NodeCertification::Certified
		));
		assert_eq!(Nodes::<Test>::get(node_id).unwrap().farming_policy_id, 2);
		// +1 % of SSD: still certified.
		let small = Resources { sru: resources().sru + resources().sru / 100, ..resources() };
		assert_ok!(call_update(
			&node_account,
			node_id,
			farm_id,
			small,
			location(),
			interfaces(),
			None
		));
		assert_eq!(
			Nodes::<Test>::get(node_id).unwrap().certification,
			NodeCertification::Certified
		);
		// Double the RAM: back to DIY and to the DIY default policy.
		let big = Resources { mru: resources().mru * 2, ..resources() };
		assert_ok!(call_update(
			&node_account,
			node_id,
			farm_id,
			big,
			location(),
			interfaces(),
			None
		));
		let node = Nodes::<Test>::get(node_id).unwrap();
		assert_eq!(node.certification, NodeCertification::Diy);
		assert_eq!(node.farming_policy_id, 1);
	});
}

#[test]
fn a_rented_node_cannot_move_to_another_farm() {
	run_test(|| {
		let (farmer, node_account, farm_id, node_id) = farmer_with_node();
		let other_farm = create_farm_for(&farmer, "farm_two");
		let update = |farm| {
			call_update(&node_account, node_id, farm, resources(), location(), interfaces(), None)
		};
		// Rented, without node contracts: the rent's payouts would follow the new farmer.
		set_rented(node_id, true);
		assert_noop!(update(other_farm), Error::<Test>::NodeHasActiveContracts);
		assert_eq!(Nodes::<Test>::get(node_id).unwrap().farm_id, farm_id);
		// Staying in the farm is fine while rented.
		assert_ok!(update(farm_id));
		// No longer rented: it may move.
		set_rented(node_id, false);
		assert_ok!(update(other_farm));
		assert_eq!(Nodes::<Test>::get(node_id).unwrap().farm_id, other_farm);
	});
}

#[test]
fn update_node_errors() {
	run_test(|| {
		let (farmer, node_account, farm_id, node_id) = farmer_with_node();
		let other_farm = create_farm_for(&farmer, "farm_two");
		assert_noop!(
			call_update(&acc(9), node_id, farm_id, resources(), location(), interfaces(), None),
			Error::<Test>::TwinNotExists
		);
		assert_noop!(
			call_update(&node_account, 99, farm_id, resources(), location(), interfaces(), None),
			Error::<Test>::NodeNotExists
		);
		assert_noop!(
			call_update(&farmer, node_id, farm_id, resources(), location(), interfaces(), None),
			Error::<Test>::NodeUpdateNotAuthorized
		);
		assert_noop!(
			call_update(&node_account, node_id, 99, resources(), location(), interfaces(), None),
			Error::<Test>::FarmNotExists
		);
		for (res, loc, ifs, serial, error) in invalid_node_inputs() {
			assert_noop!(
				call_update(&node_account, node_id, farm_id, res, loc, ifs, serial),
				error
			);
		}
		set_active_contracts(node_id, true);
		assert_noop!(
			call_update(
				&node_account,
				node_id,
				other_farm,
				resources(),
				location(),
				interfaces(),
				None
			),
			Error::<Test>::NodeHasActiveContracts
		);
		// Staying in the farm is fine with contracts.
		assert_ok!(call_update(
			&node_account,
			node_id,
			farm_id,
			resources(),
			location(),
			interfaces(),
			None
		));
		set_active_contracts(node_id, false);
		for n in 0..MAX_NODES_PER_FARM as u8 {
			create_twin(&acc(10 + n));
			create_node(&acc(10 + n), other_farm);
		}
		assert_noop!(
			call_update(
				&node_account,
				node_id,
				other_farm,
				resources(),
				location(),
				interfaces(),
				None
			),
			Error::<Test>::FarmHasTooManyNodes
		);
	});
}

#[test]
fn set_node_certification_by_root_and_certifiers() {
	run_test(|| {
		let (_, _, _, node_id) = farmer_with_node();
		assert_ok!(TfgridModule::set_node_certification(
			RuntimeOrigin::root(),
			node_id,
			NodeCertification::Certified
		));
		let node = Nodes::<Test>::get(node_id).unwrap();
		assert_eq!(node.certification, NodeCertification::Certified);
		assert_eq!(node.farming_policy_id, 2);
		assert_eq!(
			last_event(),
			Event::NodeCertificationSet(node_id, NodeCertification::Certified)
		);
		AllowedNodeCertifiers::<Test>::put(BoundedList::try_from(vec![acc(5)]).unwrap());
		assert_ok!(TfgridModule::set_node_certification(
			signed(&acc(5)),
			node_id,
			NodeCertification::Diy
		));
		assert_eq!(Nodes::<Test>::get(node_id).unwrap().farming_policy_id, 1);
		assert_noop!(
			TfgridModule::set_node_certification(signed(&acc(6)), node_id, NodeCertification::Diy),
			Error::<Test>::NotAllowedToCertifyNode
		);
		assert_noop!(
			TfgridModule::set_node_certification(RuntimeOrigin::root(), 99, NodeCertification::Diy),
			Error::<Test>::NodeNotExists
		);
		assert_noop!(
			TfgridModule::set_node_certification(
				RuntimeOrigin::none(),
				node_id,
				NodeCertification::Diy
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn add_node_public_config_sets_and_clears() {
	run_test(|| {
		let (farmer, _, farm_id, node_id) = farmer_with_node();
		let config = PublicConfig {
			ip4: ip4("185.206.122.33/24", "185.206.122.1"),
			ip6: Some(IP6 { ip: b(b"2a10:b600:1::cc/64"), gw: b(b"2a10:b600:1::1") }),
			domain: Some(b(b"gw1.grid.tf")),
		};
		assert_ok!(TfgridModule::add_node_public_config(
			signed(&farmer),
			farm_id,
			node_id,
			Some(config.clone())
		));
		assert_eq!(Nodes::<Test>::get(node_id).unwrap().public_config, Some(config.clone()));
		assert_eq!(last_event(), Event::NodePublicConfigStored(node_id, Some(config)));
		assert_ok!(TfgridModule::add_node_public_config(signed(&farmer), farm_id, node_id, None));
		assert_eq!(Nodes::<Test>::get(node_id).unwrap().public_config, None);
	});
}

#[test]
fn add_node_public_config_errors() {
	run_test(|| {
		let (farmer, node_account, farm_id, node_id) = farmer_with_node();
		let good = PublicConfig {
			ip4: ip4("185.206.122.33/24", "185.206.122.1"),
			ip6: Some(IP6 { ip: b(b"2a10:b600:1::cc/64"), gw: b(b"2a10:b600:1::1") }),
			domain: Some(b(b"gw1.grid.tf")),
		};
		let set = |who: &AccountId, farm: u32, node: u32, config: PublicConfig| {
			TfgridModule::add_node_public_config(signed(who), farm, node, Some(config))
		};
		// As on TFChain: the farm, its owner (also for a caller without a twin), the node, the
		// node's farm, then the config.
		assert_noop!(set(&farmer, 99, node_id, good.clone()), Error::<Test>::FarmNotExists);
		assert_noop!(
			set(&acc(9), farm_id, node_id, good.clone()),
			Error::<Test>::CannotUpdateFarmWrongTwin
		);
		assert_noop!(
			set(&node_account, farm_id, node_id, good.clone()),
			Error::<Test>::CannotUpdateFarmWrongTwin
		);
		assert_noop!(set(&farmer, farm_id, 99, good.clone()), Error::<Test>::NodeNotExists);
		let other_farm = create_farm_for(&farmer, "farm_two");
		assert_noop!(
			set(&farmer, other_farm, node_id, good.clone()),
			Error::<Test>::NodeUpdateNotAuthorized
		);
		// Every invalid config is TFChain's InvalidPublicConfig (the cause is logged).
		for edit in super::tfchain_compat::invalid_public_config_edits() {
			let mut config = good.clone();
			edit(&mut config);
			assert_noop!(
				set(&farmer, farm_id, node_id, config),
				Error::<Test>::InvalidPublicConfig
			);
		}
	});
}

#[test]
fn delete_node_removes_every_index() {
	run_test(|| {
		let (_, node_account, farm_id, node_id) = farmer_with_node();
		create_twin(&acc(3));
		let other = create_node(&acc(3), farm_id);
		assert_ok!(TfgridModule::delete_node(signed(&node_account), node_id));
		assert!(Nodes::<Test>::get(node_id).is_none());
		assert!(!NodeIdByTwinID::<Test>::contains_key(2));
		assert_eq!(NodeIdByTwinID::<Test>::get(2), 0);
		assert!(!NodePower::<Test>::contains_key(node_id));
		assert_eq!(NodesByFarmID::<Test>::get(farm_id).to_vec(), vec![other]);
		assert_eq!(deleted_nodes(), vec![(node_id, farm_id, 2)]);
		assert_eq!(last_event(), Event::NodeDeleted(node_id));
		// The twin may register again.
		create_node(&node_account, farm_id);
	});
}

#[test]
fn delete_node_errors() {
	run_test(|| {
		let (farmer, node_account, _, node_id) = farmer_with_node();
		assert_noop!(
			TfgridModule::delete_node(signed(&acc(9)), node_id),
			Error::<Test>::TwinNotExists
		);
		assert_noop!(
			TfgridModule::delete_node(signed(&node_account), 99),
			Error::<Test>::NodeNotExists
		);
		// Another twin's node: TFChain's NodeUpdateNotAuthorized.
		assert_noop!(
			TfgridModule::delete_node(signed(&farmer), node_id),
			Error::<Test>::NodeUpdateNotAuthorized
		);
	});
}

#[test]
fn delete_node_farm_by_the_farmer() {
	run_test(|| {
		let (farmer, node_account, farm_id, node_id) = farmer_with_node();
		assert_noop!(
			TfgridModule::delete_node_farm(signed(&acc(9)), node_id),
			Error::<Test>::TwinNotExists
		);
		assert_noop!(
			TfgridModule::delete_node_farm(signed(&farmer), 99),
			Error::<Test>::NodeNotExists
		);
		assert_noop!(
			TfgridModule::delete_node_farm(signed(&node_account), node_id),
			Error::<Test>::FarmerNotAuthorized
		);
		assert_ok!(TfgridModule::delete_node_farm(signed(&farmer), node_id));
		assert!(Nodes::<Test>::get(node_id).is_none());
		assert!(!NodesByFarmID::<Test>::contains_key(farm_id));
		assert!(!NodeIdByTwinID::<Test>::contains_key(2));
		assert_eq!(deleted_nodes(), vec![(node_id, farm_id, 2)]);
		assert_eq!(last_event(), Event::NodeDeleted(node_id));
		assert!(Farms::<Test>::contains_key(farm_id));
	});
}

#[test]
fn report_uptime_works_and_is_free() {
	run_test(|| {
		let (_, node_account, _, node_id) = farmer_with_node();
		let info = TfgridModule::report_uptime(signed(&node_account), 3600).unwrap();
		assert_eq!(info.pays_fee, Pays::No);
		let now = GENESIS_MS / 1000;
		assert_eq!(last_event(), Event::NodeUptimeReported(node_id, now, 3600));
		assert_eq!(power_calls(), vec![format!("uptime {node_id} {now} 3600")]);
		assert_noop!(TfgridModule::report_uptime(signed(&acc(9)), 1), Error::<Test>::TwinNotExists);
		create_twin(&acc(3));
		assert_noop!(TfgridModule::report_uptime(signed(&acc(3)), 1), Error::<Test>::NodeNotExists);
	});
}

#[test]
fn report_uptime_v2_checks_the_timestamp_hint() {
	run_test(|| {
		let (_, node_account, _, node_id) = farmer_with_node();
		let now = GENESIS_MS / 1000;
		// A window apart, so each is free (the chain's clock stays where it is).
		for (block, hint) in
			[(1, now), (1 + FREE_UPTIME_WINDOW, now - 60), (1 + 2 * FREE_UPTIME_WINDOW, now + 60)]
		{
			System::set_block_number(block);
			let info = TfgridModule::report_uptime_v2(signed(&node_account), 10, hint).unwrap();
			assert_eq!(info.pays_fee, Pays::No);
		}
		assert_eq!(last_event(), Event::NodeUptimeReported(node_id, now, 10));
		for hint in [now - 61, now + 61, 0, u64::MAX] {
			assert_noop!(
				TfgridModule::report_uptime_v2(signed(&node_account), 10, hint),
				Error::<Test>::InvalidTimestampHint
			);
		}
		assert_noop!(
			TfgridModule::report_uptime_v2(signed(&acc(9)), 1, now),
			Error::<Test>::TwinNotExists
		);
		create_twin(&acc(3));
		assert_noop!(
			TfgridModule::report_uptime_v2(signed(&acc(3)), 1, now),
			Error::<Test>::NodeNotExists
		);
	});
}

#[test]
fn the_contracts_pallet_is_told_what_billing_uses_of_a_node() {
	run_test(|| {
		let (farmer, node_account, farm_id, node_id) = farmer_with_node();
		let farm = Farms::<Test>::get(farm_id).unwrap();
		let info =
			|node: &crate::types::Node| node.billing_info(farm.twin_id, farm.pricing_policy_id);
		let created = Nodes::<Test>::get(node_id).unwrap();
		assert_eq!(crate::mock::node_changes(), vec![(node_id, info(&created))]);
		assert_eq!(
			<TfgridModule as tfchain_support::traits::Tfgrid<_, _>>::node_billing_info(node_id),
			Some(info(&created))
		);
		assert_eq!(
			info(&created).farmer_twin,
			crate::TwinIdByAccountID::<Test>::get(&farmer).unwrap()
		);

		let new_resources = Resources { cru: 8, ..resources() };
		assert_ok!(call_update(
			&node_account,
			node_id,
			farm_id,
			new_resources,
			location(),
			interfaces(),
			None
		));
		let updated = Nodes::<Test>::get(node_id).unwrap();
		assert_eq!(crate::mock::node_changes().last(), Some(&(node_id, info(&updated))));
		assert_eq!(info(&updated).resources, new_resources);

		assert_ok!(TfgridModule::set_node_certification(
			RuntimeOrigin::root(),
			node_id,
			NodeCertification::Certified
		));
		let certified = Nodes::<Test>::get(node_id).unwrap();
		assert_eq!(crate::mock::node_changes().last(), Some(&(node_id, info(&certified))));
		assert_eq!(info(&certified).certification, NodeCertification::Certified);
		assert_eq!(crate::mock::node_changes().len(), 3);
	});
}
