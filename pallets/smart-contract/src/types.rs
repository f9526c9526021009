//! The pallet's value types. Field names and order are part of the chain's wire contract (grid
//! API spec, "SmartContractModule (index 26)"): never rename or reorder them.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::ConstU32, BoundedVec};
use scale_info::TypeInfo;
use tfchain_support::{types::PublicIpList, BoundedList, Resources};

/// A block number as contracts store it (TFChain keeps it as a `u64`, whatever the chain's
/// block number type).
pub type BlockNumber = u64;

/// Longest `deployment_data` of a node contract, in bytes.
pub const MAX_DEPLOYMENT_DATA_LENGTH: u32 = 512;
/// Shortest name of a name contract.
pub const MIN_NAME_LENGTH: u32 = 3;
/// Longest name of a name contract.
pub const MAX_NAME_LENGTH: u32 = 64;
/// Most providers of one solution provider.
pub const MAX_PROVIDERS: u32 = 10;
/// Longest solution-provider description.
pub const MAX_DESCRIPTION_LENGTH: u32 = 512;
/// Longest solution-provider link.
pub const MAX_LINK_LENGTH: u32 = 256;
/// Longest service-contract metadata.
pub const MAX_SERVICE_METADATA_LENGTH: u32 = 64;
/// Longest service-contract bill metadata.
pub const MAX_BILL_METADATA_LENGTH: u32 = 50;
/// Highest Σ take of the providers of a solution provider, in percent: the foundation's share
/// of a node or rent contract's payout (billing spec §4), which the takes come out of.
pub const MAX_TOTAL_TAKE: u32 = 40;

/// A deployment hash (32 bytes, as in TFChain).
pub type DeploymentHash = [u8; 32];
/// Deployment data of a node contract.
pub type DeploymentData = BoundedVec<u8, ConstU32<MAX_DEPLOYMENT_DATA_LENGTH>>;
/// A name-contract name (a checked [`NameContractName`]).
pub type ContractName = NameContractName;
/// Solution-provider description (a plain `Vec<u8>` in metadata, as on TFChain).
pub type Description = BoundedList<u8, ConstU32<MAX_DESCRIPTION_LENGTH>>;
/// Solution-provider link (a plain `Vec<u8>` in metadata, as on TFChain).
pub type Link = BoundedList<u8, ConstU32<MAX_LINK_LENGTH>>;
/// Service-contract metadata.
pub type ServiceMetadata = BoundedVec<u8, ConstU32<MAX_SERVICE_METADATA_LENGTH>>;
/// Service-contract bill metadata.
pub type BillMetadata = BoundedVec<u8, ConstU32<MAX_BILL_METADATA_LENGTH>>;
/// The providers of a solution provider (a plain list in metadata).
pub type Providers<AccountId> = BoundedList<Provider<AccountId>, ConstU32<MAX_PROVIDERS>>;

/// The name of a name contract: 3–64 bytes of `[a-z0-9_-]` once made by the pallet. In metadata
/// a one-field composite around the bytes, TFChain's shape of `NameContractName`.
#[derive(
	Clone,
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
pub struct NameContractName(pub BoundedVec<u8, ConstU32<MAX_NAME_LENGTH>>);

impl core::ops::Deref for NameContractName {
	type Target = BoundedVec<u8, ConstU32<MAX_NAME_LENGTH>>;

	fn deref(&self) -> &Self::Target {
		&self.0
	}
}

impl From<NameContractName> for alloc::vec::Vec<u8> {
	fn from(name: NameContractName) -> Self {
		name.0.into_inner()
	}
}

/// Why a contract was deleted.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum Cause {
	/// Its owner (or its node's owner, by deleting the node) cancelled it.
	CanceledByUser,
	/// Its twin could not pay until the end of the grace period.
	OutOfFunds,
	/// Governance cancelled it.
	CanceledByCollective,
}

/// The life-cycle state of a contract.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum ContractState {
	/// Live and paid.
	Created,
	/// Ended (only seen in events: deleted contracts are removed from storage).
	Deleted(Cause),
	/// Live but unpaid since this block (a `u64`, as on TFChain).
	GracePeriod(BlockNumber),
}

/// A deployment on one node.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen,
)]
pub struct NodeContract {
	/// The node.
	pub node_id: u32,
	/// Hash of the deployment (unique per node among live contracts).
	pub deployment_hash: DeploymentHash,
	/// Opaque deployment data (≤ 512 bytes).
	pub deployment_data: DeploymentData,
	/// Number of public IPv4 addresses reserved.
	pub public_ips: u32,
	/// The reserved addresses.
	pub public_ips_list: PublicIpList,
}

/// A unique name on the grid's gateways.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen,
)]
pub struct NameContract {
	/// The name: 3–64 bytes of `[a-z0-9_-]`.
	pub name: ContractName,
}

/// The rental of a whole node.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct RentContract {
	/// The node.
	pub node_id: u32,
}

/// What a contract is about.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen,
)]
pub enum ContractData {
	/// A deployment on a node.
	NodeContract(NodeContract),
	/// A unique name.
	NameContract(NameContract),
	/// A whole-node rental.
	RentContract(RentContract),
}

