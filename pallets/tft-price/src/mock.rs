//! A minimal runtime for the pallet's unit tests and benchmark tests: System and TFTPriceModule,
//! with a settable set of price feeders and a small window (100 blocks, 16 submissions).

use crate as pallet_tft_price;
use core::cell::RefCell;
use frame_support::{
	derive_impl,
	traits::{ConstU32, ConstU64, Contains},
};
use sp_runtime::BuildStorage;
use std::collections::BTreeSet;

/// Account ids of the mock.
pub type AccountId = u64;
type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		TFTPriceModule: pallet_tft_price,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

thread_local! {
	/// The accounts the mock accepts as price feeders.
	pub static FEEDERS: RefCell<BTreeSet<AccountId>> = const { RefCell::new(BTreeSet::new()) };
}

/// Makes `who` a price feeder.
pub fn add_feeder(who: AccountId) {
	FEEDERS.with(|set| set.borrow_mut().insert(who));
}

/// Stand-in for the validator set.
pub struct MockFeeders;

impl Contains<AccountId> for MockFeeders {
	fn contains(who: &AccountId) -> bool {
		FEEDERS.with(|set| set.borrow().contains(who))
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId> for MockFeeders {
	fn price_feeder() -> AccountId {
		add_feeder(1_000);
		1_000
	}
}

/// Blocks between two submissions of one feeder.
pub const INTERVAL: u64 = 10;
/// How old a quoted block number may be.
pub const MAX_AGE: u64 = 20;
/// Blocks in the averaging window.
pub const WINDOW: u64 = 100;
/// Submissions kept.
pub const MAX_HISTORY: u32 = 16;

impl pallet_tft_price::Config for Test {
	type RestrictedOrigin = frame_system::EnsureRoot<AccountId>;
	type PriceFeeders = MockFeeders;
	type MinSubmissionInterval = ConstU64<INTERVAL>;
	type MaxPriceAge = ConstU64<MAX_AGE>;
	type HistoryWindow = ConstU64<WINDOW>;
	type MaxHistoryLength = ConstU32<MAX_HISTORY>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockFeeders;
}

/// Genesis: the pallet's defaults (price 50, min 10, max 1000), feeders 1..=5, block 1.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_tft_price::GenesisConfig::<Test>::default().assimilate_storage(&mut storage).unwrap();
	FEEDERS.with(|set| {
		let mut set = set.borrow_mut();
		set.clear();
		set.extend(1..=5);
	});
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs a test and checks the pallet's invariants afterwards.
pub fn run_test(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		TFTPriceModule::do_try_state().expect("price invariants hold");
	});
}
