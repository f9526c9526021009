//! Value types shared by the grid pallets. Field names and order are part of the chain's wire
//! contract (see the grid API spec): never rename or reorder them.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::ConstU32, BoundedVec};
use scale_info::TypeInfo;

/// One gibibyte (2^30 bytes): the unit of `hru`, `sru` and `mru` in the CU/SU formulas.
pub const GIB: u64 = 1024 * 1024 * 1024;

/// Longest IPv4 CIDR text, `255.255.255.255/32` (18 bytes).
pub const MAX_IP4_LENGTH: u32 = 18;
/// Longest IPv4 address text, `255.255.255.255` (15 bytes).
pub const MAX_GW4_LENGTH: u32 = 15;
/// Most public IPs a farm holds (the bound of `Farm::public_ips`).
pub const MAX_FARM_PUBLIC_IPS: u32 = 256;
/// Longest pricing-policy name in bytes.
pub const MAX_PRICING_POLICY_NAME_LENGTH: u32 = 64;

/// IPv4 address in CIDR notation as text, e.g. `185.206.122.33/24`.
pub type Ip4Text = BoundedVec<u8, ConstU32<MAX_IP4_LENGTH>>;
/// IPv4 address as text, e.g. `185.206.122.1`.
pub type Gw4Text = BoundedVec<u8, ConstU32<MAX_GW4_LENGTH>>;
/// The public IPs of one farm (or the ones reserved by one contract).
pub type PublicIpList = BoundedVec<PublicIP, ConstU32<MAX_FARM_PUBLIC_IPS>>;
/// A pricing-policy name.
pub type PricingPolicyName = BoundedVec<u8, ConstU32<MAX_PRICING_POLICY_NAME_LENGTH>>;

/// The capacity of a node, or the part of it a contract uses.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct Resources {
	/// Bytes of HDD.
	pub hru: u64,
	/// Bytes of SSD.
	pub sru: u64,
	/// Number of (virtual) CPU cores.
	pub cru: u64,
	/// Bytes of RAM.
	pub mru: u64,
}

/// `value * 1000 / divisor`, rounded down, computed in 128 bits (cannot overflow: the result of
/// a `u64` times 1000 divided by at least 1 fits `u128`; it saturates to `u64::MAX`).
fn milli_ratio(value: u64, divisor: u64) -> u64 {
	let scaled = u128::from(value).saturating_mul(1000);
	let result = scaled.checked_div(u128::from(divisor)).unwrap_or(0);
	u64::try_from(result).unwrap_or(u64::MAX)
}

/// Rounds a milli-unit amount up to whole units.
fn ceil_units(milli: u64) -> u64 {
	milli.div_ceil(1000)
}

impl Resources {
	/// Storage units in thousandths: `SU = hru / 1200 + sru / 200` with `hru`, `sru` in GiB.
	///
	/// Computed as `(hru + 6·sru) · 1000 / (1200 GiB)` in 128-bit integers, rounded down (so the
	/// result is exact to 1/1000 SU and never over-charges).
	pub fn su_milli(&self) -> u64 {
		let storage = u128::from(self.hru).saturating_add(u128::from(self.sru).saturating_mul(6));
		let scaled = storage.saturating_mul(1000);
		let divisor = u128::from(GIB).saturating_mul(1200);
		let result = scaled.checked_div(divisor).unwrap_or(0);
		u64::try_from(result).unwrap_or(u64::MAX)
	}

