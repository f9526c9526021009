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

parameter_types! {
	/// Free-call windows of the registry (`pallet_tfgrid::free_calls`): a node's second
	/// successful call of a kind within its window pays the normal fee. Each is below how often
	/// ZOS really makes the call, so its rhythm stays free. Uptime: ZOS reports every 40
	/// minutes (`reportUptimeEvery`, `pkg/power/uptime.go` in threefoldtech/zos).
	pub const FreeUptimeWindow: BlockNumber = 20 * crate::units::MINUTES;
	/// `update_node`: ZOS updates its node at boot when its data changed, and when its address
	/// changes (`pkg/registrar/register.go`).
	pub const FreeUpdateNodeWindow: BlockNumber = 10 * crate::units::MINUTES;
	/// `change_power_state`: the farmerbot decides every 5 minutes and keeps a node up at least
	/// 30 (`timeoutUpdate`, `periodicWakeUpDuration`, threefoldtech/tfgrid-sdk-go
	/// `farmerbot/internal/constants.go`).
	pub const FreePowerStateWindow: BlockNumber = 3 * crate::units::MINUTES;
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
	type FreeUpdateNodeWindow = FreeUpdateNodeWindow;
	type FreeUptimeWindow = FreeUptimeWindow;
	type FreePowerStateWindow = FreePowerStateWindow;
	type WeightInfo = pallet_tfgrid::weights::SubstrateWeight<Runtime>;
}

/// The accounts allowed to feed the TFT price: the `aura` keys of the current validators (as
/// accounts). A validator's offchain worker signs with that key, as TFChain's does; each
/// validator has exactly one, so it counts once in the average.
pub struct CurrentValidators;
impl frame_support::traits::Contains<AccountId> for CurrentValidators {
	fn contains(who: &AccountId) -> bool {
		let key = sp_consensus_aura::sr25519::AuthorityId::from(
			sp_core::sr25519::Public::from_raw(*who.as_ref()),
		);
		pallet_aura::Authorities::<Runtime>::get().contains(&key)
	}
}

/// Benchmarks feed prices as a validator: the benchmark account's key is made an `aura`
/// authority.
#[cfg(feature = "runtime-benchmarks")]
pub struct PriceFeederForBenchmarks;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_tft_price::BenchmarkHelper<AccountId> for PriceFeederForBenchmarks {
	fn price_feeder() -> AccountId {
		let feeder: AccountId = frame_benchmarking::account("feeder", 0, 0);
		let key = sp_consensus_aura::sr25519::AuthorityId::from(
			sp_core::sr25519::Public::from_raw(*feeder.as_ref()),
		);
		pallet_aura::Authorities::<Runtime>::mutate(|authorities| {
			if !authorities.contains(&key) {
				let _ = authorities.try_push(key);
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
	// Each feeder's own window: 24 h at one submission per 10 blocks is 1,440.
	type MaxSubmissionsPerFeeder = ConstU32<1_440>;
	// The feeders are validators: never more than the validator bound.
	type MaxFeeders = ConstU32<{ crate::configs::consensus::MAX_VALIDATORS }>;
	// The offchain worker signs with the validator's `aura` key, as TFChain's does.
	type AuthorityId = pallet_tft_price::crypto::AuraAuthority;
	type WeightInfo = pallet_tft_price::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = PriceFeederForBenchmarks;
}
