//! Free node calls: one per node, kind and window; a burst pays, the node software's rhythm
//! does not.

use super::*;
use crate::{
	free_calls::{is_free, FreeCallKind},
	Error, LastFreeCall,
};
use frame_support::{
	assert_noop,
	dispatch::{Pays, PostDispatchInfo},
};

/// Calls in a burst.
const BURST: u64 = 50;

/// Blocks of one minute (6 s blocks).
const MINUTE: u64 = 10;

/// Moves the chain to `block`, with chain time 6 s per block after genesis.
fn go_to(block: u64) {
	System::set_block_number(block);
	Timestamp::set_timestamp(GENESIS_MS + (block - 1) * 6_000);
}

/// The window of a kind in the mock.
fn window(kind: FreeCallKind) -> u64 {
	kind.window::<Test>()
}

/// One successful call of `kind` by the node (account `who`, node `node_id` in `farm_id`);
/// `n` varies the call (uptime value, v1 or v2, power state) so that each one changes
/// something.
fn call(
	kind: FreeCallKind,
	who: &AccountId,
	node_id: u32,
	farm_id: u32,
	n: u64,
) -> PostDispatchInfo {
	let origin = signed(who);
	match kind {
		FreeCallKind::UpdateNode => {
			let mut res = resources();
			res.cru = 4 + n % 2;
			TfgridModule::update_node(
				origin,
				node_id,
				farm_id,
				res,
				location(),
				interfaces(),
				true,
				false,
				Some(b(b"SN-1234")),
			)
		},
		FreeCallKind::Uptime if n.is_multiple_of(2) => TfgridModule::report_uptime(origin, 100 + n),
		FreeCallKind::Uptime => {
			let now = TfgridModule::now_secs();
			TfgridModule::report_uptime_v2(origin, 100 + n, now)
		},
		FreeCallKind::PowerState => {
			let power = if n.is_multiple_of(2) { Power::Down } else { Power::Up };
			TfgridModule::change_power_state(origin, power)
		},
	}
	.expect("the call succeeds")
}

/// A farmer with two nodes: (node 1's account, node 1, node 2's account, node 2, farm).
fn two_nodes() -> (AccountId, u32, AccountId, u32, u32) {
	let (_, first, farm_id, first_id) = farmer_with_node();
	let second = acc(3);
	create_twin(&second);
	let second_id = create_node(&second, farm_id);
	(first, first_id, second, second_id, farm_id)
}

#[test]
fn the_rule_counts_whole_windows() {
	assert!(is_free::<u64>(None, 0, 200));
	assert!(!is_free(Some(100u64), 100, 200));
	assert!(!is_free(Some(100u64), 299, 200));
	assert!(is_free(Some(100u64), 300, 200));
	assert!(is_free(Some(100u64), 1_000, 200));
	// A window of 0 makes every call free; a block before the last one is not a window later.
	assert!(is_free(Some(100u64), 100, 0));
	assert!(!is_free(Some(100u64), 50, 200));
}

#[test]
fn windows_are_below_zos_intervals() {
	// ZOS reports uptime every 40 minutes; updates its node once per boot or address change;
	// the farmerbot decides power every 5 minutes.
	assert!(window(FreeCallKind::Uptime) < 40 * MINUTE);
	assert!(window(FreeCallKind::PowerState) < 5 * MINUTE);
	assert!(window(FreeCallKind::UpdateNode) > 0);
}

#[test]
fn a_burst_of_fifty_pays_after_the_first_of_each_kind() {
	for kind in FreeCallKind::ALL {
		run_test(|| {
			let (_, node_account, farm_id, node_id) = farmer_with_node();
			let start = 10;
			go_to(start);
			let span = window(kind) - 1;
			let mut fees = Vec::new();
			for i in 0..BURST {
				// Spread over the window, all inside it.
				go_to(start + i * span / (BURST - 1));
				let events = System::events().len();
				fees.push(call(kind, &node_account, node_id, farm_id, i).pays_fee);
				// A paying call still does its work.
				assert!(System::events().len() > events, "{kind:?} call {i} did nothing");
			}
			assert_eq!(fees[0], Pays::No, "{kind:?}");
			assert!(fees[1..].iter().all(|fee| *fee == Pays::Yes), "{kind:?}: {fees:?}");
			assert_eq!(LastFreeCall::<Test>::get(node_id, kind), Some(start));

			// The last block of the window still pays; the window's end is free again.
			go_to(start + window(kind) - 1);
			assert_eq!(call(kind, &node_account, node_id, farm_id, 1).pays_fee, Pays::Yes);
			go_to(start + window(kind));
			assert_eq!(call(kind, &node_account, node_id, farm_id, 0).pays_fee, Pays::No);
			assert_eq!(call(kind, &node_account, node_id, farm_id, 1).pays_fee, Pays::Yes);
			assert_eq!(LastFreeCall::<Test>::get(node_id, kind), Some(start + window(kind)));
		});
	}
}

