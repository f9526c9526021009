//! `close`: when it is allowed, how the result is decided, the call running as Root once.

use super::*;
use crate::{Error, ProposalCount, ProposalList, ProposalOf, Proposals, Voting};
use frame_support::{
	assert_noop,
	dispatch::{GetDispatchInfo, Pays},
};
use sp_runtime::DispatchError;

fn close_weight() -> frame_support::weights::Weight {
	<() as crate::WeightInfo>::close()
}

fn assert_gone(hash: H256) {
	assert!(!ProposalList::<Test>::get().contains(&hash));
	assert!(ProposalOf::<Test>::get(hash).is_none());
	assert!(Proposals::<Test>::get(hash).is_none());
	assert!(Voting::<Test>::get(hash).is_none());
}

#[test]
fn an_approved_proposal_runs_its_call_as_root() {
	run_test(|| {
		let call = set_storage(b"approved");
		let hash = propose(1, 2, call.clone());
		vote(20, 2, hash, true);
		vote(10, 1, hash, false);
		let before = dao_events().len();

		let info = Dao::close(signed(3), hash, 0).expect("closed");
		assert_eq!(test_storage(), Some(b"approved".to_vec()));
		assert_gone(hash);
		assert_eq!(ProposalCount::<Test>::get(), 1);
		assert_eq!(
			dao_events()[before..].to_vec(),
			vec![
				Event::Closed { proposal_hash: hash, yes: 1, yes_weight: 70, no: 1, no_weight: 4 },
				Event::Approved { proposal_hash: hash },
				Event::Executed { proposal_hash: hash, result: Ok(()) },
			]
		);
		assert_eq!(info.pays_fee, Pays::No);
		assert_eq!(
			info.actual_weight,
			Some(close_weight().saturating_add(call.get_dispatch_info().call_weight))
		);
	});
}

#[test]
fn the_call_runs_exactly_once() {
	run_test(|| {
		let hash = propose(1, 1, set_storage(b"once"));
		vote(10, 1, hash, true);
		assert_ok!(Dao::close(signed(1), hash, 0));
		assert_noop!(Dao::close(signed(1), hash, 0), Error::<Test>::ProposalMissing);
		let executed = dao_events()
			.into_iter()
			.filter(|event| matches!(event, Event::Executed { .. }))
			.count();
		assert_eq!(executed, 1);
	});
}

#[test]
fn a_failing_call_is_reported_and_the_proposal_still_closes() {
	run_test(|| {
		// `remark_with_event` needs a signed origin, so as Root it fails.
		let call = RuntimeCall::System(frame_system::Call::remark_with_event { remark: vec![1] });
		let hash = propose(1, 1, call);
		vote(10, 1, hash, true);
		assert_ok!(Dao::close(signed(1), hash, 0));
		assert_gone(hash);
		assert_eq!(
			last_dao_event(),
			Event::Executed { proposal_hash: hash, result: Err(DispatchError::BadOrigin) }
		);
	});
}

#[test]
fn closing_early_needs_the_threshold() {
	run_test(|| {
		let hash = propose(1, 2, set_storage(b"x"));
		vote(10, 1, hash, true);
		assert_noop!(
			Dao::close(signed(1), hash, 0),
			Error::<Test>::OngoingVoteAndTresholdStillNotMet
		);
		vote(20, 2, hash, true);
		assert_ok!(Dao::close(signed(1), hash, 0));
		assert_eq!(test_storage(), Some(b"x".to_vec()));
	});
}

#[test]
fn after_the_end_below_the_threshold_is_disapproved() {
	run_test(|| {
		let hash = propose(1, 2, set_storage(b"x"));
		vote(20, 2, hash, true);
		go_to(1 + MOTION_DURATION);
		let before = dao_events().len();
		let info = Dao::close(signed(1), hash, 0).expect("closed");
		assert_eq!(test_storage(), None);
		assert_gone(hash);
		assert_eq!(
			dao_events()[before..].to_vec(),
			vec![
				Event::Closed { proposal_hash: hash, yes: 1, yes_weight: 70, no: 0, no_weight: 0 },
				Event::Disapproved { proposal_hash: hash },
			]
		);
		assert_eq!(info.actual_weight, Some(close_weight()));
	});
}

#[test]
fn after_the_end_with_no_votes_is_disapproved() {
	run_test(|| {
		let hash = propose(1, 0, set_storage(b"x"));
		go_to(1 + MOTION_DURATION);
		assert_ok!(Dao::close(signed(1), hash, 0));
		assert_eq!(test_storage(), None);
		assert_eq!(last_dao_event(), Event::Disapproved { proposal_hash: hash });
	});
}

#[test]
fn more_weight_against_or_a_tie_is_disapproved() {
	run_test(|| {
		let against = propose(1, 2, set_storage(b"a"));
		vote(10, 1, against, true);
		vote(20, 2, against, false);
		assert_ok!(Dao::close(signed(1), against, 0));
		assert_eq!(last_dao_event(), Event::Disapproved { proposal_hash: against });

		let tie = propose(1, 2, set_storage(b"b"));
		vote(10, 1, tie, true);
		vote(60, 6, tie, false);
		assert_ok!(Dao::close(signed(1), tie, 1));
		assert_eq!(last_dao_event(), Event::Disapproved { proposal_hash: tie });
		assert_eq!(test_storage(), None);
	});
}

#[test]
fn the_more_numerous_side_loses_to_the_heavier_one() {
	run_test(|| {
		let hash = propose(1, 3, set_storage(b"heavy"));
		vote(10, 1, hash, false);
		vote(60, 6, hash, false);
		vote(20, 2, hash, true);
		assert_ok!(Dao::close(signed(1), hash, 0));
		assert_eq!(test_storage(), Some(b"heavy".to_vec()));
	});
}

#[test]
fn declared_weight_includes_the_largest_call() {
	run_test(|| {
		let call = crate::Call::<Test>::close { proposal_hash: H256::zero(), proposal_index: 0 };
		let info = call.get_dispatch_info();
		assert_eq!(info.call_weight, close_weight().saturating_add(MaxProposalWeight::get()));
		assert_eq!(info.class, frame_support::dispatch::DispatchClass::Operational);
	});
}

#[test]
fn unsigned_origins_are_refused() {
	run_test(|| {
		let hash = propose(1, 0, remark(1));
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::none()] {
			assert_noop!(Dao::close(origin, hash, 0), DispatchError::BadOrigin);
		}
	});
}

#[test]
fn only_council_members_close() {
	run_test(|| {
		let hash = propose(1, 0, remark(1));
		assert_noop!(Dao::close(signed(10), hash, 0), Error::<Test>::NotCouncilMember);
	});
}

#[test]
fn an_unknown_proposal_is_refused() {
	run_test(|| {
		assert_noop!(
			Dao::close(signed(1), H256::repeat_byte(9), 0),
			Error::<Test>::ProposalMissing
		);
	});
}

#[test]
fn a_wrong_index_is_refused() {
	run_test(|| {
		propose(1, 0, remark(1));
		let hash = propose(1, 0, remark(2));
		assert_noop!(Dao::close(signed(1), hash, 0), Error::<Test>::WrongIndex);
		assert_ok!(Dao::close(signed(1), hash, 1));
	});
}