/// A contract.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen,
)]
pub struct Contract {
	/// Type version of the record.
	pub version: u32,
	/// Its state.
	pub state: ContractState,
	/// Its id.
	pub contract_id: u64,
	/// The twin that owns (and pays for) it.
	pub twin_id: u32,
	/// What it is about.
	pub contract_type: ContractData,
	/// The solution provider that gets a share of its payments (if approved).
	pub solution_provider_id: Option<u64>,
}

impl Contract {
	/// The node of a node or rent contract.
	pub fn node_id(&self) -> Option<u32> {
		match &self.contract_type {
			ContractData::NodeContract(c) => Some(c.node_id),
			ContractData::RentContract(c) => Some(c.node_id),
			ContractData::NameContract(_) => None,
		}
	}

	/// Whether it is in its grace period.
	pub fn in_grace(&self) -> bool {
		matches!(self.state, ContractState::GracePeriod(_))
	}
}

/// The resources a node reports a contract uses.
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
pub struct ContractResources {
	/// The contract.
	pub contract_id: u64,
	/// What it uses.
	pub used: Resources,
}

/// A node's report of a contract's network traffic.
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
pub struct NruConsumption {
	/// The contract.
	pub contract_id: u64,
	/// When the window ended (chain seconds).
	pub timestamp: u64,
	/// Length of the window in seconds.
	pub window: u64,
	/// Bytes of public traffic in the window.
	pub nru: u64,
}

/// A node's consumption report of TFChain's first billing (the payload of the deprecated
/// `ConsumptionReportReceived` event; nothing emits it any more).
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
pub struct Consumption {
	/// The contract.
	pub contract_id: u64,
	/// When the report was made (chain seconds).
	pub timestamp: u64,
	/// Cores used.
	pub cru: u64,
	/// SSD bytes used.
	pub sru: u64,
	/// HDD bytes used.
	pub hru: u64,
	/// Memory bytes used.
	pub mru: u64,
	/// Bytes of public traffic.
	pub nru: u64,
}

/// Discount level by runway (billing spec §2).
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
pub enum DiscountLevel {
	/// Under 1.5 months of runway: pays 100 %.
	#[default]
	None,
	/// 1.5 to 3 months: pays 80 %.
	Default,
	/// 3 to 6 months: pays 70 %.
	Bronze,
	/// 6 to 18 months: pays 60 %.
	Silver,
	/// 18 months or more: pays 40 %.
	Gold,
}

impl DiscountLevel {
	/// The share (percent) of the price paid at this level.
	pub fn pay_percent(&self) -> u128 {
		match self {
			DiscountLevel::None => 100,
			DiscountLevel::Default => 80,
			DiscountLevel::Bronze => 70,
			DiscountLevel::Silver => 60,
			DiscountLevel::Gold => 40,
		}
	}
}

/// One bill of a contract.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct ContractBill {
	/// The contract.
	pub contract_id: u64,
	/// Chain time of the bill (seconds).
	pub timestamp: u64,
	/// The discount level applied.
	pub discount_level: DiscountLevel,
	/// TFT units billed (discounted part plus the undiscounted extra fee).
	pub amount_billed: u128,
}

/// Network usage of a node contract not billed yet.
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
pub struct ContractBillingInformation {
	/// `nru` of the last accepted report.
	pub previous_nu_reported: u64,
	/// Timestamp of the last accepted report (older or equal reports are ignored).
	pub last_updated: u64,
	/// Units USD of network usage reported and not billed yet.
	pub amount_unbilled: u64,
}

/// One provider of a solution provider and its take.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen,
)]
pub struct Provider<AccountId> {
	/// Who is paid.
	pub who: AccountId,
	/// Percent of each payout.
	pub take: u8,
}

/// A solution provider: accounts that take a share of the payments of the contracts created
/// through their solution.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen,
)]
pub struct SolutionProvider<AccountId: Clone + PartialEq + Eq> {
	/// Its id.
	pub solution_provider_id: u64,
	/// Who is paid and how much.
	pub providers: Providers<AccountId>,
	/// What the solution is.
	pub description: Description,
	/// Where to learn more.
	pub link: Link,
	/// Whether governance approved it (only approved providers are paid).
	pub approved: bool,
}

/// State of a service contract.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum ServiceContractState {
	/// Created; metadata or fees missing.
	Created,
	/// Metadata set and base fee not 0: waiting for both approvals.
	AgreementReady,
	/// Both parties approved: the service may bill.
	ApprovedByBoth,
}

/// A contract between a service and its consumer, billed by the service.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen,
)]
pub struct ServiceContract {
	/// Its id.
	pub service_contract_id: u64,
	/// The twin providing the service (is paid).
	pub service_twin_id: u32,
	/// The twin consuming it (pays).
	pub consumer_twin_id: u32,
	/// mUSD per hour.
	pub base_fee: u64,
	/// Most mUSD per hour billed on top of the base fee.
	pub variable_fee: u64,
	/// What the service is.
	pub metadata: ServiceMetadata,
	/// The service approved.
	pub accepted_by_service: bool,
	/// The consumer approved.
	pub accepted_by_consumer: bool,
	/// Chain time of the last bill (seconds).
	pub last_bill: u64,
	/// Its state.
	pub state: ServiceContractState,
}

