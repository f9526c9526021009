//! Unit tests, one file per theme; every test ends with the pallet's invariants (`run_test`).

mod bonding;
mod enums;
mod fuzz;
mod invariants;
mod onboarding;

use crate::{
	mock::*,
	types::{self, ValidatorRequestState},
	Validator as Requests,
};
use frame_support::dispatch::DispatchResult;

pub fn signed(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

/// The node account of validator `who` in most tests.
pub fn node_of(who: u64) -> u64 {
	who + 10
}

/// The stash account of validator `who` in most tests.
pub fn stash_of(who: u64) -> u64 {
	who + 20
}

/// `who` asks to validate with node `node_of(who)`.
pub fn create(who: u64) -> DispatchResult {
	Validator::create_validator_request(
		signed(who),
		node_of(who),
		stash_of(who),
		b"why".to_vec(),
		b"tfc-id".to_vec(),
		b"https://example.org".to_vec(),
	)
}

pub fn approve(who: u64) -> DispatchResult {
	Validator::approve_validator(RuntimeOrigin::root(), who)
}

pub fn activate(who: u64) -> DispatchResult {
	Validator::activate_validator_node(signed(who))
}

/// `who`'s request, created, approved and activated.
pub fn validating(who: u64) {
	create(who).unwrap();
	approve(who).unwrap();
	activate(who).unwrap();
}

pub fn request(who: u64) -> Option<types::Validator<u64>> {
	Requests::<Test>::get(who)
}

pub fn state(who: u64) -> Option<ValidatorRequestState> {
	request(who).map(|r| r.state)
}

pub fn council() -> Vec<u64> {
	Council::get()
}

pub fn set() -> Vec<u64> {
	ValidatorSet::get()
}

/// The pallet's events so far, oldest first.
pub fn events() -> Vec<crate::Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::Validator(event) => Some(event),
			_ => None,
		})
		.collect()
}
