//! The grid pallets: the registry (TfgridModule).

use crate::{EnsureRootOrCouncilApproval, Runtime, Timestamp};
use frame_support::{parameter_types, traits::ConstU32};

parameter_types! {
	/// A node's uptime report may carry a timestamp at most 60 s away from chain time.
	pub const TimestampHintDrift: u64 = 60;
}

impl pallet_tfgrid::Config for Runtime {
	type RestrictedOrigin = EnsureRootOrCouncilApproval;
	type TimeProvider = Timestamp;
	// The contracts pallet takes these over when it joins the runtime.
	type NodeChanged = ();
	type NodeActiveContracts = ();
	type OnTwinTransfer = ();
	type MaxNodesPerFarm = ConstU32<10_000>;
	type MaxNodeCertifiers = ConstU32<100>;
	type MaxTermsAndConditions = ConstU32<16>;
	type MaxDefaultFarmingPolicies = ConstU32<16>;
	type TimestampHintDrift = TimestampHintDrift;
	type WeightInfo = pallet_tfgrid::weights::SubstrateWeight<Runtime>;
}
