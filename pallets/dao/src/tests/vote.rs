//! `vote`: weights from the farm's capacity at vote time, one vote per farm, every refusal.

use super::*;
use crate::{node_weight, Error, FarmWeight, VoteWeight, Voting};
use frame_support::{
	assert_noop,
	dispatch::{DispatchResultWithPostInfo, GetDispatchInfo, Pays},
};
use sp_runtime::DispatchError;
use tfchain_support::types::Resources;

/// A vote refused with `error`, with the storage root unchanged (events included).
fn refused(call: impl FnOnce() -> DispatchResultWithPostInfo, error: Error<Test>) {
	let before = sp_io::storage::root(sp_runtime::StateVersion::V1);
	assert_eq!(call().map(|_| ()).map_err(|e| e.error), Err(error.into()));
	assert_eq!(sp_io::storage::root(sp_runtime::StateVersion::V1), before);
}

fn vote_weight(nodes: u32) -> frame_support::weights::Weight {
	<() as crate::WeightInfo>::vote(nodes)
}

#[test]
fn node_weight_is_two_cu_plus_su() {
	assert_eq!(node_weight(&small_node()), 4);
	assert_eq!(node_weight(&big_node()), 35);
	assert_eq!(node_weight(&Resources::default()), 0);
	// Half a CU and half an SU each count as a whole unit.
	assert_eq!(node_weight(&node(1, 2, 100, 0)), 3);
	// The largest node does not overflow.
	let max = Resources { hru: u64::MAX, sru: u64::MAX, cru: u64::MAX, mru: u64::MAX };
	assert_eq!(node_weight(&max), max.cu() * 2 + max.su());
}

#[test]
fn farm_weight_sums_its_nodes() {
	run_test(|| {
		assert_eq!(Dao::farm_vote_weight(1), (1, 4));
		assert_eq!(Dao::farm_vote_weight(2), (2, 70));
		assert_eq!(Dao::farm_vote_weight(3), (0, 0));
		assert_eq!(Dao::farm_vote_weight(4), (1, 0));
		assert_eq!(Dao::farm_vote_weight(999), (0, 0));
		let max = Resources { hru: u64::MAX, sru: u64::MAX, cru: u64::MAX, mru: u64::MAX };
		// The farm's sum saturates.
		set_farm(1, 10, vec![max; 600]);
		assert_eq!(Dao::farm_vote_weight(1), (600, u64::MAX));
	});
}

#[test]
fn an_aye_records_the_farms_weight() {
	run_test(|| {
		let hash = propose(1, 2, remark(1));
		let result = Dao::vote(signed(20), 2, hash, true);
		assert_ok!(result);
		let info = result.unwrap();
		assert_eq!(info.pays_fee, Pays::No);
		assert_eq!(info.actual_weight, Some(vote_weight(2)));

		let voting = Voting::<Test>::get(hash).unwrap();
		assert_eq!(voting.ayes.into_inner(), vec![VoteWeight { farm_id: 2, weight: 70 }]);
		assert!(voting.nays.is_empty());
		assert_eq!(FarmWeight::<Test>::get(2), 70);
		assert_eq!(
			last_dao_event(),
			Event::Voted { account: 20, proposal_hash: hash, voted: true, yes: 1, no: 0 }
		);
	});
}

#[test]
fn a_nay_is_recorded_on_the_other_side() {
	run_test(|| {
		let hash = propose(1, 2, remark(1));
		vote(20, 2, hash, true);
		vote(10, 1, hash, false);
		let voting = Voting::<Test>::get(hash).unwrap();
		assert_eq!(voting.nays.into_inner(), vec![VoteWeight { farm_id: 1, weight: 4 }]);
		assert_eq!(
			last_dao_event(),
			Event::Voted { account: 10, proposal_hash: hash, voted: false, yes: 1, no: 1 }
		);
	});
}

#[test]
fn one_owner_votes_with_each_of_its_farms() {
	run_test(|| {
		let hash = propose(1, 2, remark(1));
		vote(10, 1, hash, true);
		vote(10, 5, hash, true);
		assert_eq!(Voting::<Test>::get(hash).unwrap().ayes.len(), 2);
	});
}

#[test]
fn the_weight_is_computed_at_vote_time() {
	run_test(|| {
		let first = propose(1, 1, remark(1));
		let second = propose(1, 1, remark(2));
		vote(10, 1, first, true);
		// The farm gains a big node: its next vote weighs more, the earlier one is unchanged.
		set_farm(1, 10, vec![small_node(), big_node()]);
		vote(10, 1, second, true);
		assert_eq!(Voting::<Test>::get(first).unwrap().ayes[0].weight, 4);
		assert_eq!(Voting::<Test>::get(second).unwrap().ayes[0].weight, 39);
		assert_eq!(FarmWeight::<Test>::get(1), 39);
	});
}

