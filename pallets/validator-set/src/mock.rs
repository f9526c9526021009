//! A minimal runtime for the pallet's unit tests.

use crate as pallet_validator_set;
use frame_support::{derive_impl, parameter_types};
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		ValidatorSet: pallet_validator_set,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

parameter_types! {
	pub const MinAuthorities: u32 = 2;
	pub const MaxValidators: u32 = 4;
}

impl pallet_validator_set::Config for Test {
	type AddRemoveOrigin = frame_system::EnsureRoot<u64>;
	type MinAuthorities = MinAuthorities;
	type MaxValidators = MaxValidators;
	type WeightInfo = ();
}

/// Genesis: validators 1, 2 and 3.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_validator_set::GenesisConfig::<Test> {
		initial_validators: vec![1, 2, 3],
		session_period: 5,
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs a test and checks the pallet's invariants afterwards.
pub fn run_test(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		ValidatorSet::check_invariants().unwrap();
	});
}
