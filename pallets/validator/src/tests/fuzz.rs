//! Randomized test: many random calls (valid and invalid) from random accounts. After every
//! call the invariants must hold, a failed call must have left the storage root unchanged, and
//! the council and the validator set must match the requests: the founders plus exactly the
//! approved (council) and validating (set) requests.

use super::*;
use crate::Bonded;
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

	fn pick(&mut self, items: &[u64]) -> u64 {
		items[self.below(items.len() as u64) as usize]
	}
}

const ACCOUNTS: [u64; 6] = [1, 2, 3, 4, 5, 6];
const NODES: [u64; 9] = [11, 12, 13, 14, 15, 16, 31, 32, 200];

fn root() -> Vec<u8> {
	sp_io::storage::root(StateVersion::V1)
}

fn step(rng: &mut Rng) -> DispatchResult {
	let who = rng.pick(&ACCOUNTS);
	match rng.below(9) {
		0 | 1 => {
			let long = |rng: &mut Rng, max: u32| {
				let len = if rng.below(10) == 0 { max + 1 } else { rng.below(40) as u32 };
				vec![b'x'; len as usize]
			};
			let node = rng.pick(&NODES);
			let description = long(rng, types::MAX_DESCRIPTION_LENGTH);
			let tf_connect_id = long(rng, types::MAX_TF_CONNECT_ID_LENGTH);
			let info = long(rng, types::MAX_INFO_LENGTH);
			Validator::create_validator_request(
				signed(who),
				node,
				stash_of(who),
				description,
				tf_connect_id,
				info,
			)
		},
		2 => {
			let origin = if rng.below(5) == 0 { signed(100) } else { RuntimeOrigin::root() };
			Validator::approve_validator(origin, who)
		},
		3 => activate(who),
		4 => Validator::change_validator_node_account(signed(who), rng.pick(&NODES)),
		5 => {
			let stash = if rng.below(2) == 0 { stash_of(who) } else { who };
			Validator::bond(signed(stash), rng.pick(&ACCOUNTS))
		},
		6 => Validator::unbond(signed(rng.pick(&[stash_of(who), who]))),
		_ => {
			let origin = match rng.below(3) {
				0 => RuntimeOrigin::root(),
				1 => signed(who),
				_ => signed(rng.pick(&ACCOUNTS)),
			};
			Validator::remove_validator(origin, who)
		},
	}
}

/// The council and the set are the founders plus exactly what the requests say.
fn check_model() {
	let mut expected_council = vec![100];
	let mut expected_set = vec![200];
	for (account, request) in Requests::<Test>::iter() {
		match request.state {
			ValidatorRequestState::Created => {},
			ValidatorRequestState::Approved => expected_council.push(account),
			ValidatorRequestState::Validating => {
				expected_council.push(account);
				expected_set.push(request.validator_node_account);
			},
		}
	}
	let sorted = |mut v: Vec<u64>| {
		v.sort();
		v
	};
	assert_eq!(sorted(council()), sorted(expected_council));
	assert_eq!(sorted(set()), sorted(expected_set));
	for (stash, validator) in Bonded::<Test>::iter() {
		assert_ne!(stash, validator);
	}
}

#[test]
fn random_calls_keep_the_invariants() {
	run_test(|| {
		let mut rng = Rng(0x7f4a_7c15_9e37_79b9);
		let (mut ok, mut failed) = (0u32, 0u32);
		let mut reached_validating = 0u32;
		for _ in 0..5_000 {
			let before = root();
			match step(&mut rng) {
				Ok(()) => ok += 1,
				Err(_) => {
					failed += 1;
					assert_eq!(before, root(), "a failed call changed storage");
				},
			}
			Validator::do_try_state().expect("invariants hold after every call");
			check_model();
			if Requests::<Test>::iter().any(|(_, r)| r.state == ValidatorRequestState::Validating) {
				reached_validating += 1;
			}
		}
		assert!(ok > 500 && failed > 500, "ok {ok}, failed {failed}");
		assert!(reached_validating > 100, "validating reached only {reached_validating} times");
	});
}