#[test]
fn voting_is_allowed_up_to_the_end_block() {
	run_test(|| {
		let hash = propose(1, 1, remark(1));
		go_to(1 + MOTION_DURATION);
		vote(10, 1, hash, true);
	});
}

#[test]
fn declared_weight_covers_the_largest_farm() {
	run_test(|| {
		let call =
			crate::Call::<Test>::vote { farm_id: 1, proposal_hash: H256::zero(), approve: true };
		let info = call.get_dispatch_info();
		assert_eq!(info.call_weight, vote_weight(MAX_FARM_NODES));
		assert_eq!(info.class, frame_support::dispatch::DispatchClass::Operational);
	});
}

#[test]
fn unsigned_origins_are_refused() {
	run_test(|| {
		let hash = propose(1, 1, remark(1));
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::none()] {
			assert_noop!(Dao::vote(origin, 1, hash, true), DispatchError::BadOrigin);
		}
	});
}

#[test]
fn an_unknown_farm_is_refused() {
	run_test(|| {
		let hash = propose(1, 1, remark(1));
		refused(|| Dao::vote(signed(10), 999, hash, true), Error::<Test>::FarmNotExists);
	});
}

#[test]
fn only_the_farms_owner_votes() {
	run_test(|| {
		let hash = propose(1, 1, remark(1));
		refused(|| Dao::vote(signed(20), 1, hash, true), Error::<Test>::NotAuthorizedToVote);
		// A council member is no farmer either.
		refused(|| Dao::vote(signed(1), 1, hash, true), Error::<Test>::NotAuthorizedToVote);
	});
}

#[test]
fn an_unknown_proposal_is_refused() {
	run_test(|| {
		refused(
			|| Dao::vote(signed(10), 1, H256::repeat_byte(1), true),
			Error::<Test>::ProposalMissing,
		);
	});
}

#[test]
fn voting_after_the_end_is_refused() {
	run_test(|| {
		let hash = propose(1, 1, remark(1));
		go_to(2 + MOTION_DURATION);
		refused(|| Dao::vote(signed(10), 1, hash, true), Error::<Test>::TimeLimitReached);
	});
}

#[test]
fn a_farm_votes_once_either_way() {
	run_test(|| {
		let hash = propose(1, 1, remark(1));
		vote(10, 1, hash, true);
		refused(|| Dao::vote(signed(10), 1, hash, true), Error::<Test>::DuplicateVote);
		refused(|| Dao::vote(signed(10), 1, hash, false), Error::<Test>::DuplicateVote);
		let hash2 = propose(1, 1, remark(2));
		vote(10, 1, hash2, false);
		refused(|| Dao::vote(signed(10), 1, hash2, true), Error::<Test>::DuplicateVote);
	});
}

#[test]
fn votes_per_proposal_are_bounded() {
	run_test(|| {
		let hash = propose(1, 1, remark(1));
		// Farms 1, 2, 5, 6, 7 fill the five places.
		vote(10, 1, hash, true);
		vote(20, 2, hash, false);
		vote(10, 5, hash, true);
		vote(60, 6, hash, false);
		vote(70, 7, hash, true);
		refused(|| Dao::vote(signed(80), 8, hash, true), Error::<Test>::TooManyVotes);
	});
}

#[test]
fn a_farm_without_capacity_cannot_vote() {
	run_test(|| {
		let hash = propose(1, 1, remark(1));
		refused(|| Dao::vote(signed(30), 3, hash, true), Error::<Test>::FarmHasNoNodes);
		refused(|| Dao::vote(signed(40), 4, hash, false), Error::<Test>::FarmHasNoNodes);
	});
}

#[test]
fn failures_pay_for_what_they_read() {
	run_test(|| {
		let hash = propose(1, 1, remark(1));
		let early = Dao::vote(signed(10), 999, hash, true).unwrap_err();
		assert_eq!(early.post_info.actual_weight, Some(vote_weight(0)));
		assert_eq!(early.post_info.pays_fee, Pays::Yes);
		let late = Dao::vote(signed(40), 4, hash, true).unwrap_err();
		assert_eq!(late.post_info.actual_weight, Some(vote_weight(1)));
	});
}
