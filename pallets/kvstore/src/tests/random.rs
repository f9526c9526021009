//! Many random `set`s and `delete`s by several accounts (one of them poor), checked against a
//! simple model after each call: results, stored entries, held deposits and the invariants.

use super::*;
use crate::Error;
use sp_runtime::DispatchError;
use std::collections::BTreeMap;

/// xorshift64: a small deterministic generator.
struct Rng(u64);

impl Rng {
	fn next(&mut self) -> u64 {
		self.0 ^= self.0 << 13;
		self.0 ^= self.0 >> 7;
		self.0 ^= self.0 << 17;
		self.0
	}

	fn below(&mut self, n: u64) -> u64 {
		self.next() % n
	}
}

/// Keys used by the run: short, long, the longest and one too long.
fn keys() -> Vec<Vec<u8>> {
	vec![
		b"a".to_vec(),
		b"bb".to_vec(),
		vec![3u8; 40],
		vec![4u8; 300],
		vec![5u8; 512],
		vec![6u8; 513],
	]
}

#[test]
fn random_calls_keep_the_store_and_the_deposits_consistent() {
	run_test(|| {
		let mut rng = Rng(0x5EED_1234_ABCD_0042);
		let keys = keys();
		// (account, key index) → (value, deposit charged).
		let mut model: BTreeMap<(AccountId, usize), (Vec<u8>, u64)> = BTreeMap::new();
		let (mut successes, mut failures) = (0u32, 0u32);

		for step in 0..2_000u32 {
			if step % 250 == 0 {
				PerByte::set(&(1 + rng.below(3)));
			}
			let who = 1 + rng.below(5);
			let k = rng.below(keys.len() as u64) as usize;
			let root_before = sp_io::storage::root(sp_runtime::StateVersion::V1);

			let result = if rng.below(10) < 7 {
				let len = match rng.below(10) {
					0 => 2_049,
					1 => 2_048,
					2..=4 => rng.below(2_049),
					_ => rng.below(64),
				} as usize;
				let value: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
				let expected = if keys[k].len() > 512 {
					Err(Error::<Test>::KeyIsTooLarge.into())
				} else if len > 2_048 {
					Err(Error::<Test>::ValueIsTooLarge.into())
				} else {
					let new = deposit_of(&keys[k], &value);
					let old = model.get(&(who, k)).map_or(0, |(_, deposit)| *deposit);
					if new > old && new - old > free(who).saturating_sub(ED) {
						Err(Error::<Test>::CannotPayDeposit.into())
					} else {
						Ok(new)
					}
				};
				let result = TFKVStore::set(signed(who), keys[k].clone(), value.clone());
				assert_eq!(result, expected.map(|_| ()), "step {step}: set");
				if let Ok(new) = expected {
					model.insert((who, k), (value, new));
				}
				result
			} else {
				let expected: Result<(), DispatchError> = if model.contains_key(&(who, k)) {
					Ok(())
				} else {
					Err(Error::<Test>::NoValueStored.into())
				};
				let result = TFKVStore::delete(signed(who), keys[k].clone());
				assert_eq!(result, expected, "step {step}: delete");
				if result.is_ok() {
					model.remove(&(who, k));
				}
				result
			};

			if result.is_ok() {
				successes += 1;
			} else {
				failures += 1;
				assert_eq!(
					sp_io::storage::root(sp_runtime::StateVersion::V1),
					root_before,
					"step {step}: a failed call changed storage"
				);
			}
			for account in 1..=5 {
				let sum: u64 = model
					.iter()
					.filter(|((owner, _), _)| *owner == account)
					.map(|(_, (_, deposit))| deposit)
					.sum();
				assert_eq!(held(account), sum, "step {step}: held by {account}");
			}
			TFKVStore::do_try_state().expect("consistent after every call");
		}

		for ((who, k), (value, _)) in model.iter() {
			assert_eq!(entry(*who, &keys[*k]), Some(value.clone()));
		}
		assert_eq!(crate::TFKVStore::<Test>::iter().count(), model.len());
		assert!(successes > 500 && failures > 100, "{successes} successes, {failures} failures");
	});
}
