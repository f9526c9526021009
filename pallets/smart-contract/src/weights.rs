//! Weights for `pallet_smart_contract`.
//!
//! PLACEHOLDERS PENDING GENERATION: the execution times and proof sizes below are estimates, not
//! measurements. Regenerate this file from real benchmark runs with
//! `scripts/benchmark.sh pallet_smart_contract` (frame-benchmarking-cli / frame-omni-bencher).
//! The storage reads and writes are counted by hand for each call's worst case (the
//! benchmark's setup) and are listed above each function; the benchmark CLI will recount them.
//!
//! `bill_contract` is the weight the billing hook charges per contract; the performance target
//! (1,000,000 contracts, period 600 blocks ⇒ ~1,667 bills per block in 500 ms) needs it at or
//! below ~300 µs with ParityDB weights (20 reads × 8 µs + 4 writes × 50 µs + execution).

#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// Weight functions needed for `pallet_smart_contract`.
pub trait WeightInfo {
	fn create_node_contract() -> Weight;
	fn update_node_contract() -> Weight;
	fn cancel_contract() -> Weight;
	fn cancel_contract_collective() -> Weight;
	fn create_name_contract() -> Weight;
	fn add_nru_reports(n: u32) -> Weight;
	fn report_contract_resources(n: u32) -> Weight;
	fn create_rent_contract() -> Weight;
	fn create_solution_provider() -> Weight;
	fn approve_solution_provider() -> Weight;
	fn bill_contract_for_block() -> Weight;
	fn service_contract_create() -> Weight;
	fn service_contract_set_metadata() -> Weight;
	fn service_contract_set_fees() -> Weight;
	fn service_contract_approve() -> Weight;
	fn service_contract_reject() -> Weight;
	fn service_contract_cancel() -> Weight;
	fn service_contract_bill() -> Weight;
	fn change_billing_frequency() -> Weight;
	fn attach_solution_provider_id() -> Weight;
	fn set_dedicated_node_extra_fee() -> Weight;
	fn migrate_node_contract() -> Weight;
	fn bill_contract() -> Weight;
	fn billing_hook(n: u32) -> Weight;
}

