//! Consistency checks run by `try_state` (try-runtime) and after every unit test.

#[cfg(any(feature = "try-runtime", test))]
use {
	crate::*,
	alloc::collections::BTreeSet,
	frame_support::{ensure, traits::Get},
	sp_runtime::{traits::Hash, TryRuntimeError},
};

#[cfg(any(feature = "try-runtime", test))]
impl<T: Config> Pallet<T> {
	/// Checks that:
	/// - [`ProposalList`] holds distinct hashes, and each has its [`ProposalOf`], [`Proposals`]
	///   and [`Voting`] entry, and no other entries exist in those maps;
	/// - the stored call hashes to its key; description and vote state carry the same index,
	///   below [`ProposalCount`];
	/// - no farm appears twice in a proposal's votes (so `ayes` and `nays` are disjoint and the
	///   vote count is the number of distinct farms that voted), at most `MaxVotesPerProposal`
	///   votes, every vote with a positive weight;
	/// - vetoes are distinct and fewer than `MinVetos` (the veto reaching it closes the
	///   proposal), hence within the council-size bound.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let list = ProposalList::<T>::get();
		let listed: BTreeSet<T::Hash> = list.iter().copied().collect();
		ensure!(listed.len() == list.len(), "ProposalList holds a hash twice");
		let count = ProposalCount::<T>::get();

		for hash in list.iter() {
			let call = ProposalOf::<T>::get(hash).ok_or("listed proposal without ProposalOf")?;
			ensure!(T::Hashing::hash_of(call.call()) == *hash, "ProposalOf not keyed by its hash");
			let proposal = Proposals::<T>::get(hash).ok_or("listed proposal without Proposals")?;
			let voting = Voting::<T>::get(hash).ok_or("listed proposal without Voting")?;
			ensure!(proposal.index == voting.index, "Proposals and Voting disagree on the index");
			ensure!(proposal.index < count, "proposal index not below ProposalCount");

			let mut farms = BTreeSet::new();
			for vote in voting.ayes.iter().chain(voting.nays.iter()) {
				ensure!(farms.insert(vote.farm_id), "a farm voted twice on a proposal");
				ensure!(vote.weight > 0, "a vote with weight 0");
			}
			ensure!(
				voting.vote_count() <= T::MaxVotesPerProposal::get(),
				"more votes than MaxVotesPerProposal"
			);

			let vetoes: BTreeSet<&T::AccountId> = voting.vetos.iter().collect();
			ensure!(vetoes.len() == voting.vetos.len(), "a council member vetoed twice");
			ensure!(
				(voting.vetos.len() as u64) < u64::from(T::MinVetos::get()),
				"a live proposal has MinVetos vetoes"
			);
		}

		for hash in ProposalOf::<T>::iter_keys() {
			ensure!(listed.contains(&hash), "ProposalOf entry not in ProposalList");
		}
		for hash in Proposals::<T>::iter_keys() {
			ensure!(listed.contains(&hash), "Proposals entry not in ProposalList");
		}
		for hash in Voting::<T>::iter_keys() {
			ensure!(listed.contains(&hash), "Voting entry not in ProposalList");
		}
		Ok(())
	}
}
