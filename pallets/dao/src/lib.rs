//! # Dao: farmer-weighted governance
//!
//! Council members propose calls; farmers vote on them with their farms, each vote weighted by
//! the farm's capacity; the council may veto; an approved proposal's call runs as Root. Names of
//! calls, arguments, storage items, types, events and errors follow TFChain's `pallet-dao` (grid
//! API spec, section "Dao (index 43)"), and so do the error and event order.
//!
//! ## Life of a proposal
//!
//! 1. **Propose.** A council member ([`Config::CouncilMembership`]) calls
//!    [`Pallet::propose`]`(threshold, action, description, link, duration)`. The proposal is
//!    keyed by the hash of `action` (one live proposal per call: `DuplicateProposal`), gets the
//!    next index from [`ProposalCount`], and is open for votes until block `now + duration`
//!    (default [`Config::MotionDuration`], 7 days in the runtime; between 1 block and
//!    [`Config::MaxMotionDuration`], 30 days, else `InvalidProposalDuration`). The call must
//!    encode in at most [`Config::MaxProposalLength`] bytes (`WrongProposalLength`) and declare
//!    at most [`Config::MaxProposalWeight`] (`WrongProposalWeight`), and `threshold` may not
//!    exceed [`Config::MaxVotesPerProposal`] (a threshold no vote count can reach).
//! 2. **Vote.** The owner of a farm (the account of the farm's twin, through
//!    [`Config::FarmVoting`]) calls [`Pallet::vote`]`(farm_id, proposal_hash, approve)` until
//!    the proposal's end block (inclusive). The vote's weight is the farm's capacity **computed
//!    at vote time** from its nodes' registered resources: the sum over its nodes of
//!    `2·CU + SU` ([`grid::node_weight`], the grid's CU/SU formulas, whole units rounded up,
//!    saturating). A farm without nodes, or whose nodes register no capacity, cannot vote
//!    (`FarmHasNoNodes`). A farm votes **once** per proposal: a second vote, either way, fails
//!    with `DuplicateVote` (TFChain let a farm switch sides; the grid API makes one vote per farm
//!    part of the contract). At most [`Config::MaxVotesPerProposal`] farms vote on a proposal.
//!    A successful vote is free. [`FarmWeight`] keeps, for information, the weight computed at
//!    each farm's latest vote; votes never read it.
//! 3. **Veto.** A council member calls [`Pallet::veto`]`(proposal_hash)`, once per proposal
//!    (`DuplicateVeto`). The [`Config::MinVetos`]-th veto (3 in the runtime, as on TFChain)
//!    closes the proposal without running it (`CouncilMemberVeto`, `ClosedByCouncil`,
//!    `Disapproved`).
//! 4. **Close.** A council member calls [`Pallet::close`]`(proposal_hash, proposal_index)`:
//!    before the end block only once `threshold` farms voted
//!    (`OngoingVoteAndTresholdStillNotMet`), from the end block on at any time. The proposal is
//!    **approved** when at least `threshold` farms voted and the weight in favour is strictly
//!    greater than the weight against; otherwise it is disapproved (TFChain approved an expired
//!    proposal on weights alone, even below its threshold). The proposal is removed from storage
//!    *before* an approved call is dispatched as Root, so the call runs exactly once; its result
//!    is reported in `Executed`. Events: `Closed` (tallies and weights), then `Approved` and
//!    `Executed`, or `Disapproved`. The call's declared weight is charged on top of `close`'s own
//!    (bounded by [`Config::MaxProposalWeight`]) and refunded down to what the call used.
//!
//! ## Bounds
//!
//! Every storage item is bounded: at most [`Config::MaxProposals`] live proposals
//! ([`ProposalList`], `TooManyProposals`); description and link at most
//! [`Config::MaxDescriptionLength`] / [`Config::MaxLinkLength`] bytes (`DescriptionTooLong`,
//! `LinkTooLong`); the call at most [`Config::MaxProposalLength`] bytes; at most
//! [`Config::MaxVotesPerProposal`] votes per proposal (`TooManyVotes`); vetoes bounded by
//! [`Config::MaxCouncilMembers`] (and in practice below `MinVetos`). A vote reads each node of
//! the farm, at most [`Config::MaxFarmNodes`]; its weight is charged for that bound and
//! refunded to the farm's real node count.
//!
//! Expired proposals stay listed until a council member closes them.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

