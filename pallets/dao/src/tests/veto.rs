//! `veto`: council members only, once each; the `MinVetos`-th veto closes the proposal.

use super::*;
use crate::{Error, ProposalList, ProposalOf, Proposals, Voting};
use frame_support::{assert_noop, dispatch::Pays};
use sp_runtime::DispatchError;

#[test]
fn a_veto_is_recorded() {
	run_test(|| {
		let hash = propose(1, 1, remark(1));
		let info = Dao::veto(signed(2), hash).expect("vetoed");
		assert_eq!(info.pays_fee, Pays::No);
		assert_eq!(Voting::<Test>::get(hash).unwrap().vetos.into_inner(), vec![2]);
		assert_eq!(last_dao_event(), Event::CouncilMemberVeto { proposal_hash: hash, who: 2 });
	});
}

#[test]
fn enough_vetoes_close_the_proposal_without_running_it() {
	run_test(|| {
		let hash = propose(1, 0, set_storage(b"vetoed"));
		vote(20, 2, hash, true);
		assert_ok!(Dao::veto(signed(1), hash));
		assert_ok!(Dao::veto(signed(2), hash));
		assert!(Voting::<Test>::get(hash).is_some());
		let before = dao_events().len();
		assert_ok!(Dao::veto(signed(3), hash));

		assert!(ProposalList::<Test>::get().is_empty());
		assert!(ProposalOf::<Test>::get(hash).is_none());
		assert!(Proposals::<Test>::get(hash).is_none());
		assert!(Voting::<Test>::get(hash).is_none());
		assert_eq!(test_storage(), None);
		assert_eq!(
			dao_events()[before..].to_vec(),
			vec![
				Event::CouncilMemberVeto { proposal_hash: hash, who: 3 },
				Event::ClosedByCouncil { proposal_hash: hash, vetos: vec![1, 2, 3] },
				Event::Disapproved { proposal_hash: hash },
			]
		);
		assert_noop!(Dao::close(signed(1), hash, 0), Error::<Test>::ProposalMissing);
	});
}

#[test]
fn vetoing_after_the_end_is_allowed() {
	run_test(|| {
		let hash = propose(1, 1, remark(1));
		go_to(1_000);
		assert_ok!(Dao::veto(signed(4), hash));
	});
}

#[test]
fn unsigned_origins_are_refused() {
	run_test(|| {
		let hash = propose(1, 1, remark(1));
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::none()] {
			assert_noop!(Dao::veto(origin, hash), DispatchError::BadOrigin);
		}
	});
}

#[test]
fn only_council_members_veto() {
	run_test(|| {
		let hash = propose(1, 1, remark(1));
		assert_noop!(Dao::veto(signed(10), hash), Error::<Test>::NotCouncilMember);
	});
}

#[test]
fn an_unknown_proposal_is_refused() {
	run_test(|| {
		assert_noop!(Dao::veto(signed(1), H256::repeat_byte(3)), Error::<Test>::ProposalMissing);
	});
}

#[test]
fn a_member_vetoes_once() {
	run_test(|| {
		let hash = propose(1, 1, remark(1));
		assert_ok!(Dao::veto(signed(2), hash));
		assert_noop!(Dao::veto(signed(2), hash), Error::<Test>::DuplicateVeto);
	});
}

#[test]
fn a_veto_of_a_former_member_still_counts() {
	run_test(|| {
		let hash = propose(1, 1, remark(1));
		assert_ok!(Dao::veto(signed(5), hash));
		CouncilMembers::set(&vec![1, 2, 3, 4]);
		assert_noop!(Dao::veto(signed(5), hash), Error::<Test>::NotCouncilMember);
		assert_ok!(Dao::veto(signed(1), hash));
		assert_ok!(Dao::veto(signed(2), hash));
		assert!(Voting::<Test>::get(hash).is_none());
	});
}
