//! Requests, approval, activation, node account changes and removal.

use super::*;
use crate::{
	types::{MAX_DESCRIPTION_LENGTH, MAX_INFO_LENGTH, MAX_TF_CONNECT_ID_LENGTH},
	Error, Event,
};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

fn create_with(who: u64, description: usize, tf_connect_id: usize, info: usize) -> DispatchResult {
	Validator::create_validator_request(
		signed(who),
		node_of(who),
		stash_of(who),
		vec![b'd'; description],
		vec![b't'; tf_connect_id],
		vec![b'i'; info],
	)
}

// ---- create_validator_request ----

#[test]
fn a_request_is_created() {
	run_test(|| {
		assert_ok!(create(1));
		let request = request(1).unwrap();
		assert_eq!(request.validator_node_account, 11);
		assert_eq!(request.stash_account, 21);
		assert_eq!(request.description.to_vec(), b"why".to_vec());
		assert_eq!(request.tf_connect_id.to_vec(), b"tfc-id".to_vec());
		assert_eq!(request.info.to_vec(), b"https://example.org".to_vec());
		assert_eq!(request.state, ValidatorRequestState::Created);
		assert_eq!(events(), vec![Event::ValidatorRequestCreated(1, request)]);
		// Nothing else moves.
		assert_eq!(council(), vec![100]);
		assert_eq!(set(), vec![200]);
	});
}

#[test]
fn a_second_request_fails() {
	run_test(|| {
		assert_ok!(create(1));
		assert_noop!(create(1), Error::<Test>::DuplicateValidator);
	});
}

#[test]
fn byte_fields_at_their_maximum_are_accepted() {
	run_test(|| {
		assert_ok!(create_with(
			1,
			MAX_DESCRIPTION_LENGTH as usize,
			MAX_TF_CONNECT_ID_LENGTH as usize,
			MAX_INFO_LENGTH as usize
		));
		assert_ok!(create_with(2, 0, 0, 0));
	});
}

#[test]
fn byte_fields_too_long_fail() {
	run_test(|| {
		let (d, t, i) = (
			MAX_DESCRIPTION_LENGTH as usize,
			MAX_TF_CONNECT_ID_LENGTH as usize,
			MAX_INFO_LENGTH as usize,
		);
		assert_noop!(create_with(1, d + 1, t, i), Error::<Test>::DescriptionTooLong);
		assert_noop!(create_with(1, d, t + 1, i), Error::<Test>::TfConnectIdTooLong);
		assert_noop!(create_with(1, d, t, i + 1), Error::<Test>::InfoTooLong);
	});
}

#[test]
fn create_needs_a_signature() {
	run_test(|| {
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::none()] {
			assert_noop!(
				Validator::create_validator_request(origin, 11, 21, vec![], vec![], vec![]),
				DispatchError::BadOrigin
			);
		}
	});
}

// ---- approve_validator ----

#[test]
fn approval_adds_the_account_to_the_council() {
	run_test(|| {
		assert_ok!(create(1));
		assert_ok!(approve(1));
		assert_eq!(state(1), Some(ValidatorRequestState::Approved));
		assert_eq!(council(), vec![100, 1]);
		assert_eq!(set(), vec![200]);
		assert_eq!(events().last(), Some(&Event::ValidatorRequestApproved(request(1).unwrap())));
	});
}

#[test]
fn approval_takes_the_council_origin() {
	run_test(|| {
		assert_ok!(create(1));
		// A council member's own signature is not the council's origin.
		for origin in [signed(100), signed(1), RuntimeOrigin::none()] {
			assert_noop!(Validator::approve_validator(origin, 1), DispatchError::BadOrigin);
		}
	});
}

#[test]
fn approving_without_a_request_fails() {
	run_test(|| {
		assert_noop!(approve(1), Error::<Test>::ValidatorNotFound);
	});
}

#[test]
fn approving_twice_fails() {
	run_test(|| {
		assert_ok!(create(1));
		assert_ok!(approve(1));
		assert_noop!(approve(1), Error::<Test>::ValidatorApprovedAlready);
	});
}

#[test]
fn approving_a_validating_request_fails() {
	run_test(|| {
		validating(1);
		assert_noop!(approve(1), Error::<Test>::ValidatorValidatingAlready);
	});
}

