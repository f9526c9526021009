//! `do_try_state` catching each kind of corruption (storage is corrupted on purpose here, so
//! these tests do not run the invariant check at their end).

use super::*;
use crate::{EntryDeposits, EntryValue, HoldReason};
use frame_support::{assert_ok, traits::fungible::MutateHold};

fn value(bytes: &[u8]) -> EntryValue {
	EntryValue::try_from(bytes.to_vec()).unwrap()
}

#[test]
fn try_state_holds_after_sets_and_deletes() {
	run_test(|| {
		for who in 1..=4 {
			for k in 0..5u8 {
				assert_ok!(TFKVStore::set(signed(who), vec![k], vec![k; k as usize * 10]));
			}
			assert_ok!(TFKVStore::delete(signed(who), vec![2]));
			TFKVStore::do_try_state().expect("consistent");
		}
	});
}

#[test]
fn try_state_catches_a_deposit_record_without_an_entry() {
	new_test_ext().execute_with(|| {
		EntryDeposits::<Test>::insert(1, key(b"k"), 0);
		assert!(TFKVStore::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_a_recorded_deposit_that_is_not_held() {
	new_test_ext().execute_with(|| {
		crate::TFKVStore::<Test>::insert(1, key(b"k"), value(b"v"));
		EntryDeposits::<Test>::insert(1, key(b"k"), 102);
		assert!(TFKVStore::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_a_held_deposit_without_entries() {
	new_test_ext().execute_with(|| {
		assert_ok!(Balances::hold(&HoldReason::StorageDeposit.into(), &1, 50));
		assert!(TFKVStore::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_a_hold_that_differs_from_the_records() {
	new_test_ext().execute_with(|| {
		assert_ok!(TFKVStore::set(signed(1), b"k".to_vec(), b"v".to_vec()));
		TFKVStore::do_try_state().expect("consistent");
		assert_ok!(Balances::hold(&HoldReason::StorageDeposit.into(), &1, 1));
		assert!(TFKVStore::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_deposits_of_an_account_that_does_not_exist() {
	new_test_ext().execute_with(|| {
		crate::TFKVStore::<Test>::insert(99, key(b"k"), value(b"v"));
		EntryDeposits::<Test>::insert(99, key(b"k"), 102);
		assert!(TFKVStore::do_try_state().is_err());
	});
}

#[test]
fn a_missing_hold_fails_the_release_with_a_named_error() {
	new_test_ext().execute_with(|| {
		crate::TFKVStore::<Test>::insert(1, key(b"k"), value(b"v"));
		EntryDeposits::<Test>::insert(1, key(b"k"), 102);
		frame_support::assert_noop!(
			TFKVStore::delete(signed(1), b"k".to_vec()),
			crate::Error::<Test>::DepositNotHeld
		);
	});
}
