//! Unit tests by theme. Tests run through `run_test`, which checks the pallet's invariants
//! (`do_try_state`) at their end. Failing calls are checked with `assert_noop!`, which compares
//! `sp_io::storage::root` before and after the call (events included).

mod average;
mod billing;
mod bounds;
mod invariants;
mod migration;
mod offchain;
mod set_prices;
mod source;
mod tfchain_compat;

use crate::{mock::*, Event};
use frame_support::assert_ok;

/// Signed origin of an account.
pub fn signed(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

/// Moves to block `n`.
pub fn go_to(n: u64) {
	System::set_block_number(n);
}

/// `who` submits `price` quoting the current block; must succeed.
pub fn submit(who: AccountId, price: u32) {
	let now = System::block_number();
	assert_ok!(TFTPriceModule::set_prices(signed(who), price, now));
}

/// Takes `who` out of the set of price feeders.
pub fn remove_feeder(who: AccountId) {
	FEEDERS.with(|set| set.borrow_mut().remove(&who));
}

/// `who`'s own window as (block, price), oldest first.
pub fn history_of(who: AccountId) -> Vec<(u64, u32)> {
	crate::TftPriceHistory::<Test>::get(who)
		.iter()
		.map(|point| (point.block, point.price))
		.collect()
}

/// The feeders that count in the average, as (feeder, median, last block).
pub fn counted() -> Vec<(AccountId, u32, u64)> {
	crate::FeederMedians::<Test>::get()
		.iter()
		.map(|entry| (entry.feeder, entry.median, entry.last_block))
		.collect()
}

/// The events of this pallet deposited so far.
pub fn price_events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::TFTPriceModule(event) => Some(event),
			_ => None,
		})
		.collect()
}
