//! `set`: storing, overwriting, the size limits, the origin and the deposit it needs.

use super::*;
use crate::{Error, MAX_KEY_LENGTH, MAX_VALUE_LENGTH};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::traits::BadOrigin;

#[test]
fn set_stores_the_entry_holds_its_deposit_and_emits_entry_set() {
	run_test(|| {
		assert_ok!(TFKVStore::set(signed(1), b"name".to_vec(), b"alice".to_vec()));
		assert_eq!(entry(1, b"name"), Some(b"alice".to_vec()));
		let deposit = deposit_of(b"name", b"alice");
		assert_eq!(deposit, 109);
		assert_eq!(held(1), deposit);
		assert_eq!(free(1), RICH - deposit);
		assert_eq!(crate::EntryDeposits::<Test>::get(1, key(b"name")), Some(deposit));
		assert_eq!(kv_events(), vec![Event::EntrySet(1, b"name".to_vec(), b"alice".to_vec())]);
	});
}

#[test]
fn set_accepts_the_longest_key_and_value_and_empty_ones() {
	run_test(|| {
		let k = vec![7u8; MAX_KEY_LENGTH as usize];
		let v = vec![9u8; MAX_VALUE_LENGTH as usize];
		assert_ok!(TFKVStore::set(signed(1), k.clone(), v.clone()));
		assert_eq!(entry(1, &k), Some(v.clone()));
		assert_eq!(held(1), deposit_of(&k, &v));

		assert_ok!(TFKVStore::set(signed(2), Vec::new(), Vec::new()));
		assert_eq!(entry(2, b""), Some(Vec::new()));
		assert_eq!(held(2), PER_ENTRY);
	});
}

#[test]
fn set_refuses_a_key_over_512_bytes() {
	run_test(|| {
		let k = vec![1u8; MAX_KEY_LENGTH as usize + 1];
		assert_noop!(TFKVStore::set(signed(1), k, b"v".to_vec()), Error::<Test>::KeyIsTooLarge);
	});
}

#[test]
fn set_refuses_a_value_over_2048_bytes() {
	run_test(|| {
		let v = vec![1u8; MAX_VALUE_LENGTH as usize + 1];
		assert_noop!(TFKVStore::set(signed(1), b"k".to_vec(), v), Error::<Test>::ValueIsTooLarge);
		// Also when it would overwrite an existing entry.
		assert_ok!(TFKVStore::set(signed(1), b"k".to_vec(), b"v".to_vec()));
		let v = vec![1u8; MAX_VALUE_LENGTH as usize + 1];
		assert_noop!(TFKVStore::set(signed(1), b"k".to_vec(), v), Error::<Test>::ValueIsTooLarge);
		assert_eq!(entry(1, b"k"), Some(b"v".to_vec()));
	});
}

#[test]
fn set_needs_a_signed_origin() {
	run_test(|| {
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::none()] {
			assert_noop!(TFKVStore::set(origin, b"k".to_vec(), b"v".to_vec()), BadOrigin);
		}
	});
}

#[test]
fn set_fails_when_the_deposit_cannot_be_held() {
	run_test(|| {
		// 150 free, 10 of it kept as the existential deposit: 140 can be held.
		let v = vec![0u8; 40]; // 100 + 1 + 40 = 141
		assert_noop!(
			TFKVStore::set(signed(POOR), b"k".to_vec(), v),
			Error::<Test>::CannotPayDeposit
		);
		// An account with no balance at all.
		assert_noop!(
			TFKVStore::set(signed(42), b"k".to_vec(), b"v".to_vec()),
			Error::<Test>::CannotPayDeposit
		);
		// Exactly what can be held is accepted.
		let v = vec![0u8; 39]; // 140
		assert_ok!(TFKVStore::set(signed(POOR), b"k".to_vec(), v));
		assert_eq!(held(POOR), 140);
		assert_eq!(free(POOR), ED);
	});
}

#[test]
fn a_larger_overwrite_that_cannot_be_paid_keeps_the_old_entry() {
	run_test(|| {
		assert_ok!(TFKVStore::set(signed(POOR), b"k".to_vec(), b"small".to_vec()));
		assert_noop!(
			TFKVStore::set(signed(POOR), b"k".to_vec(), vec![0u8; 100]),
			Error::<Test>::CannotPayDeposit
		);
		assert_eq!(entry(POOR, b"k"), Some(b"small".to_vec()));
		assert_eq!(held(POOR), deposit_of(b"k", b"small"));
	});
}

#[test]
fn overwriting_with_a_larger_value_holds_the_difference() {
	run_test(|| {
		assert_ok!(TFKVStore::set(signed(1), b"k".to_vec(), vec![1u8; 10]));
		assert_ok!(TFKVStore::set(signed(1), b"k".to_vec(), vec![2u8; 500]));
		assert_eq!(entry(1, b"k"), Some(vec![2u8; 500]));
		assert_eq!(held(1), deposit_of(b"k", &[0u8; 500]));
		assert_eq!(free(1), RICH - deposit_of(b"k", &[0u8; 500]));
	});
}

#[test]
fn overwriting_with_a_smaller_value_releases_the_difference() {
	run_test(|| {
		assert_ok!(TFKVStore::set(signed(1), b"k".to_vec(), vec![1u8; 500]));
		assert_ok!(TFKVStore::set(signed(1), b"k".to_vec(), vec![2u8; 3]));
		assert_eq!(entry(1, b"k"), Some(vec![2u8; 3]));
		assert_eq!(held(1), deposit_of(b"k", &[0u8; 3]));
		assert_eq!(free(1), RICH - deposit_of(b"k", &[0u8; 3]));
	});
}

#[test]
fn overwriting_with_a_value_of_the_same_size_moves_nothing() {
	run_test(|| {
		assert_ok!(TFKVStore::set(signed(1), b"k".to_vec(), b"aaa".to_vec()));
		assert_ok!(TFKVStore::set(signed(1), b"k".to_vec(), b"bbb".to_vec()));
		assert_eq!(entry(1, b"k"), Some(b"bbb".to_vec()));
		assert_eq!(held(1), deposit_of(b"k", b"bbb"));
		assert_eq!(kv_events().len(), 2);
	});
}

#[test]
fn entries_belong_to_their_owner() {
	run_test(|| {
		assert_ok!(TFKVStore::set(signed(1), b"k".to_vec(), b"one".to_vec()));
		assert_ok!(TFKVStore::set(signed(2), b"k".to_vec(), b"two-two".to_vec()));
		assert_eq!(entry(1, b"k"), Some(b"one".to_vec()));
		assert_eq!(entry(2, b"k"), Some(b"two-two".to_vec()));
		assert_eq!(held(1), deposit_of(b"k", b"one"));
		assert_eq!(held(2), deposit_of(b"k", b"two-two"));
		assert_eq!(entry(3, b"k"), None);
	});
}