	/// Compute units in thousandths:
	/// `CU = min( max(mru/4, cru/2), max(mru/8, cru), max(mru/2, cru/4) )` with `mru` in GiB.
	///
	/// Every term is computed from the raw values as `x · 1000 / divisor`, rounded down, so the
	/// result is exact to 1/1000 CU and never over-charges. Examples: cru 4, mru 1024 GiB → 128
	/// CU; cru 32, mru 128 GiB → 32 CU; cru 4, mru 2 GiB → 1 CU; cru 16, mru 16 GiB → 8 CU.
	pub fn cu_milli(&self) -> u64 {
		let gib4 = GIB.saturating_mul(4);
		let gib8 = GIB.saturating_mul(8);
		let gib2 = GIB.saturating_mul(2);
		let a = milli_ratio(self.mru, gib4).max(milli_ratio(self.cru, 2));
		let b = milli_ratio(self.mru, gib8).max(milli_ratio(self.cru, 1));
		let c = milli_ratio(self.mru, gib2).max(milli_ratio(self.cru, 4));
		a.min(b).min(c)
	}

	/// Whole storage units, rounded up (a node with 0.5 SU counts as 1 SU against a limit).
	pub fn su(&self) -> u64 {
		ceil_units(self.su_milli())
	}

	/// Whole compute units, rounded up (a node with 0.5 CU counts as 1 CU against a limit).
	pub fn cu(&self) -> u64 {
		ceil_units(self.cu_milli())
	}

	/// Field-wise saturating sum.
	pub fn saturating_add(self, other: Resources) -> Resources {
		Resources {
			hru: self.hru.saturating_add(other.hru),
			sru: self.sru.saturating_add(other.sru),
			cru: self.cru.saturating_add(other.cru),
			mru: self.mru.saturating_add(other.mru),
		}
	}

	/// Field-wise saturating difference.
	pub fn saturating_sub(self, other: Resources) -> Resources {
		Resources {
			hru: self.hru.saturating_sub(other.hru),
			sru: self.sru.saturating_sub(other.sru),
			cru: self.cru.saturating_sub(other.cru),
			mru: self.mru.saturating_sub(other.mru),
		}
	}

	/// Whether any field of `self` differs from the same field of `other` by more than
	/// `permille` thousandths of the larger of the two (1 % = 10 ‰). Integer arithmetic:
	/// `|a − b| · 1000 > permille · max(a, b)`, in 128 bits.
	pub fn differs_by_more_than(&self, other: &Resources, permille: u32) -> bool {
		let differs = |a: u64, b: u64| -> bool {
			let diff = u128::from(a.abs_diff(b)).saturating_mul(1000);
			let allowed = u128::from(a.max(b)).saturating_mul(u128::from(permille));
			diff > allowed
		};
		differs(self.hru, other.hru)
			|| differs(self.sru, other.sru)
			|| differs(self.cru, other.cru)
			|| differs(self.mru, other.mru)
	}
}

/// One public IPv4 address of a farm.
#[derive(
	Clone,
	PartialEq,
	Eq,
	Debug,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct PublicIP {
	/// The address in CIDR notation, e.g. `185.206.122.33/24`.
	pub ip: Ip4Text,
	/// The gateway of its subnet, e.g. `185.206.122.1`.
	pub gateway: Gw4Text,
	/// The contract that reserved it; 0 when the address is free.
	pub contract_id: u64,
}

/// Certification of a farm. Ordered: `NotCertified < Gold`.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum FarmCertification {
	/// The default.
	#[default]
	NotCertified,
	/// Certified by the foundation.
	Gold,
}

/// Certification of a node. Ordered: `Diy < Certified`.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum NodeCertification {
	/// Do-it-yourself hardware: the default.
	#[default]
	Diy,
	/// Certified hardware (set by governance or an allowed certifier).
	Certified,
}

/// A power target or reported power state without a time.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum Power {
	/// Powered on.
	#[default]
	Up,
	/// Powered off (standby).
	Down,
}

/// The power state a node last reported.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum PowerState<B> {
	/// The node is up.
	#[default]
	Up,
	/// The node went down (standby) at this block.
	Down(B),
}

impl<B> PowerState<B> {
	/// Whether the node is down.
	pub fn is_down(&self) -> bool {
		matches!(self, PowerState::Down(_))
	}
}

