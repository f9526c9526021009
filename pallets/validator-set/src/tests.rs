//! Unit tests: add, remove, the minimum, the maximum, bad origins, approvals and
//! `add_validator_again`, in-place replacement, the v2 migration, the error and event order, the
//! session hand-over, and a randomized run.

use crate::{mock::*, ApprovedValidators, Error, Event, SetChanged, Validators};
use frame_support::{assert_noop, assert_ok};
use pallet_session::SessionManager;
use sp_runtime::DispatchError;
use tfchain_enum_order::{assert_tfchain_order, Enum};

fn set() -> Vec<u64> {
	Validators::<Test>::get().into_inner()
}

fn approved() -> Vec<u64> {
	ApprovedValidators::<Test>::get().into_inner()
}

/// Takes `who` out of the set but leaves it approved, as TFChain's offline removal did.
fn drop_from_set(who: u64) {
	Validators::<Test>::mutate(|set| set.retain(|v| *v != who));
}

#[test]
fn genesis_sets_the_validators() {
	run_test(|| {
		assert_eq!(set(), vec![1, 2, 3]);
		assert_eq!(approved(), vec![1, 2, 3]);
		assert!(!SetChanged::<Test>::get());
	});
}

#[test]
fn root_adds_a_validator() {
	run_test(|| {
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), 4));
		assert_eq!(set(), vec![1, 2, 3, 4]);
		assert_eq!(approved(), vec![1, 2, 3, 4]);
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
		assert_eq!(approved(), vec![1, 3]);
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

#[test]
fn adding_an_approved_validator_keeps_one_approval() {
	run_test(|| {
		drop_from_set(3);
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), 3));
		assert_eq!(set(), vec![1, 2, 3]);
		assert_eq!(approved(), vec![1, 2, 3]);
	});
}

#[test]
fn adding_fails_when_the_approved_list_is_full() {
	run_test(|| {
		// Four approvals (the maximum), one of them out of the set: the set has room, the
		// approved list has none.
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), 4));
		drop_from_set(4);
		assert_noop!(
			ValidatorSet::add_validator(RuntimeOrigin::root(), 5),
			Error::<Test>::TooManyValidators
		);
	});
}

#[test]
fn an_approved_validator_adds_itself_again() {
	run_test(|| {
		drop_from_set(2);
		assert_ok!(ValidatorSet::add_validator_again(RuntimeOrigin::signed(2), 2));
		assert_eq!(set(), vec![1, 3, 2]);
		assert_eq!(approved(), vec![1, 2, 3]);
		assert!(SetChanged::<Test>::get());
		System::assert_last_event(Event::ValidatorAdditionInitiated(2).into());
	});
}

