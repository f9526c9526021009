//! Farm votes, weighted by the farm's capacity at vote time.

use crate::*;
use frame_support::{
	dispatch::{DispatchErrorWithPostInfo, DispatchResultWithPostInfo, Pays, PostDispatchInfo},
	ensure,
	traits::Get,
};

impl<T: Config> Pallet<T> {
	/// The voting weight of a farm now, from its nodes' registered resources: the sum over its
	/// nodes of `2·CU + SU` (saturating). Returns `(nodes visited, weight)`.
	pub fn farm_vote_weight(farm_id: u32) -> (u32, u64) {
		let mut weight = 0u64;
		let nodes = T::FarmVoting::for_each_node_resources(farm_id, &mut |resources| {
			weight = weight.saturating_add(node_weight(resources));
		});
		(nodes, weight)
	}

	/// `who` votes with farm `farm_id` on `proposal_hash`. Cheap checks first (farm, owner,
	/// proposal, period, duplicate, room); the farm's weight is computed last. A failure changes
	/// nothing and reports the weight actually spent; a success is free.
	pub fn do_vote(
		who: T::AccountId,
		farm_id: u32,
		proposal_hash: T::Hash,
		approve: bool,
	) -> DispatchResultWithPostInfo {
		let fail = |error: Error<T>, nodes: u32| DispatchErrorWithPostInfo {
			post_info: PostDispatchInfo {
				actual_weight: Some(T::WeightInfo::vote(nodes)),
				pays_fee: Pays::Yes,
			},
			error: error.into(),
		};

		let owner =
			T::FarmVoting::farm_owner(farm_id).ok_or_else(|| fail(Error::<T>::FarmNotExists, 0))?;
		ensure!(owner == who, fail(Error::<T>::NotAuthorizedToVote, 0));
		let mut voting =
			Voting::<T>::get(proposal_hash).ok_or_else(|| fail(Error::<T>::ProposalMissing, 0))?;
		ensure!(
			frame_system::Pallet::<T>::block_number() <= voting.end,
			fail(Error::<T>::TimeLimitReached, 0)
		);
		ensure!(!voting.has_voted(farm_id), fail(Error::<T>::DuplicateVote, 0));
		ensure!(
			voting.vote_count() < T::MaxVotesPerProposal::get(),
			fail(Error::<T>::TooManyVotes, 0)
		);

		let (nodes, weight) = Self::farm_vote_weight(farm_id);
		ensure!(weight > 0, fail(Error::<T>::FarmHasNoNodes, nodes));
		let vote = VoteWeight { farm_id, weight };
		let side = if approve { &mut voting.ayes } else { &mut voting.nays };
		side.try_push(vote).map_err(|_| fail(Error::<T>::TooManyVotes, nodes))?;

		let yes = u32::try_from(voting.ayes.len()).unwrap_or(u32::MAX);
		let no = u32::try_from(voting.nays.len()).unwrap_or(u32::MAX);
		Voting::<T>::insert(proposal_hash, voting);
		FarmWeight::<T>::insert(farm_id, weight);
		Self::deposit_event(Event::Voted { account: who, proposal_hash, voted: approve, yes, no });

		Ok(PostDispatchInfo { actual_weight: Some(T::WeightInfo::vote(nodes)), pays_fee: Pays::No })
	}
}
