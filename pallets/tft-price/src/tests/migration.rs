//! v1 → v2: the single window of version 1 becomes one window per feeder.

use super::*;
use crate::{
	migrations::{v1, v2},
	AverageTftPrice, FeederMedians, TftPriceHistory,
};
use codec::Encode;
use frame_support::{
	storage::StoragePrefixedMap,
	traits::{ConstU32, GetStorageVersion, OnRuntimeUpgrade, StorageVersion},
};
use tfchain_support::BoundedList;

/// The former `MaxHistoryLength` of the mock.
type OldMax = ConstU32<64>;
type Migration = v2::PerFeederHistory<Test, OldMax>;
type OldHistory = v1::TftPriceHistory<Test, OldMax>;

/// Stores a version-1 window of (block, feeder, price) and marks the storage as version 1.
fn put_old(entries: &[(u64, AccountId, u32)]) {
	let list: Vec<v1::PriceSubmission<AccountId, u64>> = entries
		.iter()
		.map(|&(block, feeder, price)| v1::PriceSubmission { block, feeder, price })
		.collect();
	OldHistory::put(BoundedList::try_from(list).expect("within the old bound"));
	StorageVersion::new(1).put::<TFTPriceModule>();
}

#[test]
fn the_old_value_sits_at_the_maps_prefix() {
	new_test_ext().execute_with(|| {
		assert_eq!(
			OldHistory::hashed_key().to_vec(),
			TftPriceHistory::<Test>::final_prefix().to_vec()
		);
	});
}

#[test]
fn groups_the_window_by_current_feeder() {
	new_test_ext().execute_with(|| {
		go_to(200);
		put_old(&[
			// Out of the window at block 200.
			(90, 1, 10),
			(120, 1, 50),
			(130, 2, 60),
			(140, 1, 54),
			(150, 3, 70),
			// Not a current feeder.
			(160, 9, 1_000),
			(170, 2, 64),
			(180, 4, 40),
		]);
		AverageTftPrice::<Test>::put(99);

		Migration::on_runtime_upgrade();

		assert!(!OldHistory::exists());
		assert_eq!(TFTPriceModule::on_chain_storage_version(), StorageVersion::new(2));
		assert_eq!(history_of(1), vec![(120, 50), (140, 54)]);
		assert_eq!(history_of(2), vec![(130, 60), (170, 64)]);
		assert_eq!(history_of(3), vec![(150, 70)]);
		assert_eq!(history_of(4), vec![(180, 40)]);
		assert!(!TftPriceHistory::<Test>::contains_key(9));
		assert_eq!(TftPriceHistory::<Test>::iter_keys().count(), 4);
		// Latest submission first.
		assert_eq!(counted(), vec![(4, 40, 180), (2, 62, 170), (3, 70, 150), (1, 52, 140)]);
		// Medians 40, 52, 62, 70.
		assert_eq!(AverageTftPrice::<Test>::get(), 57);
		TFTPriceModule::do_try_state().expect("consistent after the migration");

		// Runs once: a second upgrade changes nothing.
		let root = sp_io::storage::root(sp_runtime::StateVersion::V1);
		Migration::on_runtime_upgrade();
		assert_eq!(sp_io::storage::root(sp_runtime::StateVersion::V1), root);

		// Submissions carry on from the migrated windows.
		go_to(200);
		submit(1, 58);
		assert_eq!(history_of(1), vec![(120, 50), (140, 54), (200, 58)]);
		assert_eq!(counted().last(), Some(&(1, 54, 200)));
		TFTPriceModule::do_try_state().expect("consistent after a submission");
	});
}

#[test]
fn keeps_the_newest_submissions_and_the_latest_feeders() {
	new_test_ext().execute_with(|| {
		for feeder in 6..=u64::from(MAX_FEEDERS) + 1 {
			add_feeder(feeder);
		}
		go_to(150);
		// Feeder 1: 12 submissions in the window, 2 more than a window holds now.
		let mut old: Vec<(u64, AccountId, u32)> =
			(0..12u64).map(|i| (101 + i, 1, 40 + i as u32)).collect();
		// Feeders 2..=9: one each, before feeder 1's last; feeder 2 the stalest.
		old.extend((2..=u64::from(MAX_FEEDERS) + 1).map(|feeder| (100 + feeder, feeder, 50)));
		old.sort_by_key(|&(block, _, _)| block);
		put_old(&old);

		Migration::on_runtime_upgrade();

		let kept: Vec<(u64, u32)> = (2..12u64).map(|i| (101 + i, 40 + i as u32)).collect();
		assert_eq!(history_of(1), kept);
		assert_eq!(FeederMedians::<Test>::get().len() as u32, MAX_FEEDERS);
		assert!(!TftPriceHistory::<Test>::contains_key(2));
		assert!(counted().iter().all(|&(feeder, _, _)| feeder != 2));
		TFTPriceModule::do_try_state().expect("consistent after the migration");
	});
}

#[test]
fn an_old_value_that_does_not_decode_is_removed() {
	new_test_ext().execute_with(|| {
		go_to(50);
		// Three entries under a bound of two.
		let list: Vec<v1::PriceSubmission<AccountId, u64>> =
			(1..=3).map(|feeder| v1::PriceSubmission { block: 40, feeder, price: 50 }).collect();
		sp_io::storage::set(&OldHistory::hashed_key(), &list.encode());
		StorageVersion::new(1).put::<TFTPriceModule>();

		v2::PerFeederHistory::<Test, ConstU32<2>>::on_runtime_upgrade();

		assert!(sp_io::storage::get(&OldHistory::hashed_key()).is_none());
		assert!(FeederMedians::<Test>::get().is_empty());
		assert_eq!(TftPriceHistory::<Test>::iter_keys().count(), 0);
		assert_eq!(TFTPriceModule::on_chain_storage_version(), StorageVersion::new(2));
		TFTPriceModule::do_try_state().expect("consistent");
	});
}

#[test]
fn a_chain_without_history_only_moves_the_version() {
	new_test_ext().execute_with(|| {
		StorageVersion::new(1).put::<TFTPriceModule>();
		Migration::on_runtime_upgrade();
		assert_eq!(TFTPriceModule::on_chain_storage_version(), StorageVersion::new(2));
		assert!(FeederMedians::<Test>::get().is_empty());
		assert_eq!(crate::AverageTftPrice::<Test>::get(), 50);
		TFTPriceModule::do_try_state().expect("consistent");
	});
}

#[cfg(feature = "try-runtime")]
#[test]
fn pre_and_post_upgrade_checks_pass() {
	new_test_ext().execute_with(|| {
		go_to(200);
		put_old(&[(120, 1, 50), (130, 2, 60), (160, 9, 1_000), (180, 3, 40)]);
		Migration::try_on_runtime_upgrade(true).expect("checks pass");
		assert_eq!(counted().len(), 3);
	});
}
