//! Free node reports: one per node, kind and window; a burst pays, ZOS's rhythm does not.

use super::*;
use crate::{
	free_calls::{is_free, FreeCallKind},
	Error, LastFreeCall,
};
use frame_support::dispatch::Pays;
use tfchain_support::Resources;

/// Reports in a burst.
const BURST: u64 = 50;

/// Blocks of one minute (6 s blocks).
const MINUTE: u64 = 10;

/// Moves the chain to `block` (no hooks run), with its chain time.
fn go_to(block: u64) {
	System::set_block_number(block);
	Timestamp::set_timestamp(GENESIS_MS + (block - 1) * BLOCK_MS);
}

/// The window of a kind in the mock.
fn window(kind: FreeCallKind) -> u64 {
	kind.window::<Test>()
}

/// A network-usage report for a contract, at the current chain time plus `n` seconds.
fn nru(contract_id: u64, n: u64) -> NruConsumption {
	NruConsumption { contract_id, timestamp: now_secs() + n, window: 3600, nru: 1_000 }
}

/// A used-resources report for a contract.
fn used(contract_id: u64, n: u64) -> ContractResources {
	ContractResources { contract_id, used: Resources { cru: 1 + n % 2, mru: 2, sru: 3, hru: 4 } }
}

/// One report of `kind` by `who` about `contracts` (`n` varies its content).
fn report(
	kind: FreeCallKind,
	who: &AccountId,
	contracts: &[u64],
	n: u64,
) -> frame_support::dispatch::DispatchResultWithPostInfo {
	match kind {
		FreeCallKind::NruReports => SmartContractModule::add_nru_reports(
			signed(who),
			contracts.iter().map(|id| nru(*id, n + 1)).collect(),
		),
		FreeCallKind::ResourceReports => SmartContractModule::report_contract_resources(
			signed(who),
			contracts.iter().map(|id| used(*id, n)).collect(),
		),
	}
}

/// The fee of a successful report.
fn fee(kind: FreeCallKind, who: &AccountId, contracts: &[u64], n: u64) -> Pays {
	report(kind, who, contracts, n).expect("the report succeeds").pays_fee
}

#[test]
fn the_rule_counts_whole_windows() {
	assert!(is_free::<u64>(None, 7, 300));
	assert!(!is_free(Some(10u64), 309, 300));
	assert!(is_free(Some(10u64), 310, 300));
	assert!(is_free(Some(10u64), 10, 0));
}

#[test]
fn windows_are_below_zos_intervals() {
	// ZOS reports network usage once an hour.
	assert!(window(FreeCallKind::NruReports) < 60 * MINUTE);
	assert!(window(FreeCallKind::ResourceReports) > 0);
}

#[test]
fn a_burst_of_fifty_pays_after_the_first_of_each_kind() {
	for kind in FreeCallKind::ALL {
		run_test(|| {
			let g = grid(0);
			let id = node_contract(&g.user, g.node_id, 1, 0);
			let start = 5;
			let span = window(kind) - 1;
			let mut fees = Vec::new();
			for i in 0..BURST {
				// Spread over the window, all inside it.
				go_to(start + i * span / (BURST - 1));
				let events = System::events().len();
				fees.push(fee(kind, &g.node_account, &[id], i));
				// A paying report is still recorded.
				assert!(System::events().len() > events, "{kind:?} report {i} did nothing");
			}
			assert_eq!(fees[0], Pays::No, "{kind:?}");
			assert!(fees[1..].iter().all(|f| *f == Pays::Yes), "{kind:?}: {fees:?}");
			assert_eq!(LastFreeCall::<Test>::get(g.node_id, kind), Some(start));

			// The last block of the window still pays; the window's end is free again.
			go_to(start + window(kind) - 1);
			assert_eq!(fee(kind, &g.node_account, &[id], 0), Pays::Yes);
			go_to(start + window(kind));
			assert_eq!(fee(kind, &g.node_account, &[id], 1), Pays::No);
			assert_eq!(fee(kind, &g.node_account, &[id], 2), Pays::Yes);
		});
	}
}

