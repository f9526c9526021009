//! `do_try_state` catching each kind of corruption.

use super::*;
use crate::{ProposalList, ProposalOf, Proposals, VoteWeight, Voting};

fn corrupted(change: impl FnOnce(H256)) {
	new_test_ext().execute_with(|| {
		let hash = propose(1, 1, remark(1));
		vote(10, 1, hash, true);
		Dao::do_try_state().expect("consistent before");
		change(hash);
		assert!(Dao::do_try_state().is_err());
	});
}

#[test]
fn a_listed_proposal_without_its_call() {
	corrupted(ProposalOf::<Test>::remove);
}

#[test]
fn a_listed_proposal_without_its_description() {
	corrupted(Proposals::<Test>::remove);
}

#[test]
fn a_listed_proposal_without_its_votes() {
	corrupted(Voting::<Test>::remove);
}

#[test]
fn an_unlisted_proposal() {
	corrupted(|_| ProposalList::<Test>::kill());
}

#[test]
fn a_hash_listed_twice() {
	corrupted(|hash| ProposalList::<Test>::mutate(|list| list.try_push(hash).unwrap()));
}

#[test]
fn a_farm_on_both_sides() {
	corrupted(|hash| {
		Voting::<Test>::mutate(hash, |voting| {
			let voting = voting.as_mut().unwrap();
			voting.nays.try_push(VoteWeight { farm_id: 1, weight: 4 }).unwrap();
		})
	});
}

#[test]
fn a_vote_without_weight() {
	corrupted(|hash| {
		Voting::<Test>::mutate(hash, |voting| {
			voting.as_mut().unwrap().ayes[0].weight = 0;
		})
	});
}

#[test]
fn too_many_vetoes() {
	corrupted(|hash| {
		Voting::<Test>::mutate(hash, |voting| {
			let voting = voting.as_mut().unwrap();
			for who in 1..=MIN_VETOS as u64 {
				voting.vetos.try_push(who).unwrap();
			}
		})
	});
}

#[test]
fn a_repeated_veto() {
	corrupted(|hash| {
		Voting::<Test>::mutate(hash, |voting| {
			let voting = voting.as_mut().unwrap();
			voting.vetos.try_push(1).unwrap();
			voting.vetos.try_push(1).unwrap();
		})
	});
}

#[test]
fn an_index_beyond_the_counter() {
	corrupted(|_| crate::ProposalCount::<Test>::put(0));
}

#[test]
fn mismatched_indices() {
	corrupted(|hash| {
		Proposals::<Test>::mutate(hash, |proposal| proposal.as_mut().unwrap().index = 5);
		crate::ProposalCount::<Test>::put(10);
	});
}
