//! `propose`: what is stored, and every refusal (changing nothing).

use super::*;
use crate::{
	DaoProposal, Error, ProposalCount, ProposalList, ProposalOf, Proposals, VoteWeight, Voting,
};
use frame_support::{assert_noop, dispatch::GetDispatchInfo, weights::Weight};
use sp_runtime::DispatchError;

fn propose_with(
	who: AccountId,
	threshold: u32,
	call: RuntimeCall,
	description: Vec<u8>,
	link: Vec<u8>,
	duration: Option<u64>,
) -> frame_support::dispatch::DispatchResult {
	Dao::propose(signed(who), threshold, Box::new(call), description, link, duration)
}

#[test]
fn propose_stores_the_proposal_and_its_vote_state() {
	run_test(|| {
		go_to(7);
		let call = remark(1);
		assert_ok!(propose_with(
			2,
			3,
			call.clone(),
			b"raise prices".to_vec(),
			b"https://x".to_vec(),
			None
		));
		let hash = hash_of(&call);

		assert_eq!(ProposalList::<Test>::get().into_inner(), vec![hash]);
		assert_eq!(ProposalCount::<Test>::get(), 1);
		assert_eq!(ProposalOf::<Test>::get(hash).map(|p| p.into_call()), Some(call));
		let proposal = Proposals::<Test>::get(hash).expect("stored");
		assert_eq!(
			proposal,
			DaoProposal {
				index: 0,
				description: b"raise prices".to_vec().try_into().unwrap(),
				link: b"https://x".to_vec().try_into().unwrap(),
			}
		);
		let voting = Voting::<Test>::get(hash).expect("stored");
		assert_eq!(voting.index, 0);
		assert_eq!(voting.threshold, 3);
		assert!(voting.ayes.is_empty() && voting.nays.is_empty() && voting.vetos.is_empty());
		assert_eq!(voting.end, 7 + MOTION_DURATION);
		assert_eq!(
			last_dao_event(),
			Event::Proposed { account: 2, proposal_index: 0, proposal_hash: hash, threshold: 3 }
		);
	});
}

#[test]
fn indices_increase_and_the_list_keeps_order() {
	run_test(|| {
		let first = propose(1, 1, remark(1));
		let second = propose(2, 1, remark(2));
		assert_eq!(ProposalList::<Test>::get().into_inner(), vec![first, second]);
		assert_eq!(Proposals::<Test>::get(second).unwrap().index, 1);
		assert_eq!(Voting::<Test>::get(second).unwrap().index, 1);
		assert_eq!(ProposalCount::<Test>::get(), 2);
	});
}

#[test]
fn a_duration_sets_the_end_up_to_the_maximum() {
	run_test(|| {
		go_to(10);
		assert_ok!(propose_with(1, 1, remark(1), vec![], vec![], Some(1)));
		assert_eq!(Voting::<Test>::get(hash_of(&remark(1))).unwrap().end, 11);
		assert_ok!(propose_with(1, 1, remark(2), vec![], vec![], Some(MAX_MOTION_DURATION)));
		assert_eq!(Voting::<Test>::get(hash_of(&remark(2))).unwrap().end, 10 + MAX_MOTION_DURATION);
	});
}

#[test]
fn longest_description_and_link_and_highest_threshold_are_accepted() {
	run_test(|| {
		assert_ok!(propose_with(
			1,
			MAX_VOTES,
			remark(1),
			vec![b'd'; MAX_DESCRIPTION as usize],
			vec![b'l'; MAX_LINK as usize],
			None,
		));
		let stored = Proposals::<Test>::get(hash_of(&remark(1))).unwrap();
		assert_eq!(stored.description.len() as u32, MAX_DESCRIPTION);
		assert_eq!(stored.link.len() as u32, MAX_LINK);
	});
}

#[test]
fn propose_weight_and_class() {
	run_test(|| {
		let call = crate::Call::<Test>::propose {
			threshold: 1,
			action: Box::new(remark(1)),
			description: vec![],
			link: vec![],
			duration: None,
		};
		let info = call.get_dispatch_info();
		assert_eq!(info.call_weight, <() as crate::WeightInfo>::propose());
		assert_eq!(info.class, frame_support::dispatch::DispatchClass::Operational);
	});
}

