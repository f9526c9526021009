//! # SmartContractModule: contracts and billing
//!
//! What users run on the grid and what they pay for it. Names of calls, arguments, storage
//! items, type fields, events and errors follow the grid API spec ("SmartContractModule (index
//! 26)"); the billing rules follow the billing spec. The pallet reads the registry only through
//! [`tfchain_support::Tfgrid`] and is told about node changes through
//! [`tfchain_support::ChangeNode`]; it never depends on `pallet-tfgrid`.
//!
//! ## Contracts
//!
//! - **Node contracts**: a deployment on a node, unique per `(node, deployment_hash)` among live
//!   contracts. The node must be up, not rented by another twin, and, when dedicated (on a
//!   dedicated farm, or with an extra fee set, as on TFChain), rented by the caller. Public IPs are reserved from the node's farm at creation and
//!   freed on every exit path (cancel, grace elapsed, node deleted, collective cancel);
//!   migration keeps them (same farm only).
//! - **Name contracts**: a unique name of 3–64 bytes of `[a-z0-9_-]`.
//! - **Rent contracts**: a whole node, one per node, allowed on standby nodes and only while the
//!   node has no other twin's deployments; cannot be cancelled while node contracts live on the
//!   node. A rented node's node contracts pay no CU/SU (the rent does).
//! - **Service contracts** (billing spec §7): billed by the service, paid directly to it.
//! - **Solution providers**: accounts that take a share of the foundation's part of the payouts
//!   of contracts created through their solution, once governance approved them; their takes
//!   add up to at most 40 % (the foundation's share).
//! - **First hour**: creating a node, name or rent contract needs the twin's usable balance to
//!   cover the contract's first hour (`NotEnoughBalanceForFirstHour`); checked, not held (see
//!   [`Pallet::check_first_hour`]).
//!
//! ## Billing (billing spec §3–6)
//!
//! Billing runs in `on_initialize`, deterministically, needing no offchain worker and no
//! transaction:
//!
//! - Every live contract sits in exactly one bucket of [`ContractsToBillAt`] (its twin's bucket
//!   `twin_id % BillingFrequency` at creation, or one of the next 16 if full, else
//!   `contract_id % BillingFrequency` or one of its next 16; remembered in
//!   [`ContractBillingBucket`]). Block `n` bills bucket `n % BillingFrequency`, so each contract
//!   is billed once per billing period, and a twin's contracts in the same block. Raising the frequency keeps every bucket where it is:
//!   buckets below the old frequency are still visited once per (new) period.
//! - The work per block is bounded by [`Config::BillingWeightBudget`]. A contract is billed only
//!   if the worst a bill can cost still fits; the hook then charges the benchmarked weight of
//!   what the bill did (a name, node or rent contract's bill; a payout, every
//!   `DistributionFrequency` bills; contracts ended or moved in or out of grace with it). What
//!   does not fit stays behind [`BillingCursor`] (a block
//!   and a position in its bucket) and is done first in the following blocks: nothing is
//!   skipped. A removed contract leaves a hole (id 0) in its bucket so positions never shift;
//!   holes are reused by new contracts and compacted when the hook finishes the bucket.
//! - A bill always covers the seconds since the contract's last bill
//!   (`ContractPaymentState::last_updated_seconds`), so a late or extra bill
//!   ([`Pallet::bill_contract_for_block`]) never loses or double-counts time.
//! - Per bill the pallet writes only the twin's account and hold and the contract's
//!   [`ContractPaymentState`]; [`ContractBillingInformationByID`] only when network usage was
//!   billed, [`ContractDowntimeSnapshot`] only when the node was down since the last bill. It
//!   reads the snapshot only when the node's standby counter moved since the contract's last
//!   bill, a pricing policy once per block,
//!   a deleted node's snapshot only when the registry no longer has the node, and the twin's
//!   bonded account only when the twin's own balance does not already earn the best discount.
//!   Each bill is charged its kind's benchmark (the path with every read and write but the
//!   bonded account's) adjusted by what it skipped or added (`billing_weight::DbDelta`):
//!   storage an earlier bill of the block touched (node, farm, downtime, rent status, pricing
//!   policy, bonded account; a twin's record, account and holds) is not charged again.
//!   Execution is never shared: a twin's later bills are charged the benchmark's execution in
//!   full.
//!
//! Where to read: `billing.rs` holds the rules (what a bill charges, paying, payouts, grace,
//! the hook's order of work); `billing_weight.rs` how each bill's weight is counted; `cost.rs`
//! the prices; `schedule.rs` the billing buckets.
//!
//! Cost (units USD, 10⁻⁷ USD), kept as one exact fraction and converted to TFT with one rounding
//! to nearest at [`tfchain_support::TftPriceForBilling::billing_price_musd`]:
//!
//! - node contract: `(su·SU + cu·CU)` of its reported resources (×1.25 on a certified node; not
//!   billed on a rented node) `+ ipu·IPs`, per billable hour, plus the unbilled network usage;
//! - rent contract: `discount_for_dedication_nodes` % of `(su·SU + cu·CU)` of the node's full
//!   resources (×1.25 if certified), per billable hour; plus the extra fee (mUSD per 30-day
//!   month, prorated, not discounted), billed and paid out separately ("additional");
//! - name contract: `unique_name` per hour.
//!
//! The resources a node last reported apply to the whole period since the previous bill (as on
//! TFChain). The runway discount (spec §2) uses the twin's and its bonded account's usable
//! balance and applies to everything but the extra fee.
//!
//! Network usage: each counted `add_nru_reports` report adds to the contract's unbilled amount
//! ([`ContractBillingInformationByID`]), which the next bill charges. A report's window counts
//! for at most the time since the contract's previous counted report (since its creation for
//! the first), up to chain time; a report older than the last bill still counts, in the next
//! bill, if it is at most one billing period old, and is dropped if older (`reports.rs`).
//! Nodes report their own usage; the chain cannot verify it (docs/decisions.md).
//!
//! ### Nodes that are down (our rule)
//!
//! The pallet keeps per node a cumulative standby counter (in [`NodeBillingRecords`]: total
//! seconds down plus the time it went down), updated by
//! [`tfchain_support::ChangeNode::power_state_changed`].
//! Each node and rent contract remembers the counter at its last bill
//! ([`ContractDowntimeSnapshot`]); a bill charges `elapsed − (counter now − snapshot)` seconds
//! for every time-based part (CU, SU, IPs, rent, extra fee). Network usage is billed as
//! reported. A rent contract whose node was down during the period emits `RentWaived`. Uptime
//! reports are not used.
//!
//! ### Paying, overdraft, distribution
//!
//! A bill first settles the contract's overdraft, then its new amount (standard part before the
//! extra fee), by putting the twin's usable balance (keeping the account alive) on hold with
//! [`HoldReason::ContractBilling`]; what cannot be held is recorded as overdraft
//! (`ContractPaymentOverdrawn`). Every [`Config::DistributionFrequency`] bills of the billing
//! hook (extra `bill_contract_for_block` bills do not count), and when the
//! contract ends, the held reserve is paid out with `transfer_on_hold`:
//!
//! - node and rent contracts: 10 % staking pool, 40 % foundation (the pricing policy's
//!   `foundation_account`), out of which each approved solution provider gets its `take` % of
//!   the reserve (capped at the foundation share), and the rest (≥ 50 %) to the farmer (the
//!   farm owner's twin account);
//! - name contracts: 10 % staking pool, the rest (90 %) to the foundation;
//! - the extra fee: 100 % to the farmer.
//!
//! A share that cannot be paid (e.g. below the existential deposit of an empty account) goes to
//! the farmer (the foundation for name contracts); if that fails too it stays held and is paid
//! at the next distribution. What is still held when a contract ends is released to its twin.
//! Nothing is created or destroyed.
//!
//! ### Grace (spec §5)
//!
//! A bill that leaves an overdraft moves the contract to `GracePeriod(block)`; a rent contract
//! takes its node's node contracts along. The next bill that leaves no overdraft (and, for a
//! node contract on a rented node, with the rent out of grace) returns it to `Created`. A bill
//! at least [`Config::GracePeriod`] blocks after the start that still leaves an overdraft
//! deletes it (`OutOfFunds`), with a rent contract's node contracts. A node contract in grace
//! only because its rent is (it owes nothing itself) is not deleted by its own bill: it leaves
//! grace or ends with its rent, so the order in which one block bills the two does not decide
//! it (a twin topped up before the deadline keeps both).
//!
//! ### Deleted nodes
//!
//! [`tfchain_support::ChangeNode::node_deleted`] only marks the node ([`DeletedNodes`], and
//! the deletion time in its [`NodeBillingRecords`] entry);
//! the hook then cancels and bills (up to the deletion time) its contracts, under the same
//! weight budget, before regular billing. A contract of a deleted node met earlier (its bucket,
//! a cancel, `bill_contract_for_block`) is ended the same way.
//!
//! ## Bounds
//!
//! | item | bound |
//! |---|---|
//! | deployment data | 512 bytes |
//! | name | 3–64 bytes |
//! | public IPs per contract | 256 (the farm's bound) |
//! | node contracts per node | [`Config::MaxNodeContracts`] |
//! | contracts per billing bucket | [`Config::MaxContractsPerBillingBucket`] (a full bucket spills to the next 16) |
//! | reports per call | [`Config::MaxNruReports`], [`Config::MaxResourceReports`] (more: `TooManyReports`) |
//! | providers per solution provider | 10 (`TooManyProviders`); description 512, link 256 |
//! | service metadata, bill metadata | 64, 50 bytes |
//!
//! ## Free calls
//!
//! `add_nru_reports` and `report_contract_resources` pay no fee when they succeed, at most
//! once per node, kind and window: a second successful report of the same kind by the same
//! node within the window pays the normal fee, and so does a report about no live contract of
//! the caller's node ([`free_calls`], [`LastFreeCall`]). A failing call pays.
//!
//! ## On the wire: as TFChain
//!
//! - Call arguments, storage values and event fields have TFChain's type shapes: `Vec` where
//!   TFChain takes a `Vec` (reports, providers, names, descriptions, links, service metadata;
//!   bounded by the call with a named error), `BoundedVec` where it has one, a `u64` grace
//!   block (`ContractState::GracePeriod`, `ContractGracePeriodStarted::block_number`) and the
//!   name wrapped as TFChain's `NameContractName`. Lists TFChain stores as `Vec` are bounded
//!   [`tfchain_support::BoundedList`]s, which show as `Vec` in metadata.
//! - [`Error`] and [`Event`] list TFChain's variants first, in TFChain's order (those TFChain no
//!   longer uses included), then ours, so every index means what it means on TFChain.
//! - The same failure returns the same error as on TFChain, checked in TFChain's order; where
//!   ours knows more (e.g. why a node is not available to deploy on), the detail goes to the
//!   log (target `runtime::smart-contract`).
//! - Storage items TFChain reads as `Option` (e.g. [`ContractPaymentState`],
//!   [`ActiveRentContractForNode`]) do here too. Hashers are ours where keys are ids the chain
//!   assigns (`Twox64Concat`, see the design decisions), `Blake2_128Concat` for names and
//!   hashes.
//! - Events on TFChain's occasions: `NruConsumptionReportReceived` for every report of a node
//!   contract of the reporting node; `ContractBilled` for a bill paid in full (the amount it
//!   held, overdraft included), `ContractPaymentOverdrawn` for one that is not;
//!   `ContractGracePeriodElapsed` with the blocks spent in grace.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
// The storage item wins over the type of the same name for `crate::*` users.
pub use pallet::ContractPaymentState;

