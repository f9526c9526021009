//! The registry's record types and their text bounds. Field names and order are part of the
//! chain's wire contract (grid API spec): never rename or reorder them.
//!
//! Type shapes follow TFChain's metadata: a list TFChain declares as `BoundedVec` is a
//! `BoundedVec` here (clients wrap it, e.g. `"public_ips": [[{...}]]`); a list or text TFChain
//! keeps as a plain `Vec` in a stored record is a [`BoundedList`] (bounded, yet `Vec` in the
//! metadata); a call argument TFChain takes as a plain `Vec` is a `Vec` in the call, bounded
//! there with a named error.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::ConstU32, BoundedVec};
use scale_info::TypeInfo;
pub use tfchain_support::types::{
	FarmCertification, Gw4Text, Ip4Text, NodeCertification, Policy, Power, PowerState,
	PricingPolicy, PricingPolicyName, PublicIP, PublicIpList, Resources, Unit, MAX_FARM_PUBLIC_IPS,
	MAX_GW4_LENGTH, MAX_IP4_LENGTH, MAX_PRICING_POLICY_NAME_LENGTH,
};
pub use tfchain_support::BoundedList;

/// Declares a text bound: its minimum and maximum length in bytes and the type (`BoundedVec`
/// by default, `BoundedList` for texts TFChain keeps as a plain `Vec<u8>`).
macro_rules! text_type {
	($(#[$doc:meta])* $name:ident, $min:ident = $min_value:expr, $max:ident = $max_value:expr, $list:ident) => {
		#[doc = concat!("Minimum length of [`", stringify!($name), "`] in bytes.")]
		pub const $min: u32 = $min_value;
		#[doc = concat!("Maximum length of [`", stringify!($name), "`] in bytes (its bound).")]
		pub const $max: u32 = $max_value;
		$(#[$doc])*
		pub type $name = $list<u8, ConstU32<$max_value>>;
	};
	($(#[$doc:meta])* $name:ident, $min:ident = $min_value:expr, $max:ident = $max_value:expr) => {
		text_type!($(#[$doc])* $name, $min = $min_value, $max = $max_value, BoundedVec);
	};
}

text_type!(
	/// Farm name: `[A-Za-z0-9_-]`, unique.
	FarmName, MIN_FARM_NAME_LENGTH = 3, MAX_FARM_NAME_LENGTH = 40
);
text_type!(
	/// Stellar public key (`G…`, base32 with checksum); `Vec<u8>` on the wire, as TFChain.
	StellarAddress, MIN_STELLAR_ADDRESS_LENGTH = 56, MAX_STELLAR_ADDRESS_LENGTH = 56, BoundedList
);
text_type!(
	/// Relay address(es) of a twin: dot-separated labels of `[A-Za-z0-9_-]`.
	Relay, MIN_RELAY_LENGTH = 3, MAX_RELAY_LENGTH = 1024
);
text_type!(
	/// Public key of a twin (opaque bytes).
	TwinPk, MIN_PK_LENGTH = 1, MAX_PK_LENGTH = 128
);
text_type!(
	/// A signature as hex text: 128 hex digits, optionally prefixed by `0x`; `Vec<u8>` on the
	/// wire, as TFChain.
	SignatureText, MIN_SIGNATURE_LENGTH = 128, MAX_SIGNATURE_LENGTH = 130, BoundedList
);
text_type!(
	/// Entity name: printable ASCII, unique; `Vec<u8>` on the wire, as TFChain.
	EntityName, MIN_ENTITY_NAME_LENGTH = 3, MAX_ENTITY_NAME_LENGTH = 64, BoundedList
);
text_type!(
	/// Country name: letters, spaces and `-'.,()` (UTF-8).
	CountryName, MIN_COUNTRY_NAME_LENGTH = 2, MAX_COUNTRY_NAME_LENGTH = 64
);
text_type!(
	/// City name: letters, spaces and `-'.,()` (UTF-8).
	CityName, MIN_CITY_NAME_LENGTH = 2, MAX_CITY_NAME_LENGTH = 64
);
text_type!(
	/// Latitude or longitude: decimal text, or `Unknown`.
	Coordinate, MIN_COORDINATE_LENGTH = 1, MAX_COORDINATE_LENGTH = 50
);
text_type!(
	/// Network interface name: `[a-z0-9_-]`.
	InterfaceName, MIN_INTERFACE_NAME_LENGTH = 3, MAX_INTERFACE_NAME_LENGTH = 20
);
text_type!(
	/// MAC address `aa:bb:cc:dd:ee:ff`.
	InterfaceMac, MIN_INTERFACE_MAC_LENGTH = 17, MAX_INTERFACE_MAC_LENGTH = 17
);
text_type!(
	/// An IPv4 or IPv6 address of an interface (optionally with a `/prefix`).
	InterfaceIp, MIN_INTERFACE_IP_LENGTH = 7, MAX_INTERFACE_IP_LENGTH = 42
);
text_type!(
	/// Hardware serial number: printable ASCII.
	SerialNumber, MIN_SERIAL_NUMBER_LENGTH = 1, MAX_SERIAL_NUMBER_LENGTH = 128
);
text_type!(
	/// IPv6 address in CIDR notation.
	Ip6Text, MIN_IP6_LENGTH = 4, MAX_IP6_LENGTH = 43
);
text_type!(
	/// IPv6 address.
	Gw6Text, MIN_GW6_LENGTH = 2, MAX_GW6_LENGTH = 39
);
text_type!(
	/// Domain name: `[A-Za-z0-9-.]`.
	Domain, MIN_DOMAIN_LENGTH = 1, MAX_DOMAIN_LENGTH = 128
);
text_type!(
	/// Link to a terms-and-conditions document: URL characters.
	DocumentLink, MIN_DOCUMENT_LINK_LENGTH = 1, MAX_DOCUMENT_LINK_LENGTH = 2048
);
text_type!(
	/// Hash of a terms-and-conditions document: `[A-Za-z0-9_-]`.
	DocumentHash, MIN_DOCUMENT_HASH_LENGTH = 1, MAX_DOCUMENT_HASH_LENGTH = 50
);
text_type!(
	/// Farming-policy name: printable ASCII; `Vec<u8>` on the wire, as TFChain.
	FarmingPolicyName,
	MIN_FARMING_POLICY_NAME_LENGTH = 3,
	MAX_FARMING_POLICY_NAME_LENGTH = 64,
	BoundedList
);
text_type!(
	/// ZOS version text: printable ASCII; `Vec<u8>` on the wire, as TFChain.
	ZosVersionText, MIN_ZOS_VERSION_LENGTH = 1, MAX_ZOS_VERSION_LENGTH = 128, BoundedList
);

/// Minimum length of a pricing-policy name in bytes (maximum: `MAX_PRICING_POLICY_NAME_LENGTH`).
pub const MIN_PRICING_POLICY_NAME_LENGTH: u32 = 3;
/// Most entities a twin links to.
pub const MAX_TWIN_ENTITIES: u32 = 32;
/// Most interfaces a node reports.
pub const MAX_INTERFACES: u32 = 10;
/// Most addresses one interface reports.
pub const MAX_INTERFACE_IPS: u32 = 10;

/// Record versions, bumped when a record's layout changes.
pub const FARM_VERSION: u32 = 1;
/// See [`FARM_VERSION`].
pub const NODE_VERSION: u32 = 1;
/// See [`FARM_VERSION`].
pub const ENTITY_VERSION: u32 = 1;
/// See [`FARM_VERSION`].
pub const PRICING_POLICY_VERSION: u32 = 1;
/// See [`FARM_VERSION`].
pub const FARMING_POLICY_VERSION: u32 = 1;

/// A public IPv4 address with its gateway, as given by a farmer.
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
#[allow(clippy::upper_case_acronyms)]
pub struct IP4 {
	/// Address in CIDR notation, e.g. `185.206.122.33/24`.
	pub ip: Ip4Text,
	/// Gateway, e.g. `185.206.122.1`.
	pub gw: Gw4Text,
}

/// A public IPv6 address with its gateway.
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
#[allow(clippy::upper_case_acronyms)]
pub struct IP6 {
	/// Address in CIDR notation, e.g. `2a10:b600:1::cc/64`.
	pub ip: Ip6Text,
	/// Gateway, e.g. `2a10:b600:1::1`.
	pub gw: Gw6Text,
}

/// Public network configuration of a node (a gateway node).
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
pub struct PublicConfig {
	/// IPv4 address and gateway.
	pub ip4: IP4,
	/// Optional IPv6 address and gateway.
	pub ip6: Option<IP6>,
	/// Optional domain served by the node.
	pub domain: Option<Domain>,
}

/// Where a node is.
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
pub struct Location {
	/// City.
	pub city: CityName,
	/// Country.
	pub country: CountryName,
	/// Latitude, −90..90, or `Unknown`.
	pub latitude: Coordinate,
	/// Longitude, −180..180, or `Unknown`.
	pub longitude: Coordinate,
}

/// The addresses of one interface (a `BoundedVec`, as TFChain's: clients wrap the list).
pub type InterfaceIps = BoundedVec<InterfaceIp, ConstU32<MAX_INTERFACE_IPS>>;

/// A network interface of a node.
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
pub struct Interface {
	/// Name, e.g. `zos`.
	pub name: InterfaceName,
	/// MAC address.
	pub mac: InterfaceMac,
	/// Addresses.
	pub ips: InterfaceIps,
}

/// The interfaces given to `create_node` / `update_node` (a `BoundedVec`, as TFChain's
/// argument: clients wrap the list).
pub type Interfaces = BoundedVec<Interface, ConstU32<MAX_INTERFACES>>;

/// The interfaces stored in a [`Node`] (TFChain stores a plain `Vec`).
pub type NodeInterfaces = BoundedList<Interface, ConstU32<MAX_INTERFACES>>;

/// Farming-policy limits attached to a farm by governance: the farm's nodes get that policy
/// while the remaining capacity lasts.
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
pub struct FarmingPolicyLimit {
	/// The policy granted.
	pub farming_policy_id: u32,
	/// Remaining compute units (whole units); `None` = unlimited.
	pub cu: Option<u64>,
	/// Remaining storage units (whole units); `None` = unlimited.
	pub su: Option<u64>,
	/// Last block (inclusive) at which the limits apply; `None` = no end.
	pub end: Option<u64>,
	/// Remaining number of nodes; `None` = unlimited.
	pub node_count: Option<u32>,
	/// Whether only certified nodes qualify.
	pub node_certification: bool,
}

impl FarmingPolicyLimit {
	/// Takes what a node of `cu` and `su` whole units uses from the remaining limits, if it
	/// fits: `cu` and `su` from the limited values, one from a limited `node_count`. Returns
	/// exactly what was taken (0 for an unlimited value), or `None` (nothing taken) when the
	/// node does not fit. Expiry and certification are the caller's checks.
	pub fn take(&mut self, cu: u64, su: u64) -> Option<HeldLimits> {
		let fits = self.cu.is_none_or(|left| cu <= left)
			&& self.su.is_none_or(|left| su <= left)
			&& self.node_count.is_none_or(|left| left > 0);
		if !fits {
			return None;
		}
		let held = HeldLimits {
			cu: if self.cu.is_some() { cu } else { 0 },
			su: if self.su.is_some() { su } else { 0 },
			node_count: u32::from(self.node_count.is_some()),
		};
		self.cu = self.cu.map(|left| left.saturating_sub(held.cu));
		self.su = self.su.map(|left| left.saturating_sub(held.su));
		self.node_count = self.node_count.map(|left| left.saturating_sub(held.node_count));
		Some(held)
	}

	/// Gives back what [`Self::take`] took (saturating; exact while nothing else changed the
	/// limits in between, which [`HeldLimits`] records are kept to).
	pub fn give_back(&mut self, held: &HeldLimits) {
		self.cu = self.cu.map(|left| left.saturating_add(held.cu));
		self.su = self.su.map(|left| left.saturating_add(held.su));
		self.node_count = self.node_count.map(|left| left.saturating_add(held.node_count));
	}
}

/// What a node holds of its farm's [`FarmingPolicyLimit`]: what the limits gave it with their
/// policy, given back when the node leaves the farm, is deleted or is re-assigned (ours, not a
/// TFChain type).
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
pub struct HeldLimits {
	/// Compute units taken from a limited `cu` (0 when `cu` was unlimited).
	pub cu: u64,
	/// Storage units taken from a limited `su` (0 when `su` was unlimited).
	pub su: u64,
	/// 1 when taken from a limited `node_count`, else 0.
	pub node_count: u32,
}

impl HeldLimits {
	/// Whether nothing is held (the limits were all unlimited).
	pub fn is_empty(&self) -> bool {
		*self == Self::default()
	}
}

/// A farm.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen,
)]
pub struct Farm {
	/// Record version.
	pub version: u32,
	/// Farm id.
	pub id: u32,
	/// Unique name.
	pub name: FarmName,
	/// The twin that owns it.
	pub twin_id: u32,
	/// Pricing policy of contracts on its nodes.
	pub pricing_policy_id: u32,
	/// Certification.
	pub certification: FarmCertification,
	/// Public IPv4 addresses (at most 256).
	pub public_ips: PublicIpList,
	/// Whether its nodes can only be used through a rent contract.
	pub dedicated_farm: bool,
	/// Farming-policy limits set by governance.
	pub farming_policy_limits: Option<FarmingPolicyLimit>,
}

/// A node (a machine running ZOS).
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen,
)]
pub struct Node {
	/// Record version.
	pub version: u32,
	/// Node id.
	pub id: u32,
	/// Its farm.
	pub farm_id: u32,
	/// The twin that registered it (the node's own identity).
	pub twin_id: u32,
	/// Capacity.
	pub resources: Resources,
	/// Location.
	pub location: Location,
	/// Public configuration (gateway nodes).
	pub public_config: Option<PublicConfig>,
	/// Registration time, seconds since the Unix epoch.
	pub created: u64,
	/// Farming policy assigned.
	pub farming_policy_id: u32,
	/// Network interfaces.
	pub interfaces: NodeInterfaces,
	/// Certification.
	pub certification: NodeCertification,
	/// Whether it booted with secure boot.
	pub secure_boot: bool,
	/// Whether it runs virtualized.
	pub virtualized: bool,
	/// Hardware serial number.
	pub serial_number: Option<SerialNumber>,
	/// Connection price snapshotted at registration.
	pub connection_price: u32,
}

/// Proof that a twin is linked to an entity: the entity's signature of `entity_id‖twin_id`.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen,
)]
pub struct EntityProof {
	/// The entity.
	pub entity_id: u32,
	/// Its signature as given (hex text).
	pub signature: SignatureText,
}