#[test]
fn add_validator_again_signed_by_another_account_fails() {
	run_test(|| {
		drop_from_set(2);
		assert_noop!(
			ValidatorSet::add_validator_again(RuntimeOrigin::signed(1), 2),
			Error::<Test>::BadOrigin
		);
		assert_noop!(
			ValidatorSet::add_validator_again(RuntimeOrigin::root(), 2),
			DispatchError::BadOrigin
		);
		assert_noop!(
			ValidatorSet::add_validator_again(RuntimeOrigin::none(), 2),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn add_validator_again_needs_an_approval() {
	run_test(|| {
		assert_noop!(
			ValidatorSet::add_validator_again(RuntimeOrigin::signed(7), 7),
			Error::<Test>::ValidatorNotApproved
		);
		// Removal by governance withdraws the approval.
		assert_ok!(ValidatorSet::remove_validator(RuntimeOrigin::root(), 3));
		assert_noop!(
			ValidatorSet::add_validator_again(RuntimeOrigin::signed(3), 3),
			Error::<Test>::ValidatorNotApproved
		);
	});
}

#[test]
fn add_validator_again_refuses_a_validator_in_the_set() {
	run_test(|| {
		assert_noop!(
			ValidatorSet::add_validator_again(RuntimeOrigin::signed(1), 1),
			Error::<Test>::Duplicate
		);
	});
}

// `add_validator_again` cannot meet a full set: the set holds only approved validators and the
// approved list at most `MaxValidators`, so an approved validator outside the set leaves room.

#[test]
fn replace_swaps_in_place_and_moves_the_approval() {
	run_test(|| {
		// At the minimum size too: the set never shrinks during a replacement.
		assert_ok!(ValidatorSet::remove_validator(RuntimeOrigin::root(), 3));
		assert_ok!(ValidatorSet::do_replace_validator(1, 7));
		assert_eq!(set(), vec![7, 2]);
		assert_eq!(approved(), vec![2, 7]);
		assert!(SetChanged::<Test>::get());
		let events: Vec<_> = System::events().into_iter().map(|r| r.event).collect();
		let n = events.len();
		let expected: [RuntimeEvent; 2] = [
			Event::ValidatorRemovalInitiated(1).into(),
			Event::ValidatorAdditionInitiated(7).into(),
		];
		assert_eq!(events[n - 2..], expected);
	});
}

#[test]
fn replace_in_a_full_set() {
	run_test(|| {
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), 4));
		assert_ok!(ValidatorSet::do_replace_validator(4, 5));
		assert_eq!(set(), vec![1, 2, 3, 5]);
		assert_eq!(approved(), vec![1, 2, 3, 5]);
	});
}

#[test]
fn replace_errors_change_nothing() {
	run_test(|| {
		assert_noop!(ValidatorSet::do_replace_validator(9, 7), Error::<Test>::NotAValidator);
		assert_noop!(ValidatorSet::do_replace_validator(1, 2), Error::<Test>::Duplicate);
		assert_noop!(ValidatorSet::do_replace_validator(1, 1), Error::<Test>::Duplicate);
	});
}

#[test]
fn is_validator_reads_the_set() {
	run_test(|| {
		assert!(ValidatorSet::is_validator(&1));
		assert!(!ValidatorSet::is_validator(&4));
	});
}

#[test]
fn v2_migration_approves_the_set_once() {
	use crate::migrations::v2::ApproveCurrentValidators;
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	run_test(|| {
		// A version-1 chain: no approvals.
		ApprovedValidators::<Test>::kill();
		StorageVersion::new(1).put::<ValidatorSet>();
		ApproveCurrentValidators::<Test>::on_runtime_upgrade();
		assert_eq!(approved(), vec![1, 2, 3]);
		assert_eq!(ValidatorSet::on_chain_storage_version(), StorageVersion::new(2));
		// Already at version 2: nothing happens.
		ApprovedValidators::<Test>::mutate(|list| list.retain(|v| *v != 3));
		ApproveCurrentValidators::<Test>::on_runtime_upgrade();
		assert_eq!(approved(), vec![1, 2]);
		ApprovedValidators::<Test>::mutate(|list| {
			let _ = list.try_push(3);
		});
	});
}

/// The migration with try-runtime's pre/post-upgrade checks, as `try-runtime` runs it.
#[cfg(feature = "try-runtime")]
#[test]
fn v2_migration_passes_its_post_upgrade_checks() {
	use crate::migrations::v2::ApproveCurrentValidators;
	use frame_support::traits::{OnRuntimeUpgrade, StorageVersion};
	run_test(|| {
		ApprovedValidators::<Test>::kill();
		StorageVersion::new(1).put::<ValidatorSet>();
		assert!(ApproveCurrentValidators::<Test>::try_on_runtime_upgrade(true).is_ok());
		assert_eq!(approved(), vec![1, 2, 3]);
	});
}

#[test]
fn invariants_catch_an_unapproved_validator() {
	new_test_ext().execute_with(|| {
		assert!(ValidatorSet::check_invariants().is_ok());
		ApprovedValidators::<Test>::mutate(|list| list.retain(|v| *v != 2));
		assert!(ValidatorSet::check_invariants().is_err());
	});
}

#[test]
fn errors_follow_tfchains_order_then_ours() {
	assert_tfchain_order::<Error<Test>>(
		"ValidatorSet",
		Enum::Errors,
		&["NotAValidator", "TooManyValidators"],
	);
	let index_of = |error: Error<Test>| match DispatchError::from(error) {
		DispatchError::Module(sp_runtime::ModuleError { error, .. }) => error[0],
		other => panic!("not a module error: {other:?}"),
	};
	assert_eq!(index_of(Error::<Test>::TooLowValidatorCount), 0);
	assert_eq!(index_of(Error::<Test>::BadOrigin), 3);
	assert_eq!(index_of(Error::<Test>::TooManyValidators), 5);
}

#[test]
fn events_follow_tfchains_order() {
	assert_tfchain_order::<Event<Test>>("ValidatorSet", Enum::Events, &[]);
}

#[test]
fn storage_lists_show_as_vecs_in_the_metadata() {
	use scale_info::TypeInfo;
	assert_eq!(crate::ValidatorList::<Test>::type_info(), <Vec<u64> as TypeInfo>::type_info());
}

/// xorshift64*: a small deterministic generator.
struct Rng(u64);

impl Rng {
	fn below(&mut self, n: u64) -> u64 {
		self.0 ^= self.0 >> 12;
		self.0 ^= self.0 << 25;
		self.0 ^= self.0 >> 27;
		self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n
	}
}

#[test]
fn randomized_changes_keep_the_invariants() {
	run_test(|| {
		let mut rng = Rng(0x5eed_1234_abcd_0042);
		let mut successes = 0;
		for _ in 0..3_000 {
			let a = rng.below(8);
			let b = rng.below(8);
			let before = sp_io::storage::root(sp_runtime::StateVersion::V1);
			let result = match rng.below(6) {
				0 => ValidatorSet::add_validator(RuntimeOrigin::root(), a),
				1 => ValidatorSet::remove_validator(RuntimeOrigin::root(), a),
				2 => ValidatorSet::add_validator_again(RuntimeOrigin::signed(b), a),
				3 => ValidatorSet::do_replace_validator(a, b),
				4 => {
					// An offline removal as TFChain had: out of the set, still approved.
					if set().len() > 2 {
						drop_from_set(a);
					}
					Ok(())
				},
				_ => {
					ValidatorSet::new_session(0);
					Ok(())
				},
			};
			match result {
				Ok(()) => successes += 1,
				Err(_) => assert_eq!(
					before,
					sp_io::storage::root(sp_runtime::StateVersion::V1),
					"a failed change wrote to storage"
				),
			}
			ValidatorSet::check_invariants().unwrap();
			assert!(set().len() <= 4 && approved().len() <= 4);
		}
		assert!(successes > 300, "too few successful steps: {successes}");
	});
}
