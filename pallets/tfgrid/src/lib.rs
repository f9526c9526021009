//! # TfgridModule: the grid registry
//!
//! The registry of the ThreeFold grid: who is on it (twins, entities), what they run (farms,
//! nodes) and on which terms (pricing policies, farming policies, connection price, ZOS
//! version). Names of calls, arguments, storage items, type fields, events and errors follow
//! the grid API spec (section "TfgridModule (index 25)"): existing tooling finds them by name.
//!
//! ## Overview
//!
//! - **Twins** ([`Twins`]): one per account, created after the account accepted the terms and
//!   conditions ([`Pallet::user_accept_tc`], [`Pallet::create_twin`]). A twin can link
//!   entities (signed by the entity), bond a second account whose balance counts for its
//!   discount level, and be handed to another account in two steps
//!   ([`Pallet::request_twin_transfer`] / [`Pallet::accept_twin_transfer`]); what the contracts
//!   pallet holds for the twin moves along through [`Config::OnTwinTransfer`].
//! - **Entities** ([`Entities`]): legal persons; the target account signs `name‖country‖city`
//!   with ed25519 or sr25519 (signature as hex text).
//! - **Farms** ([`Farms`]): uniquely named, owned by a twin, with up to 256 public IPv4
//!   addresses that contracts reserve, a certification, a dedicated flag, farming-policy limits
//!   and a Stellar payout address.
//! - **Nodes** ([`Nodes`]): one per twin (the node's own identity), in a farm, with validated
//!   capacity, location, interfaces, serial number and public config; a farming policy is
//!   assigned by the rule below; power target (farmer) and state (node); uptime reports.
//! - **Policies**: pricing policies (prices for contracts), farming policies (rewards;
//!   `immutable` ones can never change), the connection price and the ZOS version.
//!
//! Restricted calls take [`Config::RestrictedOrigin`] (the runtime passes Root or a 3/5 council
//! motion). [`Pallet::set_node_certification`] also accepts the accounts in
//! [`AllowedNodeCertifiers`].
//!
//! ## Farming-policy assignment
//!
//! On node creation, certification, farm move, and when limits are attached to its farm: if the
//! farm has limits that are not expired (limit `end` and the policy's `policy_end`, both block
//! numbers), the node qualifies (certified when the limits ask so), its CU and SU (whole units
//! rounded up) fit the remaining `cu`/`su`, and `node_count` is above 0, the node gets that
//! policy and the remaining values are decremented. Otherwise it gets the best default policy
//! whose node and farm certification requirements the node and the farm meet, ordered by node
//! certification, then farm certification, then newest id (so certified before DIY). A policy's
//! `policy_end` of 0 means it never ends.
//!
//! What a node took from the limits is recorded ([`LimitsHeldByNode`]) and given back, exactly,
//! when the node leaves the farm (moves to another farm or is deleted) and before it is
//! re-assigned on its farm (certification), so moves never drain a farm's limits (TFChain
//! never gives them back). Attaching new limits starts afresh: the farm's nodes hold nothing of
//! them until they are assigned their policy.
//!
//! ## Bounds
//!
//! Every storage item is bounded (no `without_storage_info`):
//!
//! | item | bound |
//! |---|---|
//! | farm name | 3–40 bytes of `[A-Za-z0-9_-]` |
//! | farm public IPs | 256 (`IP4` CIDR text ≤ 18 bytes, gateway ≤ 15) |
//! | Stellar payout address | exactly 56 |
//! | twin relay / pk / entity links | 3–1024 bytes / 1–128 bytes / 32 links |
//! | entity signature | 128 hex digits (optionally `0x`-prefixed) |
//! | entity name; country and city | 3–64; 2–64 (UTF-8) |
//! | latitude, longitude | 1–50 |
//! | node interfaces | 10, each with ≤ 10 addresses of 7–42 bytes; name 3–20; MAC 17 |
//! | serial number | 1–128 |
//! | public config | IPv6 CIDR ≤ 43, gateway ≤ 39; domain 1–128 |
//! | T&C link, hash | 1–2048, 1–50; history per account: [`Config::MaxTermsAndConditions`] (oldest dropped) |
//! | policy names; ZOS version | 3–64; 1–128 |
//! | nodes per farm | [`Config::MaxNodesPerFarm`] |
//! | node certifiers | [`Config::MaxNodeCertifiers`] |
//! | default farming policies | [`Config::MaxDefaultFarmingPolicies`] |
//!
//! Arguments TFChain types as `BoundedVec` are `BoundedVec`s with the same bounds, so an
//! over-long one is refused when the extrinsic is decoded (it never reaches the pallet).
//! Arguments TFChain takes as a plain `Vec<u8>` (entity name and signature, Stellar address,
//! policy names, ZOS version) are plain `Vec`s here too and are bounded by the call with a
//! named error.
//!
//! ## TFChain compatibility
//!
//! The pallet is a drop-in for TFChain's `TfgridModule` on the wire: the same call indices and
//! argument shapes (`BoundedVec` where TFChain has one, so clients pass wrapped lists such as
//! `"public_ips": [[{"ip": …, "gw": …}]]`), the same storage names
//! and query kinds (a missing key of a `ValueQuery` item such as [`FarmIdByName`] or
//! [`NodeIdByTwinID`] reads 0, of an `OptionQuery` item such as [`UsersTermsAndConditions`]
//! reads `None`), TFChain's 115 errors and 31 events first and in TFChain's order (ours
//! follow), the same error for the same failure and the same events on the same occasions.
//! Where our checks know more than TFChain's error says (why an IP or a public config is
//! invalid, that an IP is reserved, which farm holds a name), the detail goes to a log line
//! (target `runtime::tfgrid`, level debug) and the error is TFChain's. Stricter rules than
//! TFChain's (Stellar address checksum, entity and policy names, immutable farming policies,
//! storage bounds) fail with our own errors, listed after TFChain's.
//!
//! ## Free calls
//!
//! `update_node`, `report_uptime`, `report_uptime_v2` and `change_power_state` pay no fee when
//! they succeed (nodes call them routinely), at most once per node, kind and window: a second
//! successful call of the same kind by the same node within the window pays the normal fee
//! ([`free_calls`], [`LastFreeCall`]). A failing call pays.
//!
//! ## Weights
//!
//! `weights.rs` is generated by `scripts/benchmark.sh pallet_tfgrid` at the worst case of each
//! bound (256 public IPs on a farm, 10 interfaces of 10 IPs on a node, the longest strings;
//! `attach_policy_to_farm` on a farm with the most nodes, each re-assigned and rewritten;
//! nodes that hold part of their farm's limits where leaving gives it back). Database reads and
//! writes are charged at the runtime's `TfchainDbWeight` (`runtime/src/configs/db_weight.rs`);
//! docs/benchmarks.md says how to regenerate and compare them.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

pub mod free_calls;
pub mod migrations;
pub mod types;
pub mod validation;
pub mod weights;
pub use weights::WeightInfo;

mod checks;
mod entities;
mod farms;
mod genesis;
mod grid;
mod invariants;
mod nodes;
mod policies;
mod power;
mod twins;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