pub mod grid;
pub mod proposal;
pub mod weights;
pub use weights::WeightInfo;

mod invariants;
mod lifecycle;
mod voting;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

#[cfg(feature = "runtime-benchmarks")]
pub use grid::BenchmarkHelper;
pub use grid::{node_weight, FarmVoting};
pub use proposal::{BoundedProposal, DaoProposal, DaoVotes, ProposalIndex, VoteWeight};

/// The stored description of a proposal in a runtime.
pub type DaoProposalOf<T> =
	DaoProposal<<T as Config>::MaxDescriptionLength, <T as Config>::MaxLinkLength>;

/// The stored vote state of a proposal in a runtime.
pub type DaoVotesOf<T> = DaoVotes<
	frame_system::pallet_prelude::BlockNumberFor<T>,
	<T as frame_system::Config>::AccountId,
	<T as Config>::MaxVotesPerProposal,
	<T as Config>::MaxCouncilMembers,
>;

/// The stored call of a proposal in a runtime.
pub type BoundedProposalOf<T> =
	BoundedProposal<<T as Config>::Proposal, <T as Config>::MaxProposalLength>;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::{boxed::Box, vec::Vec};
	use frame_support::{
		dispatch::{GetDispatchInfo, PostDispatchInfo},
		pallet_prelude::*,
		traits::SortedMembers,
	};
	use frame_system::pallet_prelude::*;
	use sp_runtime::traits::{Dispatchable, Zero};

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The calls a proposal may run (the runtime's call type); an approved one runs as Root.
		type Proposal: Parameter
			+ Dispatchable<RuntimeOrigin = Self::RuntimeOrigin, PostInfo = PostDispatchInfo>
			+ From<frame_system::Call<Self>>
			+ GetDispatchInfo;
		/// The council: who may propose, veto and close (pallet-membership's council).
		type CouncilMembership: SortedMembers<Self::AccountId>;
		/// Farm owners and the registered resources of farms' nodes (the grid registry).
		type FarmVoting: FarmVoting<Self::AccountId>;
		/// Voting period of a proposal proposed without a duration (7 days in the runtime).
		#[pallet::constant]
		type MotionDuration: Get<BlockNumberFor<Self>>;
		/// Longest voting period a proposal may ask for (30 days in the runtime).
		#[pallet::constant]
		type MaxMotionDuration: Get<BlockNumberFor<Self>>;
		/// Vetoes that close a proposal (3 in the runtime).
		#[pallet::constant]
		type MinVetos: Get<u32>;
		/// Most council members (bound of a proposal's veto list; at least `MinVetos`).
		#[pallet::constant]
		type MaxCouncilMembers: Get<u32>;
		/// Most live proposals (bound of [`ProposalList`]).
		#[pallet::constant]
		type MaxProposals: Get<u32>;
		/// Most farms voting on one proposal.
		#[pallet::constant]
		type MaxVotesPerProposal: Get<u32>;
		/// Most nodes in a farm (the registry's bound): a vote is charged for reading that many.
		#[pallet::constant]
		type MaxFarmNodes: Get<u32>;
		/// Longest description, in bytes.
		#[pallet::constant]
		type MaxDescriptionLength: Get<u32>;
		/// Longest link, in bytes.
		#[pallet::constant]
		type MaxLinkLength: Get<u32>;
		/// Longest encoded call of a proposal, in bytes.
		#[pallet::constant]
		type MaxProposalLength: Get<u32>;
		/// Most weight a proposal's call may declare (charged with `close`).
		#[pallet::constant]
		type MaxProposalWeight: Get<Weight>;
		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;
		/// Makes farms with nodes for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// The hashes of the live proposals, oldest first.
	#[pallet::storage]
	pub type ProposalList<T: Config> =
		StorageValue<_, BoundedVec<T::Hash, T::MaxProposals>, ValueQuery>;

	/// Index, description and link of each live proposal.
	#[pallet::storage]
	pub type Proposals<T: Config> = StorageMap<_, Identity, T::Hash, DaoProposalOf<T>, OptionQuery>;

	/// The call of each live proposal.
	#[pallet::storage]
	pub type ProposalOf<T: Config> =
		StorageMap<_, Identity, T::Hash, BoundedProposalOf<T>, OptionQuery>;

	/// The vote state of each live proposal.
	#[pallet::storage]
	pub type Voting<T: Config> = StorageMap<_, Identity, T::Hash, DaoVotesOf<T>, OptionQuery>;

	/// Proposals made so far (the next proposal's index).
	#[pallet::storage]
	pub type ProposalCount<T: Config> = StorageValue<_, u32, ValueQuery>;

	/// The weight computed at each farm's latest vote (information only: votes recompute it).
	#[pallet::storage]
	pub type FarmWeight<T: Config> = StorageMap<_, Identity, u32, u64, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A farm voted (`account` is the farm's owner); `yes` / `no` are the vote counts after it.
		Voted { account: T::AccountId, proposal_hash: T::Hash, voted: bool, yes: u32, no: u32 },
		/// A council member proposed a call.
		Proposed {
			account: T::AccountId,
			proposal_index: ProposalIndex,
			proposal_hash: T::Hash,
			threshold: u32,
		},
		/// A closed proposal was approved; its call is dispatched next.
		Approved { proposal_hash: T::Hash },
		/// A proposal was closed without running its call (votes, or council vetoes).
		Disapproved { proposal_hash: T::Hash },
		/// An approved proposal's call ran as Root; `result` is its outcome.
		Executed { proposal_hash: T::Hash, result: DispatchResult },
		/// A proposal was closed: vote counts and total weights on each side.
		Closed { proposal_hash: T::Hash, yes: u32, yes_weight: u64, no: u32, no_weight: u64 },
		/// Enough council members vetoed a proposal: it is closed (and disapproved).
		ClosedByCouncil { proposal_hash: T::Hash, vetos: Vec<T::AccountId> },
		/// A council member vetoed a proposal.
		CouncilMemberVeto { proposal_hash: T::Hash, who: T::AccountId },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// Unused (kept for TFChain's error indices).
		NoneValue,
		/// A counter or list would overflow.
		StorageOverflow,
		/// The farm does not exist.
		FarmNotExists,
		/// The caller is not a council member.
		NotCouncilMember,
		/// The proposal's call encodes in more than `MaxProposalLength` bytes.
		WrongProposalLength,
		/// A live proposal already has this call.
		DuplicateProposal,
		/// The caller does not own the farm.
		NotAuthorizedToVote,
		/// No live proposal has this hash.
		ProposalMissing,
		/// The proposal index does not match the proposal.
		WrongIndex,
		/// The farm already voted on this proposal.
		DuplicateVote,
		/// The council member already vetoed this proposal.
		DuplicateVeto,
		/// The proposal's call declares more than `MaxProposalWeight`.
		WrongProposalWeight,
		/// Unused (kept for TFChain's error indices).
		TooEarly,
		/// The proposal's voting period is over.
		TimeLimitReached,
		/// The voting period is not over and fewer farms than the threshold voted.
		OngoingVoteAndTresholdStillNotMet,
		/// The farm has no nodes with capacity, so no voting weight.
		FarmHasNoNodes,
		/// The duration is 0 or longer than `MaxMotionDuration`.
		InvalidProposalDuration,
		/// The description is longer than `MaxDescriptionLength`.
		DescriptionTooLong,
		/// The link is longer than `MaxLinkLength`.
		LinkTooLong,
		/// `MaxProposals` proposals are live already.
		TooManyProposals,
		/// `MaxVotesPerProposal` farms voted on this proposal already.
		TooManyVotes,
		/// The threshold is above `MaxVotesPerProposal`, so no vote count could reach it.
		ThresholdTooHigh,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}

		fn integrity_test() {
			assert!(!T::MotionDuration::get().is_zero(), "Dao: MotionDuration must not be 0");
			assert!(
				T::MotionDuration::get() <= T::MaxMotionDuration::get(),
				"Dao: MotionDuration must not exceed MaxMotionDuration"
			);
			assert!(T::MinVetos::get() > 0, "Dao: MinVetos must be at least 1");
			assert!(
				T::MinVetos::get() <= T::MaxCouncilMembers::get(),
				"Dao: MinVetos must not exceed MaxCouncilMembers"
			);
			assert!(T::MaxProposals::get() > 0, "Dao: MaxProposals must be at least 1");
			assert!(T::MaxVotesPerProposal::get() > 0, "Dao: MaxVotesPerProposal must be >= 1");
			assert!(T::MaxFarmNodes::get() > 0, "Dao: MaxFarmNodes must be at least 1");
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Propose `action` to the farmers (a council member). The vote is open for `duration`
		/// blocks (default `MotionDuration`); it can pass once `threshold` farms voted.
		#[pallet::call_index(0)]
		#[pallet::weight((T::WeightInfo::propose(), DispatchClass::Operational))]
		pub fn propose(
			origin: OriginFor<T>,
			#[pallet::compact] threshold: u32,
			action: Box<<T as Config>::Proposal>,
			description: Vec<u8>,
			link: Vec<u8>,
			duration: Option<BlockNumberFor<T>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::ensure_council_member(&who)?;
			Self::do_propose(who, threshold, *action, description, link, duration).map(|_| ())
		}

		/// Vote with farm `farm_id` (its owner) on a live proposal, once. Free when it succeeds;
		/// charged for the farm's real node count.
		#[pallet::call_index(1)]
		#[pallet::weight((T::WeightInfo::vote(T::MaxFarmNodes::get()), DispatchClass::Operational))]
		pub fn vote(
			origin: OriginFor<T>,
			farm_id: u32,
			proposal_hash: T::Hash,
			approve: bool,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			Self::do_vote(who, farm_id, proposal_hash, approve)
		}

		/// Veto a live proposal (a council member, once); `MinVetos` vetoes close it. Free.
		#[pallet::call_index(2)]
		#[pallet::weight((T::WeightInfo::veto(), DispatchClass::Operational))]
		pub fn veto(origin: OriginFor<T>, proposal_hash: T::Hash) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			Self::ensure_council_member(&who)?;
			Self::do_veto(who, proposal_hash)?;
			Ok(Pays::No.into())
		}

		/// Close a proposal (a council member): once its threshold is reached, or after its
		/// voting period. An approved proposal's call runs as Root. Free; charged `close` plus
		/// the weight the call used.
		#[pallet::call_index(3)]
		#[pallet::weight((
			T::WeightInfo::close().saturating_add(T::MaxProposalWeight::get()),
			DispatchClass::Operational
		))]
		pub fn close(
			origin: OriginFor<T>,
			proposal_hash: T::Hash,
			#[pallet::compact] proposal_index: ProposalIndex,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			Self::ensure_council_member(&who)?;
			let action_weight = Self::do_close(proposal_hash, proposal_index)?;
			Ok(PostDispatchInfo {
				actual_weight: Some(T::WeightInfo::close().saturating_add(action_weight)),
				pays_fee: Pays::No,
			})
		}
	}

	impl<T: Config> Pallet<T> {
		/// Fails with `NotCouncilMember` unless `who` is on the council.
		pub fn ensure_council_member(who: &T::AccountId) -> DispatchResult {
			ensure!(T::CouncilMembership::contains(who), Error::<T>::NotCouncilMember);
			Ok(())
		}
	}
}
