//! Benchmarks at the worst case: the longest key and value, and a `set` that overwrites a short
//! entry with the longest value (the held deposit grows), a `delete` of the largest entry.

use super::*;
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::traits::fungible::{Inspect, Mutate};
use frame_system::RawOrigin;
use sp_runtime::traits::{Saturating, Zero};

/// An account with enough free balance for a few of the largest entries.
fn funded_caller<T: Config>() -> T::AccountId {
	let caller: T::AccountId = whitelisted_caller();
	let deposit = Pallet::<T>::entry_deposit(MAX_KEY_LENGTH, MAX_VALUE_LENGTH);
	let balance = T::Currency::minimum_balance()
		.saturating_mul(10u32.into())
		.saturating_add(deposit.saturating_mul(10u32.into()));
	T::Currency::set_balance(&caller, balance);
	caller
}

fn longest_key() -> Vec<u8> {
	vec![b'k'; MAX_KEY_LENGTH as usize]
}

fn longest_value() -> Vec<u8> {
	vec![b'v'; MAX_VALUE_LENGTH as usize]
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn set() -> Result<(), BenchmarkError> {
		let caller = funded_caller::<T>();
		Pallet::<T>::do_set(caller.clone(), longest_key(), vec![1u8])?;
		let deposit = Pallet::<T>::entry_deposit(MAX_KEY_LENGTH, MAX_VALUE_LENGTH);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), longest_key(), longest_value());

		let key = EntryKey::try_from(longest_key()).map_err(|_| "key too long")?;
		assert_eq!(TFKVStore::<T>::get(&caller, &key).into_inner(), longest_value());
		assert_eq!(Pallet::<T>::held_deposits(&caller), deposit);
		Ok(())
	}

	#[benchmark]
	fn delete() -> Result<(), BenchmarkError> {
		let caller = funded_caller::<T>();
		Pallet::<T>::do_set(caller.clone(), longest_key(), longest_value())?;

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), longest_key());

		let key = EntryKey::try_from(longest_key()).map_err(|_| "key too long")?;
		assert!(!TFKVStore::<T>::contains_key(&caller, &key));
		assert!(Pallet::<T>::held_deposits(&caller).is_zero());
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
