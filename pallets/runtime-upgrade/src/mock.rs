//! A runtime with System (spec `tfchain`, version 10) and RuntimeUpgrade; Root or account 1 (the
//! "council") may upgrade. The test externalities read a code blob's runtime version through a
//! mock (as frame-system's own tests do), so no real WASM is needed.

use crate as pallet_runtime_upgrade;
use frame_support::{derive_impl, ord_parameter_types, parameter_types, traits::EitherOfDiverse};
use frame_system::{EnsureRoot, EnsureSignedBy};
use sp_runtime::BuildStorage;
use sp_version::RuntimeVersion;

/// Account ids of the mock.
pub type AccountId = u64;
type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		RuntimeUpgrade: pallet_runtime_upgrade,
	}
);

/// The running runtime's spec name.
pub const SPEC_NAME: &str = "tfchain";
/// The running runtime's spec version.
pub const SPEC_VERSION: u32 = 10;

parameter_types! {
	/// The running runtime's version.
	pub MockVersion: RuntimeVersion = version(SPEC_NAME, SPEC_VERSION);
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type Version = MockVersion;
}

ord_parameter_types! {
	/// The account whose signature stands for an approved council motion.
	pub const Council: AccountId = 1;
}

impl pallet_runtime_upgrade::Config for Test {
	type SetCodeOrigin = EitherOfDiverse<EnsureRoot<AccountId>, EnsureSignedBy<Council, AccountId>>;
	type WeightInfo = ();
}

/// A runtime version with the given spec name and version.
pub fn version(spec_name: &'static str, spec_version: u32) -> RuntimeVersion {
	RuntimeVersion { spec_name: spec_name.into(), spec_version, ..Default::default() }
}

/// Reads every code blob as the given runtime version (`None`: as no runtime at all).
pub struct MockVersionReader(pub Option<RuntimeVersion>);

impl sp_core::traits::ReadRuntimeVersion for MockVersionReader {
	fn read_runtime_version(
		&self,
		_wasm_code: &[u8],
		_ext: &mut dyn sp_core::traits::Externalities,
	) -> Result<Vec<u8>, String> {
		use codec::Encode;
		self.0.as_ref().map(|version| version.encode()).ok_or_else(|| "not a runtime".into())
	}
}

/// Empty genesis at block 1, where any code blob reads as `code_version`.
pub fn new_test_ext_reading(code_version: Option<RuntimeVersion>) -> sp_io::TestExternalities {
	let storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.register_extension(sp_core::traits::ReadRuntimeVersionExt::new(MockVersionReader(
		code_version,
	)));
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Empty genesis at block 1, where any code blob reads as the next version of this runtime.
pub fn new_test_ext() -> sp_io::TestExternalities {
	new_test_ext_reading(Some(version(SPEC_NAME, SPEC_VERSION + 1)))
}
