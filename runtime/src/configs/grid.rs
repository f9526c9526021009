//! The grid pallets: the registry (TfgridModule).

use crate::{
	units::HOURS, AccountId, BlockNumber, EnsureRootOrCouncilApproval, Runtime,
	SmartContractModule, Timestamp,
};
use frame_support::{parameter_types, traits::ConstU32, PalletId};
use sp_runtime::traits::AccountIdConversion;

parameter_types! {
	/// The grid foundation's account: receives the foundation share of contract payments.
	/// Derived from a pallet id, so no private key exists; governance decides how it is spent.
	pub FoundationAccount: AccountId = PalletId(*b"tf/fndtn").into_account_truncating();
	/// Receives the sales of certified hardware (pricing policy `certified_sales_account`).
	pub CertifiedSalesAccount: AccountId = PalletId(*b"tf/sales").into_account_truncating();
	/// The staking pool: receives 10 % of every contract payment.
	pub StakingPoolAccount: AccountId = PalletId(*b"tf/stake").into_account_truncating();
	/// A node's uptime report may carry a timestamp at most 60 s away from chain time.
	pub const TimestampHintDrift: u64 = 60;
}

impl pallet_tfgrid::Config for Runtime {
	type RestrictedOrigin = EnsureRootOrCouncilApproval;
	type TimeProvider = Timestamp;
	// The contracts pallet reacts to node changes and moves a transferred twin's billing holds.
	type NodeChanged = SmartContractModule;
	type NodeActiveContracts = SmartContractModule;
	type OnTwinTransfer = SmartContractModule;
	type MaxNodesPerFarm = ConstU32<10_000>;
	type MaxNodeCertifiers = ConstU32<100>;
	type MaxTermsAndConditions = ConstU32<16>;
	type MaxDefaultFarmingPolicies = ConstU32<16>;
	type TimestampHintDrift = TimestampHintDrift;
	type WeightInfo = pallet_tfgrid::weights::SubstrateWeight<Runtime>;
}

/// The accounts allowed to feed the TFT price: the validators of the current session.
pub struct CurrentValidators;
impl frame_support::traits::Contains<AccountId> for CurrentValidators {
	fn contains(who: &AccountId) -> bool {
		pallet_session::Validators::<Runtime>::get().contains(who)
	}
}

/// Benchmarks feed prices as a validator: Alice's account is made one.
#[cfg(feature = "runtime-benchmarks")]
pub struct PriceFeederForBenchmarks;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_tft_price::BenchmarkHelper<AccountId> for PriceFeederForBenchmarks {
	fn price_feeder() -> AccountId {
		let feeder: AccountId = frame_benchmarking::account("feeder", 0, 0);
		pallet_session::Validators::<Runtime>::mutate(|validators| {
			if !validators.contains(&feeder) {
				validators.push(feeder.clone());
			}
		});
		feeder
	}
}

parameter_types! {
	/// A feeder may submit at most once per 10 blocks (a minute).
	pub const PriceSubmissionInterval: BlockNumber = 10;
	/// A submission may quote a block at most 100 blocks back.
	pub const MaxPriceAge: BlockNumber = 100;
	/// The average is taken over the last 24 hours of submissions.
	pub const PriceHistoryWindow: BlockNumber = 24 * HOURS;
}

impl pallet_tft_price::Config for Runtime {
	type RestrictedOrigin = EnsureRootOrCouncilApproval;
	type PriceFeeders = CurrentValidators;
	type MinSubmissionInterval = PriceSubmissionInterval;
	type MaxPriceAge = MaxPriceAge;
	type HistoryWindow = PriceHistoryWindow;
	// 24 h at one submission per minute is 1,440 per feeder; room for 8 feeders at that pace.
	type MaxHistoryLength = ConstU32<11_520>;
	type WeightInfo = pallet_tft_price::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = PriceFeederForBenchmarks;
}
