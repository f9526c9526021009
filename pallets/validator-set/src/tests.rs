//! Unit tests: add, remove, the minimum, the maximum, bad origins, and the session hand-over.

use crate::{mock::*, Error, Event, SetChanged, Validators};
use frame_support::{assert_noop, assert_ok};
use pallet_session::SessionManager;
use sp_runtime::DispatchError;

fn set() -> Vec<u64> {
	Validators::<Test>::get().into_inner()
}

#[test]
fn genesis_sets_the_validators() {
	run_test(|| {
		assert_eq!(set(), vec![1, 2, 3]);
		assert!(!SetChanged::<Test>::get());
	});
}

#[test]
fn root_adds_a_validator() {
	run_test(|| {
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), 4));
		assert_eq!(set(), vec![1, 2, 3, 4]);
		assert!(SetChanged::<Test>::get());
		System::assert_last_event(Event::ValidatorAdditionInitiated(4).into());
	});
}

#[test]
fn adding_a_duplicate_fails_and_changes_nothing() {
	run_test(|| {
		assert_noop!(
			ValidatorSet::add_validator(RuntimeOrigin::root(), 2),
			Error::<Test>::Duplicate
		);
	});
}

#[test]
fn adding_past_the_maximum_fails() {
	run_test(|| {
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), 4));
		assert_noop!(
			ValidatorSet::add_validator(RuntimeOrigin::root(), 5),
			Error::<Test>::TooManyValidators
		);
	});
}

#[test]
fn root_removes_a_validator() {
	run_test(|| {
		assert_ok!(ValidatorSet::remove_validator(RuntimeOrigin::root(), 2));
		assert_eq!(set(), vec![1, 3]);
		System::assert_last_event(Event::ValidatorRemovalInitiated(2).into());
	});
}

#[test]
fn removing_below_the_minimum_fails_and_changes_nothing() {
	run_test(|| {
		assert_ok!(ValidatorSet::remove_validator(RuntimeOrigin::root(), 3));
		SetChanged::<Test>::kill();
		assert_noop!(
			ValidatorSet::remove_validator(RuntimeOrigin::root(), 1),
			Error::<Test>::TooLowValidatorCount
		);
	});
}

#[test]
fn removing_a_stranger_fails() {
	run_test(|| {
		assert_noop!(
			ValidatorSet::remove_validator(RuntimeOrigin::root(), 9),
			Error::<Test>::NotAValidator
		);
	});
}

#[test]
fn signed_origins_are_refused() {
	run_test(|| {
		assert_noop!(
			ValidatorSet::add_validator(RuntimeOrigin::signed(1), 4),
			DispatchError::BadOrigin
		);
		assert_noop!(
			ValidatorSet::remove_validator(RuntimeOrigin::signed(1), 3),
			DispatchError::BadOrigin
		);
		assert_noop!(
			ValidatorSet::add_validator(RuntimeOrigin::none(), 4),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn session_gets_the_new_set_once_after_a_change() {
	run_test(|| {
		assert_eq!(ValidatorSet::new_session(1), None);
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), 4));
		assert_ok!(ValidatorSet::remove_validator(RuntimeOrigin::root(), 1));
		assert_eq!(ValidatorSet::new_session(2), Some(vec![2, 3, 4]));
		// Unchanged since: pallet-session keeps the set it has.
		assert_eq!(ValidatorSet::new_session(3), None);
	});
}

#[test]
fn sessions_end_on_multiples_of_the_period() {
	use crate::PeriodicSessions;
	use frame_support::traits::EstimateNextSessionRotation;
	use pallet_session::ShouldEndSession;
	run_test(|| {
		let ends: Vec<u64> =
			(1..=16).filter(|n| PeriodicSessions::<Test>::should_end_session(*n)).collect();
		assert_eq!(ends, vec![5, 10, 15]);
		assert_eq!(PeriodicSessions::<Test>::estimate_next_session_rotation(7).0, Some(10));
		assert_eq!(PeriodicSessions::<Test>::estimate_next_session_rotation(10).0, Some(15));
		assert_eq!(PeriodicSessions::<Test>::average_session_length(), 5);
	});
}
