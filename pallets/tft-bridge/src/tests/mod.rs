//! Unit tests by theme. Every test runs through `run_test`, which checks the pallet's invariants
//! (`do_try_state`) and the exact issuance at its end. Failing calls are checked with
//! `assert_noop!`, which compares `sp_io::storage::root` before and after the call (events
//! included).

mod admin;
mod burn;
mod enums;
mod expiry;
mod fuzz;
mod invariants;
mod mint;
mod refund;
mod swap;

use crate::{mock::*, Event};
use frame_support::{assert_ok, traits::Hooks};
use tfchain_support::stellar::stellar_address_of;

/// Signed origin of an account.
pub fn signed(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

/// A valid Stellar address, different for each `n`.
pub fn address(n: u8) -> Vec<u8> {
	stellar_address_of([n; 32])
}

/// A signature's bytes, different for each `n`.
pub fn sig(n: u8) -> Vec<u8> {
	vec![n; 64]
}

/// Free balance of an account.
pub fn balance(who: AccountId) -> u64 {
	Balances::free_balance(who)
}

/// Total issuance.
pub fn issuance() -> u64 {
	Balances::total_issuance()
}

/// Runs the hooks of every block up to `n`.
pub fn go_to(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		TFTBridgeModule::on_initialize(next);
	}
}

/// The events of this pallet deposited so far.
pub fn bridge_events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::TFTBridgeModule(event) => Some(event),
			_ => None,
		})
		.collect()
}

/// `who` swaps `amount` to the address `address(n)`; returns the burn id.
pub fn swap(who: AccountId, n: u8, amount: u64) -> u64 {
	assert_ok!(TFTBridgeModule::swap_to_stellar(signed(who), address(n), amount));
	crate::BurnTransactionID::<Test>::get()
}

/// Validator `v` votes for minting `tx` (`amount` to `target`).
pub fn vote(v: AccountId, tx: &[u8], target: AccountId, amount: u64) {
	assert_ok!(TFTBridgeModule::propose_or_vote_mint_transaction(
		signed(v),
		tx.to_vec(),
		target,
		amount
	));
}

/// Validator `v` signs burn `id` (payout `amount` to `address(n)`) with key `address(v)`.
pub fn sign_burn(v: AccountId, id: u64, n: u8, amount: u64) {
	assert_ok!(TFTBridgeModule::propose_burn_transaction_or_add_sig(
		signed(v),
		id,
		address(n),
		amount,
		sig(v as u8),
		address(v as u8),
		7
	));
}

/// Validator `v` creates or signs the refund of `tx` (`amount` to `address(n)`).
pub fn sign_refund(v: AccountId, tx: &[u8], n: u8, amount: u64) {
	assert_ok!(TFTBridgeModule::create_refund_transaction_or_add_sig(
		signed(v),
		tx.to_vec(),
		address(n),
		amount,
		sig(v as u8),
		address(v as u8),
		9
	));
}

/// A transaction id as stored.
pub fn tx_id(tx: &[u8]) -> crate::types::TransactionId {
	crate::types::TransactionId::try_from(tx.to_vec()).unwrap()
}