#[test]
fn unsigned_origins_are_refused() {
	run_test(|| {
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::none()] {
			assert_noop!(
				Dao::propose(origin, 1, Box::new(remark(1)), vec![], vec![], None),
				DispatchError::BadOrigin
			);
		}
	});
}

#[test]
fn only_council_members_propose() {
	run_test(|| {
		assert_noop!(
			propose_with(10, 1, remark(1), vec![], vec![], None),
			Error::<Test>::NotCouncilMember
		);
	});
}

#[test]
fn threshold_above_the_vote_bound_is_refused() {
	run_test(|| {
		assert_noop!(
			propose_with(1, MAX_VOTES + 1, remark(1), vec![], vec![], None),
			Error::<Test>::ThresholdTooHigh
		);
	});
}

#[test]
fn too_long_description_or_link_is_refused() {
	run_test(|| {
		assert_noop!(
			propose_with(1, 1, remark(1), vec![0; MAX_DESCRIPTION as usize + 1], vec![], None),
			Error::<Test>::DescriptionTooLong
		);
		assert_noop!(
			propose_with(1, 1, remark(1), vec![], vec![0; MAX_LINK as usize + 1], None),
			Error::<Test>::LinkTooLong
		);
	});
}

#[test]
fn too_long_call_is_refused() {
	run_test(|| {
		let long = RuntimeCall::System(frame_system::Call::remark {
			remark: vec![0; MAX_PROPOSAL_LENGTH as usize],
		});
		assert_noop!(
			propose_with(1, 1, long, vec![], vec![], None),
			Error::<Test>::WrongProposalLength
		);
	});
}

#[test]
fn too_heavy_call_is_refused() {
	run_test(|| {
		let call = remark(1);
		let declared = call.get_dispatch_info().call_weight;
		MaxProposalWeight::set(&declared.saturating_sub(Weight::from_parts(1, 0)));
		assert_noop!(
			propose_with(1, 1, call.clone(), vec![], vec![], None),
			Error::<Test>::WrongProposalWeight
		);
		MaxProposalWeight::set(&declared);
		assert_ok!(propose_with(1, 1, call, vec![], vec![], None));
	});
}

#[test]
fn zero_or_too_long_duration_is_refused() {
	run_test(|| {
		for duration in [0, MAX_MOTION_DURATION + 1, u64::MAX] {
			assert_noop!(
				propose_with(1, 1, remark(1), vec![], vec![], Some(duration)),
				Error::<Test>::InvalidProposalDuration
			);
		}
	});
}

#[test]
fn the_same_call_cannot_be_proposed_twice_while_live() {
	run_test(|| {
		propose(1, 1, remark(1));
		assert_noop!(
			propose_with(2, 2, remark(1), b"other".to_vec(), vec![], None),
			Error::<Test>::DuplicateProposal
		);
	});
}

#[test]
fn the_same_call_can_be_proposed_again_after_close() {
	run_test(|| {
		let hash = propose(1, 0, remark(1));
		assert_ok!(Dao::close(signed(1), hash, 0));
		propose(1, 0, remark(1));
		assert_eq!(Proposals::<Test>::get(hash).unwrap().index, 1);
	});
}

#[test]
fn live_proposals_are_bounded() {
	run_test(|| {
		for seed in 0..MAX_PROPOSALS as u8 {
			propose(1, 1, remark(seed));
		}
		assert_noop!(
			propose_with(1, 1, remark(200), vec![], vec![], None),
			Error::<Test>::TooManyProposals
		);
	});
}

#[test]
fn the_index_counter_cannot_overflow() {
	run_test(|| {
		ProposalCount::<Test>::put(u32::MAX);
		assert_noop!(
			propose_with(1, 1, remark(1), vec![], vec![], None),
			Error::<Test>::StorageOverflow
		);
	});
}

#[test]
fn vote_weight_type_is_tfchains_shape() {
	// `VoteWeight { farm_id: u32, weight: u64 }` encodes as the two numbers.
	let vote = VoteWeight { farm_id: 7, weight: 9 };
	assert_eq!(codec::Encode::encode(&vote), [7u8, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0]);
}
