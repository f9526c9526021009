//! `bond` and `unbond`.

use super::*;
use crate::{Bonded, Error, Event};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

#[test]
fn a_stash_bonds_to_a_validator_account() {
	run_test(|| {
		// Before any request, as TFChain's guide does it.
		assert_ok!(Validator::bond(signed(21), 1));
		assert_eq!(Bonded::<Test>::get(21), Some(1));
		assert_eq!(events(), vec![Event::Bonded(21)]);
	});
}

#[test]
fn a_stash_bonds_once() {
	run_test(|| {
		assert_ok!(Validator::bond(signed(21), 1));
		assert_noop!(Validator::bond(signed(21), 2), Error::<Test>::AlreadyBonded);
		assert_noop!(Validator::bond(signed(21), 1), Error::<Test>::AlreadyBonded);
	});
}

#[test]
fn a_stash_cannot_bond_to_itself() {
	run_test(|| {
		assert_noop!(Validator::bond(signed(21), 21), Error::<Test>::CannotBondWithSameAccount);
	});
}

#[test]
fn bond_and_unbond_need_a_signature() {
	run_test(|| {
		assert_noop!(Validator::bond(RuntimeOrigin::root(), 1), DispatchError::BadOrigin);
		assert_noop!(Validator::unbond(RuntimeOrigin::none()), DispatchError::BadOrigin);
	});
}

#[test]
fn a_stash_unbonds_and_bonds_again() {
	run_test(|| {
		assert_ok!(Validator::bond(signed(21), 1));
		assert_ok!(Validator::unbond(signed(21)));
		assert_eq!(Bonded::<Test>::get(21), None);
		assert_eq!(events().last(), Some(&Event::Unbonded(21)));
		assert_ok!(Validator::bond(signed(21), 2));
		assert_eq!(Bonded::<Test>::get(21), Some(2));
	});
}

#[test]
fn unbonding_without_a_bond_fails() {
	run_test(|| {
		assert_noop!(Validator::unbond(signed(21)), Error::<Test>::StashNotBonded);
	});
}
