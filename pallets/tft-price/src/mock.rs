//! A minimal runtime for the pallet's unit tests and benchmark tests: System and TFTPriceModule,
//! with a settable set of price feeders and a small window (100 blocks, 10 submissions per
//! feeder, 8 feeders).

use crate as pallet_tft_price;
use codec::Encode;
use core::cell::RefCell;
use frame_support::{
	derive_impl,
	traits::{ConstU32, ConstU64, Contains},
};
use frame_system::offchain::{
	AppCrypto, CreateSignedTransaction, CreateTransactionBase, SigningTypes,
};
use sp_core::sr25519;
use sp_runtime::{traits::IdentifyAccount, BuildStorage};
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

	fn other_price_feeder(index: u32) -> AccountId {
		let who = 2_000 + AccountId::from(index);
		add_feeder(who);
		who
	}
}

/// Blocks between two submissions of one feeder.
pub const INTERVAL: u64 = 10;
/// How old a quoted block number may be.
pub const MAX_AGE: u64 = 20;
/// Blocks in the averaging window.
pub const WINDOW: u64 = 100;
/// Submissions kept per feeder: exactly the window at one per `INTERVAL`.
pub const MAX_SUBMISSIONS: u32 = (WINDOW / INTERVAL) as u32;
/// Feeders that count in the average.
pub const MAX_FEEDERS: u32 = 8;

impl pallet_tft_price::Config for Test {
	type RestrictedOrigin = frame_system::EnsureRoot<AccountId>;
	type PriceFeeders = MockFeeders;
	type MinSubmissionInterval = ConstU64<INTERVAL>;
	type MaxPriceAge = ConstU64<MAX_AGE>;
	type HistoryWindow = ConstU64<WINDOW>;
	type MaxSubmissionsPerFeeder = ConstU32<MAX_SUBMISSIONS>;
	type MaxFeeders = ConstU32<MAX_FEEDERS>;
	type WeightInfo = ();
	type AuthorityId = crate::crypto::AuraAuthority;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockFeeders;
}

/// The mock's signing key for the offchain worker: an sr25519 key whose account is the `u64`
/// of its first 8 bytes (little endian), so the mock keeps its `u64` accounts.
#[derive(
	Clone, PartialEq, Eq, PartialOrd, Ord, Debug, codec::Encode, codec::Decode, scale_info::TypeInfo,
)]
pub struct MockSigner(pub sr25519::Public);

impl IdentifyAccount for MockSigner {
	type AccountId = AccountId;
	fn into_account(self) -> AccountId {
		let mut bytes = [0u8; 8];
		let raw: &[u8] = self.0.as_ref();
		bytes.copy_from_slice(&raw[..8]);
		u64::from_le_bytes(bytes)
	}
}

impl From<sr25519::Public> for MockSigner {
	fn from(public: sr25519::Public) -> Self {
		Self(public)
	}
}

impl From<MockSigner> for sr25519::Public {
	fn from(signer: MockSigner) -> Self {
		signer.0
	}
}

impl SigningTypes for Test {
	type Public = MockSigner;
	type Signature = sr25519::Signature;
}

/// The worker's key in the mock: the pallet's `aura` app key over [`MockSigner`].
impl AppCrypto<MockSigner, sr25519::Signature> for crate::crypto::AuraAuthority {
	type RuntimeAppPublic = crate::crypto::Public;
	type GenericPublic = sr25519::Public;
	type GenericSignature = sr25519::Signature;
}

/// A transaction of the mock's offchain worker: signed by an account with an sr25519 signature
/// of [`signed_payload`].
pub type Extrinsic =
	sp_runtime::generic::UncheckedExtrinsic<AccountId, RuntimeCall, sr25519::Signature, ()>;

/// Account nonces of the mock.
pub type Nonce = <Test as frame_system::Config>::Nonce;

/// What the mock signs for a transaction: the call and the sender's nonce.
pub fn signed_payload(call: &RuntimeCall, nonce: Nonce) -> Vec<u8> {
	(call, nonce).encode()
}

impl<LocalCall> CreateTransactionBase<LocalCall> for Test
where
	RuntimeCall: From<LocalCall>,
{
	type Extrinsic = Extrinsic;
	type RuntimeCall = RuntimeCall;
}

impl<LocalCall> CreateSignedTransaction<LocalCall> for Test
where
	RuntimeCall: From<LocalCall>,
{
	fn create_signed_transaction<C: AppCrypto<MockSigner, sr25519::Signature>>(
		call: RuntimeCall,
		public: MockSigner,
		account: AccountId,
		nonce: Nonce,
	) -> Option<Extrinsic> {
		let signature = C::sign(&signed_payload(&call, nonce), public)?;
		Some(Extrinsic::new_signed(call, account, signature, ()))
	}
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
