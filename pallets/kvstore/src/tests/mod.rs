//! Unit tests by theme. Tests run through `run_test`, which checks the pallet's invariants
//! (`do_try_state`) at their end. Failing calls are checked with `assert_noop!`, which compares
//! `sp_io::storage::root` before and after the call (events included).

mod delete;
mod deposits;
mod enums;
mod invariants;
mod layout;
mod random;
mod set;

use crate::{mock::*, EntryKey, Event};
use frame_support::traits::fungible::Inspect;

/// Signed origin of an account.
pub fn signed(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

/// A stored key from bytes.
pub fn key(bytes: &[u8]) -> EntryKey {
	EntryKey::try_from(bytes.to_vec()).expect("short key")
}

/// The value `who` has under `k` (`None` when there is no entry).
pub fn entry(who: AccountId, k: &[u8]) -> Option<Vec<u8>> {
	let k = key(k);
	crate::TFKVStore::<Test>::contains_key(who, &k)
		.then(|| crate::TFKVStore::<Test>::get(who, &k).into_inner())
}

/// The deposit of an entry with the given key and value, by the mock's constants.
pub fn deposit_of(k: &[u8], v: &[u8]) -> u64 {
	PerEntry::get() + PerByte::get() * (k.len() + v.len()) as u64
}

/// The balance `who` has on hold for storage deposits.
pub fn held(who: AccountId) -> u64 {
	TFKVStore::held_deposits(&who)
}

/// The free balance of `who`.
pub fn free(who: AccountId) -> u64 {
	Balances::balance(&who)
}

/// The events of this pallet deposited so far.
pub fn kv_events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::TFKVStore(event) => Some(event),
			_ => None,
		})
		.collect()
}
