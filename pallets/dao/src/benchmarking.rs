//! Benchmarks (v2) for every call, each at the worst case of its bounds:
//! - `propose`: `MaxProposals - 1` live proposals, the longest description and link, a call of
//!   `MaxProposalLength` bytes;
//! - `vote(n)`: a farm of `n` nodes, a proposal with `MaxVotesPerProposal - 1` votes none of
//!   which is the farm's (the duplicate scan reads them all);
//! - `veto`: the `MinVetos`-th veto, closing a proposal with a full vote list out of a full
//!   proposal list;
//! - `close`: a full proposal list, a full vote list, approved, running a call of
//!   `MaxProposalLength` bytes (`System.remark`; the call's own weight is added at dispatch
//!   from its declaration).

use super::*;
use alloc::{boxed::Box, vec, vec::Vec};
use codec::Encode;
use frame_benchmarking::v2::*;
use frame_support::traits::{Get, SortedMembers};
use frame_system::RawOrigin;

/// A council member made for the benchmarks.
fn council_member<T: Config>(i: u32) -> T::AccountId {
	let who: T::AccountId = account("council", i, 0);
	T::CouncilMembership::add(&who);
	who
}

/// A `System.remark` call encoding in exactly (or just under) `MaxProposalLength` bytes, made
/// distinct by `seed`.
fn longest_action<T: Config>(seed: u32) -> <T as Config>::Proposal {
	let max = T::MaxProposalLength::get() as usize;
	let make = |len: usize| -> <T as Config>::Proposal {
		let mut remark = vec![0u8; len];
		for (byte, seed_byte) in remark.iter_mut().zip(seed.to_le_bytes()) {
			*byte = seed_byte;
		}
		frame_system::Call::<T>::remark { remark }.into()
	};
	let mut len = max;
	loop {
		let call = make(len);
		let size = call.encoded_size();
		if size <= max || len == 0 {
			return call;
		}
		len = len.saturating_sub(size - max);
	}
}

/// `count` proposals by `proposer`, each with the longest call; returns their hashes.
fn fill_proposals<T: Config>(
	proposer: &T::AccountId,
	count: u32,
	first_seed: u32,
) -> Result<Vec<T::Hash>, BenchmarkError> {
	let mut hashes = Vec::new();
	for i in 0..count {
		let hash = Pallet::<T>::do_propose(
			proposer.clone(),
			1,
			longest_action::<T>(first_seed.saturating_add(i)),
			vec![b'd'; T::MaxDescriptionLength::get() as usize],
			vec![b'l'; T::MaxLinkLength::get() as usize],
			None,
		)
		.map_err(|_| BenchmarkError::Stop("propose failed"))?;
		hashes.push(hash);
	}
	Ok(hashes)
}

/// Adds `count` votes of made-up farms (ids from `u32::MAX` down) to a proposal, ayes weighing
/// more than nays.
fn fill_votes<T: Config>(hash: &T::Hash, count: u32) -> Result<(), BenchmarkError> {
	Voting::<T>::try_mutate(hash, |voting| -> Result<(), BenchmarkError> {
		let voting = voting.as_mut().ok_or(BenchmarkError::Stop("no proposal"))?;
		for i in 0..count {
			let farm_id = u32::MAX - i;
			let pushed = if i % 2 == 0 {
				voting.ayes.try_push(VoteWeight { farm_id, weight: 2_000 })
			} else {
				voting.nays.try_push(VoteWeight { farm_id, weight: 1_000 })
			};
			pushed.map_err(|_| BenchmarkError::Stop("votes bound"))?;
		}
		Ok(())
	})
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn propose() -> Result<(), BenchmarkError> {
		let caller = council_member::<T>(0);
		fill_proposals::<T>(&caller, T::MaxProposals::get() - 1, 0)?;
		let action = longest_action::<T>(u32::MAX);
		let description = vec![b'd'; T::MaxDescriptionLength::get() as usize];
		let link = vec![b'l'; T::MaxLinkLength::get() as usize];

		#[extrinsic_call]
		_(
			RawOrigin::Signed(caller),
			T::MaxVotesPerProposal::get(),
			Box::new(action),
			description,
			link,
			Some(T::MaxMotionDuration::get()),
		);

		assert_eq!(ProposalList::<T>::get().len() as u32, T::MaxProposals::get());
		Ok(())
	}

	#[benchmark]
	fn vote(n: Linear<1, { T::MaxFarmNodes::get() }>) -> Result<(), BenchmarkError> {
		let proposer = council_member::<T>(0);
		let hash = fill_proposals::<T>(&proposer, 1, 0)?
			.pop()
			.ok_or(BenchmarkError::Stop("no proposal"))?;
		fill_votes::<T>(&hash, T::MaxVotesPerProposal::get() - 1)?;
		let farmer: T::AccountId = account("farmer", 0, 0);
		let farm_id = T::BenchmarkHelper::farm_with_nodes(&farmer, n);

		#[extrinsic_call]
		_(RawOrigin::Signed(farmer), farm_id, hash, true);

		let voting = Voting::<T>::get(hash).ok_or(BenchmarkError::Stop("no proposal"))?;
		assert_eq!(voting.vote_count(), T::MaxVotesPerProposal::get());
		Ok(())
	}

	#[benchmark]
	fn veto() -> Result<(), BenchmarkError> {
		let proposer = council_member::<T>(0);
		let hashes = fill_proposals::<T>(&proposer, T::MaxProposals::get(), 0)?;
		let hash = *hashes.last().ok_or(BenchmarkError::Stop("no proposal"))?;
		fill_votes::<T>(&hash, T::MaxVotesPerProposal::get())?;
		for i in 1..T::MinVetos::get() {
			let member = council_member::<T>(i);
			Pallet::<T>::do_veto(member, hash).map_err(|_| BenchmarkError::Stop("veto"))?;
		}
		let caller = council_member::<T>(T::MinVetos::get());

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), hash);

		assert!(Voting::<T>::get(hash).is_none());
		assert_eq!(ProposalList::<T>::get().len() as u32, T::MaxProposals::get() - 1);
		Ok(())
	}

	#[benchmark]
	fn close() -> Result<(), BenchmarkError> {
		let caller = council_member::<T>(0);
		let hashes = fill_proposals::<T>(&caller, T::MaxProposals::get(), 0)?;
		let hash = *hashes.last().ok_or(BenchmarkError::Stop("no proposal"))?;
		fill_votes::<T>(&hash, T::MaxVotesPerProposal::get())?;
		let index = Proposals::<T>::get(hash).ok_or(BenchmarkError::Stop("no proposal"))?.index;

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), hash, index);

		assert!(ProposalOf::<T>::get(hash).is_none());
		assert_eq!(ProposalList::<T>::get().len() as u32, T::MaxProposals::get() - 1);
		frame_system::Pallet::<T>::assert_last_event(
			<T as frame_system::Config>::RuntimeEvent::from(Event::<T>::Executed {
				proposal_hash: hash,
				result: Ok(()),
			}),
		);
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
