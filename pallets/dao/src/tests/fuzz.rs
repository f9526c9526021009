//! Randomized test: many random calls (valid and invalid) from random accounts, with blocks
//! passing and farms changing. After every call the invariants must hold, and a failed call must
//! have left the storage root unchanged. At the end, the event log must show every approved call
//! executed exactly once and every proposal made accounted for.

use super::*;
use crate::{FarmVoting, ProposalCount, ProposalList, Proposals};
use frame_support::dispatch::DispatchResult;
use sp_runtime::StateVersion;

/// xorshift64*: a small deterministic generator.
struct Rng(u64);

impl Rng {
	fn next(&mut self) -> u64 {
		self.0 ^= self.0 >> 12;
		self.0 ^= self.0 << 25;
		self.0 ^= self.0 >> 27;
		self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
	}

	fn below(&mut self, n: u64) -> u64 {
		self.next() % n
	}

	fn chance(&mut self, percent: u64) -> bool {
		self.below(100) < percent
	}
}

fn root() -> Vec<u8> {
	sp_io::storage::root(StateVersion::V1)
}

fn random_hash(rng: &mut Rng) -> H256 {
	let live = ProposalList::<Test>::get();
	if !live.is_empty() && rng.chance(85) {
		live[rng.below(live.len() as u64) as usize]
	} else {
		H256::repeat_byte(rng.below(256) as u8)
	}
}

fn random_call(rng: &mut Rng) -> RuntimeCall {
	match rng.below(4) {
		0 => set_storage(&[rng.below(4) as u8]),
		1 => RuntimeCall::System(frame_system::Call::remark_with_event { remark: vec![1] }),
		_ => remark(rng.below(10) as u8),
	}
}

fn random_step(rng: &mut Rng) -> Option<DispatchResult> {
	let council_or_not = |rng: &mut Rng| rng.below(7) + 1;
	match rng.below(10) {
		0 | 1 => {
			let who = council_or_not(rng);
			let threshold = rng.below(u64::from(MAX_VOTES) + 2) as u32;
			let description = vec![b'd'; rng.below(u64::from(MAX_DESCRIPTION) + 3) as usize];
			let link = vec![b'l'; rng.below(u64::from(MAX_LINK) + 3) as usize];
			let duration = match rng.below(3) {
				0 => None,
				1 => Some(rng.below(40)),
				_ => Some(rng.below(MAX_MOTION_DURATION + 20)),
			};
			Some(Dao::propose(
				signed(who),
				threshold,
				Box::new(random_call(rng)),
				description,
				link,
				duration,
			))
		},
		2..=4 => {
			let farm_id = rng.below(12) as u32;
			let who = match MockGrid::farm_owner(farm_id) {
				Some(owner) if rng.chance(85) => owner,
				_ => rng.below(100),
			};
			let hash = random_hash(rng);
			Some(
				Dao::vote(signed(who), farm_id, hash, rng.chance(60))
					.map(|_| ())
					.map_err(|e| e.error),
			)
		},
		5 => {
			let hash = random_hash(rng);
			Some(Dao::veto(signed(council_or_not(rng)), hash).map(|_| ()).map_err(|e| e.error))
		},
		6 | 7 => {
			let hash = random_hash(rng);
			let index = match Proposals::<Test>::get(hash) {
				Some(proposal) if rng.chance(85) => proposal.index,
				_ => rng.below(20) as u32,
			};
			Some(
				Dao::close(signed(council_or_not(rng)), hash, index)
					.map(|_| ())
					.map_err(|e| e.error),
			)
		},
		8 => {
			go_to(System::block_number() + rng.below(60));
			None
		},
		_ => {
			// A farm changes capacity (or loses its nodes).
			let farm_id = 1 + rng.below(9) as u32;
			let owner = MockGrid::farm_owner(farm_id).unwrap_or(1_000);
			let nodes = (0..rng.below(4))
				.map(|_| if rng.chance(50) { small_node() } else { big_node() })
				.collect();
			set_farm(farm_id, owner, nodes);
			None
		},
	}
}

#[test]
fn random_calls_keep_the_invariants() {
	let (mut total_executed, mut total_vetoed, mut total_disapproved) = (0, 0, 0);
	for seed in 1..=12u64 {
		run_test(|| {
			let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15));
			let mut proposed = 0u32;
			let mut successes = 0u32;
			for _ in 0..500 {
				let before = root();
				let was_propose_count = ProposalCount::<Test>::get();
				match random_step(&mut rng) {
					Some(Ok(())) => {
						successes += 1;
						if ProposalCount::<Test>::get() > was_propose_count {
							proposed += 1;
						}
					},
					Some(Err(_)) => assert_eq!(before, root(), "a failed call changed storage"),
					None => {},
				}
				Dao::do_try_state().expect("invariants hold after every step");
			}
			assert!(successes > 50, "the test exercises successful calls ({successes})");

			let events = dao_events();
			let mut approved = Vec::new();
			let mut executed = 0;
			let mut ended = 0u32;
			for event in &events {
				match event {
					Event::Approved { proposal_hash } => approved.push(*proposal_hash),
					Event::Executed { proposal_hash, .. } => {
						// Right after its own approval, once.
						assert_eq!(approved.last(), Some(proposal_hash));
						executed += 1;
					},
					Event::Closed { .. } => ended += 1,
					Event::ClosedByCouncil { .. } => {
						ended += 1;
						total_vetoed += 1;
					},
					Event::Disapproved { .. } => total_disapproved += 1,
					_ => {},
				}
			}
			assert_eq!(approved.len(), executed);
			total_executed += executed;
			assert_eq!(ProposalCount::<Test>::get(), proposed);
			let live = ProposalList::<Test>::get().len() as u32;
			assert_eq!(proposed, ended + live, "every proposal is live or ended once");
		});
	}
	// Every kind of ending happened somewhere.
	assert!(total_executed > 0 && total_vetoed > 0 && total_disapproved > total_vetoed);
}
