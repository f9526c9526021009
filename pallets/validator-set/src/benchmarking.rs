//! Benchmarks (v2) for the validator-set calls, each on a set (and approved list) filled to the
//! worst case the call allows.

use super::*;
use frame_benchmarking::v2::*;
use frame_support::{pallet_prelude::Get, traits::EnsureOrigin};
use frame_system::RawOrigin;

/// Puts validators `0..count` in the set and approves them.
fn fill<T: Config>(count: u32) {
	let set: Vec<T::AccountId> = (0..count).map(|i| account("validator", i, 0)).collect();
	Validators::<T>::put(ValidatorList::<T>::truncate_from(set.clone()));
	ApprovedValidators::<T>::put(ValidatorList::<T>::truncate_from(set));
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn add_validator() -> Result<(), BenchmarkError> {
		fill::<T>(T::MaxValidators::get().saturating_sub(1));
		let origin =
			T::AddRemoveOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who: T::AccountId = account("new", 0, 0);
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());
		assert!(Validators::<T>::get().contains(&who));
		assert!(ApprovedValidators::<T>::get().contains(&who));
		Ok(())
	}

	#[benchmark]
	fn remove_validator() -> Result<(), BenchmarkError> {
		let count = T::MaxValidators::get().max(T::MinAuthorities::get().saturating_add(1));
		fill::<T>(count);
		let origin =
			T::AddRemoveOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		// The last one: the search walks the whole set.
		let who: T::AccountId = account("validator", count.saturating_sub(1), 0);
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());
		assert!(!Validators::<T>::get().contains(&who));
		assert!(!ApprovedValidators::<T>::get().contains(&who));
		Ok(())
	}

	#[benchmark]
	fn add_validator_again() {
		// A full approved list whose last member is out of the set: the set is one short.
		let max = T::MaxValidators::get();
		fill::<T>(max);
		let who: T::AccountId = account("validator", max.saturating_sub(1), 0);
		Validators::<T>::mutate(|set| set.retain(|v| v != &who));
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), who.clone());
		assert!(Validators::<T>::get().contains(&who));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
