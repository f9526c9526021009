//! A runtime with System and Governance; account 1 is the approving "council".

use crate as pallet_governance;
use frame_support::{derive_impl, ord_parameter_types};
use frame_system::EnsureSignedBy;
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Governance: pallet_governance,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

ord_parameter_types! {
	/// The account whose signature stands for an approved council motion.
	pub const Approver: u64 = 1;
}

impl pallet_governance::Config for Test {
	type RuntimeCall = RuntimeCall;
	type ApproveOrigin = EnsureSignedBy<Approver, u64>;
	type WeightInfo = ();
}

/// Empty genesis at block 1 (so events are recorded).
pub fn new_test_ext() -> sp_io::TestExternalities {
	let storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}
