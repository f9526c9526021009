//! `do_try_state` catching each kind of corruption.

use super::*;
use crate::Bonded;

#[test]
fn a_validating_node_outside_the_set_is_caught() {
	new_test_ext().execute_with(|| {
		validating(1);
		assert!(Validator::do_try_state().is_ok());
		ValidatorSet::put(vec![200]);
		assert!(Validator::do_try_state().is_err());
	});
}

#[test]
fn two_validating_requests_on_one_node_are_caught() {
	new_test_ext().execute_with(|| {
		validating(1);
		validating(2);
		Requests::<Test>::mutate(2, |request| {
			if let Some(request) = request {
				request.validator_node_account = node_of(1);
			}
		});
		assert!(Validator::do_try_state().is_err());
	});
}

#[test]
fn a_self_bond_is_caught() {
	new_test_ext().execute_with(|| {
		Bonded::<Test>::insert(5, 5);
		assert!(Validator::do_try_state().is_err());
	});
}

#[test]
fn requests_that_do_not_validate_need_no_set_entry() {
	run_test(|| {
		create(1).unwrap();
		create(2).unwrap();
		approve(2).unwrap();
		Requests::<Test>::mutate(2, |request| {
			if let Some(request) = request {
				request.validator_node_account = 200;
			}
		});
	});
}