pub mod cost;
pub mod types;
pub mod weights;
pub use weights::WeightInfo;

mod billing;
mod billing_weight;
mod contracts;
pub mod free_calls;
mod grid_hooks;
mod invariants;
pub mod migrations;
mod reports;
mod schedule;
mod service_contracts;
mod solution_providers;

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

use frame_support::traits::fungible::Inspect;
use types::*;

/// Balance type of the pallet's currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
/// Solution provider of a runtime.
pub type SolutionProviderOf<T> = SolutionProvider<<T as frame_system::Config>::AccountId>;
/// Payment state of a runtime.
pub type ContractPaymentStateOf<T> = types::ContractPaymentState<BalanceOf<T>>;

/// What the benchmarks need from the registry (set up twins, farms and nodes), implemented by
/// the runtime (or the mock) with the registry pallet.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Creates a twin for `account` (funding it as needed); returns its id.
	fn create_twin(account: &AccountId) -> u32;
	/// Creates a farm of `farmer` (which has a twin) with `ips` public IPs; returns its id.
	fn create_farm(farmer: &AccountId, ips: u32) -> u32;
	/// Creates a node of `account` (which has a twin) in `farm_id`; returns its id.
	fn create_node(account: &AccountId, farm_id: u32) -> u32;
	/// Marks a farm as dedicated.
	fn set_farm_dedicated(farm_id: u32);
	/// Certifies a node.
	fn certify_node(node_id: u32);
	/// Sets chain time (seconds), e.g. with `pallet_timestamp::Pallet::set_timestamp`.
	fn set_now(secs: u64);
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::{
		dispatch::DispatchResultWithPostInfo,
		pallet_prelude::*,
		traits::{
			fungible::{Mutate, MutateHold},
			UnixTime,
		},
	};
	use frame_system::pallet_prelude::*;
	use tfchain_support::traits::{Tfgrid, TftPriceForBilling};

	/// A call's list length as a benchmark component.
	fn weight_len(len: usize) -> u32 {
		u32::try_from(len).unwrap_or(u32::MAX)
	}

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(3);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why the pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// Billed to a contract and not yet paid out to its beneficiaries.
		ContractBilling,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// TFT: balances, transfers (service contracts) and holds (billing reserves).
		type Currency: Mutate<Self::AccountId>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;
		/// The runtime's hold reasons.
		type RuntimeHoldReason: From<HoldReason>;
		/// The grid registry.
		type Tfgrid: Tfgrid<Self::AccountId, BlockNumberFor<Self>>;
		/// The TFT price bills are converted with.
		type TftPrice: TftPriceForBilling;
		/// Chain time.
		type TimeProvider: UnixTime;
		/// Origin of the restricted calls (Root or a council motion in the runtime).
		type RestrictedOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Receives 10 % of every payout.
		type StakingPoolAccount: Get<Self::AccountId>;
		/// Blocks a contract may stay unpaid before it is deleted (14 days = 201,600 blocks).
		#[pallet::constant]
		type GracePeriod: Get<BlockNumberFor<Self>>;
		/// Billing period in blocks when genesis does not set one (dev 10, else 600).
		#[pallet::constant]
		type DefaultBillingFrequency: Get<u64>;
		/// Bills between payouts of a contract's reserve (24 ≈ daily).
		#[pallet::constant]
		type DistributionFrequency: Get<u16>;
		/// Most live node contracts on one node.
		#[pallet::constant]
		type MaxNodeContracts: Get<u32>;
		/// Most contracts in one billing bucket.
		#[pallet::constant]
		type MaxContractsPerBillingBucket: Get<u32>;
		/// Most network-usage reports per call.
		#[pallet::constant]
		type MaxNruReports: Get<u32>;
		/// Most resource reports per call.
		#[pallet::constant]
		type MaxResourceReports: Get<u32>;
		/// Weight the billing hook may use per block.
		#[pallet::constant]
		type BillingWeightBudget: Get<Weight>;
		/// Blocks after a node's free `add_nru_reports` before its next one is free again (a
		/// successful one within them pays the normal fee; see [`free_calls`]).
		#[pallet::constant]
		type FreeNruReportWindow: Get<BlockNumberFor<Self>>;
		/// Blocks after a node's free `report_contract_resources` before its next one is free
		/// again.
		#[pallet::constant]
		type FreeResourceReportWindow: Get<BlockNumberFor<Self>>;
		/// Weights of this pallet's calls and hook.
		type WeightInfo: WeightInfo;
		/// Sets up the registry for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	#[pallet::type_value]
	pub fn DefaultFrequency<T: Config>() -> u64 {
		T::DefaultBillingFrequency::get().max(1)
	}

	/// Live contracts by id.
	#[pallet::storage]
	pub type Contracts<T: Config> = StorageMap<_, Twox64Concat, u64, Contract, OptionQuery>;

	/// Network usage of node contracts not billed yet.
	#[pallet::storage]
	pub type ContractBillingInformationByID<T: Config> =
		StorageMap<_, Twox64Concat, u64, ContractBillingInformation, ValueQuery>;

	/// Resources a node last reported for a node contract (the basis of CU/SU billing).
	#[pallet::storage]
	pub type NodeContractResources<T: Config> =
		StorageMap<_, Twox64Concat, u64, ContractResources, ValueQuery>;

	/// The live node contract of `(node, deployment_hash)`; 0 when none.
	#[pallet::storage]
	pub type ContractIDByNodeIDAndHash<T: Config> =
		StorageDoubleMap<_, Twox64Concat, u32, Blake2_128Concat, DeploymentHash, u64, ValueQuery>;

	/// The live node contracts of a node.
	#[pallet::storage]
	pub type ActiveNodeContracts<T: Config> =
		StorageMap<_, Twox64Concat, u32, BoundedVec<u64, T::MaxNodeContracts>, ValueQuery>;

	/// The live name contract of a name; 0 when none.
	#[pallet::storage]
	pub type ContractIDByNameRegistration<T: Config> =
		StorageMap<_, Blake2_128Concat, ContractName, u64, ValueQuery>;

	/// The live rent contract of a node.
	#[pallet::storage]
	pub type ActiveRentContractForNode<T: Config> =
		StorageMap<_, Twox64Concat, u32, u64, OptionQuery>;

	/// Last contract id given out.
	#[pallet::storage]
	pub type ContractID<T: Config> = StorageValue<_, u64, ValueQuery>;

	/// Solution providers by id.
	#[pallet::storage]
	pub type SolutionProviders<T: Config> =
		StorageMap<_, Twox64Concat, u64, SolutionProviderOf<T>, OptionQuery>;

	/// Last solution provider id given out.
	#[pallet::storage]
	pub type SolutionProviderID<T: Config> = StorageValue<_, u64, ValueQuery>;

	/// The billing period in blocks.
	#[pallet::storage]
	pub type BillingFrequency<T: Config> = StorageValue<_, u64, ValueQuery, DefaultFrequency<T>>;

	/// Service contracts by id.
	#[pallet::storage]
	pub type ServiceContracts<T: Config> =
		StorageMap<_, Twox64Concat, u64, ServiceContract, OptionQuery>;

	/// Last service contract id given out.
	#[pallet::storage]
	pub type ServiceContractID<T: Config> = StorageValue<_, u64, ValueQuery>;

	/// Extra fee of a dedicated node, mUSD per 30-day month.
	#[pallet::storage]
	pub type DedicatedNodesExtraFee<T: Config> = StorageMap<_, Twox64Concat, u32, u64, ValueQuery>;

	/// Payment bookkeeping of live contracts (every live contract has one; `None` for any
	/// other id, as on TFChain).
	#[pallet::storage]
	pub type ContractPaymentState<T: Config> =
		StorageMap<_, Twox64Concat, u64, ContractPaymentStateOf<T>, OptionQuery>;

	/// The billing buckets: bucket `b` is billed at blocks `n` with `n % BillingFrequency == b`.
	/// A 0 is a hole left by a removed contract.
	#[pallet::storage]
	pub type ContractsToBillAt<T: Config> = StorageMap<
		_,
		Twox64Concat,
		u64,
		BoundedVec<u64, T::MaxContractsPerBillingBucket>,
		ValueQuery,
	>;

	/// The bucket of each live contract.
	#[pallet::storage]
	pub type ContractBillingBucket<T: Config> = StorageMap<_, Twox64Concat, u64, u64, OptionQuery>;

	/// How far the billing hook got.
	#[pallet::storage]
	pub type BillingCursor<T: Config> = StorageValue<_, BillingPosition, ValueQuery>;

	/// What bills need of each node (every registered node, and a deleted node until its
	/// contracts ended): the registry's facts, standby counter, rent status and extra fee.
	#[pallet::storage]
	pub type NodeBillingRecords<T: Config> =
		StorageMap<_, Twox64Concat, u32, NodeBilling, OptionQuery>;

	/// The node's standby counter at a node or rent contract's last bill (absent = 0).
	#[pallet::storage]
	pub type ContractDowntimeSnapshot<T: Config> =
		StorageMap<_, Twox64Concat, u64, u64, ValueQuery>;

	/// Deleted nodes whose contracts the billing hook still has to end (ours; TFChain has no
	/// such item). Written by `ChangeNode::node_deleted` for a node with live contracts; the
	/// hook takes its keys as a work queue each block and removes an entry once the node has no
	/// contract left, and `try_state` checks it against the billing records. The value (the
	/// node as the registry last described it, and the deletion time) is read only by the v2
	/// migration, which builds a deleted node's billing record from it; bills use that record.
	#[pallet::storage]
	pub type DeletedNodes<T: Config> =
		StorageMap<_, Twox64Concat, u32, DeletedNode<BlockNumberFor<T>>, OptionQuery>;

	/// The block of a node's last free report of each kind (see [`free_calls`]; ours): at most
	/// one entry per node and kind, removed when the node is deleted.
	#[pallet::storage]
	pub type LastFreeCall<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		u32,
		Twox64Concat,
		free_calls::FreeCallKind,
		BlockNumberFor<T>,
		OptionQuery,
	>;

	/// The pallet's events: TFChain's variants first, in TFChain's order (an event's index
	/// means what it means on TFChain), including the ones TFChain no longer emits; then ours.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A contract was created.
		ContractCreated(Contract),
		/// A contract changed (deployment, solution provider, node, or deletion: the record with
		/// its `Deleted` state just before the cancel event).
		ContractUpdated(Contract),
		/// A node contract ended.
		NodeContractCanceled {
			/// The contract.
			contract_id: u64,
			/// Its node.
			node_id: u32,
			/// Its twin.
			twin_id: u32,
		},
		/// A name contract ended.
		NameContractCanceled {
			/// The contract.
			contract_id: u64,
		},
		/// Public IPs were reserved for a node contract (at its creation).
		IPsReserved {
			/// The contract.
			contract_id: u64,
			/// The addresses.
			public_ips: tfchain_support::types::PublicIpList,
		},
		/// A node contract's public IPs were freed.
		IPsFreed {
			/// The contract.
			contract_id: u64,
			/// The addresses.
			public_ips: tfchain_support::types::PublicIpList,
		},
		/// TFChain's; deprecated there and never emitted here (kept for its index).
		ContractDeployed(u64, T::AccountId),
		/// TFChain's; deprecated there and never emitted here (kept for its index).
		ConsumptionReportReceived(Consumption),
		/// A contract's bill was paid in full: `amount_billed` is what this bill put on hold
		/// (the period's cost and any overdraft it settled).
		ContractBilled(ContractBill),
		/// TFChain's; no longer emitted there, never here (billing burns nothing).
		TokensBurned {
			/// The contract.
			contract_id: u64,
			/// TFT units burned.
			amount: BalanceOf<T>,
		},
		/// A node reported the resources a contract uses.
		UpdatedUsedResources(ContractResources),
		/// A node reported a contract's network usage (one event per report of a node contract
		/// of the reporting node, also when the report is too old to count).
		NruConsumptionReportReceived(NruConsumption),
		/// A rent contract ended.
		RentContractCanceled {
			/// The contract.
			contract_id: u64,
		},
		/// A contract could not be paid and entered its grace period.
		ContractGracePeriodStarted {
			/// The contract.
			contract_id: u64,
			/// Its node (0 for a name contract).
			node_id: u32,
			/// Its twin.
			twin_id: u32,
			/// The block its grace started.
			block_number: u64,
		},
		/// A contract was paid again and left its grace period.
		ContractGracePeriodEnded {
			/// The contract.
			contract_id: u64,
			/// Its node (0 for a name contract).
			node_id: u32,
			/// Its twin.
			twin_id: u32,
		},
		/// A solution provider was created.
		SolutionProviderCreated(SolutionProviderOf<T>),
		/// A solution provider was approved or unapproved: (id, approved).
		SolutionProviderApproved(u64, bool),
		/// A service contract was created.
		ServiceContractCreated(ServiceContract),
		/// A service contract's metadata was set.
		ServiceContractMetadataSet(ServiceContract),
		/// A service contract's fees were set.
		ServiceContractFeesSet(ServiceContract),
		/// A party approved a service contract.
		ServiceContractApproved(ServiceContract),
		/// A service contract ended.
		ServiceContractCanceled {
			/// The service contract.
			service_contract_id: u64,
			/// Why.
			cause: Cause,
		},
		/// A service contract was billed and paid.
		ServiceContractBilled {
			/// The contract after the bill.
			service_contract: ServiceContract,
			/// The bill.
			bill: ServiceContractBill,
			/// TFT units paid.
			amount: BalanceOf<T>,
		},
		/// The billing period changed.
		BillingFrequencyChanged(u64),
		/// A farmer set a dedicated node's extra fee.
		NodeExtraFeeSet {
			/// The node.
			node_id: u32,
			/// mUSD per month.
			extra_fee: u64,
		},
		// TFChain's later additions (after the 25 of its older releases), in its order.
		/// A rent contract was not billed for the time its node was down.
		RentWaived {
			/// The contract.
			contract_id: u64,
		},
		/// A contract's grace period ran out: it is deleted.
		ContractGracePeriodElapsed {
			/// The contract.
			contract_id: u64,
			/// Blocks the contract spent in grace.
			grace_period: u64,
		},
		/// A bill could not be paid in full.
		ContractPaymentOverdrawn {
			/// The contract.
			contract_id: u64,
			/// Chain time (seconds).
			timestamp: u64,
			/// What this bill put on hold.
			partially_billed_amount: BalanceOf<T>,
			/// What of this bill's cost was not paid (added to the contract's overdraft).
			overdraft: BalanceOf<T>,
		},
		/// A contract's reserve was paid out.
		RewardDistributed {
			/// The contract.
			contract_id: u64,
			/// Standard reserve paid out.
			standard_rewards: BalanceOf<T>,
			/// Extra-fee reserve paid out.
			additional_rewards: BalanceOf<T>,
		},
	}

	/// The pallet's errors: TFChain's variants first, in TFChain's order (TFChain's Go client
	/// names an error by its index), including those neither chain raises any more; then ours.
	/// Where TFChain returns an error for a failure, we return the same one (the detail goes to
	/// the log, target `runtime::smart-contract`).
	#[pallet::error]
	pub enum Error<T> {
		/// The caller has no twin (or a twin a call names does not exist).
		TwinNotExists,
		/// The node does not exist.
		NodeNotExists,
		/// The farm does not exist.
		FarmNotExists,
		/// The farm has fewer public IPs than asked for.
		FarmHasNotEnoughPublicIPs,
		/// Not enough of the farm's public IPs are free.
		FarmHasNotEnoughPublicIPsFree,
		/// TFChain's; not raised here (reserving IPs fails only as the two errors above).
		FailedToReserveIP,
		/// TFChain's; not raised here (freeing IPs cannot fail).
		FailedToFreeIPs,
		/// The contract does not exist.
		ContractNotExists,
		/// Only the contract's twin may update it.
		TwinNotAuthorizedToUpdateContract,
		/// Only the contract's twin may cancel it.
		TwinNotAuthorizedToCancelContract,
		/// TFChain's; no longer raised there nor here (a node one may not deploy on is
		/// `NodeNotAvailableToDeploy`).
		NodeNotAuthorizedToDeployContract,
		/// Only the contract's node may report for it.
		NodeNotAuthorizedToComputeReport,
		/// The pricing policy does not exist.
		PricingPolicyNotExists,
		/// A live contract has this deployment hash on this node.
		ContractIsNotUnique,
		/// TFChain's; not raised here (a contract's billing bucket is recorded).
		ContractWrongBillingLoopIndex,
		/// The name is taken.
		NameExists,
		/// The name holds a byte outside `[a-z0-9_-]`.
		NameNotValid,
		/// The call does not apply to this type of contract.
		InvalidContractType,
		/// TFChain's; not raised here (the billing price is never 0).
		TFTPriceValueError,
		/// TFChain's (capacity reservations); not raised here.
		NotEnoughResourcesOnNode,
		/// TFChain's (capacity reservations); not raised here.
		NodeNotAuthorizedToReportResources,
		/// TFChain's (deprecated calls); not raised here.
		MethodIsDeprecated,
		/// The node has live contracts.
		NodeHasActiveContracts,
		/// The node is rented already.
		NodeHasRentContract,
		/// TFChain's; not raised here.
		FarmIsNotDedicated,
		/// One may not deploy on the node: it is down (standby), rented by another twin, or
		/// dedicated (dedicated farm or extra fee) and not rented by the caller; or, for a rent
		/// contract, it has node contracts.
		NodeNotAvailableToDeploy,
		/// The contract is in its grace period.
		CannotUpdateContractInGraceState,
		/// An id counter reached its maximum.
		NumOverflow,
		/// TFChain's (offchain billing); not raised here: billing needs no offchain worker.
		OffchainSignedTxCannotSign,
		/// TFChain's (offchain billing); not raised here.
		OffchainSignedTxAlreadySent,
		/// TFChain's (offchain billing); not raised here.
		OffchainSignedTxNoLocalAccountAvailable,
		/// The name is shorter than 3 bytes.
		NameContractNameTooShort,
		/// The name is longer than 64 bytes.
		NameContractNameTooLong,
		/// The providers' takes add up to more than allowed, or there are none.
		InvalidProviderConfiguration,
		/// The solution provider does not exist.
		NoSuchSolutionProvider,
		/// The solution provider is not approved.
		SolutionProviderNotApproved,
		/// The caller may not do this to the service contract (not a party, or not the service
		/// for fees and bills), or creates one it is no party of.
		TwinNotAuthorized,
		/// The service contract does not exist.
		ServiceContractNotExists,
		/// A service contract needs two different twins.
		ServiceContractCreationNotAllowed,
		/// The service contract is approved by both already: its terms are fixed.
		ServiceContractModificationNotAllowed,
		/// The service contract is not ready for approval.
		ServiceContractApprovalNotAllowed,
		/// The service contract is approved by both already.
		ServiceContractRejectionNotAllowed,
		/// Only a service contract approved by both parties can be billed.
		ServiceContractBillingNotApprovedByBoth,
		/// The variable amount is above the variable fee for the window.
		ServiceContractBillingVariableAmountTooHigh,
		/// The bill metadata is longer than 50 bytes.
		ServiceContractBillMetadataTooLong,
		/// The metadata is longer than 64 bytes.
		ServiceContractMetadataTooLong,
		/// TFChain's; not raised here: a consumer who cannot pay loses the contract
		/// (`ServiceContractCanceled { cause: OutOfFunds }`) and the call succeeds, so that the
		/// cancellation stands.
		ServiceContractNotEnoughFundsToPayBill,
		/// The billing frequency may only increase.
		CanOnlyIncreaseFrequency,
		/// TFChain's (offchain billing); not raised here.
		IsNotAnAuthority,
		/// TFChain's (offchain billing); not raised here.
		WrongAuthority,
		/// The contract has a solution provider already, or the caller does not own it.
		UnauthorizedToChangeSolutionProviderId,
		/// Only the node's farmer may set its extra fee.
		UnauthorizedToSetExtraFee,
		// TFChain's later additions (after the 52 of its older releases), in its order.
		/// TFChain's; not raised here (a share that cannot be paid goes to the farmer or stays
		/// held for the next payout).
		RewardDistributionError,
		/// TFChain's; not raised here (every live contract has a payment state).
		ContractPaymentStateNotExists,
		// Ours.
		/// The node has `MaxNodeContracts` live node contracts.
		NodeHasTooManyContracts,
		/// The billing buckets around this contract's are full.
		BillingScheduleFull,
		/// The nodes are in different farms.
		NodesNotInSameFarm,
		/// The contract is on this node already.
		CannotMigrateToSameNode,
		/// More reports in one call than `MaxNruReports` / `MaxResourceReports`.
		TooManyReports,
		/// More than 10 providers.
		TooManyProviders,
		/// The solution provider's description is longer than 512 bytes.
		SolutionProviderDescriptionTooLong,
		/// The solution provider's link is longer than 256 bytes.
		SolutionProviderLinkTooLong,
		/// The twin's usable balance does not cover the new contract's first hour.
		NotEnoughBalanceForFirstHour,
	}

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Billing period in blocks (0: [`Config::DefaultBillingFrequency`]).
		pub billing_frequency: u64,
		#[serde(skip)]
		/// Unused.
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			if self.billing_frequency > 0 {
				BillingFrequency::<T>::put(self.billing_frequency);
			}
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(n: BlockNumberFor<T>) -> Weight {
			Self::run_billing(n, T::BillingWeightBudget::get())
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}

		fn integrity_test() {
			assert!(T::MaxNodeContracts::get() > 0, "MaxNodeContracts must be at least 1");
			assert!(
				T::MaxContractsPerBillingBucket::get() > 0,
				"MaxContractsPerBillingBucket must be at least 1"
			);
			assert!(T::DistributionFrequency::get() > 0, "DistributionFrequency must be >= 1");
			assert!(
				T::BillingWeightBudget::get().all_gte(Self::worst_bill_weight()),
				"BillingWeightBudget must fit at least one bill"
			);
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Create a node contract (a deployment on a node), reserving `public_ips` public IPs of
		/// the node's farm.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::create_node_contract())]
		pub fn create_node_contract(
			origin: OriginFor<T>,
			node_id: u32,
			deployment_hash: DeploymentHash,
			deployment_data: DeploymentData,
			public_ips: u32,
			solution_provider_id: Option<u64>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_create_node_contract(
				&who,
				node_id,
				deployment_hash,
				deployment_data,
				public_ips,
				solution_provider_id,
			)
		}

		/// Change a node contract's deployment.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::update_node_contract())]
		pub fn update_node_contract(
			origin: OriginFor<T>,
			contract_id: u64,
			deployment_hash: DeploymentHash,
			deployment_data: DeploymentData,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_update_node_contract(&who, contract_id, deployment_hash, deployment_data)
		}

		/// Cancel a contract: final bill, payout, IPs freed, removed.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::cancel_contract().saturating_add(T::TftPrice::billing_price_weight()))]
		pub fn cancel_contract(origin: OriginFor<T>, contract_id: u64) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel_contract(&who, contract_id)
		}

		/// Register a unique name (3–64 bytes of `[a-z0-9_-]`).
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::create_name_contract())]
		pub fn create_name_contract(origin: OriginFor<T>, name: Vec<u8>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_create_name_contract(&who, name)
		}

		/// A node reports network usage of its contracts (at most `MaxNruReports`). Free when
		/// it succeeds, once per node and `FreeNruReportWindow`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::add_nru_reports(weight_len(reports.len())))]
		pub fn add_nru_reports(
			origin: OriginFor<T>,
			reports: Vec<NruConsumption>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let node = Self::do_add_nru_reports(&who, reports)?;
			Ok(Self::free_report_fee(node, free_calls::FreeCallKind::NruReports).into())
		}

		/// A node reports the resources its contracts use (at most `MaxResourceReports`). Free
		/// when it succeeds, once per node and `FreeResourceReportWindow`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::report_contract_resources(weight_len(contract_resources.len())))]
		pub fn report_contract_resources(
			origin: OriginFor<T>,
			contract_resources: Vec<ContractResources>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let node = Self::do_report_contract_resources(&who, contract_resources)?;
			Ok(Self::free_report_fee(node, free_calls::FreeCallKind::ResourceReports).into())
		}

		/// Rent a whole node.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::create_rent_contract())]
		pub fn create_rent_contract(
			origin: OriginFor<T>,
			node_id: u32,
			solution_provider_id: Option<u64>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_create_rent_contract(&who, node_id, solution_provider_id)
		}

		/// Register a solution provider (to be approved by governance): description ≤ 512
		/// bytes, link ≤ 256 bytes, 1–10 providers.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::create_solution_provider())]
		pub fn create_solution_provider(
			origin: OriginFor<T>,
			description: Vec<u8>,
			link: Vec<u8>,
			providers: Vec<Provider<T::AccountId>>,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_create_solution_provider(description, link, providers)
		}

		/// Approve (or unapprove) a solution provider.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::approve_solution_provider())]
		pub fn approve_solution_provider(
			origin: OriginFor<T>,
			solution_provider_id: u64,
			approve: bool,
		) -> DispatchResult {
			T::RestrictedOrigin::ensure_origin(origin)?;
			Self::do_approve_solution_provider(solution_provider_id, approve)
		}

		/// Bill a contract now (e.g. to leave grace right after a top-up). Weighed as the dearer
		/// of a bill with a payout and ending a contract (a bill after the grace period ends it).
		#[pallet::call_index(10)]
		#[pallet::weight(
			T::WeightInfo::bill_contract_for_block()
				.max(T::WeightInfo::cancel_contract())
				.saturating_add(T::TftPrice::billing_price_weight())
		)]
		pub fn bill_contract_for_block(origin: OriginFor<T>, contract_id: u64) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_bill_contract_for_block(contract_id)
		}

		/// Create a service contract between the caller and another twin.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::service_contract_create())]
		pub fn service_contract_create(
			origin: OriginFor<T>,
			service_account: T::AccountId,
			consumer_account: T::AccountId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_service_contract_create(&who, &service_account, &consumer_account)
		}

		/// Set a service contract's metadata (at most 64 bytes).
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::service_contract_set_metadata())]
		pub fn service_contract_set_metadata(
			origin: OriginFor<T>,
			service_contract_id: u64,
			metadata: Vec<u8>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_service_contract_set_metadata(&who, service_contract_id, metadata)
		}

		/// The service sets the fees (mUSD per hour).
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::service_contract_set_fees())]
		pub fn service_contract_set_fees(
			origin: OriginFor<T>,
			service_contract_id: u64,
			base_fee: u64,
			variable_fee: u64,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_service_contract_set_fees(&who, service_contract_id, base_fee, variable_fee)
		}

		/// A party approves a service contract.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::service_contract_approve())]
		pub fn service_contract_approve(
			origin: OriginFor<T>,
			service_contract_id: u64,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_service_contract_approve(&who, service_contract_id)
		}

		/// A party rejects (and so removes) a service contract not approved by both yet.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::service_contract_reject())]
		pub fn service_contract_reject(
			origin: OriginFor<T>,
			service_contract_id: u64,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_service_contract_reject(&who, service_contract_id)
		}

		/// A party cancels a service contract.
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::service_contract_cancel())]
		pub fn service_contract_cancel(
			origin: OriginFor<T>,
			service_contract_id: u64,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_service_contract_cancel(&who, service_contract_id)
		}

		/// The service bills its consumer (bill metadata at most 50 bytes).
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::service_contract_bill().saturating_add(T::TftPrice::billing_price_weight()))]
		pub fn service_contract_bill(
			origin: OriginFor<T>,
			service_contract_id: u64,
			variable_amount: u64,
			metadata: Vec<u8>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_service_contract_bill(&who, service_contract_id, variable_amount, metadata)
		}

		/// Raise the billing period (in blocks).
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::change_billing_frequency())]
		pub fn change_billing_frequency(origin: OriginFor<T>, frequency: u64) -> DispatchResult {
			T::RestrictedOrigin::ensure_origin(origin)?;
			Self::do_change_billing_frequency(frequency)
		}

		/// Attach a solution provider to a contract that has none.
		#[pallet::call_index(19)]
		#[pallet::weight(T::WeightInfo::attach_solution_provider_id())]
		pub fn attach_solution_provider_id(
			origin: OriginFor<T>,
			contract_id: u64,
			solution_provider_id: u64,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_attach_solution_provider_id(&who, contract_id, solution_provider_id)
		}

		/// The farmer sets a node's extra fee (mUSD per month) paid by its rent contracts.
		#[pallet::call_index(20)]
		#[pallet::weight(T::WeightInfo::set_dedicated_node_extra_fee())]
		pub fn set_dedicated_node_extra_fee(
			origin: OriginFor<T>,
			node_id: u32,
			extra_fee: u64,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_dedicated_node_extra_fee(&who, node_id, extra_fee)
		}

		/// Governance cancels a contract (billed).
		#[pallet::call_index(21)]
		#[pallet::weight(T::WeightInfo::cancel_contract_collective().saturating_add(T::TftPrice::billing_price_weight()))]
		pub fn cancel_contract_collective(
			origin: OriginFor<T>,
			contract_id: u64,
		) -> DispatchResult {
			T::RestrictedOrigin::ensure_origin(origin)?;
			Self::do_cancel_contract_collective(contract_id)
		}

		/// Governance moves a node contract to another node of the same farm (billed first).
		#[pallet::call_index(22)]
		#[pallet::weight(T::WeightInfo::migrate_node_contract().saturating_add(T::TftPrice::billing_price_weight()))]
		pub fn migrate_node_contract(
			origin: OriginFor<T>,
			contract_id: u64,
			node_id: u32,
			deployment_hash: Option<DeploymentHash>,
		) -> DispatchResult {
			T::RestrictedOrigin::ensure_origin(origin)?;
			Self::do_migrate_node_contract(contract_id, node_id, deployment_hash)
		}
	}
}