use types::*;

/// Twin record of a runtime.
pub type TwinOf<T> = Twin<<T as frame_system::Config>::AccountId>;
/// Entity record of a runtime.
pub type EntityOf<T> = Entity<<T as frame_system::Config>::AccountId>;
/// Pricing policy of a runtime.
pub type PricingPolicyOf<T> = PricingPolicy<<T as frame_system::Config>::AccountId>;
/// Farming policy of a runtime.
pub type FarmingPolicyOf<T> = FarmingPolicy<frame_system::pallet_prelude::BlockNumberFor<T>>;
/// Terms-and-conditions record of a runtime.
pub type TermsAndConditionsOf<T> = TermsAndConditions<<T as frame_system::Config>::AccountId>;
/// Twin transfer request of a runtime.
pub type TwinTransferRequestOf<T> = TwinTransferRequest<
	<T as frame_system::Config>::AccountId,
	frame_system::pallet_prelude::BlockNumberFor<T>,
>;
/// Node power of a runtime.
pub type NodePowerOf<T> =
	tfchain_support::types::NodePower<frame_system::pallet_prelude::BlockNumberFor<T>>;

#[frame_support::pallet]
// Several calls keep TFChain's long argument lists (part of the wire contract).
#[allow(clippy::too_many_arguments)]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::{
		dispatch::{DispatchResultWithPostInfo, Pays, PostDispatchInfo},
		pallet_prelude::*,
		traits::UnixTime,
	};
	use frame_system::pallet_prelude::*;
	use tfchain_support::traits::{ChangeNode, NodeActiveContracts, OnTwinTransfer};

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(2);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Origin of the restricted ("R") calls: Root or a 3/5 council motion in the runtime.
		type RestrictedOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Chain time (pallet-timestamp): node creation time, uptime reports, T&C timestamps.
		type TimeProvider: UnixTime;
		/// Told when nodes are deleted, change power, or report uptime (contracts pallet).
		type NodeChanged: ChangeNode<BlockNumberFor<Self>>;
		/// Asked whether a node has live contracts (contracts pallet).
		type NodeActiveContracts: NodeActiveContracts;
		/// Moves what is held for a twin when the twin changes owner.
		type OnTwinTransfer: OnTwinTransfer<Self::AccountId>;
		/// Most nodes in one farm (bound of [`NodesByFarmID`]).
		#[pallet::constant]
		type MaxNodesPerFarm: Get<u32>;
		/// Most accounts in [`AllowedNodeCertifiers`].
		#[pallet::constant]
		type MaxNodeCertifiers: Get<u32>;
		/// Most terms-and-conditions acceptances kept per account (the oldest is dropped).
		#[pallet::constant]
		type MaxTermsAndConditions: Get<u32>;
		/// Most farming policies flagged `default` at the same time.
		#[pallet::constant]
		type MaxDefaultFarmingPolicies: Get<u32>;
		/// How far (seconds) a node's timestamp hint may be from chain time.
		#[pallet::constant]
		type TimestampHintDrift: Get<u64>;
		/// Blocks after a node's free `update_node` before its next one is free again (a
		/// successful one within them pays the normal fee; see [`free_calls`]).
		#[pallet::constant]
		type FreeUpdateNodeWindow: Get<BlockNumberFor<Self>>;
		/// Blocks after a node's free uptime report (`report_uptime` or `report_uptime_v2`)
		/// before its next one is free again.
		#[pallet::constant]
		type FreeUptimeWindow: Get<BlockNumberFor<Self>>;
		/// Blocks after a node's free `change_power_state` before its next one is free again.
		#[pallet::constant]
		type FreePowerStateWindow: Get<BlockNumberFor<Self>>;
		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;
	}

	// The items TFChain has keep its names, hashers, query kinds and value shapes (a plain
	// `Vec` there is a `BoundedList` here: bounded, `Vec` in the metadata).

	/// Farms by id.
	#[pallet::storage]
	pub type Farms<T: Config> = StorageMap<_, Twox64Concat, u32, Farm, OptionQuery>;

	/// Farm id by (unique) name; 0 for an unknown name (value query, as TFChain).
	#[pallet::storage]
	pub type FarmIdByName<T: Config> = StorageMap<_, Blake2_128Concat, FarmName, u32, ValueQuery>;

	/// Stellar payout address of a farm; empty when none was set (value query, as TFChain).
	#[pallet::storage]
	pub type FarmPayoutV2AddressByFarmID<T: Config> =
		StorageMap<_, Twox64Concat, u32, StellarAddress, ValueQuery>;

	/// The node ids of a farm.
	#[pallet::storage]
	pub type NodesByFarmID<T: Config> =
		StorageMap<_, Twox64Concat, u32, BoundedList<u32, T::MaxNodesPerFarm>, ValueQuery>;

	/// Nodes by id.
	#[pallet::storage]
	pub type Nodes<T: Config> = StorageMap<_, Twox64Concat, u32, Node, OptionQuery>;

	/// The node of a twin; 0 for a twin without a node (value query, as TFChain).
	#[pallet::storage]
	pub type NodeIdByTwinID<T: Config> = StorageMap<_, Twox64Concat, u32, u32, ValueQuery>;

	/// Entities by id.
	#[pallet::storage]
	pub type Entities<T: Config> = StorageMap<_, Twox64Concat, u32, EntityOf<T>, OptionQuery>;

	/// The entity of an account.
	#[pallet::storage]
	pub type EntityIdByAccountID<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, u32, OptionQuery>;

	/// Entity id by (unique) name; 0 for an unknown name (value query, as TFChain).
	#[pallet::storage]
	pub type EntityIdByName<T: Config> =
		StorageMap<_, Blake2_128Concat, EntityName, u32, ValueQuery>;

	/// Twins by id.
	#[pallet::storage]
	pub type Twins<T: Config> = StorageMap<_, Twox64Concat, u32, TwinOf<T>, OptionQuery>;

	/// The twin of an account.
	#[pallet::storage]
	pub type TwinIdByAccountID<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, u32, OptionQuery>;

	/// The account bonded to a twin (its balance counts toward the twin's discount level).
	#[pallet::storage]
	pub type TwinBoundedAccountID<T: Config> =
		StorageMap<_, Twox64Concat, u32, T::AccountId, OptionQuery>;

	/// Pricing policies by id.
	#[pallet::storage]
	pub type PricingPolicies<T: Config> =
		StorageMap<_, Twox64Concat, u32, PricingPolicyOf<T>, OptionQuery>;

	/// Pricing policy id by (unique) name; 0 for an unknown name (value query, as TFChain).
	#[pallet::storage]
	pub type PricingPolicyIdByName<T: Config> =
		StorageMap<_, Blake2_128Concat, PricingPolicyName, u32, ValueQuery>;

	/// Farming policies by id; an unknown id reads as the default (empty) policy (value query,
	/// as TFChain): use `contains_key` / `try_get` to tell.
	#[pallet::storage]
	pub type FarmingPoliciesMap<T: Config> =
		StorageMap<_, Twox64Concat, u32, FarmingPolicyOf<T>, ValueQuery>;

	/// Terms-and-conditions acceptances of an account, oldest first; `None` until the first.
	#[pallet::storage]
	pub type UsersTermsAndConditions<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedList<TermsAndConditionsOf<T>, T::MaxTermsAndConditions>,
		OptionQuery,
	>;

	/// Accounts that may certify nodes besides the restricted origin; `None` until the first.
	#[pallet::storage]
	pub type AllowedNodeCertifiers<T: Config> =
		StorageValue<_, BoundedList<T::AccountId, T::MaxNodeCertifiers>, OptionQuery>;

	/// Connection price snapshotted by new nodes.
	#[pallet::storage]
	pub type ConnectionPrice<T: Config> = StorageValue<_, u32, ValueQuery>;

	/// Current ZOS version.
	#[pallet::storage]
	pub type ZosVersion<T: Config> = StorageValue<_, ZosVersionText, ValueQuery>;

	/// Power state and target of a node (kept for every existing node).
	#[pallet::storage]
	pub type NodePower<T: Config> = StorageMap<_, Twox64Concat, u32, NodePowerOf<T>, ValueQuery>;

	/// Last farm id given out.
	#[pallet::storage]
	pub type FarmID<T: Config> = StorageValue<_, u32, ValueQuery>;

	/// Last node id given out.
	#[pallet::storage]
	pub type NodeID<T: Config> = StorageValue<_, u32, ValueQuery>;

	/// Last entity id given out.
	#[pallet::storage]
	pub type EntityID<T: Config> = StorageValue<_, u32, ValueQuery>;

	/// Last twin id given out.
	#[pallet::storage]
	pub type TwinID<T: Config> = StorageValue<_, u32, ValueQuery>;

	/// Last pricing policy id given out.
	#[pallet::storage]
	pub type PricingPolicyID<T: Config> = StorageValue<_, u32, ValueQuery>;

	/// Last farming policy id given out.
	#[pallet::storage]
	pub type FarmingPolicyID<T: Config> = StorageValue<_, u32, ValueQuery>;

	// Our own items (TFChain has none of these).

	/// The ids of the farming policies flagged `default` (index for the assignment rule).
	#[pallet::storage]
	pub type DefaultFarmingPolicies<T: Config> =
		StorageValue<_, BoundedVec<u32, T::MaxDefaultFarmingPolicies>, ValueQuery>;

	/// Pending twin transfers by request id.
	#[pallet::storage]
	pub type TwinTransferRequests<T: Config> =
		StorageMap<_, Twox64Concat, u64, TwinTransferRequestOf<T>, OptionQuery>;

	/// The pending transfer request of a twin (at most one).
	#[pallet::storage]
	pub type PendingTwinTransfer<T: Config> = StorageMap<_, Twox64Concat, u32, u64, OptionQuery>;

	/// Last twin transfer request id given out.
	#[pallet::storage]
	pub type TwinTransferRequestID<T: Config> = StorageValue<_, u64, ValueQuery>;

	/// The block of a node's last free call of each kind (see [`free_calls`]): at most one
	/// entry per node and kind, removed with the node.
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

	/// What a node holds of its farm's farming-policy limits (see [`HeldLimits`]): written when
	/// the node is given the limits' policy and they were limited, given back and removed when
	/// the node leaves the farm, is deleted or is re-assigned, and removed (nothing given back)
	/// when new limits are attached to its farm.
	#[pallet::storage]
	pub type LimitsHeldByNode<T: Config> =
		StorageMap<_, Twox64Concat, u32, HeldLimits, OptionQuery>;

	/// TFChain's 31 events first, in TFChain's order and with its fields (TFChain's Go client
	/// and indexers rely on the order), then ours.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A farm was created.
		FarmStored(Farm),
		/// A farm changed (name, public IPs, dedicated flag, certification or farming-policy
		/// limits).
		FarmUpdated(Farm),
		/// A farm was deleted. TFChain declares it but no longer emits it; neither do we (farms
		/// are never deleted).
		FarmDeleted(u32),
		/// A node was registered.
		NodeStored(Node),
		/// A node changed.
		NodeUpdated(Node),
		/// A node was deleted.
		NodeDeleted(u32),
		/// A node reported its uptime: (node id, chain time in seconds, uptime in seconds).
		NodeUptimeReported(u32, u64, u64),
		/// A node's public config was set or cleared.
		NodePublicConfigStored(u32, Option<PublicConfig>),
		/// An entity was created.
		EntityStored(EntityOf<T>),
		/// An entity changed.
		EntityUpdated(EntityOf<T>),
		/// An entity was deleted.
		EntityDeleted(u32),
		/// A twin was created.
		TwinStored(TwinOf<T>),
		/// A twin changed.
		TwinUpdated(TwinOf<T>),
		/// A twin linked an entity: (twin id, entity id, signature as given).
		TwinEntityStored(u32, u32, Vec<u8>),
		/// A twin unlinked an entity: (twin id, entity id).
		TwinEntityRemoved(u32, u32),
		/// A twin was deleted. TFChain declares it but no longer emits it; neither do we (twins
		/// are never deleted).
		TwinDeleted(u32),
		/// An account was bonded to a twin.
		TwinAccountBounded(u32, T::AccountId),
		/// A pricing policy was created or updated.
		PricingPolicyStored(PricingPolicyOf<T>),
		/// A farming policy was created.
		FarmingPolicyStored(FarmingPolicyOf<T>),
		/// A farm's Stellar payout address was set: (farm id, address).
		FarmPayoutV2AddressRegistered(u32, Vec<u8>),
		/// A farm was marked dedicated. TFChain declares it and no longer emits it; we emit it
		/// (next to `FarmUpdated`) when a farm becomes dedicated.
		FarmMarkedAsDedicated(u32),
		/// The connection price was set.
		ConnectionPriceSet(u32),
		/// A node's certification was set (by a certifier, or dropped to DIY by an update).
		NodeCertificationSet(u32, NodeCertification),
		/// An account may now certify nodes.
		NodeCertifierAdded(T::AccountId),
		/// An account may no longer certify nodes.
		NodeCertifierRemoved(T::AccountId),
		/// A farming policy was updated.
		FarmingPolicyUpdated(FarmingPolicyOf<T>),
		/// Farming-policy limits were attached to (or removed from) a farm.
		FarmingPolicySet(u32, Option<FarmingPolicyLimit>),
		/// A farm's certification was set.
		FarmCertificationSet(u32, FarmCertification),
		/// The ZOS version was set.
		ZosVersionUpdated(Vec<u8>),
		/// A farmer set a node's power target (ZOS acts on it).
		PowerTargetChanged {
			/// The node's farm.
			farm_id: u32,
			/// The node.
			node_id: u32,
			/// The new target.
			power_target: Power,
		},
		/// A node reported a new power state.
		PowerStateChanged {
			/// The node's farm.
			farm_id: u32,
			/// The node.
			node_id: u32,
			/// The new state.
			power_state: PowerState<BlockNumberFor<T>>,
		},
		// --- ours ---
		/// A twin's owner asked to hand it to another account.
		TwinTransferRequested {
			/// The request.
			request_id: u64,
			/// The twin.
			twin_id: u32,
			/// Current owner.
			from: T::AccountId,
			/// Proposed owner.
			to: T::AccountId,
		},
		/// A twin changed owner.
		TwinTransferAccepted {
			/// The request.
			request_id: u64,
			/// The twin.
			twin_id: u32,
			/// Old owner.
			from: T::AccountId,
			/// New owner.
			to: T::AccountId,
		},
		/// A pending twin transfer was cancelled.
		TwinTransferCanceled {
			/// The request.
			request_id: u64,
			/// The twin.
			twin_id: u32,
		},
		/// An account accepted the terms and conditions.
		TermsAndConditionsAccepted {
			/// Who.
			account_id: T::AccountId,
		},
	}

	/// TFChain's 115 errors first, in TFChain's order (TFChain's Go client names a module error
	/// by its index in this list), including those TFChain declares and no longer raises; then
	/// ours. Where a failure has a more precise cause than TFChain's error says, the cause is
	/// logged (target `runtime::tfgrid`) and the error is TFChain's.
	#[pallet::error]
	pub enum Error<T> {
		/// Not raised (declared by TFChain, which no longer raises it).
		NoneValue,
		/// Not raised (declared by TFChain, which no longer raises it).
		StorageOverflow,
		/// Not raised (declared by TFChain, which no longer raises it).
		CannotCreateNode,
		/// The node does not exist (or the caller's twin has none).
		NodeNotExists,
		/// The twin already registered a node.
		NodeWithTwinIdExists,
		/// Not raised (declared by TFChain, which no longer raises it).
		CannotDeleteNode,
		/// Not raised (declared by TFChain, which no longer raises it; `delete_node` by another
		/// twin fails with `NodeUpdateNotAuthorized`, as on TFChain).
		NodeDeleteNotAuthorized,
		/// The caller's twin did not register the node (`update_node`, `delete_node`), or the
		/// node is not in the given farm (`add_node_public_config`).
		NodeUpdateNotAuthorized,
		/// A farm with this name exists.
		FarmExists,
		/// The farm does not exist.
		FarmNotExists,
		/// Not raised (declared by TFChain, which no longer raises it).
		CannotCreateFarmWrongTwin,
		/// The caller does not own the farm (or has no twin).
		CannotUpdateFarmWrongTwin,
		/// Not raised (declared by TFChain, which no longer raises it).
		CannotDeleteFarm,
		/// Not raised (declared by TFChain, which no longer raises it).
		CannotDeleteFarmWithPublicIPs,
		/// Not raised (declared by TFChain, which no longer raises it).
		CannotDeleteFarmWithNodesAssigned,
		/// Not raised (declared by TFChain, which no longer raises it).
		CannotDeleteFarmWrongTwin,
		/// The farm already has this IP (or the list names it twice).
		IpExists,
		/// The farm has no such free IP (`remove_farm_ip`: unknown or reserved by a contract;
		/// `force_reset_farm_ip`: unknown).
		IpNotExists,
		/// An entity with this name exists.
		EntityWithNameExists,
		/// The account already has an entity.
		EntityWithPubkeyExists,
		/// The entity does not exist (or the caller has none, or the twin does not link it).
		EntityNotExists,
		/// The signature does not verify (ed25519 nor sr25519) for the account's key.
		EntitySignatureDoesNotMatch,
		/// The twin already links this entity.
		EntityWithSignatureAlreadyExists,
		/// Not raised (declared by TFChain, which no longer raises it).
		CannotUpdateEntity,
		/// Not raised (declared by TFChain, which no longer raises it).
		CannotDeleteEntity,
		/// The signature is not 128 hex digits (optionally `0x`-prefixed).
		SignatureLengthIsIncorrect,
		/// The new owner of a twin transfer already owns a twin (ours; TFChain declares it and no
		/// longer raises it: `create_twin` for an account with a twin is `TwinWithPubkeyExists`).
		TwinExists,
		/// The twin does not exist (or the caller has none).
		TwinNotExists,
		/// The account already owns a twin.
		TwinWithPubkeyExists,
		/// Not raised (declared by TFChain, which no longer raises it).
		CannotCreateTwin,
		/// The caller does not own the twin.
		UnauthorizedToUpdateTwin,
		/// A twin's own account cannot be bonded to it.
		TwinCannotBoundToItself,
		/// A pricing policy with this name exists.
		PricingPolicyExists,
		/// The pricing policy does not exist.
		PricingPolicyNotExists,
		/// Another pricing policy has this name (`update_pricing_policy`).
		PricingPolicyWithDifferentIdExists,
		/// Not raised (declared by TFChain, which no longer raises it).
		CertificationCodeExists,
		/// Not raised (declared by TFChain, which no longer raises it).
		FarmingPolicyAlreadyExists,
		/// Not raised (declared by TFChain, which no longer raises it).
		FarmPayoutAdressAlreadyRegistered,
		/// Not raised (declared by TFChain, which no longer raises it).
		FarmerDoesNotHaveEnoughFunds,
		/// The account has not accepted the terms and conditions.
		UserDidNotSignTermsAndConditions,
		/// Not raised (declared by TFChain, which no longer raises it).
		FarmerDidNotSignTermsAndConditions,
		/// The caller is not the farmer of the node's farm (`delete_node_farm`).
		FarmerNotAuthorized,
		/// Farm name holds a character outside `[A-Za-z0-9_-]`, or (`update_farm`) another
		/// farm has the name.
		InvalidFarmName,
		/// The account is already a node certifier.
		AlreadyCertifier,
		/// The account is not a node certifier.
		NotCertifier,
		/// The caller may not certify nodes.
		NotAllowedToCertifyNode,
		/// The farming policy does not exist (or no default policy fits the node).
		FarmingPolicyNotExists,
		/// Relay shorter than 3 bytes (but not empty).
		RelayTooShort,
		/// Relay longer than 1024 bytes.
		RelayTooLong,
		/// Not raised (declared by TFChain, which no longer raises it; a malformed relay gets
		/// `InvalidRelayAddress`).
		InvalidRelay,
		/// Farm name shorter than 3 bytes.
		FarmNameTooShort,
		/// Farm name longer than 40 bytes.
		FarmNameTooLong,
		/// A farm IP is not usable: it or its gateway does not parse (or has a bad length), is
		/// not public unicast, the gateway is outside the subnet or equals the address; or the
		/// farm already has 256 IPs. The log says which.
		InvalidPublicIP,
		/// Not raised (declared by TFChain, which no longer raises it).
		PublicIPTooShort,
		/// Not raised (declared by TFChain, which no longer raises it).
		PublicIPTooLong,
		/// Not raised (declared by TFChain, which no longer raises it).
		GatewayIPTooShort,
		/// Not raised (declared by TFChain, which no longer raises it).
		GatewayIPTooLong,
		/// Not raised (TFChain declares it; farm IPs and public configs fail with
		/// `InvalidPublicIP` / `InvalidPublicConfig`, as on TFChain).
		IP4TooShort,
		/// Not raised (see `IP4TooShort`).
		IP4TooLong,
		/// Not raised (see `IP4TooShort`).
		InvalidIP4,
		/// Not raised (see `IP4TooShort`).
		GW4TooShort,
		/// Not raised (see `IP4TooShort`).
		GW4TooLong,
		/// Not raised (see `IP4TooShort`).
		InvalidGW4,
		/// Not raised (see `IP4TooShort`).
		IP6TooShort,
		/// Not raised (see `IP4TooShort`).
		IP6TooLong,
		/// Not raised (see `IP4TooShort`).
		InvalidIP6,
		/// Not raised (see `IP4TooShort`).
		GW6TooShort,
		/// Not raised (see `IP4TooShort`).
		GW6TooLong,
		/// Not raised (see `IP4TooShort`).
		InvalidGW6,
		/// Not raised (see `IP4TooShort`).
		DomainTooShort,
		/// Not raised (see `IP4TooShort`).
		DomainTooLong,
		/// Not raised (see `IP4TooShort`).
		InvalidDomain,
		/// Not raised (declared by TFChain, which no longer raises it).
		MethodIsDeprecated,
		/// Interface name shorter than 3 bytes.
		InterfaceNameTooShort,
		/// Interface name longer than 20 bytes.
		InterfaceNameTooLong,
		/// Interface name holds a character outside `[a-z0-9_-]`.
		InvalidInterfaceName,
		/// MAC address shorter than 17 bytes.
		InterfaceMacTooShort,
		/// MAC address longer than 17 bytes.
		InterfaceMacTooLong,
		/// MAC address is not `hh:hh:hh:hh:hh:hh`.
		InvalidMacAddress,
		/// Interface address shorter than 7 bytes.
		InterfaceIpTooShort,
		/// Interface address longer than 42 bytes.
		InterfaceIpTooLong,
		/// Interface address does not parse as IPv4 or IPv6 (with optional prefix).
		InvalidInterfaceIP,
		/// The ZOS version is not printable ASCII or equals the current one.
		InvalidZosVersion,
		/// The farming policy (or the limits) ended.
		FarmingPolicyExpired,
		/// Not raised (declared by TFChain, which never raises it: no HDD minimum).
		InvalidHRUInput,
		/// Storage below minimum: neither SSD nor HDD reaches 100 GiB (the log says which).
		InvalidSRUInput,
		/// No CPU core.
		InvalidCRUInput,
		/// Less than 2 GiB of RAM.
		InvalidMRUInput,
		/// Latitude is empty.
		LatitudeInputTooShort,
		/// Latitude longer than 50 bytes.
		LatitudeInputTooLong,
		/// Latitude is not decimal text in −90..90 nor `Unknown`.
		InvalidLatitudeInput,
		/// Longitude is empty.
		LongitudeInputTooShort,
		/// Longitude longer than 50 bytes.
		LongitudeInputTooLong,
		/// Longitude is not decimal text in −180..180 nor `Unknown`.
		InvalidLongitudeInput,
		/// Country name shorter than 2 bytes.
		CountryNameTooShort,
		/// Country name longer than 64 bytes.
		CountryNameTooLong,
		/// Country name holds a character that is not a letter, space or `-'.,()`.
		InvalidCountryName,
		/// City name shorter than 2 bytes.
		CityNameTooShort,
		/// City name longer than 64 bytes.
		CityNameTooLong,
		/// City name holds a character that is not a letter, space or `-'.,()`.
		InvalidCityName,
		/// Not raised (declared by TFChain, which no longer raises it).
		InvalidCountryCityPair,
		/// Serial number is empty.
		SerialNumberTooShort,
		/// Serial number longer than 128 bytes.
		SerialNumberTooLong,
		/// Serial number is not printable ASCII.
		InvalidSerialNumber,
		/// Document link is empty.
		DocumentLinkInputTooShort,
		/// Document link longer than 2048 bytes.
		DocumentLinkInputTooLong,
		/// Document link holds a character that is not allowed in a URL.
		InvalidDocumentLinkInput,
		/// Document hash is empty.
		DocumentHashInputTooShort,
		/// Document hash longer than 50 bytes.
		DocumentHashInputTooLong,
		/// Document hash holds a character outside `[A-Za-z0-9_-]`.
		InvalidDocumentHashInput,
		/// A public config is not usable: an address or gateway (IPv4 or IPv6) does not parse
		/// (or has a bad length), is not public unicast, the gateway is outside the subnet or
		/// equals the address; or the domain is empty, too long or malformed. The log says which.
		InvalidPublicConfig,
		/// The caller is not the farmer of the node.
		UnauthorizedToChangePowerTarget,
		/// The node has live contracts (power target `Down`, moving to another farm), or (moving
		/// to another farm) is rented.
		NodeHasActiveContracts,
		/// A relay is empty or malformed: a character outside `[A-Za-z0-9_-.]`, or an empty
		/// label (leading, trailing or doubled dot). The log says which.
		InvalidRelayAddress,
		/// The timestamp hint is more than `TimestampHintDrift` seconds from chain time.
		InvalidTimestampHint,
		// --- ours ---
		/// Twin public key is empty.
		PublicKeyTooShort,
		/// The twin already links the maximum number of entities.
		TwinHasTooManyEntities,
		/// No such twin transfer request.
		TwinTransferRequestNotExists,
		/// The twin already has a pending transfer request.
		TwinTransferAlreadyRequested,
		/// A twin cannot be transferred to the account that owns it.
		TwinTransferToSameAccount,
		/// Only the proposed new owner can accept the transfer.
		NotTwinTransferRecipient,
		/// Only the owner who asked can cancel the transfer.
		NotTwinTransferRequester,
		/// The farm already has `MaxNodesPerFarm` nodes.
		FarmHasTooManyNodes,
		/// Not a Stellar account id (`G…`, base32, version byte, checksum).
		InvalidStellarAddress,
		/// Stellar address shorter than 56 bytes.
		StellarAddressTooShort,
		/// Stellar address longer than 56 bytes.
		StellarAddressTooLong,
		/// The signature holds a character that is not a hex digit.
		InvalidSignatureHex,
		/// Entity name is not printable ASCII.
		InvalidEntityName,
		/// Entity name shorter than 3 bytes.
		EntityNameTooShort,
		/// Entity name longer than 64 bytes.
		EntityNameTooLong,
		/// Pricing-policy name is not printable ASCII.
		InvalidPricingPolicyName,
		/// Pricing-policy name shorter than 3 bytes.
		PricingPolicyNameTooShort,
		/// Pricing-policy name longer than 64 bytes.
		PricingPolicyNameTooLong,
		/// `discount_for_dedication_nodes` is above 100.
		InvalidDiscountForDedicationNodes,
		/// The farming policy is immutable.
		CannotUpdateImmutableFarmingPolicy,
		/// Farming-policy name is not printable ASCII.
		InvalidFarmingPolicyName,
		/// Farming-policy name shorter than 3 bytes.
		FarmingPolicyNameTooShort,
		/// Farming-policy name longer than 64 bytes.
		FarmingPolicyNameTooLong,
		/// Already `MaxDefaultFarmingPolicies` default farming policies.
		TooManyDefaultFarmingPolicies,
		/// Already `MaxNodeCertifiers` certifiers.
		TooManyNodeCertifiers,
		/// ZOS version is empty.
		ZosVersionTooShort,
		/// ZOS version longer than 128 bytes.
		ZosVersionTooLong,
		/// An id counter reached its maximum.
		IdOverflow,
	}

	#[pallet::genesis_config]
	pub struct GenesisConfig<T: Config> {
		/// Foundation account of pricing policy 1 (`None`: the all-zero account, which nobody
		/// controls; set a real account in production chain specs).
		pub foundation_account: Option<T::AccountId>,
		/// Certified-sales account of pricing policy 1 (`None`: the all-zero account).
		pub certified_sales_account: Option<T::AccountId>,
		/// Connection price snapshotted by new nodes (default 80).
		pub connection_price: u32,
		/// Initial ZOS version (default `3.0.0`; truncated to 128 bytes).
		pub zos_version: alloc::vec::Vec<u8>,
	}

	impl<T: Config> Default for GenesisConfig<T> {
		fn default() -> Self {
			Self {
				foundation_account: None,
				certified_sales_account: None,
				connection_price: genesis::DEFAULT_CONNECTION_PRICE,
				zos_version: genesis::DEFAULT_ZOS_VERSION.to_vec(),
			}
		}
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			genesis::build::<T>(self);
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}

		fn integrity_test() {
			// Storage bounds must leave room for at least one item.
			assert!(T::MaxNodesPerFarm::get() > 0, "MaxNodesPerFarm must be at least 1");
			assert!(T::MaxTermsAndConditions::get() > 0, "MaxTermsAndConditions must be >= 1");
			assert!(
				T::MaxDefaultFarmingPolicies::get() >= 2,
				"MaxDefaultFarmingPolicies must hold the two genesis policies"
			);
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Create a farm owned by the caller's twin.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::create_farm())]
		pub fn create_farm(
			origin: OriginFor<T>,
			name: FarmName,
			public_ips: FarmIps,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_create_farm(&who, name, public_ips)
		}

		/// Rename a farm.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::update_farm())]
		pub fn update_farm(origin: OriginFor<T>, farm_id: u32, name: FarmName) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_update_farm(&who, farm_id, name)
		}

		/// Set the Stellar payout address of a farm.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::add_stellar_payout_v2address())]
		pub fn add_stellar_payout_v2address(
			origin: OriginFor<T>,
			farm_id: u32,
			stellar_address: Vec<u8>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_add_stellar_payout_v2address(&who, farm_id, stellar_address)
		}

		/// Set a farm's certification.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::set_farm_certification())]
		pub fn set_farm_certification(
			origin: OriginFor<T>,
			farm_id: u32,
			certification: FarmCertification,
		) -> DispatchResult {
			T::RestrictedOrigin::ensure_origin(origin)?;
			Self::do_set_farm_certification(farm_id, certification)
		}

		/// Add a free public IP to a farm.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::add_farm_ip())]
		pub fn add_farm_ip(
			origin: OriginFor<T>,
			farm_id: u32,
			ip: Ip4Text,
			gw: Gw4Text,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_add_farm_ip(&who, farm_id, ip, gw)
		}

		/// Remove a free public IP from a farm.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::remove_farm_ip())]
		pub fn remove_farm_ip(origin: OriginFor<T>, farm_id: u32, ip: Ip4Text) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_remove_farm_ip(&who, farm_id, ip)
		}

		/// Register the caller's twin as a node in a farm.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::create_node().saturating_add(T::NodeChanged::node_changed_weight()))]
		#[allow(clippy::too_many_arguments)]
		pub fn create_node(
			origin: OriginFor<T>,
			farm_id: u32,
			resources: Resources,
			location: Location,
			interfaces: Interfaces,
			secure_boot: bool,
			virtualized: bool,
			serial_number: Option<SerialNumber>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_create_node(
				&who,
				farm_id,
				resources,
				location,
				interfaces,
				secure_boot,
				virtualized,
				serial_number,
			)
		}

		/// Overwrite the caller's node (it may move to another farm). Free when it succeeds,
		/// once per node and `FreeUpdateNodeWindow`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::update_node().saturating_add(T::NodeActiveContracts::node_has_active_contracts_weight()).saturating_add(T::NodeChanged::node_changed_weight()))]
		#[allow(clippy::too_many_arguments)]
		pub fn update_node(
			origin: OriginFor<T>,
			node_id: u32,
			farm_id: u32,
			resources: Resources,
			location: Location,
			interfaces: Interfaces,
			secure_boot: bool,
			virtualized: bool,
			serial_number: Option<SerialNumber>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			Self::do_update_node(
				&who,
				node_id,
				farm_id,
				resources,
				location,
				interfaces,
				secure_boot,
				virtualized,
				serial_number,
			)?;
			Ok(Self::free_call_fee(node_id, free_calls::FreeCallKind::UpdateNode).into())
		}

		/// Set a node's certification (restricted origin or an allowed certifier).
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::set_node_certification().saturating_add(T::NodeChanged::node_changed_weight()))]
		pub fn set_node_certification(
			origin: OriginFor<T>,
			node_id: u32,
			node_certification: NodeCertification,
		) -> DispatchResult {
			Self::ensure_certifier(origin)?;
			Self::do_set_node_certification(node_id, node_certification)
		}

		/// Report the caller node's uptime (seconds since boot). Free when it succeeds, once
		/// per node and `FreeUptimeWindow` (shared with `report_uptime_v2`).
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::report_uptime().saturating_add(T::NodeChanged::power_or_uptime_weight()))]
		pub fn report_uptime(origin: OriginFor<T>, uptime: u64) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let node_id = Self::do_report_uptime(&who, uptime, None)?;
			Ok(Self::free_call_fee(node_id, free_calls::FreeCallKind::Uptime).into())
		}

		/// Set or clear a node's public config (by its farmer).
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::add_node_public_config())]
		pub fn add_node_public_config(
			origin: OriginFor<T>,
			farm_id: u32,
			node_id: u32,
			public_config: Option<PublicConfig>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_add_node_public_config(&who, farm_id, node_id, public_config)
		}

		/// Delete the caller's node and every index of it.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::delete_node().saturating_add(T::NodeChanged::node_deleted_weight()).saturating_add(Pallet::<T>::forget_free_calls_weight()))]
		pub fn delete_node(origin: OriginFor<T>, node_id: u32) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_delete_node(&who, node_id)
		}

		/// Create an entity for `target`, which signed `name‖country‖city`.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::create_entity())]
		pub fn create_entity(
			origin: OriginFor<T>,
			target: T::AccountId,
			name: Vec<u8>,
			country: CountryName,
			city: CityName,
			signature: Vec<u8>,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_create_entity(target, name, country, city, signature)
		}

		/// Update the caller's entity.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::update_entity())]
		pub fn update_entity(
			origin: OriginFor<T>,
			name: Vec<u8>,
			country: CountryName,
			city: CityName,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_update_entity(&who, name, country, city)
		}

		/// Delete the caller's entity.
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::delete_entity())]
		pub fn delete_entity(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_delete_entity(&who)
		}

		/// Create the caller's twin (after accepting the terms and conditions).
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::create_twin())]
		pub fn create_twin(
			origin: OriginFor<T>,
			relay: Option<Relay>,
			pk: Option<TwinPk>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_create_twin(&who, relay, pk)
		}

		/// Update the caller's twin.
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::update_twin())]
		pub fn update_twin(
			origin: OriginFor<T>,
			relay: Option<Relay>,
			pk: Option<TwinPk>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_update_twin(&who, relay, pk)
		}

		/// Link an entity to the caller's twin; the entity signed `entity_id‖twin_id`.
		#[pallet::call_index(19)]
		#[pallet::weight(T::WeightInfo::add_twin_entity())]
		pub fn add_twin_entity(
			origin: OriginFor<T>,
			twin_id: u32,
			entity_id: u32,
			signature: Vec<u8>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_add_twin_entity(&who, twin_id, entity_id, signature)
		}

		/// Unlink an entity from the caller's twin.
		#[pallet::call_index(20)]
		#[pallet::weight(T::WeightInfo::delete_twin_entity())]
		pub fn delete_twin_entity(
			origin: OriginFor<T>,
			twin_id: u32,
			entity_id: u32,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_delete_twin_entity(&who, twin_id, entity_id)
		}

		/// Create a pricing policy.
		#[pallet::call_index(22)]
		#[pallet::weight(T::WeightInfo::create_pricing_policy())]
		#[allow(clippy::too_many_arguments)]
		pub fn create_pricing_policy(
			origin: OriginFor<T>,
			name: Vec<u8>,
			su: Policy,
			cu: Policy,
			nu: Policy,
			ipu: Policy,
			unique_name: Policy,
			domain_name: Policy,
			foundation_account: T::AccountId,
			certified_sales_account: T::AccountId,
			discount_for_dedication_nodes: u8,
		) -> DispatchResult {
			T::RestrictedOrigin::ensure_origin(origin)?;
			Self::do_create_pricing_policy(
				name,
				[su, cu, nu, ipu, unique_name, domain_name],
				foundation_account,
				certified_sales_account,
				discount_for_dedication_nodes,
			)
		}

		/// Update a pricing policy.
		#[pallet::call_index(23)]
		#[pallet::weight(T::WeightInfo::update_pricing_policy())]
		#[allow(clippy::too_many_arguments)]
		pub fn update_pricing_policy(
			origin: OriginFor<T>,
			pricing_policy_id: u32,
			name: Vec<u8>,
			su: Policy,
			cu: Policy,
			nu: Policy,
			ipu: Policy,
			unique_name: Policy,
			domain_name: Policy,
			foundation_account: T::AccountId,
			certified_sales_account: T::AccountId,
			discount_for_dedication_nodes: u8,
		) -> DispatchResult {
			T::RestrictedOrigin::ensure_origin(origin)?;
			Self::do_update_pricing_policy(
				pricing_policy_id,
				name,
				[su, cu, nu, ipu, unique_name, domain_name],
				foundation_account,
				certified_sales_account,
				discount_for_dedication_nodes,
			)
		}

		/// Create a farming policy.
		#[pallet::call_index(24)]
		#[pallet::weight(T::WeightInfo::create_farming_policy())]
		#[allow(clippy::too_many_arguments)]
		pub fn create_farming_policy(
			origin: OriginFor<T>,
			name: Vec<u8>,
			su: u32,
			cu: u32,
			nu: u32,
			ipv4: u32,
			minimal_uptime: u16,
			policy_end: BlockNumberFor<T>,
			immutable: bool,
			default: bool,
			node_certification: NodeCertification,
			farm_certification: FarmCertification,
		) -> DispatchResult {
			T::RestrictedOrigin::ensure_origin(origin)?;
			Self::do_create_farming_policy(
				name,
				policies::FarmingPolicyValues {
					su,
					cu,
					nu,
					ipv4,
					minimal_uptime,
					policy_end,
					default,
					node_certification,
					farm_certification,
				},
				immutable,
			)
		}

		/// Accept the terms and conditions (appended to the caller's history).
		#[pallet::call_index(25)]
		#[pallet::weight(T::WeightInfo::user_accept_tc())]
		pub fn user_accept_tc(
			origin: OriginFor<T>,
			document_link: DocumentLink,
			document_hash: DocumentHash,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_user_accept_tc(&who, document_link, document_hash)
		}

		/// The farmer deletes a node of the farm (same effects as `delete_node`).
		#[pallet::call_index(26)]
		#[pallet::weight(T::WeightInfo::delete_node_farm().saturating_add(T::NodeChanged::node_deleted_weight()).saturating_add(Pallet::<T>::forget_free_calls_weight()))]
		pub fn delete_node_farm(origin: OriginFor<T>, node_id: u32) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_delete_node_farm(&who, node_id)
		}

		/// Mark a farm dedicated (or not).
		#[pallet::call_index(27)]
		#[pallet::weight(T::WeightInfo::set_farm_dedicated())]
		pub fn set_farm_dedicated(
			origin: OriginFor<T>,
			farm_id: u32,
			dedicated: bool,
		) -> DispatchResult {
			T::RestrictedOrigin::ensure_origin(origin)?;
			Self::do_set_farm_dedicated(farm_id, dedicated)
		}

		/// Mark a farm IP free again.
		#[pallet::call_index(28)]
		#[pallet::weight(T::WeightInfo::force_reset_farm_ip())]
		pub fn force_reset_farm_ip(
			origin: OriginFor<T>,
			farm_id: u32,
			ip: Ip4Text,
		) -> DispatchResult {
			T::RestrictedOrigin::ensure_origin(origin)?;
			Self::do_force_reset_farm_ip(farm_id, ip)
		}

		/// Set the connection price.
		#[pallet::call_index(29)]
		#[pallet::weight(T::WeightInfo::set_connection_price())]
		pub fn set_connection_price(origin: OriginFor<T>, price: u32) -> DispatchResult {
			T::RestrictedOrigin::ensure_origin(origin)?;
			Self::do_set_connection_price(price)
		}

		/// Allow an account to certify nodes.
		#[pallet::call_index(30)]
		#[pallet::weight(T::WeightInfo::add_node_certifier())]
		pub fn add_node_certifier(origin: OriginFor<T>, certifier: T::AccountId) -> DispatchResult {
			T::RestrictedOrigin::ensure_origin(origin)?;
			Self::do_add_node_certifier(certifier)
		}

		/// Stop an account from certifying nodes.
		#[pallet::call_index(31)]
		#[pallet::weight(T::WeightInfo::remove_node_certifier())]
		pub fn remove_node_certifier(
			origin: OriginFor<T>,
			certifier: T::AccountId,
		) -> DispatchResult {
			T::RestrictedOrigin::ensure_origin(origin)?;
			Self::do_remove_node_certifier(certifier)
		}

		/// Update a (mutable) farming policy.
		#[pallet::call_index(32)]
		#[pallet::weight(T::WeightInfo::update_farming_policy())]
		#[allow(clippy::too_many_arguments)]
		pub fn update_farming_policy(
			origin: OriginFor<T>,
			farming_policy_id: u32,
			name: Vec<u8>,
			su: u32,
			cu: u32,
			nu: u32,
			ipv4: u32,
			minimal_uptime: u16,
			policy_end: BlockNumberFor<T>,
			default: bool,
			node_certification: NodeCertification,
			farm_certification: FarmCertification,
		) -> DispatchResult {
			T::RestrictedOrigin::ensure_origin(origin)?;
			Self::do_update_farming_policy(
				farming_policy_id,
				name,
				policies::FarmingPolicyValues {
					su,
					cu,
					nu,
					ipv4,
					minimal_uptime,
					policy_end,
					default,
					node_certification,
					farm_certification,
				},
			)
		}

		/// Attach (or remove) farming-policy limits to a farm and re-assign its nodes that sit
		/// on a default policy. Charged up front for a farm of `MaxNodesPerFarm` nodes, each
		/// rewritten; refunded to the farm's actual node count.
		#[pallet::call_index(33)]
		#[pallet::weight(T::WeightInfo::attach_policy_to_farm(T::MaxNodesPerFarm::get()))]
		pub fn attach_policy_to_farm(
			origin: OriginFor<T>,
			farm_id: u32,
			limits: Option<FarmingPolicyLimit>,
		) -> DispatchResultWithPostInfo {
			T::RestrictedOrigin::ensure_origin(origin)?;
			let nodes = Self::do_attach_policy_to_farm(farm_id, limits)?;
			Ok(PostDispatchInfo {
				actual_weight: Some(T::WeightInfo::attach_policy_to_farm(nodes)),
				pays_fee: Pays::Yes,
			})
		}

		/// Set the ZOS version (must differ from the current one).
		#[pallet::call_index(34)]
		#[pallet::weight(T::WeightInfo::set_zos_version())]
		pub fn set_zos_version(origin: OriginFor<T>, zos_version: Vec<u8>) -> DispatchResult {
			T::RestrictedOrigin::ensure_origin(origin)?;
			Self::do_set_zos_version(zos_version)
		}

		/// The caller node reports its power state. Free when it succeeds, once per node and
		/// `FreePowerStateWindow`.
		#[pallet::call_index(35)]
		#[pallet::weight(T::WeightInfo::change_power_state().saturating_add(T::NodeChanged::power_or_uptime_weight()))]
		pub fn change_power_state(
			origin: OriginFor<T>,
			power_state: Power,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let node_id = Self::do_change_power_state(&who, power_state)?;
			Ok(Self::free_call_fee(node_id, free_calls::FreeCallKind::PowerState).into())
		}

		/// The farmer sets a node's power target (`Down` refused while it has live contracts).
		#[pallet::call_index(36)]
		#[pallet::weight(T::WeightInfo::change_power_target()
			.saturating_add(T::NodeChanged::power_or_uptime_weight())
			.saturating_add(T::NodeActiveContracts::node_has_active_contracts_weight()))]
		pub fn change_power_target(
			origin: OriginFor<T>,
			node_id: u32,
			power_target: Power,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_change_power_target(&who, node_id, power_target)
		}

		/// Bond the caller's account to a twin (its balance counts for the twin's discount).
		#[pallet::call_index(37)]
		#[pallet::weight(T::WeightInfo::bond_twin_account())]
		pub fn bond_twin_account(origin: OriginFor<T>, twin_id: u32) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_bond_twin_account(who, twin_id)
		}

		/// As `report_uptime`, with the node's clock as a hint that must be within
		/// `TimestampHintDrift` seconds of chain time. Free when it succeeds, once per node and
		/// `FreeUptimeWindow` (shared with `report_uptime`).
		#[pallet::call_index(38)]
		#[pallet::weight(T::WeightInfo::report_uptime_v2().saturating_add(T::NodeChanged::power_or_uptime_weight()))]
		pub fn report_uptime_v2(
			origin: OriginFor<T>,
			uptime: u64,
			timestamp_hint: u64,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let node_id = Self::do_report_uptime(&who, uptime, Some(timestamp_hint))?;
			Ok(Self::free_call_fee(node_id, free_calls::FreeCallKind::Uptime).into())
		}

		/// Ask to hand the caller's twin to `new_account` (which must accept).
		#[pallet::call_index(40)]
		#[pallet::weight(T::WeightInfo::request_twin_transfer())]
		pub fn request_twin_transfer(
			origin: OriginFor<T>,
			twin_id: u32,
			new_account: T::AccountId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_request_twin_transfer(who, twin_id, new_account)
		}

		/// Accept a twin transfer: the caller becomes the twin's owner.
		#[pallet::call_index(41)]
		#[pallet::weight(T::WeightInfo::accept_twin_transfer().saturating_add(T::OnTwinTransfer::weight()))]
		pub fn accept_twin_transfer(origin: OriginFor<T>, request_id: u64) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_accept_twin_transfer(who, request_id)
		}

		/// Cancel a pending twin transfer (by the owner who asked).
		#[pallet::call_index(42)]
		#[pallet::weight(T::WeightInfo::cancel_twin_transfer())]
		pub fn cancel_twin_transfer(origin: OriginFor<T>, request_id: u64) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel_twin_transfer(&who, request_id)
		}
	}

	impl<T: Config> Pallet<T> {
		/// Accepts the restricted origin, or a signed account in [`AllowedNodeCertifiers`].
		pub(crate) fn ensure_certifier(origin: OriginFor<T>) -> DispatchResult {
			if T::RestrictedOrigin::try_origin(origin.clone()).is_ok() {
				return Ok(());
			}
			let who = ensure_signed(origin)?;
			ensure!(
				AllowedNodeCertifiers::<T>::get().is_some_and(|list| list.contains(&who)),
				Error::<T>::NotAllowedToCertifyNode
			);
			Ok(())
		}

		/// Chain time in seconds.
		pub(crate) fn now_secs() -> u64 {
			T::TimeProvider::now().as_secs()
		}

		/// The twin of an account.
		pub(crate) fn twin_id_of(who: &T::AccountId) -> Result<u32, Error<T>> {
			TwinIdByAccountID::<T>::get(who).ok_or(Error::<T>::TwinNotExists)
		}

		/// The id of the farm with this name, if any ([`FarmIdByName`] reads 0 for a missing
		/// name, as on TFChain).
		pub fn farm_id_by_name(name: &FarmName) -> Option<u32> {
			FarmIdByName::<T>::try_get(name).ok()
		}

		/// The id of a twin's node, if any ([`NodeIdByTwinID`] reads 0 for a twin without a
		/// node, as on TFChain).
		pub fn node_id_of_twin(twin_id: u32) -> Option<u32> {
			NodeIdByTwinID::<T>::try_get(twin_id).ok()
		}
	}
}
