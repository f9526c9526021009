//! Proposing, vetoing and closing proposals.

use crate::*;
use alloc::vec::Vec;
use frame_support::{
	dispatch::{DispatchResult, GetDispatchInfo},
	ensure,
	pallet_prelude::*,
	BoundedVec,
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{Dispatchable, Hash, Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// Stores a new proposal of `action` by `who` (the caller checked `who` is on the council)
	/// and returns its hash. Checks everything before writing: threshold, description and link
	/// lengths, the call's length and declared weight, the duration, duplicates, room in
	/// [`ProposalList`] and the index counter.
	pub fn do_propose(
		who: T::AccountId,
		threshold: u32,
		action: <T as Config>::Proposal,
		description: Vec<u8>,
		link: Vec<u8>,
		duration: Option<BlockNumberFor<T>>,
	) -> Result<T::Hash, DispatchError> {
		ensure!(threshold <= T::MaxVotesPerProposal::get(), Error::<T>::ThresholdTooHigh);
		let description: BoundedVec<u8, T::MaxDescriptionLength> =
			description.try_into().map_err(|_| Error::<T>::DescriptionTooLong)?;
		let link: BoundedVec<u8, T::MaxLinkLength> =
			link.try_into().map_err(|_| Error::<T>::LinkTooLong)?;

		let proposal_hash = T::Hashing::hash_of(&action);
		let declared = action.get_dispatch_info().call_weight;
		let action = BoundedProposalOf::<T>::new(action).ok_or(Error::<T>::WrongProposalLength)?;
		ensure!(declared.all_lte(T::MaxProposalWeight::get()), Error::<T>::WrongProposalWeight);

		let duration = duration.unwrap_or_else(T::MotionDuration::get);
		ensure!(
			!duration.is_zero() && duration <= T::MaxMotionDuration::get(),
			Error::<T>::InvalidProposalDuration
		);
		let end = frame_system::Pallet::<T>::block_number().saturating_add(duration);

		ensure!(!ProposalOf::<T>::contains_key(proposal_hash), Error::<T>::DuplicateProposal);
		let mut list = ProposalList::<T>::get();
		list.try_push(proposal_hash).map_err(|_| Error::<T>::TooManyProposals)?;
		let index = ProposalCount::<T>::get();
		let next = index.checked_add(1).ok_or(Error::<T>::StorageOverflow)?;

		ProposalCount::<T>::put(next);
		ProposalOf::<T>::insert(proposal_hash, action);
		Proposals::<T>::insert(proposal_hash, DaoProposal { index, description, link });
		Voting::<T>::insert(
			proposal_hash,
			DaoVotes {
				index,
				threshold,
				ayes: BoundedVec::new(),
				nays: BoundedVec::new(),
				end,
				vetos: BoundedVec::new(),
			},
		);
		ProposalList::<T>::put(list);

		Self::deposit_event(Event::Proposed {
			account: who,
			proposal_index: index,
			proposal_hash,
			threshold,
		});
		Ok(proposal_hash)
	}

	/// Records `who`'s veto (the caller checked `who` is on the council); the `MinVetos`-th
	/// veto closes the proposal without running it.
	pub fn do_veto(who: T::AccountId, proposal_hash: T::Hash) -> DispatchResult {
		let mut voting = Voting::<T>::get(proposal_hash).ok_or(Error::<T>::ProposalMissing)?;
		ensure!(!voting.vetos.contains(&who), Error::<T>::DuplicateVeto);
		voting.vetos.try_push(who.clone()).map_err(|_| Error::<T>::StorageOverflow)?;

		let vetoes = u32::try_from(voting.vetos.len()).unwrap_or(u32::MAX);
		Self::deposit_event(Event::CouncilMemberVeto { proposal_hash, who });
		if vetoes >= T::MinVetos::get() {
			Self::remove_proposal(&proposal_hash);
			Self::deposit_event(Event::ClosedByCouncil {
				proposal_hash,
				vetos: voting.vetos.into_inner(),
			});
			Self::deposit_event(Event::Disapproved { proposal_hash });
		} else {
			Voting::<T>::insert(proposal_hash, voting);
		}
		Ok(())
	}

	/// Closes proposal `proposal_hash` (the caller checked the council membership): allowed once
	/// `threshold` farms voted, or from the end block on. Removes the proposal, then, when
	/// approved (votes ≥ threshold and yes-weight > no-weight), dispatches its call as Root.
	/// Returns the weight the call used (zero when disapproved).
	pub fn do_close(
		proposal_hash: T::Hash,
		proposal_index: ProposalIndex,
	) -> Result<Weight, DispatchError> {
		let voting = Voting::<T>::get(proposal_hash).ok_or(Error::<T>::ProposalMissing)?;
		ensure!(voting.index == proposal_index, Error::<T>::WrongIndex);
		let votes = voting.vote_count();
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			votes >= voting.threshold || now >= voting.end,
			Error::<T>::OngoingVoteAndTresholdStillNotMet
		);
		let action = ProposalOf::<T>::get(proposal_hash).ok_or(Error::<T>::ProposalMissing)?;

		let yes_weight = voting.yes_weight();
		let no_weight = voting.no_weight();
		let approved = votes >= voting.threshold && yes_weight > no_weight;

		// Gone before the call runs: whatever the call does, it cannot find this proposal again.
		Self::remove_proposal(&proposal_hash);
		Self::deposit_event(Event::Closed {
			proposal_hash,
			yes: u32::try_from(voting.ayes.len()).unwrap_or(u32::MAX),
			yes_weight,
			no: u32::try_from(voting.nays.len()).unwrap_or(u32::MAX),
			no_weight,
		});
		if !approved {
			Self::deposit_event(Event::Disapproved { proposal_hash });
			return Ok(Weight::zero());
		}

		Self::deposit_event(Event::Approved { proposal_hash });
		let call = action.into_call();
		let declared = call.get_dispatch_info().call_weight;
		let outcome = call.dispatch(frame_system::RawOrigin::Root.into());
		let used = match &outcome {
			Ok(info) => info.actual_weight,
			Err(error) => error.post_info.actual_weight,
		}
		.map_or(declared, |actual| actual.min(declared));
		Self::deposit_event(Event::Executed {
			proposal_hash,
			result: outcome.map(|_| ()).map_err(|error| error.error),
		});
		Ok(used)
	}

	/// Removes every trace of a proposal: its call, description, vote state and list entry.
	pub(crate) fn remove_proposal(proposal_hash: &T::Hash) {
		ProposalOf::<T>::remove(proposal_hash);
		Proposals::<T>::remove(proposal_hash);
		Voting::<T>::remove(proposal_hash);
		ProposalList::<T>::mutate(|list| list.retain(|hash| hash != proposal_hash));
	}
}