/// The power state (reported by the node) and target (set by the farmer) of a node.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct NodePower<B> {
	/// What the node last reported.
	pub state: PowerState<B>,
	/// What the farmer wants.
	pub target: Power,
}

/// How resource bytes are scaled for a price.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum Unit {
	/// Bytes.
	Bytes,
	/// Kilobytes.
	Kilobytes,
	/// Megabytes.
	Megabytes,
	/// Gigabytes (1024³ bytes for su/cu, 10⁹ bytes for nu): the default.
	#[default]
	Gigabytes,
	/// Terabytes. The spelling is part of the wire format.
	Terrabytes,
}

/// A price: `value` units USD (10⁻⁷ USD) per `unit` per hour.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct Policy {
	/// The price.
	pub value: u32,
	/// The unit it applies to.
	pub unit: Unit,
}

/// A set of prices for contracts on the farms that use it.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen,
)]
pub struct PricingPolicy<AccountId> {
	/// Type version of the record.
	pub version: u32,
	/// Its id.
	pub id: u32,
	/// Unique name.
	pub name: PricingPolicyName,
	/// Price of a storage unit per hour.
	pub su: Policy,
	/// Price of a compute unit per hour.
	pub cu: Policy,
	/// Price of network traffic per GB.
	pub nu: Policy,
	/// Price of a public IPv4 address per hour.
	pub ipu: Policy,
	/// Price of a unique name (name contract) per hour.
	pub unique_name: Policy,
	/// Price of a domain name per hour.
	pub domain_name: Policy,
	/// Receives the foundation's share of contract payments.
	pub foundation_account: AccountId,
	/// Receives the sales share for certified nodes.
	pub certified_sales_account: AccountId,
	/// Share (percent, 0–100) of the CU/SU price a rent contract pays for a dedicated node.
	pub discount_for_dedication_nodes: u8,
}

/// What the contracts pallet needs to know about a node.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen,
)]
pub struct NodeInfo<B> {
	/// The node id.
	pub id: u32,
	/// Its farm.
	pub farm_id: u32,
	/// The twin that registered it.
	pub twin_id: u32,
	/// Its capacity.
	pub resources: Resources,
	/// Its certification.
	pub certification: NodeCertification,
	/// Its power state and target.
	pub power: NodePower<B>,
	/// The connection price snapshotted when it registered.
	pub connection_price: u32,
}

impl<B> NodeInfo<B> {
	/// The part of the node that billing uses, with its farm's owner and pricing policy.
	pub fn billing(&self, farmer_twin: u32, pricing_policy_id: u32) -> NodeBillingInfo {
		NodeBillingInfo {
			farm_id: self.farm_id,
			farmer_twin,
			pricing_policy_id,
			resources: self.resources,
			certification: self.certification,
		}
	}
}

/// What billing needs to know about a node from the registry: its farm, the farm's owner and
/// pricing policy, its capacity and certification. The contracts pallet keeps a copy per node
/// (told of every change through [`crate::traits::ChangeNode::node_changed`]) so that a bill
/// reads one record instead of the node's and the farm's.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct NodeBillingInfo {
	/// Its farm.
	pub farm_id: u32,
	/// The twin that owns the farm (paid the farmer's share).
	pub farmer_twin: u32,
	/// The farm's pricing policy.
	pub pricing_policy_id: u32,
	/// Its capacity (a rent contract pays for all of it).
	pub resources: Resources,
	/// Its certification (certified nodes cost more).
	pub certification: NodeCertification,
}

/// What the contracts pallet needs to know about a farm.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen,
)]
pub struct FarmInfo {
	/// The farm id.
	pub id: u32,
	/// The twin that owns it.
	pub twin_id: u32,
	/// The pricing policy of its contracts.
	pub pricing_policy_id: u32,
	/// Its certification.
	pub certification: FarmCertification,
	/// Whether its nodes can only be used through a rent contract.
	pub dedicated_farm: bool,
	/// How many of its public IPs are free.
	pub free_public_ips: u32,
}

