//! Weights for `pallet_tfgrid`.
//!
//! PLACEHOLDERS PENDING GENERATION: the execution times and proof sizes below are estimates, not
//! measurements. Regenerate this file from real benchmark runs with
//! `scripts/benchmark.sh pallet_tfgrid` (frame-benchmarking-cli / frame-omni-bencher, see
//! docs/benchmarks.md). The storage reads and writes are counted by hand for each call's worst
//! case (the benchmark's setup) and are listed above each function; the benchmark CLI will
//! recount them.

#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// Weight functions needed for `pallet_tfgrid`.
pub trait WeightInfo {
	fn create_farm() -> Weight;
	fn update_farm() -> Weight;
	fn add_stellar_payout_v2address() -> Weight;
	fn set_farm_certification() -> Weight;
	fn add_farm_ip() -> Weight;
	fn remove_farm_ip() -> Weight;
	fn create_node() -> Weight;
	fn update_node() -> Weight;
	fn set_node_certification() -> Weight;
	fn report_uptime() -> Weight;
	fn add_node_public_config() -> Weight;
	fn delete_node() -> Weight;
	fn create_entity() -> Weight;
	fn update_entity() -> Weight;
	fn delete_entity() -> Weight;
	fn create_twin() -> Weight;
	fn update_twin() -> Weight;
	fn add_twin_entity() -> Weight;
	fn delete_twin_entity() -> Weight;
	fn create_pricing_policy() -> Weight;
	fn update_pricing_policy() -> Weight;
	fn create_farming_policy() -> Weight;
	fn user_accept_tc() -> Weight;
	fn delete_node_farm() -> Weight;
	fn set_farm_dedicated() -> Weight;
	fn force_reset_farm_ip() -> Weight;
	fn set_connection_price() -> Weight;
	fn add_node_certifier() -> Weight;
	fn remove_node_certifier() -> Weight;
	fn update_farming_policy() -> Weight;
	fn attach_policy_to_farm(n: u32) -> Weight;
	fn set_zos_version() -> Weight;
	fn change_power_state() -> Weight;
	fn change_power_target() -> Weight;
	fn bond_twin_account() -> Weight;
	fn report_uptime_v2() -> Weight;
	fn request_twin_transfer() -> Weight;
	fn accept_twin_transfer() -> Weight;
	fn cancel_twin_transfer() -> Weight;
}

