//! A runtime with System and Validator. The council and the validator set are simple lists in
//! storage (so a failed call's storage root covers them too), with the bounds and errors of the
//! real pallets.

use crate as pallet_validator;
use crate::{CouncilMembership, ValidatorSetChanges};
use frame_support::{derive_impl, dispatch::DispatchResult, ensure, storage_alias};
use sp_runtime::{BuildStorage, DispatchError};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Validator: pallet_validator,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

/// The most council members.
pub const MAX_COUNCIL: usize = 5;
/// The most validators in the set, and the fewest.
pub const MAX_VALIDATORS: usize = 4;
pub const MIN_VALIDATORS: usize = 1;

/// The council's members.
#[storage_alias]
pub type Council = StorageValue<TestCouncil, Vec<u64>, frame_support::pallet_prelude::ValueQuery>;

/// The consensus validator set.
#[storage_alias]
pub type ValidatorSet =
	StorageValue<TestValidatorSet, Vec<u64>, frame_support::pallet_prelude::ValueQuery>;

/// The council as a list.
pub struct MockCouncil;

impl CouncilMembership<u64> for MockCouncil {
	fn is_member(who: &u64) -> bool {
		Council::get().contains(who)
	}

	fn add_member(who: &u64) -> DispatchResult {
		let mut members = Council::get();
		ensure!(!members.contains(who), DispatchError::Other("AlreadyMember"));
		ensure!(members.len() < MAX_COUNCIL, DispatchError::Other("TooManyMembers"));
		members.push(*who);
		Council::put(members);
		Ok(())
	}

	fn remove_member(who: &u64) -> DispatchResult {
		let mut members = Council::get();
		ensure!(members.contains(who), DispatchError::Other("NotMember"));
		members.retain(|m| m != who);
		Council::put(members);
		Ok(())
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn fill_for_benchmark() {
		let mut members = Council::get();
		let mut next = 10_000;
		while members.len() < MAX_COUNCIL - 1 {
			if !members.contains(&next) {
				members.push(next);
			}
			next += 1;
		}
		Council::put(members);
	}
}

/// The validator set as a list.
pub struct MockValidatorSet;

impl ValidatorSetChanges<u64> for MockValidatorSet {
	fn is_validator(who: &u64) -> bool {
		ValidatorSet::get().contains(who)
	}

	fn add_validator(who: &u64) -> DispatchResult {
		let mut set = ValidatorSet::get();
		ensure!(!set.contains(who), DispatchError::Other("Duplicate"));
		ensure!(set.len() < MAX_VALIDATORS, DispatchError::Other("TooManyValidators"));
		set.push(*who);
		ValidatorSet::put(set);
		Ok(())
	}

	fn remove_validator(who: &u64) -> DispatchResult {
		let mut set = ValidatorSet::get();
		ensure!(set.contains(who), DispatchError::Other("NotAValidator"));
		ensure!(set.len() > MIN_VALIDATORS, DispatchError::Other("TooLowValidatorCount"));
		set.retain(|v| v != who);
		ValidatorSet::put(set);
		Ok(())
	}

	fn replace_validator(old: &u64, new: &u64) -> DispatchResult {
		let mut set = ValidatorSet::get();
		ensure!(!set.contains(new), DispatchError::Other("Duplicate"));
		let slot =
			set.iter_mut().find(|v| *v == old).ok_or(DispatchError::Other("NotAValidator"))?;
		*slot = *new;
		ValidatorSet::put(set);
		Ok(())
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn fill_for_benchmark() {
		let mut set = ValidatorSet::get();
		let mut next = 20_000;
		while set.len() < MAX_VALIDATORS - 1 {
			if !set.contains(&next) {
				set.push(next);
			}
			next += 1;
		}
		ValidatorSet::put(set);
	}
}

impl pallet_validator::Config for Test {
	type CouncilOrigin = frame_system::EnsureRoot<u64>;
	type CouncilMembership = MockCouncil;
	type ValidatorSet = MockValidatorSet;
	type WeightInfo = ();
}

/// Genesis: council {100}, validator set {200} (the chain's founders), block 1.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		Council::put(vec![100]);
		ValidatorSet::put(vec![200]);
	});
	ext
}

/// Runs a test and checks the pallet's invariants afterwards.
pub fn run_test(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Validator::do_try_state().expect("validator invariants hold");
	});
}