/// Why public IPs could not be reserved.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
pub enum PublicIpError {
	/// The farm does not exist.
	FarmNotExists,
	/// The farm has fewer public IPs in total than asked for.
	NotEnoughPublicIps,
	/// The farm has enough IPs, but not enough of them are free.
	NotEnoughFreePublicIps,
}

#[cfg(test)]
mod tests {
	use super::*;

	fn res(cru: u64, mru_gib: u64) -> Resources {
		Resources { hru: 0, sru: 0, cru, mru: mru_gib * GIB }
	}

	#[test]
	fn cu_matches_the_spec_examples() {
		assert_eq!(res(4, 1024).cu_milli(), 128_000);
		assert_eq!(res(32, 128).cu_milli(), 32_000);
		assert_eq!(res(4, 2).cu_milli(), 1_000);
		assert_eq!(res(16, 16).cu_milli(), 8_000);
		assert_eq!(res(16, 16).cu(), 8);
	}

	#[test]
	fn cu_rounds_down_in_milli_and_up_in_units() {
		// cru 1, mru 2 GiB: min(max(0.5, 0.5), max(0.25, 1), max(1, 0.25)) = 0.5 CU.
		assert_eq!(res(1, 2).cu_milli(), 500);
		assert_eq!(res(1, 2).cu(), 1);
		// One byte of RAM and no cores: far below a thousandth.
		let tiny = Resources { hru: 0, sru: 0, cru: 0, mru: 1 };
		assert_eq!(tiny.cu_milli(), 0);
		assert_eq!(tiny.cu(), 0);
	}

	#[test]
	fn su_follows_the_formula() {
		// 1200 GiB HDD = 1 SU; 200 GiB SSD = 1 SU.
		assert_eq!(Resources { hru: 1200 * GIB, ..Default::default() }.su_milli(), 1000);
		assert_eq!(Resources { sru: 200 * GIB, ..Default::default() }.su_milli(), 1000);
		// 100 GiB SSD + 600 GiB HDD = 0.5 + 0.5.
		let r = Resources { hru: 600 * GIB, sru: 100 * GIB, ..Default::default() };
		assert_eq!(r.su_milli(), 1000);
		// 100 GiB SSD alone: half an SU, one whole unit rounded up.
		let half = Resources { sru: 100 * GIB, ..Default::default() };
		assert_eq!(half.su_milli(), 500);
		assert_eq!(half.su(), 1);
	}

	#[test]
	fn formulas_never_overflow() {
		let max = Resources { hru: u64::MAX, sru: u64::MAX, cru: u64::MAX, mru: u64::MAX };
		assert!(max.su_milli() > 0);
		assert_eq!(max.cu_milli(), u64::MAX);
		assert_eq!(max.cu(), u64::MAX.div_ceil(1000));
		assert_eq!(max.saturating_add(max), max);
		assert_eq!(Resources::default().saturating_sub(max), Resources::default());
	}

	#[test]
	fn relative_change_is_measured_per_field() {
		let a = Resources { hru: 1000, sru: 1000, cru: 100, mru: 1000 };
		let mut b = a;
		b.sru = 1010; // exactly 1 % of 1010 is 10.1 > 10: not more than 1 %
		assert!(!a.differs_by_more_than(&b, 10));
		b.sru = 1011;
		assert!(a.differs_by_more_than(&b, 10));
		assert!(!a.differs_by_more_than(&a, 0));
		let zero = Resources::default();
		assert!(zero.differs_by_more_than(&Resources { cru: 1, ..zero }, 10));
	}

	#[test]
	fn power_state_is_down() {
		assert!(PowerState::Down(3u32).is_down());
		assert!(!PowerState::<u32>::Up.is_down());
		assert!(NodeCertification::Diy < NodeCertification::Certified);
		assert!(FarmCertification::NotCertified < FarmCertification::Gold);
	}
}