/// The entity links of a twin (TFChain stores a plain `Vec`).
pub type TwinEntities = BoundedList<EntityProof, ConstU32<MAX_TWIN_ENTITIES>>;

/// The public IPs given to `create_farm` (a `BoundedVec`, as TFChain's argument: clients wrap
/// the list).
pub type FarmIps = BoundedVec<IP4, ConstU32<MAX_FARM_PUBLIC_IPS>>;

/// A twin: the on-grid identity of an account.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen,
)]
pub struct Twin<AccountId> {
	/// Twin id.
	pub id: u32,
	/// Owner.
	pub account_id: AccountId,
	/// Relay address(es).
	pub relay: Option<Relay>,
	/// Linked entities.
	pub entities: TwinEntities,
	/// Public key.
	pub pk: Option<TwinPk>,
}

/// An entity (a legal person), controlled by one account.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen,
)]
pub struct Entity<AccountId> {
	/// Record version.
	pub version: u32,
	/// Entity id.
	pub id: u32,
	/// Unique name.
	pub name: EntityName,
	/// The account that signed its creation.
	pub account_id: AccountId,
	/// Country.
	pub country: CountryName,
	/// City.
	pub city: CityName,
}

/// A farming policy: rewards per unit for the nodes that get it. The default value (all zero,
/// empty name) is what [`crate::FarmingPoliciesMap`] returns for a missing id, as on TFChain.
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
pub struct FarmingPolicy<BlockNumber> {
	/// Record version.
	pub version: u32,
	/// Policy id.
	pub id: u32,
	/// Name.
	pub name: FarmingPolicyName,
	/// Reward per compute unit.
	pub cu: u32,
	/// Reward per storage unit.
	pub su: u32,
	/// Reward per network unit.
	pub nu: u32,
	/// Reward per public IPv4 address.
	pub ipv4: u32,
	/// Minimal uptime (percent) to earn rewards.
	pub minimal_uptime: u16,
	/// Block of creation.
	pub policy_created: BlockNumber,
	/// Last block at which it can be assigned; 0 = no end.
	pub policy_end: BlockNumber,
	/// Whether it can never be updated.
	pub immutable: bool,
	/// Whether it is picked automatically for nodes (see the assignment rule).
	pub default: bool,
	/// Node certification it requires.
	pub node_certification: NodeCertification,
	/// Farm certification it requires.
	pub farm_certification: FarmCertification,
}

/// One acceptance of the terms and conditions.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen,
)]
pub struct TermsAndConditions<AccountId> {
	/// Who accepted.
	pub account_id: AccountId,
	/// When, seconds since the Unix epoch.
	pub timestamp: u64,
	/// The document.
	pub document_link: DocumentLink,
	/// Its hash.
	pub document_hash: DocumentHash,
}

/// A pending twin ownership transfer.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen,
)]
pub struct TwinTransferRequest<AccountId, BlockNumber> {
	/// Request id.
	pub id: u64,
	/// The twin.
	pub twin_id: u32,
	/// Current owner (who asked).
	pub from: AccountId,
	/// Proposed new owner (who must accept).
	pub to: AccountId,
	/// Block of the request.
	pub created: BlockNumber,
}
