//! Benchmarks (v2) for every call at its worst case: byte fields at their maximum length, the
//! council and the validator set filled to one below their maximum (through the runtime's
//! `fill_for_benchmark`), and every optional step taken (a removal leaves both the set and the
//! council; a node change replaces in the set).

use super::*;
use crate::types::{
	ValidatorRequestState, MAX_DESCRIPTION_LENGTH, MAX_INFO_LENGTH, MAX_TF_CONNECT_ID_LENGTH,
};
use alloc::vec;
use frame_benchmarking::v2::*;
use frame_support::traits::EnsureOrigin;
use frame_system::RawOrigin;
use sp_runtime::traits::StaticLookup;

/// A request by `who` for node account `node`, every byte field at its maximum length.
fn request<T: Config>(who: &T::AccountId, node: &T::AccountId) {
	let stash: T::AccountId = account("stash", 0, 0);
	assert!(Pallet::<T>::do_create_validator_request(
		who.clone(),
		node.clone(),
		stash,
		vec![b'd'; MAX_DESCRIPTION_LENGTH as usize],
		vec![b't'; MAX_TF_CONNECT_ID_LENGTH as usize],
		vec![b'i'; MAX_INFO_LENGTH as usize],
	)
	.is_ok());
}

/// A request by `who`, approved (after the council was filled).
fn approved<T: Config>(who: &T::AccountId, node: &T::AccountId) {
	T::CouncilMembership::fill_for_benchmark();
	request::<T>(who, node);
	assert!(Pallet::<T>::do_approve_validator(who.clone()).is_ok());
}

/// A request by `who`, approved and validating (after the set was filled).
fn validating<T: Config>(who: &T::AccountId, node: &T::AccountId) {
	approved::<T>(who, node);
	T::ValidatorSet::fill_for_benchmark();
	assert!(Pallet::<T>::do_activate_validator_node(who.clone()).is_ok());
}

fn state<T: Config>(who: &T::AccountId) -> Option<ValidatorRequestState> {
	Validator::<T>::get(who).map(|request| request.state)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn create_validator_request() {
		let caller: T::AccountId = whitelisted_caller();
		let node: T::AccountId = account("node", 0, 0);
		let stash: T::AccountId = account("stash", 0, 0);
		#[extrinsic_call]
		_(
			RawOrigin::Signed(caller.clone()),
			node,
			stash,
			vec![b'd'; MAX_DESCRIPTION_LENGTH as usize],
			vec![b't'; MAX_TF_CONNECT_ID_LENGTH as usize],
			vec![b'i'; MAX_INFO_LENGTH as usize],
		);
		assert_eq!(state::<T>(&caller), Some(ValidatorRequestState::Created));
	}

	#[benchmark]
	fn activate_validator_node() {
		let caller: T::AccountId = whitelisted_caller();
		let node: T::AccountId = account("node", 0, 0);
		approved::<T>(&caller, &node);
		T::ValidatorSet::fill_for_benchmark();
		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()));
		assert_eq!(state::<T>(&caller), Some(ValidatorRequestState::Validating));
		assert!(T::ValidatorSet::is_validator(&node));
	}

	#[benchmark]
	fn change_validator_node_account() {
		let caller: T::AccountId = whitelisted_caller();
		let node: T::AccountId = account("node", 0, 0);
		let new_node: T::AccountId = account("node", 1, 0);
		validating::<T>(&caller, &node);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), new_node.clone());
		assert!(T::ValidatorSet::is_validator(&new_node));
		assert!(!T::ValidatorSet::is_validator(&node));
	}

	#[benchmark]
	fn bond() {
		let stash: T::AccountId = whitelisted_caller();
		let validator: T::AccountId = account("validator", 0, 0);
		let target = T::Lookup::unlookup(validator.clone());
		#[extrinsic_call]
		_(RawOrigin::Signed(stash.clone()), target);
		assert_eq!(Bonded::<T>::get(&stash), Some(validator));
	}

	#[benchmark]
	fn approve_validator() -> Result<(), BenchmarkError> {
		let origin =
			T::CouncilOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who: T::AccountId = account("validator", 0, 0);
		let node: T::AccountId = account("node", 0, 0);
		T::CouncilMembership::fill_for_benchmark();
		request::<T>(&who, &node);
		let target = T::Lookup::unlookup(who.clone());
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, target);
		assert_eq!(state::<T>(&who), Some(ValidatorRequestState::Approved));
		assert!(T::CouncilMembership::is_member(&who));
		Ok(())
	}

	#[benchmark]
	fn remove_validator() -> Result<(), BenchmarkError> {
		let origin =
			T::CouncilOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who: T::AccountId = account("validator", 0, 0);
		let node: T::AccountId = account("node", 0, 0);
		validating::<T>(&who, &node);
		let target = T::Lookup::unlookup(who.clone());
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, target);
		assert_eq!(state::<T>(&who), None);
		assert!(!T::ValidatorSet::is_validator(&node));
		assert!(!T::CouncilMembership::is_member(&who));
		Ok(())
	}

	#[benchmark]
	fn unbond() {
		let stash: T::AccountId = whitelisted_caller();
		let validator: T::AccountId = account("validator", 0, 0);
		assert!(Pallet::<T>::do_bond(stash.clone(), validator).is_ok());
		#[extrinsic_call]
		_(RawOrigin::Signed(stash.clone()));
		assert_eq!(Bonded::<T>::get(&stash), None);
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
