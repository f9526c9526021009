//! Power state (reported by the node) and power target (set by the farmer).

use super::*;
use crate::{Error, NodePower};
use frame_support::{assert_noop, dispatch::Pays};

#[test]
fn change_power_state_records_down_with_its_block() {
	run_test(|| {
		let (_, node_account, farm_id, node_id) = farmer_with_node();
		System::set_block_number(7);
		let info = TfgridModule::change_power_state(signed(&node_account), Power::Down).unwrap();
		assert_eq!(info.pays_fee, Pays::No);
		assert_eq!(NodePower::<Test>::get(node_id).state, PowerState::Down(7));
		assert_eq!(
			last_event(),
			Event::PowerStateChanged { farm_id, node_id, power_state: PowerState::Down(7) }
		);
		// Down again later: nothing changes (still down since block 7), no event.
		System::set_block_number(9);
		let events = System::events().len();
		assert_ok!(TfgridModule::change_power_state(signed(&node_account), Power::Down));
		assert_eq!(NodePower::<Test>::get(node_id).state, PowerState::Down(7));
		assert_eq!(System::events().len(), events);
		assert_ok!(TfgridModule::change_power_state(signed(&node_account), Power::Up));
		assert_eq!(NodePower::<Test>::get(node_id).state, PowerState::Up);
		assert_eq!(
			power_calls(),
			vec![
				format!("state {node_id} {farm_id} Down(7)"),
				format!("state {node_id} {farm_id} Up")
			]
		);
	});
}

#[test]
fn change_power_state_errors() {
	run_test(|| {
		farmer_with_node();
		assert_noop!(
			TfgridModule::change_power_state(signed(&acc(9)), Power::Down),
			Error::<Test>::TwinNotExists
		);
		create_twin(&acc(3));
		assert_noop!(
			TfgridModule::change_power_state(signed(&acc(3)), Power::Down),
			Error::<Test>::NodeNotExists
		);
	});
}

#[test]
fn change_power_target_works() {
	run_test(|| {
		let (farmer, _, farm_id, node_id) = farmer_with_node();
		assert_ok!(TfgridModule::change_power_target(signed(&farmer), node_id, Power::Down));
		assert_eq!(NodePower::<Test>::get(node_id).target, Power::Down);
		assert_eq!(
			last_event(),
			Event::PowerTargetChanged { farm_id, node_id, power_target: Power::Down }
		);
		// Up is allowed even with live contracts.
		set_active_contracts(node_id, true);
		assert_ok!(TfgridModule::change_power_target(signed(&farmer), node_id, Power::Up));
		assert_eq!(NodePower::<Test>::get(node_id).target, Power::Up);
		assert_eq!(power_calls().len(), 2);
	});
}

#[test]
fn change_power_target_errors() {
	run_test(|| {
		let (farmer, node_account, _, node_id) = farmer_with_node();
		assert_noop!(
			TfgridModule::change_power_target(signed(&acc(9)), node_id, Power::Down),
			Error::<Test>::TwinNotExists
		);
		assert_noop!(
			TfgridModule::change_power_target(signed(&farmer), 99, Power::Down),
			Error::<Test>::NodeNotExists
		);
		assert_noop!(
			TfgridModule::change_power_target(signed(&node_account), node_id, Power::Down),
			Error::<Test>::UnauthorizedToChangePowerTarget
		);
		set_active_contracts(node_id, true);
		assert_noop!(
			TfgridModule::change_power_target(signed(&farmer), node_id, Power::Down),
			Error::<Test>::NodeHasActiveContracts
		);
	});
}
