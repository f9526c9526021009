//! Unit tests by theme. Tests run through `run_test`, which checks the pallet's invariants
//! (`do_try_state`) at their end. Failing calls are checked with `assert_noop!`, which compares
//! `sp_io::storage::root` before and after the call (events included).

mod close;
mod enums;
mod fuzz;
mod invariants;
mod propose;
mod veto;
mod vote;

use crate::{mock::*, Event};
use frame_support::assert_ok;
use sp_core::H256;
use sp_runtime::traits::{BlakeTwo256, Hash};

/// Signed origin of an account.
pub fn signed(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

/// Moves to block `n`.
pub fn go_to(n: u64) {
	System::set_block_number(n);
}

/// A harmless call, distinct per `seed`.
pub fn remark(seed: u8) -> RuntimeCall {
	RuntimeCall::System(frame_system::Call::remark { remark: vec![seed] })
}

/// A Root-only call that writes `value` under the key `:dao-test`.
pub fn set_storage(value: &[u8]) -> RuntimeCall {
	RuntimeCall::System(frame_system::Call::set_storage {
		items: vec![(b":dao-test".to_vec(), value.to_vec())],
	})
}

/// What `set_storage` wrote, if anything.
pub fn test_storage() -> Option<Vec<u8>> {
	sp_io::storage::get(b":dao-test").map(|bytes| bytes.to_vec())
}

/// The hash a proposal of `call` is keyed by.
pub fn hash_of(call: &RuntimeCall) -> H256 {
	BlakeTwo256::hash_of(call)
}

/// Council member `who` proposes `call` with `threshold` and the default duration; must succeed.
pub fn propose(who: AccountId, threshold: u32, call: RuntimeCall) -> H256 {
	assert_ok!(Dao::propose(
		signed(who),
		threshold,
		Box::new(call.clone()),
		b"description".to_vec(),
		b"link".to_vec(),
		None,
	));
	hash_of(&call)
}

/// Farm `farm_id`'s owner `who` votes; must succeed.
pub fn vote(who: AccountId, farm_id: u32, hash: H256, approve: bool) {
	assert_ok!(Dao::vote(signed(who), farm_id, hash, approve));
}

/// The events of this pallet deposited so far.
pub fn dao_events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::Dao(event) => Some(event),
			_ => None,
		})
		.collect()
}

/// The last event of this pallet.
pub fn last_dao_event() -> Event<Test> {
	dao_events().pop().expect("a Dao event")
}