#[test]
fn kinds_and_nodes_are_counted_apart() {
	run_test(|| {
		let (first, first_id, second, second_id, farm_id) = two_nodes();
		go_to(5);
		for kind in FreeCallKind::ALL {
			for i in 0..BURST {
				call(kind, &first, first_id, farm_id, i);
			}
		}
		// The other node's first call of each kind is free; the first node's other kinds were
		// each free once.
		for kind in FreeCallKind::ALL {
			assert_eq!(call(kind, &second, second_id, farm_id, 0).pays_fee, Pays::No);
			assert_eq!(call(kind, &second, second_id, farm_id, 1).pays_fee, Pays::Yes);
			assert_eq!(LastFreeCall::<Test>::get(first_id, kind), Some(5));
			assert_eq!(LastFreeCall::<Test>::get(second_id, kind), Some(5));
		}
	});
}

#[test]
fn report_uptime_and_report_uptime_v2_share_a_window() {
	run_test(|| {
		let (_, node_account, _, _) = farmer_with_node();
		go_to(3);
		let now = TfgridModule::now_secs();
		let info = TfgridModule::report_uptime_v2(signed(&node_account), 1, now).unwrap();
		assert_eq!(info.pays_fee, Pays::No);
		let info = TfgridModule::report_uptime(signed(&node_account), 2).unwrap();
		assert_eq!(info.pays_fee, Pays::Yes);
	});
}

#[test]
fn a_failing_call_does_not_use_the_free_call() {
	run_test(|| {
		let (_, node_account, farm_id, node_id) = farmer_with_node();
		go_to(3);
		let now = TfgridModule::now_secs();
		assert_noop!(
			TfgridModule::report_uptime_v2(signed(&node_account), 1, now + 61),
			Error::<Test>::InvalidTimestampHint
		);
		assert_noop!(
			TfgridModule::update_node(
				signed(&node_account),
				node_id,
				farm_id + 1,
				resources(),
				location(),
				interfaces(),
				true,
				false,
				None,
			),
			Error::<Test>::FarmNotExists
		);
		assert_eq!(LastFreeCall::<Test>::iter().count(), 0);
		for kind in FreeCallKind::ALL {
			assert_eq!(call(kind, &node_account, node_id, farm_id, 0).pays_fee, Pays::No);
		}
	});
}

#[test]
fn the_node_softwares_rhythm_stays_free() {
	run_test(|| {
		let (_, node_account, farm_id, node_id) = farmer_with_node();
		// ZOS: an uptime report every 40 minutes, for 4 days.
		let mut block = 2;
		for i in 0..(4 * 24 * 60 / 40) {
			go_to(block);
			let info = call(FreeCallKind::Uptime, &node_account, node_id, farm_id, i);
			assert_eq!(info.pays_fee, Pays::No, "uptime report {i}");
			block += 40 * MINUTE;
		}
		// The farmerbot's tightest power cycle, 30 times: down (the node still reports it),
		// woken a 5-minute round later and `Up` once booted, kept up 30 minutes.
		for i in 0..30 {
			go_to(block);
			let down = call(FreeCallKind::PowerState, &node_account, node_id, farm_id, 0);
			assert_eq!(down.pays_fee, Pays::No, "power cycle {i}: down");
			block += 5 * MINUTE;
			go_to(block);
			let up = call(FreeCallKind::PowerState, &node_account, node_id, farm_id, 1);
			assert_eq!(up.pays_fee, Pays::No, "power cycle {i}: up");
			block += 30 * MINUTE;
		}
		// A node update per boot (and one per address change), a quarter of an hour apart.
		for i in 0..30 {
			go_to(block);
			let info = call(FreeCallKind::UpdateNode, &node_account, node_id, farm_id, i);
			assert_eq!(info.pays_fee, Pays::No, "update {i}");
			block += 15 * MINUTE;
		}
	});
}

#[test]
fn a_deleted_node_leaves_no_free_calls() {
	run_test(|| {
		let (first, first_id, second, second_id, farm_id) = two_nodes();
		let farmer = acc(1);
		go_to(2);
		for kind in FreeCallKind::ALL {
			call(kind, &first, first_id, farm_id, 0);
			call(kind, &second, second_id, farm_id, 0);
		}
		assert_eq!(LastFreeCall::<Test>::iter().count(), 6);
		assert_ok!(TfgridModule::delete_node(signed(&first), first_id));
		assert_ok!(TfgridModule::delete_node_farm(signed(&farmer), second_id));
		assert_eq!(LastFreeCall::<Test>::iter().count(), 0);
	});
}
