//! The test runtime: System, Balances (existential deposit 500 units, as the runtime) and
//! TFTBridgeModule with Root as the governance origin, three bridge validators (11, 12, 13),
//! fee account 100, and fees of 1 TFT.

use crate as pallet_tft_bridge;
use frame_support::{
	derive_impl,
	traits::{ConstU32, ConstU64, Hooks},
};
use frame_system::EnsureRoot;
use sp_runtime::BuildStorage;

/// Account ids of the mock.
pub type AccountId = u64;
type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		TFTBridgeModule: pallet_tft_bridge,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<u64>;
}

/// Existential deposit of the mock (as the runtime: 500 units).
pub const ED: u64 = 500;

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
	type ExistentialDeposit = ConstU64<ED>;
}

/// Blocks until an open burn or refund is retried.
pub const RETRY: u64 = 20;
/// Blocks until a mint proposal expires.
pub const MINT_EXPIRY: u64 = 50;
/// Most bridge validators.
pub const MAX_VALIDATORS: u32 = 10;
/// Most expiry queue entries handled per block.
pub const MAX_EXPIRIES: u32 = 4;

impl pallet_tft_bridge::Config for Test {
	type Currency = Balances;
	type RestrictedOrigin = EnsureRoot<AccountId>;
	type RetryInterval = ConstU64<RETRY>;
	type MintExpiry = ConstU64<MINT_EXPIRY>;
	type MaxBridgeValidators = ConstU32<MAX_VALIDATORS>;
	type MaxExpiriesPerBlock = ConstU32<MAX_EXPIRIES>;
	type WeightInfo = ();
}

/// TFT units per TFT.
pub const TFT: u64 = 10_000_000;
/// Balance of the users 1..=9 at genesis.
pub const INITIAL: u64 = 1_000 * TFT;
/// The bridge validators at genesis.
pub const VALIDATORS: [AccountId; 3] = [11, 12, 13];
/// The fee account (holds the existential deposit at genesis).
pub const FEE_ACCOUNT: AccountId = 100;
/// Deposit and withdraw fee at genesis.
pub const FEE: u64 = TFT;

/// Genesis as described in the module docs, at block 1 (its hook run).
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut balances: Vec<(AccountId, u64)> = (1..=9).map(|who| (who, INITIAL)).collect();
	balances.push((FEE_ACCOUNT, ED));
	pallet_balances::GenesisConfig::<Test> { balances, ..Default::default() }
		.assimilate_storage(&mut storage)
		.unwrap();
	pallet_tft_bridge::GenesisConfig::<Test> {
		validator_accounts: Some(VALIDATORS.to_vec()),
		fee_account: Some(FEE_ACCOUNT),
		withdraw_fee: FEE,
		deposit_fee: FEE,
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		TFTBridgeModule::on_initialize(1);
	});
	ext
}

/// Runs a test, then checks the pallet's invariants and that the issuance is exactly the
/// genesis issuance plus what the bridge minted less what it burned (nothing else mints or
/// burns in the mock).
pub fn run_test(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		TFTBridgeModule::do_try_state().expect("bridge invariants hold");
		assert_issuance_accounted();
	});
}

/// Asserts `total issuance == IssuanceBase + TotalMinted − TotalBurned`.
pub fn assert_issuance_accounted() {
	let base = crate::IssuanceBase::<Test>::get().expect("set in block 1");
	let expected = base + crate::TotalMinted::<Test>::get() - crate::TotalBurned::<Test>::get();
	assert_eq!(pallet_balances::TotalIssuance::<Test>::get(), expected);
}