#[test]
fn kinds_and_nodes_are_counted_apart() {
	run_test(|| {
		let g = grid(0);
		let other = acc(4);
		MockGrid::twin(&other);
		let other_node = MockGrid::node(&other, g.farm_id);
		let first = node_contract(&g.user, g.node_id, 1, 0);
		let second = node_contract(&g.user, other_node, 2, 0);
		go_to(3);
		for kind in FreeCallKind::ALL {
			for i in 0..BURST {
				report(kind, &g.node_account, &[first], i).expect("report succeeds");
			}
		}
		for kind in FreeCallKind::ALL {
			assert_eq!(fee(kind, &other, &[second], 0), Pays::No);
			assert_eq!(fee(kind, &other, &[second], 1), Pays::Yes);
			assert_eq!(LastFreeCall::<Test>::get(g.node_id, kind), Some(3));
			assert_eq!(LastFreeCall::<Test>::get(other_node, kind), Some(3));
		}
	});
}

#[test]
fn a_report_about_nothing_live_pays() {
	run_test(|| {
		let g = grid(0);
		go_to(2);
		for kind in FreeCallKind::ALL {
			// Nothing, or only contracts that do not exist: no node to count it against.
			assert_eq!(fee(kind, &g.node_account, &[], 0), Pays::Yes);
			assert_eq!(fee(kind, &g.node_account, &[99], 0), Pays::Yes);
			// A twin without a node is no node either.
			assert_eq!(fee(kind, &g.user, &[], 0), Pays::Yes);
		}
		assert_eq!(LastFreeCall::<Test>::iter().count(), 0);
		// The node's first report about its live contract is still free.
		let id = node_contract(&g.user, g.node_id, 1, 0);
		for kind in FreeCallKind::ALL {
			assert_eq!(fee(kind, &g.node_account, &[99, id], 0), Pays::No);
		}
	});
}

#[test]
fn a_failing_report_does_not_use_the_free_report() {
	run_test(|| {
		let g = grid(0);
		let id = node_contract(&g.user, g.node_id, 1, 0);
		let name = name_contract(&g.user, "abc");
		go_to(2);
		for kind in FreeCallKind::ALL {
			let result = report(kind, &g.node_account, &[id, name], 0);
			assert_eq!(result.map_err(|e| e.error), Err(Error::<Test>::InvalidContractType.into()));
			assert_eq!(fee(kind, &g.node_account, &[id], 0), Pays::No);
		}
	});
}

#[test]
fn zos_rhythm_stays_free() {
	run_test(|| {
		let g = grid(0);
		let ids: Vec<u64> = (1..=4).map(|h| node_contract(&g.user, g.node_id, h, 0)).collect();
		// At boot, one report of every deployment; then one per deployment created or updated,
		// a few minutes apart.
		let mut block = 2;
		go_to(block);
		assert_eq!(fee(FreeCallKind::ResourceReports, &g.node_account, &ids, 0), Pays::No);
		for i in 0..40 {
			block += 2 * MINUTE;
			go_to(block);
			let id = ids[i % ids.len()];
			let info = fee(FreeCallKind::ResourceReports, &g.node_account, &[id], i as u64);
			assert_eq!(info, Pays::No, "resource report {i}");
		}
		// Network usage once an hour, for two days.
		for i in 0..48 {
			block += 60 * MINUTE;
			go_to(block);
			let info = fee(FreeCallKind::NruReports, &g.node_account, &ids, i);
			assert_eq!(info, Pays::No, "usage report {i}");
		}
	});
}

#[test]
fn a_deleted_node_leaves_no_free_reports() {
	run_test(|| {
		let g = grid(0);
		let id = node_contract(&g.user, g.node_id, 1, 0);
		go_to(2);
		for kind in FreeCallKind::ALL {
			assert_eq!(fee(kind, &g.node_account, &[id], 0), Pays::No);
		}
		assert_eq!(LastFreeCall::<Test>::iter().count(), 2);
		assert_ok!(TfgridModule::delete_node(signed(&g.node_account), g.node_id));
		assert_eq!(LastFreeCall::<Test>::iter().count(), 0);
	});
}