#[test]
fn approval_fails_when_the_council_refuses() {
	run_test(|| {
		// A council member already: the membership refuses, nothing changes.
		assert_ok!(create(100));
		assert_noop!(approve(100), DispatchError::Other("AlreadyMember"));
		// A full council.
		Council::put(vec![100, 101, 102, 103, 104]);
		assert_ok!(create(1));
		assert_noop!(approve(1), DispatchError::Other("TooManyMembers"));
	});
}

// ---- activate_validator_node ----

#[test]
fn activation_adds_the_node_to_the_set() {
	run_test(|| {
		assert_ok!(create(1));
		assert_ok!(approve(1));
		assert_ok!(activate(1));
		assert_eq!(state(1), Some(ValidatorRequestState::Validating));
		assert_eq!(set(), vec![200, 11]);
		assert_eq!(events().last(), Some(&Event::ValidatorActivated(request(1).unwrap())));
	});
}

#[test]
fn activation_without_a_request_fails() {
	run_test(|| {
		assert_ok!(create(1));
		assert_ok!(approve(1));
		// Only the requesting account activates: anyone else has no request.
		assert_noop!(activate(2), Error::<Test>::ValidatorNotFound);
		assert_noop!(
			Validator::activate_validator_node(RuntimeOrigin::root()),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn activation_before_approval_fails() {
	run_test(|| {
		assert_ok!(create(1));
		assert_noop!(activate(1), Error::<Test>::ValidatorNotApproved);
	});
}

#[test]
fn activating_twice_fails() {
	run_test(|| {
		validating(1);
		assert_noop!(activate(1), Error::<Test>::ValidatorValidatingAlready);
	});
}

#[test]
fn activation_fails_when_the_set_refuses() {
	run_test(|| {
		// The node account validates already.
		assert_ok!(Validator::create_validator_request(signed(1), 200, 21, vec![], vec![], vec![]));
		assert_ok!(approve(1));
		assert_noop!(activate(1), DispatchError::Other("Duplicate"));
		// A full set.
		ValidatorSet::put(vec![200, 201, 202, 203]);
		assert_ok!(create(2));
		assert_ok!(approve(2));
		assert_noop!(activate(2), DispatchError::Other("TooManyValidators"));
	});
}

// ---- change_validator_node_account ----

#[test]
fn changing_the_node_before_validating_touches_only_the_request() {
	run_test(|| {
		assert_ok!(create(1));
		let before = events().len();
		assert_ok!(Validator::change_validator_node_account(signed(1), 31));
		assert_eq!(request(1).unwrap().validator_node_account, 31);
		assert_eq!(set(), vec![200]);
		assert_eq!(events().len(), before);
		// It is the new account that activation adds.
		assert_ok!(approve(1));
		assert_ok!(activate(1));
		assert_eq!(set(), vec![200, 31]);
	});
}

#[test]
fn changing_the_node_while_validating_replaces_it_in_the_set() {
	run_test(|| {
		validating(1);
		ValidatorSet::put(vec![200, 11, 201, 202]);
		// In place: a full set is no obstacle.
		assert_ok!(Validator::change_validator_node_account(signed(1), 31));
		assert_eq!(set(), vec![200, 31, 201, 202]);
		assert_eq!(request(1).unwrap().validator_node_account, 31);
		assert_eq!(request(1).unwrap().state, ValidatorRequestState::Validating);
		let n = events().len();
		assert_eq!(
			events()[n - 2..],
			[Event::NodeValidatorRemoved(11), Event::NodeValidatorChanged(31)]
		);
	});
}

#[test]
fn changing_the_node_at_the_set_minimum() {
	run_test(|| {
		validating(1);
		ValidatorSet::put(vec![11]);
		assert_ok!(Validator::change_validator_node_account(signed(1), 31));
		assert_eq!(set(), vec![31]);
	});
}

#[test]
fn changing_a_node_governance_took_out_adds_the_new_one() {
	run_test(|| {
		validating(1);
		ValidatorSet::put(vec![200]);
		assert_ok!(Validator::change_validator_node_account(signed(1), 31));
		assert_eq!(set(), vec![200, 31]);
		assert_eq!(events().last(), Some(&Event::NodeValidatorChanged(31)));
		assert!(!events().contains(&Event::NodeValidatorRemoved(11)));
	});
}

#[test]
fn changing_to_the_same_node_changes_nothing() {
	run_test(|| {
		validating(1);
		let root = sp_io::storage::root(sp_runtime::StateVersion::V1);
		assert_ok!(Validator::change_validator_node_account(signed(1), 11));
		assert_eq!(root, sp_io::storage::root(sp_runtime::StateVersion::V1));
	});
}

#[test]
fn changing_the_node_without_a_request_fails() {
	run_test(|| {
		assert_noop!(
			Validator::change_validator_node_account(signed(1), 31),
			Error::<Test>::ValidatorNotFound
		);
		assert_noop!(
			Validator::change_validator_node_account(RuntimeOrigin::root(), 31),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn changing_to_a_node_in_the_set_fails() {
	run_test(|| {
		validating(1);
		assert_noop!(
			Validator::change_validator_node_account(signed(1), 200),
			DispatchError::Other("Duplicate")
		);
		// Old node gone and the set full: the addition fails, nothing changes.
		ValidatorSet::put(vec![200, 201, 202, 203]);
		assert_noop!(
			Validator::change_validator_node_account(signed(1), 31),
			DispatchError::Other("TooManyValidators")
		);
		ValidatorSet::put(vec![200, 11]);
	});
}

// ---- remove_validator ----

#[test]
fn the_council_removes_a_validating_validator() {
	run_test(|| {
		validating(1);
		let removed = request(1).unwrap();
		assert_ok!(Validator::remove_validator(RuntimeOrigin::root(), 1));
		assert_eq!(request(1), None);
		assert_eq!(set(), vec![200]);
		assert_eq!(council(), vec![100]);
		let n = events().len();
		assert_eq!(
			events()[n - 2..],
			[Event::NodeValidatorRemoved(11), Event::ValidatorRemoved(removed)]
		);
	});
}

#[test]
fn a_validator_removes_itself() {
	run_test(|| {
		validating(1);
		assert_ok!(Validator::remove_validator(signed(1), 1));
		assert_eq!(request(1), None);
		assert_eq!(set(), vec![200]);
		assert_eq!(council(), vec![100]);
		// And may ask again.
		assert_ok!(create(1));
	});
}

#[test]
fn removing_a_created_request_touches_neither_council_nor_set() {
	run_test(|| {
		assert_ok!(create(1));
		let removed = request(1).unwrap();
		assert_ok!(Validator::remove_validator(RuntimeOrigin::root(), 1));
		assert_eq!(request(1), None);
		assert_eq!((council(), set()), (vec![100], vec![200]));
		assert_eq!(events().last(), Some(&Event::ValidatorRemoved(removed)));
	});
}

#[test]
fn removing_an_approved_request_leaves_the_council() {
	run_test(|| {
		assert_ok!(create(1));
		assert_ok!(approve(1));
		assert_ok!(Validator::remove_validator(RuntimeOrigin::root(), 1));
		assert_eq!((council(), set()), (vec![100], vec![200]));
	});
}

#[test]
fn removal_copes_with_governance_having_acted_first() {
	run_test(|| {
		validating(1);
		// Governance took the node out of the set and the account out of the council directly.
		ValidatorSet::put(vec![200]);
		Council::put(vec![100]);
		assert_ok!(Validator::remove_validator(RuntimeOrigin::root(), 1));
		assert_eq!(request(1), None);
		assert!(!events().contains(&Event::NodeValidatorRemoved(11)));
	});
}

#[test]
fn removal_by_another_account_fails() {
	run_test(|| {
		validating(1);
		assert_noop!(Validator::remove_validator(signed(2), 1), Error::<Test>::BadOrigin);
		assert_noop!(Validator::remove_validator(signed(100), 1), Error::<Test>::BadOrigin);
		assert_noop!(
			Validator::remove_validator(RuntimeOrigin::none(), 1),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn removing_without_a_request_fails() {
	run_test(|| {
		assert_noop!(
			Validator::remove_validator(RuntimeOrigin::root(), 1),
			Error::<Test>::ValidatorNotFound
		);
		assert_noop!(Validator::remove_validator(signed(1), 1), Error::<Test>::ValidatorNotFound);
	});
}

#[test]
fn removal_fails_when_the_set_would_drop_below_its_minimum() {
	run_test(|| {
		validating(1);
		ValidatorSet::put(vec![11]);
		assert_noop!(
			Validator::remove_validator(RuntimeOrigin::root(), 1),
			DispatchError::Other("TooLowValidatorCount")
		);
	});
}
