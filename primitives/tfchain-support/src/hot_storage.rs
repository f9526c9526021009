//! Storage map access for hot paths (billing), without hashing the map's prefix on every call.
//!
//! FRAME builds the key of a map entry with `storage_prefix(pallet, item)` on each `get`,
//! `insert` or `contains_key`: two `twox_128` calls into the host per access, although the
//! pallet macro already provides that hash as a constant (`prefix_hash()`); and it allocates
//! the hashed key and the full key (each allocation is a call into the host as well). The
//! billing hook makes a dozen such accesses per contract. [`HotMap`] builds the very same key
//! from the constant, on the stack for `Twox64Concat` keys of up to 16 bytes (every id), so
//! only the entry's own key is hashed. Values are read and written exactly as FRAME does (same
//! key, same SCALE encoding, same query kind), so both APIs mix freely.

use alloc::vec::Vec;
use codec::{EncodeLike, FullCodec};
use core::any::TypeId;
use frame_support::{
	storage::{generator::StorageMap, unhashed},
	StorageHasher, Twox64Concat,
};

/// Length of a map's prefix, `twox_128(pallet) ++ twox_128(item)`.
const PREFIX_LEN: usize = 32;
/// Where the key's own bytes start: after the prefix and the key's `twox_64`.
const KEY_START: usize = PREFIX_LEN + 8;
/// The longest encoded key built on the stack (ids are 4 or 8 bytes).
const STACK_KEY_LEN: usize = 16;
/// Prefix, `twox_64` and the key.
const STACK_BUFFER_LEN: usize = KEY_START + STACK_KEY_LEN;

/// Reads and writes of any FRAME storage map, keyed from the map's compile-time prefix.
pub trait HotMap<K: FullCodec, V: FullCodec>: StorageMap<K, V> {
	/// The entry's full storage key (equal to FRAME's `hashed_key_for`).
	fn hot_key(key: impl EncodeLike<K>) -> Vec<u8> {
		Self::with_hot_key(key, |full| full.to_vec())
	}

	/// Calls `f` with the entry's full storage key.
	fn with_hot_key<R>(key: impl EncodeLike<K>, f: impl FnOnce(&[u8]) -> R) -> R {
		let prefix = Self::prefix_hash();
		key.using_encoded(|encoded| {
			if TypeId::of::<Self::Hasher>() == TypeId::of::<Twox64Concat>() {
				let mut buffer = [0u8; STACK_BUFFER_LEN];
				if let Some(full) = twox64_concat_key(&mut buffer, &prefix, encoded) {
					return f(full);
				}
			}
			let hashed = Self::Hasher::hash(encoded);
			let mut full = Vec::with_capacity(prefix.len().saturating_add(hashed.as_ref().len()));
			full.extend_from_slice(&prefix);
			full.extend_from_slice(hashed.as_ref());
			f(&full)
		})
	}

	/// The entry's value, as the map's `get` returns it.
	fn hot_get(key: impl EncodeLike<K>) -> Self::Query {
		Self::from_optional_value_to_query(Self::with_hot_key(key, |full| unhashed::get(full)))
	}

	/// Whether the entry exists, as the map's `contains_key`.
	fn hot_contains(key: impl EncodeLike<K>) -> bool {
		Self::with_hot_key(key, unhashed::exists)
	}

	/// Stores `value` at the entry, as the map's `insert`.
	fn hot_insert(key: impl EncodeLike<K>, value: impl EncodeLike<V>) {
		Self::with_hot_key(key, |full| {
			value.using_encoded(|encoded| unhashed::put_raw(full, encoded))
		})
	}
}

impl<K: FullCodec, V: FullCodec, M: StorageMap<K, V>> HotMap<K, V> for M {}

/// Writes `prefix ++ twox_64(encoded) ++ encoded` into `buffer` and returns it; None if the
/// key is longer than [`STACK_KEY_LEN`].
fn twox64_concat_key<'a>(
	buffer: &'a mut [u8; STACK_BUFFER_LEN],
	prefix: &[u8; PREFIX_LEN],
	encoded: &[u8],
) -> Option<&'a [u8]> {
	let len = KEY_START.checked_add(encoded.len()).filter(|len| *len <= STACK_BUFFER_LEN)?;
	buffer.get_mut(..PREFIX_LEN)?.copy_from_slice(prefix);
	buffer.get_mut(PREFIX_LEN..KEY_START)?.copy_from_slice(&sp_io::hashing::twox_64(encoded));
	buffer.get_mut(KEY_START..len)?.copy_from_slice(encoded);
	buffer.get(..len)
}