/// A bill of a service contract.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen,
)]
pub struct ServiceContractBill {
	/// mUSD billed on top of the base fee.
	pub variable_amount: u64,
	/// Seconds billed (at most an hour).
	pub window: u64,
	/// Free text.
	pub metadata: BillMetadata,
}

/// Payment bookkeeping of a contract (billing spec §4).
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
pub struct ContractPaymentState<Balance> {
	/// Held on the twin for the contract's standard cost, not distributed yet.
	pub standard_reserve: Balance,
	/// Held for the dedicated-node extra fee, not distributed yet.
	pub additional_reserve: Balance,
	/// Standard cost billed but not paid (settled first on the next bill).
	pub standard_overdraft: Balance,
	/// Extra fee billed but not paid.
	pub additional_overdraft: Balance,
	/// Chain time (seconds) up to which the contract is billed.
	pub last_updated_seconds: u64,
	/// Bills since the last distribution.
	pub cycles: u16,
}

impl<Balance: sp_runtime::traits::Saturating + Copy + sp_runtime::traits::Zero>
	ContractPaymentState<Balance>
{
	/// Standard plus additional reserve.
	pub fn reserve(&self) -> Balance {
		self.standard_reserve.saturating_add(self.additional_reserve)
	}

	/// Standard plus additional overdraft.
	pub fn overdraft(&self) -> Balance {
		self.standard_overdraft.saturating_add(self.additional_overdraft)
	}

	/// Whether any overdraft is outstanding.
	pub fn has_overdraft(&self) -> bool {
		!self.overdraft().is_zero()
	}
}

/// Cumulative standby time of a node (the "nodes that are down" rule).
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
pub struct NodeDowntime {
	/// Seconds the node spent down before its current state.
	pub total: u64,
	/// Chain time (seconds) the node went down, while it is down.
	pub down_since: Option<u64>,
	/// Chain time (seconds) the node last came back up (0: never down since this was kept):
	/// after it, `total` has not changed while the node is up.
	pub last_up: u64,
}

impl NodeDowntime {
	/// Total seconds down up to `now`, including the current standby.
	pub fn at(&self, now: u64) -> u64 {
		match self.down_since {
			Some(since) => self.total.saturating_add(now.saturating_sub(since)),
			None => self.total,
		}
	}

	/// Whether the counter has stayed the same since chain time `since`: the node is up and
	/// came up before it (a contract billed at `since` holds the current counter as its
	/// snapshot, so its next bill need not read the snapshot).
	pub fn unchanged_since(&self, since: u64) -> bool {
		self.down_since.is_none() && self.last_up < since
	}

	/// The node went down at `now` (nothing changes if it already was).
	pub fn went_down(&mut self, now: u64) {
		if self.down_since.is_none() {
			self.down_since = Some(now);
		}
	}

	/// The node came up at `now`: its standby is added to the total.
	pub fn came_up(&mut self, now: u64) {
		if let Some(since) = self.down_since.take() {
			self.total = self.total.saturating_add(now.saturating_sub(since));
			self.last_up = now;
		}
	}
}

/// Everything a node or rent contract's bill needs to know about its node, in one record
/// ([`crate::NodeBillingRecords`]): the registry's facts (kept current through
/// [`tfchain_support::traits::ChangeNode`]), its standby counter, whether it is rented and its
/// extra fee (copies of [`crate::ActiveRentContractForNode`] and
/// [`crate::DedicatedNodesExtraFee`], written together with them).
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
pub struct NodeBilling {
	/// Farm, farmer, pricing policy, capacity and certification, as the registry has them.
	pub node: tfchain_support::types::NodeBillingInfo,
	/// The node's standby counter.
	pub downtime: NodeDowntime,
	/// The node's live rent contract, if any.
	pub rent_contract: Option<u64>,
	/// The dedicated node's extra fee, mUSD per 30-day month.
	pub extra_fee: u64,
	/// Chain time (seconds) the registry deleted the node: its contracts are billed up to here.
	pub deleted_at: Option<u64>,
}

/// What the final bills of a deleted node's contracts need: the node as it was, and when it
/// was deleted.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen,
)]
pub struct DeletedNode<B> {
	/// The node as the registry last described it.
	pub node: tfchain_support::types::NodeInfo<B>,
	/// Chain time (seconds) of the deletion: its contracts are billed up to here.
	pub deleted_at: u64,
}

/// Where the billing hook is: every bucket of blocks before `next_block` is done, and the
/// bucket of `next_block` is done up to `position`.
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
pub struct BillingPosition {
	/// The block whose bucket (`next_block % BillingFrequency`) is being billed.
	pub next_block: u64,
	/// Index in that bucket of the next contract to bill.
	pub position: u32,
}
