//! Storage layout: the same keys and value bytes as TFChain's `TFKVStore::TFKVStore`
//! (`Blake2_128Concat` account, `Blake2_128Concat` key, SCALE `Vec<u8>` value).

use super::*;
use codec::Encode;
use frame_support::assert_ok;
use sp_io::hashing::{blake2_128, twox_128};

#[test]
fn entries_are_stored_under_tfchains_keys_as_tfchains_bytes() {
	run_test(|| {
		let k = b"deployment-42".to_vec();
		let v = vec![0xAB; 300];
		assert_ok!(TFKVStore::set(signed(3), k.clone(), v.clone()));

		let mut raw_key = twox_128(b"TFKVStore").to_vec();
		raw_key.extend(twox_128(b"TFKVStore"));
		let account = 3u64.encode();
		raw_key.extend(blake2_128(&account));
		raw_key.extend(&account);
		let encoded_key = k.encode();
		raw_key.extend(blake2_128(&encoded_key));
		raw_key.extend(&encoded_key);

		assert_eq!(crate::TFKVStore::<Test>::hashed_key_for(3, key(&k)), raw_key);
		assert_eq!(sp_io::storage::get(&raw_key).map(|bytes| bytes.to_vec()), Some(v.encode()));
	});
}

#[test]
fn a_missing_entry_reads_as_the_empty_value() {
	run_test(|| {
		assert!(crate::TFKVStore::<Test>::get(1, key(b"nothing")).is_empty());
	});
}

#[test]
fn the_limits_are_in_the_metadata() {
	run_test(|| {
		let names: Vec<String> = crate::Pallet::<Test>::pallet_constants_metadata()
			.into_iter()
			.map(|constant| constant.name.to_string())
			.collect();
		for name in ["DepositPerEntry", "DepositPerByte", "MaxKeyLength", "MaxValueLength"] {
			assert!(names.contains(&name.to_string()), "{name} missing from {names:?}");
		}
	});
}
