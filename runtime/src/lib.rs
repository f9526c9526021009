//! # tfchain runtime
//!
//! The state-transition function of tfgrid-chain, compiled to WASM and stored on chain.
//!
//! - `configs`: one place per area (system, consensus, money, governance) with the pallets'
//!   configuration and the chain's constants.
//! - `apis`: the runtime APIs the node and clients call (block building, Aura, GRANDPA, fees,
//!   nonces, genesis presets).
//! - `genesis_config_presets`: the `development` and `local_testnet` genesis states.
//!
//! Pallet names and indices follow the grid API (shared/spec/grid-api.md) so that existing
//! TFChain tooling finds them by name.

#![cfg_attr(not(feature = "std"), no_std)]
#![recursion_limit = "256"]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

extern crate alloc;

use alloc::vec::Vec;

#[cfg(feature = "runtime-benchmarks")]
#[macro_use]
mod benchmarks;
pub mod apis;
pub mod configs;
pub mod genesis_config_presets;
#[cfg(test)]
mod tests;

use sp_runtime::{
	generic, impl_opaque_keys,
	traits::{BlakeTwo256, IdentifyAccount, Verify},
	MultiSignature,
};
use sp_version::{runtime_version, RuntimeVersion};

pub use configs::governance::{CouncilCollective, EnsureRootOrCouncilApproval};
pub use frame_support::weights::constants::WEIGHT_REF_TIME_PER_SECOND;

/// Alias to 512-bit hash when used in the context of a transaction signature on the chain.
pub type Signature = MultiSignature;
/// An account on the chain: the public key of a signer (sr25519, ed25519 or ecdsa).
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;
/// A TFT amount in units (1 TFT = 10^7 units).
pub type Balance = u128;
/// The index of a transaction in an account's history.
pub type Nonce = u32;
/// A block hash.
pub type Hash = sp_core::H256;
/// A block number.
pub type BlockNumber = u32;
/// How accounts are addressed in calls.
pub type Address = sp_runtime::MultiAddress<AccountId, ()>;
/// Block header type.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
/// Block type.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;
/// A block with its justifications.
pub type SignedBlock = generic::SignedBlock<Block>;
/// Block identifier.
pub type BlockId = generic::BlockId<Block>;

/// The checks every signed transaction carries (order is part of the transaction format).
pub type TxExtension = (
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
);

/// An extrinsic as it travels on the wire.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;
/// The payload a signer signs.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

/// Storage migrations run at the next runtime upgrade. Each is versioned (it runs only when its
/// pallet's on-chain storage version matches) and stays listed until every network has run it.
type Migrations = (
	// spec 101: pricing policies of spec-100 chains pay real accounts, not the zero placeholder.
	pallet_tfgrid::migrations::v2::ReplacePlaceholderAccounts<
		Runtime,
		configs::grid::FoundationAccount,
		configs::grid::CertifiedSalesAccount,
	>,
	// One billing record per node instead of the five entries every bill of a node read.
	pallet_smart_contract::migrations::v2::NodeBillingRecordsMigration<Runtime>,
	// When a node last came up, so that a bill reads its downtime snapshot only if it moved.
	pallet_smart_contract::migrations::v3::LastUpMigration<Runtime>,
	// spec 102: every validator of the set is approved (`ValidatorSet.ApprovedValidators`).
	pallet_validator_set::migrations::v2::ApproveCurrentValidators<Runtime>,
	// spec 103: one TFT price window per feeder (11,520: the old `MaxHistoryLength`).
	pallet_tft_price::migrations::v2::PerFeederHistory<
		Runtime,
		frame_support::traits::ConstU32<11_520>,
	>,
);

/// Dispatches blocks to the pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

/// Types the node needs without knowing the runtime's call type.
pub mod opaque {
	use super::*;
	use alloc::vec::Vec;
	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// Opaque block header type.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Opaque block type.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
	/// Opaque block identifier type.
	pub type BlockId = generic::BlockId<Block>;

	impl_opaque_keys! {
		/// The keys a validator registers with `Session.set_keys`: `aura` then `gran`.
		pub struct SessionKeys {
			pub aura: Aura,
			pub grandpa: Grandpa,
		}
	}
}
pub use opaque::SessionKeys;

/// The runtime's version: bump `spec_version` on every runtime change that reaches a network.
#[runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("tfchain"),
	impl_name: alloc::borrow::Cow::Borrowed("tfchain"),
	authoring_version: 1,
	spec_version: 103,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 1,
	system_version: 1,
};

/// TFT amounts and time spans, in the chain's units.
pub mod units {
	use super::{Balance, BlockNumber};

	/// One TFT in units (7 decimals).
	pub const TFT: Balance = 10_000_000;
	/// One thousandth of a TFT.
	pub const MILLI_TFT: Balance = TFT / 1_000;
	/// The smallest balance an account may hold (500 units = 0.00005 TFT).
	pub const EXISTENTIAL_DEPOSIT: Balance = 500;

	/// Milliseconds between blocks.
	pub const MILLISECS_PER_BLOCK: u64 = 6_000;
	/// Aura slot length (one block per slot).
	pub const SLOT_DURATION: u64 = MILLISECS_PER_BLOCK;
	/// Blocks per minute.
	pub const MINUTES: BlockNumber = 60_000 / (MILLISECS_PER_BLOCK as BlockNumber);
	/// Blocks per hour.
	pub const HOURS: BlockNumber = MINUTES * 60;
	/// Blocks per day.
	pub const DAYS: BlockNumber = HOURS * 24;
}

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;
	#[runtime::pallet_index(3)]
	pub type Utility = pallet_utility;
	#[runtime::pallet_index(4)]
	pub type Scheduler = pallet_scheduler;
	#[runtime::pallet_index(10)]
	pub type ValidatorSet = pallet_validator_set;
	#[runtime::pallet_index(11)]
	pub type Session = pallet_session;
	#[runtime::pallet_index(12)]
	pub type Aura = pallet_aura;
	#[runtime::pallet_index(13)]
	pub type Grandpa = pallet_grandpa;
	#[runtime::pallet_index(15)]
	pub type Authorship = pallet_authorship;
	#[runtime::pallet_index(20)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(21)]
	pub type TransactionPayment = pallet_transaction_payment;
	#[runtime::pallet_index(25)]
	pub type TfgridModule = pallet_tfgrid;
	#[runtime::pallet_index(26)]
	pub type SmartContractModule = pallet_smart_contract;
	#[runtime::pallet_index(27)]
	pub type TFTBridgeModule = pallet_tft_bridge;
	#[runtime::pallet_index(28)]
	pub type TFTPriceModule = pallet_tft_price;
	#[runtime::pallet_index(30)]
	pub type TFKVStore = pallet_kvstore;
	#[runtime::pallet_index(31)]
	pub type RuntimeUpgrade = pallet_runtime_upgrade;
	#[runtime::pallet_index(40)]
	pub type Council = pallet_collective<Instance1>;
	#[runtime::pallet_index(41)]
	pub type CouncilMembership = pallet_membership<Instance1>;
	#[runtime::pallet_index(42)]
	pub type Governance = pallet_governance;
	#[runtime::pallet_index(43)]
	pub type Dao = pallet_dao;
	#[runtime::pallet_index(50)]
	pub type Validator = pallet_validator;
}
