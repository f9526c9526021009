//! Contracts and billing (SmartContractModule).

use super::{grid::StakingPoolAccount, RuntimeBlockWeights};
use crate::{
	units::DAYS, Balances, BlockNumber, EnsureRootOrCouncilApproval, Runtime, RuntimeHoldReason,
	TFTPriceModule, TfgridModule, Timestamp,
};
use frame_support::{
	parameter_types,
	traits::{ConstU16, ConstU32, ConstU64},
	weights::Weight,
};
use sp_runtime::Perbill;

parameter_types! {
	/// A contract may stay unpaid for 14 days before it is deleted.
	pub const ContractGracePeriod: BlockNumber = 14 * DAYS;
	/// Billing in the block hook may use at most a quarter of a block.
	pub BillingWeightBudget: Weight = Perbill::from_percent(25) * RuntimeBlockWeights::get().max_block;
	/// Free-report windows (`pallet_smart_contract::free_calls`): a node's second successful
	/// report of a kind within its window pays the normal fee. Network usage: ZOS reports
	/// once an hour (`every = 60 * 60`, `cmds/modules/provisiond/reporter.go` in
	/// threefoldtech/zos).
	pub const FreeNruReportWindow: BlockNumber = 30 * crate::units::MINUTES;
	/// Used resources: ZOS reports at boot and once per deployment created or updated
	/// (`CapacitySetter`, `cmds/modules/provisiond/cap.go`), so only a burst is limited.
	pub const FreeResourceReportWindow: BlockNumber = crate::units::MINUTES;
}

impl pallet_smart_contract::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Tfgrid = TfgridModule;
	type TftPrice = TFTPriceModule;
	type TimeProvider = Timestamp;
	type RestrictedOrigin = EnsureRootOrCouncilApproval;
	type StakingPoolAccount = StakingPoolAccount;
	type GracePeriod = ContractGracePeriod;
	// An hour; the `development` preset sets 10 blocks in genesis.
	type DefaultBillingFrequency = ConstU64<600>;
	// Payouts about daily: every 24 hourly bills.
	type DistributionFrequency = ConstU16<24>;
	type MaxNodeContracts = ConstU32<256>;
	// 1,000,000 contracts over 600 buckets is ~1,667 per bucket; room for twice that.
	type MaxContractsPerBillingBucket = ConstU32<4_000>;
	type MaxNruReports = ConstU32<256>;
	type MaxResourceReports = ConstU32<256>;
	type BillingWeightBudget = BillingWeightBudget;
	type FreeNruReportWindow = FreeNruReportWindow;
	type FreeResourceReportWindow = FreeResourceReportWindow;
	type WeightInfo = pallet_smart_contract::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = benchmark_helper::GridForBenchmarks;
}

/// Registry set-up for the contract benchmarks, through the registry's own calls.
#[cfg(feature = "runtime-benchmarks")]
pub(crate) mod benchmark_helper {
	use crate::{AccountId, Balances, Runtime, RuntimeOrigin, TfgridModule};
	use alloc::{format, vec, vec::Vec};
	use frame_support::{traits::fungible::Mutate, BoundedVec};
	use pallet_tfgrid::types::{Interface, Location, IP4};
	use tfchain_support::types::{NodeCertification, Resources, GIB};

	fn text<S: frame_support::traits::Get<u32>>(bytes: &[u8]) -> BoundedVec<u8, S> {
		BoundedVec::truncate_from(bytes.to_vec())
	}

	/// Benchmarks only: failures surface as failing benchmarks.
	pub struct GridForBenchmarks;

	impl pallet_smart_contract::BenchmarkHelper<AccountId> for GridForBenchmarks {
		fn create_twin(account: &AccountId) -> u32 {
			let _ = Balances::mint_into(account, 1_000_000 * crate::units::TFT);
			let origin = RuntimeOrigin::signed(account.clone());
			let _ = TfgridModule::user_accept_tc(origin.clone(), text(b"https://tc"), text(b"00"));
			let _ = TfgridModule::create_twin(origin, None, None);
			pallet_tfgrid::TwinIdByAccountID::<Runtime>::get(account).unwrap_or_default()
		}
		fn create_farm(farmer: &AccountId, ips: u32) -> u32 {
			let id = pallet_tfgrid::FarmID::<Runtime>::get().saturating_add(1);
			let list: Vec<IP4> = (0..ips)
				.map(|i| IP4 {
					ip: text(format!("185.206.{}.{}/16", 1 + i / 250, 2 + i % 250).as_bytes()),
					gw: text(b"185.206.0.1"),
				})
				.collect();
			let _ = TfgridModule::create_farm(
				RuntimeOrigin::signed(farmer.clone()),
				text(format!("farm_{id}").as_bytes()),
				BoundedVec::truncate_from(list),
			);
			id
		}
		fn create_node(account: &AccountId, farm_id: u32) -> u32 {
			let interfaces = BoundedVec::truncate_from(vec![Interface {
				name: text(b"zos"),
				mac: text(b"00:1a:2b:3c:4d:5e"),
				ips: BoundedVec::truncate_from(vec![text(b"10.0.0.5")]),
			}]);
			let location = Location {
				city: text(b"Ghent"),
				country: text(b"Belgium"),
				latitude: text(b"51.05"),
				longitude: text(b"3.7167"),
			};
			let resources = Resources { hru: 2048 * GIB, sru: 500 * GIB, cru: 4, mru: 8 * GIB };
			let _ = TfgridModule::create_node(
				RuntimeOrigin::signed(account.clone()),
				farm_id,
				resources,
				location,
				interfaces,
				true,
				false,
				None,
			);
			pallet_tfgrid::NodeID::<Runtime>::get()
		}
		fn set_farm_dedicated(farm_id: u32) {
			let _ = TfgridModule::set_farm_dedicated(RuntimeOrigin::root(), farm_id, true);
		}
		fn certify_node(node_id: u32) {
			let _ = TfgridModule::set_node_certification(
				RuntimeOrigin::root(),
				node_id,
				NodeCertification::Certified,
			);
		}
		fn set_now(secs: u64) {
			pallet_timestamp::Now::<Runtime>::put(secs.saturating_mul(1000));
		}
	}
}
