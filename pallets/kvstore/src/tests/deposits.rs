//! Deposits: recorded per entry, so a change of the deposit constants only affects entries
//! written afterwards; entries imported from TFChain (no record) count as deposit zero.

use super::*;
use crate::{EntryDeposits, EntryValue};
use frame_support::{assert_noop, assert_ok};

#[test]
fn a_deposit_change_releases_exactly_what_was_held() {
	run_test(|| {
		assert_ok!(TFKVStore::set(signed(1), b"old".to_vec(), vec![0u8; 97])); // 100 + 100
		assert_eq!(held(1), 200);

		PerByte::set(&5);
		assert_ok!(TFKVStore::set(signed(1), b"new".to_vec(), vec![0u8; 97])); // 100 + 500
		assert_eq!(held(1), 800);
		assert_eq!(EntryDeposits::<Test>::get(1, key(b"old")), Some(200));
		assert_eq!(EntryDeposits::<Test>::get(1, key(b"new")), Some(600));

		// The old entry releases what it was charged, not today's price.
		assert_ok!(TFKVStore::delete(signed(1), b"old".to_vec()));
		assert_eq!(held(1), 600);

		// Overwriting re-prices the entry at today's price.
		PerByte::set(&1);
		assert_ok!(TFKVStore::set(signed(1), b"new".to_vec(), vec![0u8; 97]));
		assert_eq!(held(1), 200);
		assert_eq!(free(1), RICH - 200);
	});
}

#[test]
fn an_entry_without_a_deposit_record_is_deleted_for_free_and_charged_when_overwritten() {
	run_test(|| {
		// As imported from TFChain's state: an entry, no deposit.
		let value = EntryValue::try_from(b"legacy".to_vec()).unwrap();
		crate::TFKVStore::<Test>::insert(1, key(b"a"), value.clone());
		crate::TFKVStore::<Test>::insert(1, key(b"b"), value);
		TFKVStore::do_try_state().expect("a legacy entry holds nothing");

		assert_ok!(TFKVStore::delete(signed(1), b"a".to_vec()));
		assert_eq!(kv_events(), vec![Event::EntryTaken(1, b"a".to_vec(), b"legacy".to_vec())]);
		assert_eq!(held(1), 0);
		assert_eq!(free(1), RICH);

		assert_ok!(TFKVStore::set(signed(1), b"b".to_vec(), b"x".to_vec()));
		assert_eq!(held(1), deposit_of(b"b", b"x"));
	});
}

#[test]
fn a_zero_deposit_is_recorded_and_moves_nothing() {
	run_test(|| {
		PerEntry::set(&0);
		PerByte::set(&0);
		// Account 42 has no balance at all: free entries need none.
		assert_ok!(TFKVStore::set(signed(42), b"k".to_vec(), b"v".to_vec()));
		assert_eq!(EntryDeposits::<Test>::get(42, key(b"k")), Some(0));
		assert_eq!(held(42), 0);
		assert_ok!(TFKVStore::delete(signed(42), b"k".to_vec()));
		assert_eq!(EntryDeposits::<Test>::get(42, key(b"k")), None);
	});
}

#[test]
fn the_deposit_formula() {
	run_test(|| {
		assert_eq!(TFKVStore::entry_deposit(0, 0), PER_ENTRY);
		assert_eq!(TFKVStore::entry_deposit(512, 2048), PER_ENTRY + 2560);
		PerByte::set(&u64::MAX);
		assert_eq!(TFKVStore::entry_deposit(1, 0), u64::MAX);
		// A saturated deposit cannot be held: the entry is refused, not undercharged.
		assert_noop!(
			TFKVStore::set(signed(1), b"k".to_vec(), Vec::new()),
			crate::Error::<Test>::CannotPayDeposit
		);
	});
}