/// Weights for `pallet_tfgrid` using the Substrate node and recommended hardware.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `TfgridModule::TwinIdByAccountID` (r:1 w:0), `TfgridModule::FarmIdByName` (r:1 w:1), `TfgridModule::FarmID` (r:1 w:1), `TfgridModule::Farms` (r:0 w:1)
	fn create_farm() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `14000`
		Weight::from_parts(60_000_000, 14_000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `TfgridModule::TwinIdByAccountID` (r:1 w:0), `TfgridModule::Farms` (r:1 w:1), `TfgridModule::FarmIdByName` (r:1 w:2)
	fn update_farm() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `14000`
		Weight::from_parts(30_000_000, 14_000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `TfgridModule::TwinIdByAccountID` (r:1 w:0), `TfgridModule::Farms` (r:1 w:0), `TfgridModule::FarmPayoutV2AddressByFarmID` (r:0 w:1)
	fn add_stellar_payout_v2address() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `14000`
		Weight::from_parts(25_000_000, 14_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TfgridModule::Farms` (r:1 w:1)
	fn set_farm_certification() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `14000`
		Weight::from_parts(20_000_000, 14_000)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TfgridModule::TwinIdByAccountID` (r:1 w:0), `TfgridModule::Farms` (r:1 w:1)
	fn add_farm_ip() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `14000`
		Weight::from_parts(35_000_000, 14_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TfgridModule::TwinIdByAccountID` (r:1 w:0), `TfgridModule::Farms` (r:1 w:1)
	fn remove_farm_ip() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `14000`
		Weight::from_parts(30_000_000, 14_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TfgridModule::TwinIdByAccountID` (r:1 w:0), `TfgridModule::NodeIdByTwinID` (r:1 w:1), `TfgridModule::Farms` (r:1 w:1), `TfgridModule::NodeID` (r:1 w:1), `TfgridModule::NodesByFarmID` (r:1 w:1), `Timestamp::Now` (r:1 w:0), `TfgridModule::ConnectionPrice` (r:1 w:0), `TfgridModule::DefaultFarmingPolicies` (r:1 w:0), `TfgridModule::FarmingPoliciesMap` (r:10 w:0), `TfgridModule::Nodes` (r:0 w:1), `TfgridModule::NodePower` (r:0 w:1)
	fn create_node() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `40000`
		Weight::from_parts(90_000_000, 40_000)
			.saturating_add(T::DbWeight::get().reads(18_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `TfgridModule::TwinIdByAccountID` (r:1 w:0), `TfgridModule::Nodes` (r:1 w:1), `TfgridModule::Farms` (r:1 w:1), `TfgridModule::NodesByFarmID` (r:2 w:2), `TfgridModule::DefaultFarmingPolicies` (r:1 w:0), `TfgridModule::FarmingPoliciesMap` (r:11 w:0)
	fn update_node() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `40000`
		Weight::from_parts(90_000_000, 40_000)
			.saturating_add(T::DbWeight::get().reads(17_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `TfgridModule::AllowedNodeCertifiers` (r:1 w:0), `TfgridModule::Nodes` (r:1 w:1), `TfgridModule::Farms` (r:1 w:1), `TfgridModule::DefaultFarmingPolicies` (r:1 w:0), `TfgridModule::FarmingPoliciesMap` (r:11 w:0)
	fn set_node_certification() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `30000`
		Weight::from_parts(50_000_000, 30_000)
			.saturating_add(T::DbWeight::get().reads(15_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `TfgridModule::TwinIdByAccountID` (r:1 w:0), `TfgridModule::NodeIdByTwinID` (r:1 w:0), `Timestamp::Now` (r:1 w:0)
	fn report_uptime() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4000`
		Weight::from_parts(20_000_000, 4_000).saturating_add(T::DbWeight::get().reads(3_u64))
	}
	/// Storage: `TfgridModule::TwinIdByAccountID` (r:1 w:0), `TfgridModule::Farms` (r:1 w:0), `TfgridModule::Nodes` (r:1 w:1)
	fn add_node_public_config() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `20000`
		Weight::from_parts(40_000_000, 20_000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TfgridModule::TwinIdByAccountID` (r:1 w:0), `TfgridModule::Nodes` (r:1 w:1), `TfgridModule::NodesByFarmID` (r:1 w:1), `TfgridModule::NodeIdByTwinID` (r:0 w:1), `TfgridModule::NodePower` (r:0 w:1)
	fn delete_node() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `25000`
		Weight::from_parts(40_000_000, 25_000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `TfgridModule::EntityIdByName` (r:1 w:1), `TfgridModule::EntityIdByAccountID` (r:1 w:1), `TfgridModule::EntityID` (r:1 w:1), `TfgridModule::Entities` (r:0 w:1)
	fn create_entity() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4000`
		Weight::from_parts(90_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `TfgridModule::EntityIdByAccountID` (r:1 w:0), `TfgridModule::Entities` (r:1 w:1), `TfgridModule::EntityIdByName` (r:1 w:2)
	fn update_entity() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4000`
		Weight::from_parts(30_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `TfgridModule::EntityIdByAccountID` (r:1 w:1), `TfgridModule::Entities` (r:1 w:1), `TfgridModule::EntityIdByName` (r:0 w:1)
	fn delete_entity() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4000`
		Weight::from_parts(25_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `TfgridModule::UsersTermsAndConditions` (r:1 w:0), `TfgridModule::TwinIdByAccountID` (r:1 w:1), `TfgridModule::TwinID` (r:1 w:1), `TfgridModule::Twins` (r:0 w:1)
	fn create_twin() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `25000`
		Weight::from_parts(40_000_000, 25_000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `TfgridModule::TwinIdByAccountID` (r:1 w:0), `TfgridModule::Twins` (r:1 w:1)
	fn update_twin() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `10000`
		Weight::from_parts(35_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TfgridModule::Twins` (r:1 w:1), `TfgridModule::Entities` (r:1 w:0)
	fn add_twin_entity() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `10000`
		Weight::from_parts(90_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TfgridModule::Twins` (r:1 w:1)
	fn delete_twin_entity() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `10000`
		Weight::from_parts(25_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TfgridModule::PricingPolicyIdByName` (r:1 w:1), `TfgridModule::PricingPolicyID` (r:1 w:1), `TfgridModule::PricingPolicies` (r:0 w:1)
	fn create_pricing_policy() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4000`
		Weight::from_parts(30_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `TfgridModule::PricingPolicies` (r:1 w:1), `TfgridModule::PricingPolicyIdByName` (r:1 w:2)
	fn update_pricing_policy() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4000`
		Weight::from_parts(30_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `TfgridModule::FarmingPolicyID` (r:1 w:1), `TfgridModule::DefaultFarmingPolicies` (r:1 w:1), `TfgridModule::FarmingPoliciesMap` (r:0 w:1)
	fn create_farming_policy() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4000`
		Weight::from_parts(25_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Timestamp::Now` (r:1 w:0), `TfgridModule::UsersTermsAndConditions` (r:1 w:1)
	fn user_accept_tc() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `25000`
		Weight::from_parts(40_000_000, 25_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TfgridModule::TwinIdByAccountID` (r:1 w:0), `TfgridModule::Nodes` (r:1 w:1), `TfgridModule::Farms` (r:1 w:0), `TfgridModule::NodesByFarmID` (r:1 w:1), `TfgridModule::NodeIdByTwinID` (r:0 w:1), `TfgridModule::NodePower` (r:0 w:1)
	fn delete_node_farm() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `40000`
		Weight::from_parts(40_000_000, 40_000)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `TfgridModule::Farms` (r:1 w:1)
	fn set_farm_dedicated() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `14000`
		Weight::from_parts(20_000_000, 14_000)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TfgridModule::Farms` (r:1 w:1)
	fn force_reset_farm_ip() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `14000`
		Weight::from_parts(25_000_000, 14_000)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TfgridModule::ConnectionPrice` (r:0 w:1)
	fn set_connection_price() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `0`
		Weight::from_parts(10_000_000, 0).saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TfgridModule::AllowedNodeCertifiers` (r:1 w:1)
	fn add_node_certifier() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4000`
		Weight::from_parts(15_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TfgridModule::AllowedNodeCertifiers` (r:1 w:1)
	fn remove_node_certifier() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4000`
		Weight::from_parts(15_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TfgridModule::FarmingPoliciesMap` (r:1 w:1), `TfgridModule::DefaultFarmingPolicies` (r:1 w:1)
	fn update_farming_policy() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4000`
		Weight::from_parts(25_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `TfgridModule::Farms` (r:1 w:1), `TfgridModule::FarmingPoliciesMap` (r:1 w:0), `TfgridModule::NodesByFarmID` (r:1 w:0), `TfgridModule::DefaultFarmingPolicies` (r:1 w:0), `TfgridModule::Nodes` (r:n w:n)
	/// The range of component `n` is `[0, 1000]`.
	fn attach_policy_to_farm(n: u32) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `20000 + n * (5000 ±0)`
		Weight::from_parts(40_000_000, 20_000)
			// Standard Error: 0
			.saturating_add(Weight::from_parts(30_000_000, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 5000).saturating_mul(n.into()))
	}
	/// Storage: `TfgridModule::ZosVersion` (r:1 w:1)
	fn set_zos_version() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `1500`
		Weight::from_parts(15_000_000, 1_500)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TfgridModule::TwinIdByAccountID` (r:1 w:0), `TfgridModule::NodeIdByTwinID` (r:1 w:0), `TfgridModule::Nodes` (r:1 w:0), `TfgridModule::NodePower` (r:1 w:1)
	fn change_power_state() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `8000`
		Weight::from_parts(25_000_000, 8_000)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TfgridModule::TwinIdByAccountID` (r:1 w:0), `TfgridModule::Nodes` (r:1 w:0), `TfgridModule::Farms` (r:1 w:0), `TfgridModule::NodePower` (r:1 w:1)
	fn change_power_target() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `20000`
		Weight::from_parts(25_000_000, 20_000)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TfgridModule::Twins` (r:1 w:0), `TfgridModule::TwinBoundedAccountID` (r:0 w:1)
	fn bond_twin_account() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `10000`
		Weight::from_parts(20_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TfgridModule::TwinIdByAccountID` (r:1 w:0), `TfgridModule::NodeIdByTwinID` (r:1 w:0), `Timestamp::Now` (r:1 w:0)
	fn report_uptime_v2() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4000`
		Weight::from_parts(20_000_000, 4_000).saturating_add(T::DbWeight::get().reads(3_u64))
	}
	/// Storage: `TfgridModule::Twins` (r:1 w:0), `TfgridModule::PendingTwinTransfer` (r:1 w:1), `TfgridModule::TwinTransferRequestID` (r:1 w:1), `TfgridModule::TwinTransferRequests` (r:0 w:1)
	fn request_twin_transfer() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `10000`
		Weight::from_parts(25_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `TfgridModule::TwinTransferRequests` (r:1 w:1), `TfgridModule::UsersTermsAndConditions` (r:1 w:0), `TfgridModule::TwinIdByAccountID` (r:1 w:2), `TfgridModule::Twins` (r:1 w:1), `TfgridModule::TwinBoundedAccountID` (r:1 w:1), `TfgridModule::PendingTwinTransfer` (r:0 w:1)
	fn accept_twin_transfer() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `25000`
		Weight::from_parts(50_000_000, 25_000)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `TfgridModule::TwinTransferRequests` (r:1 w:1), `TfgridModule::PendingTwinTransfer` (r:0 w:1)
	fn cancel_twin_transfer() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4000`
		Weight::from_parts(20_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
}

// For backwards compatibility and tests.
impl WeightInfo for () {
	/// Storage: `TfgridModule::TwinIdByAccountID` (r:1 w:0), `TfgridModule::FarmIdByName` (r:1 w:1), `TfgridModule::FarmID` (r:1 w:1), `TfgridModule::Farms` (r:0 w:1)
	fn create_farm() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `14000`
		Weight::from_parts(60_000_000, 14_000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: `TfgridModule::TwinIdByAccountID` (r:1 w:0), `TfgridModule::Farms` (r:1 w:1), `TfgridModule::FarmIdByName` (r:1 w:2)
	fn update_farm() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `14000`
		Weight::from_parts(30_000_000, 14_000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: `TfgridModule::TwinIdByAccountID` (r:1 w:0), `TfgridModule::Farms` (r:1 w:0), `TfgridModule::FarmPayoutV2AddressByFarmID` (r:0 w:1)
	fn add_stellar_payout_v2address() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `14000`
		Weight::from_parts(25_000_000, 14_000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `TfgridModule::Farms` (r:1 w:1)
	fn set_farm_certification() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `14000`
		Weight::from_parts(20_000_000, 14_000)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `TfgridModule::TwinIdByAccountID` (r:1 w:0), `TfgridModule::Farms` (r:1 w:1)
	fn add_farm_ip() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `14000`
		Weight::from_parts(35_000_000, 14_000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `TfgridModule::TwinIdByAccountID` (r:1 w:0), `TfgridModule::Farms` (r:1 w:1)
	fn remove_farm_ip() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `14000`
		Weight::from_parts(30_000_000, 14_000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `TfgridModule::TwinIdByAccountID` (r:1 w:0), `TfgridModule::NodeIdByTwinID` (r:1 w:1), `TfgridModule::Farms` (r:1 w:1), `TfgridModule::NodeID` (r:1 w:1), `TfgridModule::NodesByFarmID` (r:1 w:1), `Timestamp::Now` (r:1 w:0), `TfgridModule::ConnectionPrice` (r:1 w:0), `TfgridModule::DefaultFarmingPolicies` (r:1 w:0), `TfgridModule::FarmingPoliciesMap` (r:10 w:0), `TfgridModule::Nodes` (r:0 w:1), `TfgridModule::NodePower` (r:0 w:1)
	fn create_node() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `40000`
		Weight::from_parts(90_000_000, 40_000)
			.saturating_add(RocksDbWeight::get().reads(18_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	/// Storage: `TfgridModule::TwinIdByAccountID` (r:1 w:0), `TfgridModule::Nodes` (r:1 w:1), `TfgridModule::Farms` (r:1 w:1), `TfgridModule::NodesByFarmID` (r:2 w:2), `TfgridModule::DefaultFarmingPolicies` (r:1 w:0), `TfgridModule::FarmingPoliciesMap` (r:11 w:0)
	fn update_node() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `40000`
		Weight::from_parts(90_000_000, 40_000)
			.saturating_add(RocksDbWeight::get().reads(17_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	/// Storage: `TfgridModule::AllowedNodeCertifiers` (r:1 w:0), `TfgridModule::Nodes` (r:1 w:1), `TfgridModule::Farms` (r:1 w:1), `TfgridModule::DefaultFarmingPolicies` (r:1 w:0), `TfgridModule::FarmingPoliciesMap` (r:11 w:0)
	fn set_node_certification() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `30000`
		Weight::from_parts(50_000_000, 30_000)
			.saturating_add(RocksDbWeight::get().reads(15_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `TfgridModule::TwinIdByAccountID` (r:1 w:0), `TfgridModule::NodeIdByTwinID` (r:1 w:0), `Timestamp::Now` (r:1 w:0)
	fn report_uptime() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4000`
		Weight::from_parts(20_000_000, 4_000).saturating_add(RocksDbWeight::get().reads(3_u64))
	}
	/// Storage: `TfgridModule::TwinIdByAccountID` (r:1 w:0), `TfgridModule::Farms` (r:1 w:0), `TfgridModule::Nodes` (r:1 w:1)
	fn add_node_public_config() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `20000`
		Weight::from_parts(40_000_000, 20_000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `TfgridModule::TwinIdByAccountID` (r:1 w:0), `TfgridModule::Nodes` (r:1 w:1), `TfgridModule::NodesByFarmID` (r:1 w:1), `TfgridModule::NodeIdByTwinID` (r:0 w:1), `TfgridModule::NodePower` (r:0 w:1)
	fn delete_node() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `25000`
		Weight::from_parts(40_000_000, 25_000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	/// Storage: `TfgridModule::EntityIdByName` (r:1 w:1), `TfgridModule::EntityIdByAccountID` (r:1 w:1), `TfgridModule::EntityID` (r:1 w:1), `TfgridModule::Entities` (r:0 w:1)
	fn create_entity() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4000`
		Weight::from_parts(90_000_000, 4_000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	/// Storage: `TfgridModule::EntityIdByAccountID` (r:1 w:0), `TfgridModule::Entities` (r:1 w:1), `TfgridModule::EntityIdByName` (r:1 w:2)
	fn update_entity() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4000`
		Weight::from_parts(30_000_000, 4_000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: `TfgridModule::EntityIdByAccountID` (r:1 w:1), `TfgridModule::Entities` (r:1 w:1), `TfgridModule::EntityIdByName` (r:0 w:1)
	fn delete_entity() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4000`
		Weight::from_parts(25_000_000, 4_000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: `TfgridModule::UsersTermsAndConditions` (r:1 w:0), `TfgridModule::TwinIdByAccountID` (r:1 w:1), `TfgridModule::TwinID` (r:1 w:1), `TfgridModule::Twins` (r:0 w:1)
	fn create_twin() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `25000`
		Weight::from_parts(40_000_000, 25_000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: `TfgridModule::TwinIdByAccountID` (r:1 w:0), `TfgridModule::Twins` (r:1 w:1)
	fn update_twin() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `10000`
		Weight::from_parts(35_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `TfgridModule::Twins` (r:1 w:1), `TfgridModule::Entities` (r:1 w:0)
	fn add_twin_entity() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `10000`
		Weight::from_parts(90_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `TfgridModule::Twins` (r:1 w:1)
	fn delete_twin_entity() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `10000`
		Weight::from_parts(25_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `TfgridModule::PricingPolicyIdByName` (r:1 w:1), `TfgridModule::PricingPolicyID` (r:1 w:1), `TfgridModule::PricingPolicies` (r:0 w:1)
	fn create_pricing_policy() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4000`
		Weight::from_parts(30_000_000, 4_000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: `TfgridModule::PricingPolicies` (r:1 w:1), `TfgridModule::PricingPolicyIdByName` (r:1 w:2)
	fn update_pricing_policy() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4000`
		Weight::from_parts(30_000_000, 4_000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: `TfgridModule::FarmingPolicyID` (r:1 w:1), `TfgridModule::DefaultFarmingPolicies` (r:1 w:1), `TfgridModule::FarmingPoliciesMap` (r:0 w:1)
	fn create_farming_policy() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4000`
		Weight::from_parts(25_000_000, 4_000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: `Timestamp::Now` (r:1 w:0), `TfgridModule::UsersTermsAndConditions` (r:1 w:1)
	fn user_accept_tc() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `25000`
		Weight::from_parts(40_000_000, 25_000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `TfgridModule::TwinIdByAccountID` (r:1 w:0), `TfgridModule::Nodes` (r:1 w:1), `TfgridModule::Farms` (r:1 w:0), `TfgridModule::NodesByFarmID` (r:1 w:1), `TfgridModule::NodeIdByTwinID` (r:0 w:1), `TfgridModule::NodePower` (r:0 w:1)
	fn delete_node_farm() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `40000`
		Weight::from_parts(40_000_000, 40_000)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	/// Storage: `TfgridModule::Farms` (r:1 w:1)
	fn set_farm_dedicated() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `14000`
		Weight::from_parts(20_000_000, 14_000)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `TfgridModule::Farms` (r:1 w:1)
	fn force_reset_farm_ip() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `14000`
		Weight::from_parts(25_000_000, 14_000)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `TfgridModule::ConnectionPrice` (r:0 w:1)
	fn set_connection_price() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `0`
		Weight::from_parts(10_000_000, 0).saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `TfgridModule::AllowedNodeCertifiers` (r:1 w:1)
	fn add_node_certifier() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4000`
		Weight::from_parts(15_000_000, 4_000)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `TfgridModule::AllowedNodeCertifiers` (r:1 w:1)
	fn remove_node_certifier() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4000`
		Weight::from_parts(15_000_000, 4_000)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `TfgridModule::FarmingPoliciesMap` (r:1 w:1), `TfgridModule::DefaultFarmingPolicies` (r:1 w:1)
	fn update_farming_policy() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4000`
		Weight::from_parts(25_000_000, 4_000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `TfgridModule::Farms` (r:1 w:1), `TfgridModule::FarmingPoliciesMap` (r:1 w:0), `TfgridModule::NodesByFarmID` (r:1 w:0), `TfgridModule::DefaultFarmingPolicies` (r:1 w:0), `TfgridModule::Nodes` (r:n w:n)
	/// The range of component `n` is `[0, 1000]`.
	fn attach_policy_to_farm(n: u32) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `20000 + n * (5000 ±0)`
		Weight::from_parts(40_000_000, 20_000)
			// Standard Error: 0
			.saturating_add(Weight::from_parts(30_000_000, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 5000).saturating_mul(n.into()))
	}
	/// Storage: `TfgridModule::ZosVersion` (r:1 w:1)
	fn set_zos_version() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `1500`
		Weight::from_parts(15_000_000, 1_500)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `TfgridModule::TwinIdByAccountID` (r:1 w:0), `TfgridModule::NodeIdByTwinID` (r:1 w:0), `TfgridModule::Nodes` (r:1 w:0), `TfgridModule::NodePower` (r:1 w:1)
	fn change_power_state() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `8000`
		Weight::from_parts(25_000_000, 8_000)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `TfgridModule::TwinIdByAccountID` (r:1 w:0), `TfgridModule::Nodes` (r:1 w:0), `TfgridModule::Farms` (r:1 w:0), `TfgridModule::NodePower` (r:1 w:1)
	fn change_power_target() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `20000`
		Weight::from_parts(25_000_000, 20_000)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `TfgridModule::Twins` (r:1 w:0), `TfgridModule::TwinBoundedAccountID` (r:0 w:1)
	fn bond_twin_account() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `10000`
		Weight::from_parts(20_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `TfgridModule::TwinIdByAccountID` (r:1 w:0), `TfgridModule::NodeIdByTwinID` (r:1 w:0), `Timestamp::Now` (r:1 w:0)
	fn report_uptime_v2() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4000`
		Weight::from_parts(20_000_000, 4_000).saturating_add(RocksDbWeight::get().reads(3_u64))
	}
	/// Storage: `TfgridModule::Twins` (r:1 w:0), `TfgridModule::PendingTwinTransfer` (r:1 w:1), `TfgridModule::TwinTransferRequestID` (r:1 w:1), `TfgridModule::TwinTransferRequests` (r:0 w:1)
	fn request_twin_transfer() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `10000`
		Weight::from_parts(25_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: `TfgridModule::TwinTransferRequests` (r:1 w:1), `TfgridModule::UsersTermsAndConditions` (r:1 w:0), `TfgridModule::TwinIdByAccountID` (r:1 w:2), `TfgridModule::Twins` (r:1 w:1), `TfgridModule::TwinBoundedAccountID` (r:1 w:1), `TfgridModule::PendingTwinTransfer` (r:0 w:1)
	fn accept_twin_transfer() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `25000`
		Weight::from_parts(50_000_000, 25_000)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	/// Storage: `TfgridModule::TwinTransferRequests` (r:1 w:1), `TfgridModule::PendingTwinTransfer` (r:0 w:1)
	fn cancel_twin_transfer() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4000`
		Weight::from_parts(20_000_000, 4_000)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
}
