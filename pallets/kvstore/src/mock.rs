//! A runtime with System, Balances and the store (under TFChain's pallet name `TFKVStore`, so
//! storage keys are the chain's). Deposits: 100 per entry plus a settable price per byte (1).

use crate as pallet_kvstore;
use frame_support::{derive_impl, parameter_types, traits::ConstU64};
use sp_runtime::BuildStorage;

/// Account ids of the mock.
pub type AccountId = u64;
type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		TFKVStore: pallet_kvstore,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<u64>;
}

/// Existential deposit of the mock.
pub const ED: u64 = 10;

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
	type ExistentialDeposit = ConstU64<ED>;
}

/// Deposit per entry, unless a test changes it.
pub const PER_ENTRY: u64 = 100;

parameter_types! {
	/// Deposit per entry; tests may change it.
	pub storage PerEntry: u64 = PER_ENTRY;
	/// Deposit per byte of key and value; tests may change it.
	pub storage PerByte: u64 = 1;
}

impl pallet_kvstore::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type DepositPerEntry = PerEntry;
	type DepositPerByte = PerByte;
	type WeightInfo = ();
}

/// Free balance of the well-funded accounts 1 to 4.
pub const RICH: u64 = 1_000_000;
/// Account 5 can pay for one small entry only (its deposit 100 + bytes, keeping ED).
pub const POOR: AccountId = 5;
/// Free balance of [`POOR`].
pub const POOR_BALANCE: u64 = 150;

/// Genesis: accounts 1..=4 with [`RICH`], account 5 with [`POOR_BALANCE`], block 1.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut balances: Vec<(AccountId, u64)> = (1..=4).map(|who| (who, RICH)).collect();
	balances.push((POOR, POOR_BALANCE));
	pallet_balances::GenesisConfig::<Test> { balances, ..Default::default() }
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
		TFKVStore::do_try_state().expect("kvstore invariants hold");
	});
}
