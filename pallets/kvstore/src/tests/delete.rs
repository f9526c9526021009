//! `delete`: removing an entry and releasing its deposit.

use super::*;
use crate::{Error, MAX_KEY_LENGTH};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::traits::BadOrigin;

#[test]
fn delete_removes_the_entry_releases_its_deposit_and_emits_entry_taken() {
	run_test(|| {
		assert_ok!(TFKVStore::set(signed(1), b"a".to_vec(), b"first".to_vec()));
		assert_ok!(TFKVStore::set(signed(1), b"b".to_vec(), b"second".to_vec()));
		assert_ok!(TFKVStore::delete(signed(1), b"a".to_vec()));
		assert_eq!(entry(1, b"a"), None);
		assert_eq!(crate::EntryDeposits::<Test>::get(1, key(b"a")), None);
		assert_eq!(entry(1, b"b"), Some(b"second".to_vec()));
		assert_eq!(held(1), deposit_of(b"b", b"second"));
		assert_eq!(free(1), RICH - deposit_of(b"b", b"second"));
		assert_eq!(
			kv_events().last(),
			Some(&Event::EntryTaken(1, b"a".to_vec(), b"first".to_vec()))
		);

		assert_ok!(TFKVStore::delete(signed(1), b"b".to_vec()));
		assert_eq!(held(1), 0);
		assert_eq!(free(1), RICH);
	});
}

#[test]
fn delete_of_a_missing_entry_fails() {
	run_test(|| {
		assert_noop!(TFKVStore::delete(signed(1), b"k".to_vec()), Error::<Test>::NoValueStored);
		// Somebody else's entry is not the caller's.
		assert_ok!(TFKVStore::set(signed(2), b"k".to_vec(), b"v".to_vec()));
		assert_noop!(TFKVStore::delete(signed(1), b"k".to_vec()), Error::<Test>::NoValueStored);
		// A key longer than any stored key has no entry either.
		let long = vec![1u8; MAX_KEY_LENGTH as usize + 1];
		assert_noop!(TFKVStore::delete(signed(1), long), Error::<Test>::NoValueStored);
		// Deleted once, gone.
		assert_ok!(TFKVStore::delete(signed(2), b"k".to_vec()));
		assert_noop!(TFKVStore::delete(signed(2), b"k".to_vec()), Error::<Test>::NoValueStored);
	});
}

#[test]
fn delete_needs_a_signed_origin() {
	run_test(|| {
		assert_ok!(TFKVStore::set(signed(1), b"k".to_vec(), b"v".to_vec()));
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::none()] {
			assert_noop!(TFKVStore::delete(origin, b"k".to_vec()), BadOrigin);
		}
	});
}

#[test]
fn an_entry_holding_a_value_of_zero_bytes_can_be_deleted() {
	run_test(|| {
		assert_ok!(TFKVStore::set(signed(1), b"k".to_vec(), Vec::new()));
		assert_ok!(TFKVStore::delete(signed(1), b"k".to_vec()));
		assert_eq!(kv_events().last(), Some(&Event::EntryTaken(1, b"k".to_vec(), Vec::new())));
		assert_eq!(held(1), 0);
	});
}
