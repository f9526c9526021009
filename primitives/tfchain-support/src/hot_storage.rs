//! Storage map access for hot paths (billing), without hashing the map's prefix on every call.
//!
//! FRAME builds the key of a map entry with `storage_prefix(pallet, item)` on each `get`,
//! `insert` or `contains_key`: two `twox_128` calls into the host per access, although the
//! pallet macro already provides that hash as a constant (`prefix_hash()`). The billing hook
//! makes a dozen such accesses per contract; [`HotMap`] builds the very same key from the
//! constant, so only the entry's own key is hashed. Values are read and written exactly as
//! FRAME does (same key, same SCALE encoding, same query kind), so both APIs mix freely.

use alloc::vec::Vec;
use codec::{EncodeLike, FullCodec};
use frame_support::{
	storage::{generator::StorageMap, unhashed},
	StorageHasher,
};

/// Reads and writes of any FRAME storage map, keyed from the map's compile-time prefix.
pub trait HotMap<K: FullCodec, V: FullCodec>: StorageMap<K, V> {
	/// The entry's full storage key (equal to FRAME's `hashed_key_for`).
	fn hot_key(key: impl EncodeLike<K>) -> Vec<u8> {
		let prefix = Self::prefix_hash();
		let hashed = key.using_encoded(Self::Hasher::hash);
		let mut full = Vec::with_capacity(prefix.len().saturating_add(hashed.as_ref().len()));
		full.extend_from_slice(&prefix);
		full.extend_from_slice(hashed.as_ref());
		full
	}

	/// The entry's value, as the map's `get` returns it.
	fn hot_get(key: impl EncodeLike<K>) -> Self::Query {
		Self::from_optional_value_to_query(unhashed::get(&Self::hot_key(key)))
	}

	/// Whether the entry exists, as the map's `contains_key`.
	fn hot_contains(key: impl EncodeLike<K>) -> bool {
		unhashed::exists(&Self::hot_key(key))
	}

	/// Stores `value` at the entry, as the map's `insert`.
	fn hot_insert(key: impl EncodeLike<K>, value: impl EncodeLike<V>) {
		value.using_encoded(|encoded| unhashed::put_raw(&Self::hot_key(key), encoded))
	}
}

impl<K: FullCodec, V: FullCodec, M: StorageMap<K, V>> HotMap<K, V> for M {}