/// Weights for `pallet_smart_contract` using the Substrate node and recommended hardware.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: Tfgrid twin/node/power/farm/policy, `ActiveRentContractForNode`, `ContractIDByNodeIDAndHash`, `ActiveNodeContracts`, `SolutionProviders`, `ContractID`, `ContractsToBillAt`, `NodeDowntimes`; writes the farm (IPs), the indexes, the schedule, the contract and its payment state.
	fn create_node_contract() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `30000`
		Weight::from_parts(120_000_000, 30_000)
			.saturating_add(T::DbWeight::get().reads(14_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `TwinIdByAccountID`, `Contracts`, `ContractIDByNodeIDAndHash` (r:1 w:2), `Contracts` (w:1).
	fn update_node_contract() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `8000`
		Weight::from_parts(40_000_000, 8_000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: final bill (see `bill_contract`), payout to 4 beneficiaries, release, IPs freed (farm r/w), indexes, schedule, payment state removed.
	fn cancel_contract() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `40000`
		Weight::from_parts(400_000_000, 40_000)
			.saturating_add(T::DbWeight::get().reads(30_u64))
			.saturating_add(T::DbWeight::get().writes(16_u64))
	}
	/// Storage: as `cancel_contract` without the caller's twin.
	fn cancel_contract_collective() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `40000`
		Weight::from_parts(400_000_000, 40_000)
			.saturating_add(T::DbWeight::get().reads(29_u64))
			.saturating_add(T::DbWeight::get().writes(16_u64))
	}
	/// Storage: `TwinIdByAccountID`, `ContractIDByNameRegistration`, `PricingPolicies`, `ContractID`, `ContractsToBillAt`; writes the name index, the schedule, the contract and its payment state.
	fn create_name_contract() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `8000`
		Weight::from_parts(60_000_000, 8_000)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: per report: `Contracts`, Tfgrid node, `ContractBillingInformationByID` (r:1 w:1), `ContractPaymentState`.
	fn add_nru_reports(n: u32) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `6000`
		Weight::from_parts(20_000_000, 6_000)
			.saturating_add(Weight::from_parts(25_000_000, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(0_u64))
			.saturating_add(T::DbWeight::get().reads((6_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	/// Storage: per report: `Contracts`, Tfgrid node, `NodeContractResources` (w:1).
	fn report_contract_resources(n: u32) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `6000`
		Weight::from_parts(20_000_000, 6_000)
			.saturating_add(Weight::from_parts(15_000_000, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(0_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	/// Storage: Tfgrid twin/node/farm/policy, `ActiveRentContractForNode`, `ActiveNodeContracts`, `SolutionProviders`, `ContractID`, `ContractsToBillAt`, `NodeDowntimes`.
	fn create_rent_contract() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `10000`
		Weight::from_parts(70_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `SolutionProviderID` (r:1 w:1), `SolutionProviders` (w:1).
	fn create_solution_provider() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4000`
		Weight::from_parts(30_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `SolutionProviders` (r:1 w:1).
	fn approve_solution_provider() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4000`
		Weight::from_parts(20_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Contracts` plus one bill (see `bill_contract`).
	fn bill_contract_for_block() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `30000`
		Weight::from_parts(160_000_000, 30_000)
			.saturating_add(T::DbWeight::get().reads(21_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `TwinIdByAccountID` (r:2), `ServiceContractID` (r:1 w:1), `ServiceContracts` (w:1).
	fn service_contract_create() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4000`
		Weight::from_parts(35_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `ServiceContracts` (r:1 w:1), `TwinIdByAccountID`.
	fn service_contract_set_metadata() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4000`
		Weight::from_parts(25_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `ServiceContracts` (r:1 w:1), `TwinIdByAccountID`.
	fn service_contract_set_fees() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4000`
		Weight::from_parts(25_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `ServiceContracts` (r:1 w:1), `TwinIdByAccountID`.
	fn service_contract_approve() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4000`
		Weight::from_parts(25_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `ServiceContracts` (r:1 w:1), `TwinIdByAccountID`.
	fn service_contract_reject() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4000`
		Weight::from_parts(25_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `ServiceContracts` (r:1 w:1), `TwinIdByAccountID`.
	fn service_contract_cancel() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4000`
		Weight::from_parts(25_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `ServiceContracts` (r:1 w:1), twins (r:3), price, both accounts (r:2 w:2).
	fn service_contract_bill() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `8000`
		Weight::from_parts(80_000_000, 8_000)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `BillingFrequency` (r:1 w:1).
	fn change_billing_frequency() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `2000`
		Weight::from_parts(15_000_000, 2_000)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TwinIdByAccountID`, `Contracts` (r:1 w:1), `SolutionProviders`.
	fn attach_solution_provider_id() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `6000`
		Weight::from_parts(30_000_000, 6_000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: Tfgrid twin/node/farm, `ActiveNodeContracts`, `ActiveRentContractForNode`, `DedicatedNodesExtraFee` (w:1).
	fn set_dedicated_node_extra_fee() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `6000`
		Weight::from_parts(35_000_000, 6_000)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: one bill on the old node, both nodes and the farm, both hash indexes and node lists, snapshot, contract.
	fn migrate_node_contract() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `30000`
		Weight::from_parts(250_000_000, 30_000)
			.saturating_add(T::DbWeight::get().reads(30_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	/// Storage: one scheduled bill, worst case (rent contract with extra fee on a certified node, bonded account, overdraft settled): `Contracts`, `ContractPaymentState` (r:1 w:1), `ContractDowntimeSnapshot`, `NodeDowntimes`, `DeletedNodes`, Tfgrid node/power/farm/policy/twin/bond, `ActiveRentContractForNode`, `DedicatedNodesExtraFee`, price, 2 accounts (w:1), holds (w:1); amortized payout.
	fn bill_contract() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `30000`
		Weight::from_parts(50_000_000, 30_000)
			.saturating_add(T::DbWeight::get().reads(18_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: cursor, frequency, bucket; then n bills (see `bill_contract`).
	fn billing_hook(n: u32) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `2000`
		Weight::from_parts(5_000_000, 2_000)
			.saturating_add(Weight::from_parts(50_000_000, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().reads((18_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
	}
}

// For backwards compatibility and tests.
impl WeightInfo for () {
	/// Storage: Tfgrid twin/node/power/farm/policy, `ActiveRentContractForNode`, `ContractIDByNodeIDAndHash`, `ActiveNodeContracts`, `SolutionProviders`, `ContractID`, `ContractsToBillAt`, `NodeDowntimes`; writes the farm (IPs), the indexes, the schedule, the contract and its payment state.
	fn create_node_contract() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `30000`
		Weight::from_parts(120_000_000, 30_000)
			.saturating_add(RocksDbWeight::get().reads(14_u64))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
	}
	/// Storage: `TwinIdByAccountID`, `Contracts`, `ContractIDByNodeIDAndHash` (r:1 w:2), `Contracts` (w:1).
	fn update_node_contract() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `8000`
		Weight::from_parts(40_000_000, 8_000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: final bill (see `bill_contract`), payout to 4 beneficiaries, release, IPs freed (farm r/w), indexes, schedule, payment state removed.
	fn cancel_contract() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `40000`
		Weight::from_parts(400_000_000, 40_000)
			.saturating_add(RocksDbWeight::get().reads(30_u64))
			.saturating_add(RocksDbWeight::get().writes(16_u64))
	}
	/// Storage: as `cancel_contract` without the caller's twin.
	fn cancel_contract_collective() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `40000`
		Weight::from_parts(400_000_000, 40_000)
			.saturating_add(RocksDbWeight::get().reads(29_u64))
			.saturating_add(RocksDbWeight::get().writes(16_u64))
	}
	/// Storage: `TwinIdByAccountID`, `ContractIDByNameRegistration`, `PricingPolicies`, `ContractID`, `ContractsToBillAt`; writes the name index, the schedule, the contract and its payment state.
	fn create_name_contract() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `8000`
		Weight::from_parts(60_000_000, 8_000)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	/// Storage: per report: `Contracts`, Tfgrid node, `ContractBillingInformationByID` (r:1 w:1), `ContractPaymentState`.
	fn add_nru_reports(n: u32) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `6000`
		Weight::from_parts(20_000_000, 6_000)
			.saturating_add(Weight::from_parts(25_000_000, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(0_u64))
			.saturating_add(RocksDbWeight::get().reads((6_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	/// Storage: per report: `Contracts`, Tfgrid node, `NodeContractResources` (w:1).
	fn report_contract_resources(n: u32) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `6000`
		Weight::from_parts(20_000_000, 6_000)
			.saturating_add(Weight::from_parts(15_000_000, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(0_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	/// Storage: Tfgrid twin/node/farm/policy, `ActiveRentContractForNode`, `ActiveNodeContracts`, `SolutionProviders`, `ContractID`, `ContractsToBillAt`, `NodeDowntimes`.
	fn create_rent_contract() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `10000`
		Weight::from_parts(70_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	/// Storage: `SolutionProviderID` (r:1 w:1), `SolutionProviders` (w:1).
	fn create_solution_provider() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4000`
		Weight::from_parts(30_000_000, 4_000)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `SolutionProviders` (r:1 w:1).
	fn approve_solution_provider() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4000`
		Weight::from_parts(20_000_000, 4_000)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Contracts` plus one bill (see `bill_contract`).
	fn bill_contract_for_block() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `30000`
		Weight::from_parts(160_000_000, 30_000)
			.saturating_add(RocksDbWeight::get().reads(21_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	/// Storage: `TwinIdByAccountID` (r:2), `ServiceContractID` (r:1 w:1), `ServiceContracts` (w:1).
	fn service_contract_create() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4000`
		Weight::from_parts(35_000_000, 4_000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `ServiceContracts` (r:1 w:1), `TwinIdByAccountID`.
	fn service_contract_set_metadata() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4000`
		Weight::from_parts(25_000_000, 4_000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `ServiceContracts` (r:1 w:1), `TwinIdByAccountID`.
	fn service_contract_set_fees() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4000`
		Weight::from_parts(25_000_000, 4_000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `ServiceContracts` (r:1 w:1), `TwinIdByAccountID`.
	fn service_contract_approve() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4000`
		Weight::from_parts(25_000_000, 4_000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `ServiceContracts` (r:1 w:1), `TwinIdByAccountID`.
	fn service_contract_reject() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4000`
		Weight::from_parts(25_000_000, 4_000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `ServiceContracts` (r:1 w:1), `TwinIdByAccountID`.
	fn service_contract_cancel() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4000`
		Weight::from_parts(25_000_000, 4_000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `ServiceContracts` (r:1 w:1), twins (r:3), price, both accounts (r:2 w:2).
	fn service_contract_bill() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `8000`
		Weight::from_parts(80_000_000, 8_000)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: `BillingFrequency` (r:1 w:1).
	fn change_billing_frequency() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `2000`
		Weight::from_parts(15_000_000, 2_000)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `TwinIdByAccountID`, `Contracts` (r:1 w:1), `SolutionProviders`.
	fn attach_solution_provider_id() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `6000`
		Weight::from_parts(30_000_000, 6_000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: Tfgrid twin/node/farm, `ActiveNodeContracts`, `ActiveRentContractForNode`, `DedicatedNodesExtraFee` (w:1).
	fn set_dedicated_node_extra_fee() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `6000`
		Weight::from_parts(35_000_000, 6_000)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: one bill on the old node, both nodes and the farm, both hash indexes and node lists, snapshot, contract.
	fn migrate_node_contract() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `30000`
		Weight::from_parts(250_000_000, 30_000)
			.saturating_add(RocksDbWeight::get().reads(30_u64))
			.saturating_add(RocksDbWeight::get().writes(10_u64))
	}
	/// Storage: one scheduled bill, worst case (rent contract with extra fee on a certified node, bonded account, overdraft settled): `Contracts`, `ContractPaymentState` (r:1 w:1), `ContractDowntimeSnapshot`, `NodeDowntimes`, `DeletedNodes`, Tfgrid node/power/farm/policy/twin/bond, `ActiveRentContractForNode`, `DedicatedNodesExtraFee`, price, 2 accounts (w:1), holds (w:1); amortized payout.
	fn bill_contract() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `30000`
		Weight::from_parts(50_000_000, 30_000)
			.saturating_add(RocksDbWeight::get().reads(18_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: cursor, frequency, bucket; then n bills (see `bill_contract`).
	fn billing_hook(n: u32) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `2000`
		Weight::from_parts(5_000_000, 2_000)
			.saturating_add(Weight::from_parts(50_000_000, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().reads((18_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(n.into())))
	}
}
