//! The randomized test: deterministic seeds, thousands of random calls by validators, strangers
//! and governance (votes, swaps, signatures, executions, refunds, validator and fee changes)
//! and random block advances (expiries and retries).
//!
//! After every step: a failing call changed no storage; every balance equals an independent
//! model (mints credit target and fee account once, swaps debit the caller and credit the fee
//! account); no deposit is minted twice; the issuance is exactly the base plus what the bridge
//! minted less what it burned; `do_try_state` holds.

use super::*;
use crate::{BurnTransactions, DepositFee, ExecutedMintTransactions, FeeAccount, WithdrawFee};
use std::collections::{BTreeMap, BTreeSet};

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
	fn next(&mut self) -> u64 {
		self.0 ^= self.0 >> 12;
		self.0 ^= self.0 << 25;
		self.0 ^= self.0 >> 27;
		self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
	}
	fn below(&mut self, n: u64) -> u64 {
		self.next() % n.max(1)
	}
	fn chance(&mut self, percent: u64) -> bool {
		self.below(100) < percent
	}
}

/// Accounts whose balances the model follows.
fn tracked() -> Vec<AccountId> {
	(1..=9).chain([FEE_ACCOUNT]).chain(50..=55).collect()
}

/// A deposit of the pool: its id, target and amount (as every honest validator reports it).
fn deposit(n: u64) -> (Vec<u8>, AccountId, u64) {
	let target = if n.is_multiple_of(4) { 50 + n % 6 } else { 1 + n % 9 };
	let amount = if n.is_multiple_of(5) { FEE + 100 + n } else { (1 + n % 30) * TFT };
	(format!("deposit-{n}").into_bytes(), target, amount)
}

fn run(seed: u64, steps: u32) {
	run_test(|| {
		let mut rng = Rng(seed);
		let mut model: BTreeMap<AccountId, u64> =
			tracked().into_iter().map(|who| (who, balance(who))).collect();
		let mut minted: BTreeSet<Vec<u8>> = BTreeSet::new();
		let (mut oks, mut errs) = (0u32, 0u32);

		for _ in 0..steps {
			let root = sp_io::storage::root(sp_runtime::StateVersion::V1);
			let validator = 10 + rng.below(7);
			let deposit_fee = DepositFee::<Test>::get();
			let withdraw_fee = WithdrawFee::<Test>::get();
			let fee_account = FeeAccount::<Test>::get();
			let last_burn = crate::BurnTransactionID::<Test>::get();
			let result = match rng.below(100) {
				0..=29 => {
					let (tx, mut target, mut amount) = deposit(rng.below(20));
					if rng.chance(5) {
						target = 1 + rng.below(9);
					}
					if rng.chance(5) {
						amount = rng.below(3 * TFT);
					}
					let was_minted = ExecutedMintTransactions::<Test>::contains_key(tx_id(&tx));
					let result = TFTBridgeModule::propose_or_vote_mint_transaction(
						signed(validator),
						tx.clone(),
						target,
						amount,
					);
					if result.is_ok()
						&& !was_minted && ExecutedMintTransactions::<Test>::contains_key(tx_id(&tx))
					{
						assert!(minted.insert(tx.clone()), "a deposit minted twice");
						let fee = match fee_account {
							Some(_) if deposit_fee > 0 => deposit_fee,
							_ => 0,
						};
						*model.get_mut(&target).unwrap() += amount - deposit_fee;
						if let Some(account) = fee_account {
							*model.get_mut(&account).unwrap() += fee;
						}
					}
					result
				},
				30..=49 => {
					let who = 1 + rng.below(9);
					let target = if rng.chance(10) { b"GNOPE".to_vec() } else { address(7) };
					let amount = match rng.below(4) {
						0 => rng.below(2 * TFT),
						1 => balance(who).saturating_sub(rng.below(2 * ED)),
						_ => rng.below(40 * TFT),
					};
					let result = TFTBridgeModule::swap_to_stellar(signed(who), target, amount);
					if result.is_ok() {
						*model.get_mut(&who).unwrap() -= amount;
						if let Some(account) = fee_account {
							if withdraw_fee > 0 {
								*model.get_mut(&account).unwrap() += withdraw_fee;
							}
						}
					}
					result
				},
				50..=64 => {
					let id = 1 + rng.below(last_burn + 1);
					let (target, amount) = match BurnTransactions::<Test>::get(id) {
						Some(tx) if rng.chance(90) => (tx.target.into_inner(), tx.amount),
						_ => (address(7), rng.below(10 * TFT)),
					};
					let key = if rng.chance(90) { validator } else { rng.below(3) };
					TFTBridgeModule::propose_burn_transaction_or_add_sig(
						signed(validator),
						id,
						target,
						amount,
						sig(key as u8),
						address(key as u8),
						rng.below(3),
					)
				},
				65..=71 => TFTBridgeModule::set_burn_transaction_executed(
					signed(validator),
					1 + rng.below(last_burn + 1),
				),
				72..=81 => {
					let n = rng.below(10);
					let amount = if rng.chance(90) { n * TFT } else { rng.below(TFT) };
					TFTBridgeModule::create_refund_transaction_or_add_sig(
						signed(validator),
						format!("refund-{n}").into_bytes(),
						address(n as u8),
						amount,
						sig(validator as u8),
						address(validator as u8),
						rng.below(3),
					)
				},
				82..=85 => TFTBridgeModule::set_refund_transaction_executed(
					signed(validator),
					format!("refund-{}", rng.below(10)).into_bytes(),
				),
				86..=89 => {
					let target = 11 + rng.below(6);
					if rng.chance(50) {
						TFTBridgeModule::add_bridge_validator(RuntimeOrigin::root(), target)
					} else {
						TFTBridgeModule::remove_bridge_validator(RuntimeOrigin::root(), target)
					}
				},
				90..=92 => match rng.below(3) {
					0 => {
						TFTBridgeModule::set_deposit_fee(RuntimeOrigin::root(), rng.below(2 * TFT))
					},
					1 => {
						TFTBridgeModule::set_withdraw_fee(RuntimeOrigin::root(), rng.below(2 * TFT))
					},
					_ => {
						let account = if rng.chance(80) { FEE_ACCOUNT } else { 9 };
						TFTBridgeModule::set_fee_account(RuntimeOrigin::root(), account)
					},
				},
				_ => {
					go_to(System::block_number() + 1 + rng.below(6));
					Ok(())
				},
			};
			match result {
				Ok(()) => oks += 1,
				Err(_) => {
					errs += 1;
					assert_eq!(
						sp_io::storage::root(sp_runtime::StateVersion::V1),
						root,
						"a failing call changed storage"
					);
				},
			}
			for (who, expected) in &model {
				assert_eq!(balance(*who), *expected, "balance of {who}");
			}
			assert_issuance_accounted();
			TFTBridgeModule::do_try_state().expect("invariants hold after every step");
		}
		// The run exercised both outcomes and really minted and burned.
		assert!(oks > steps / 5 && errs > steps / 10, "oks {oks}, errs {errs}");
		assert!(minted.len() > 5, "only {} deposits minted", minted.len());
		assert!(crate::TotalBurned::<Test>::get() > 0);
		let count =
			|pick: fn(&Event<Test>) -> bool| bridge_events().iter().filter(|e| pick(e)).count();
		let expired_mints = count(|e| matches!(e, Event::MintTransactionExpired(..)));
		let retried_burns = count(|e| matches!(e, Event::BurnTransactionExpired(..)));
		let retried_refunds = count(|e| matches!(e, Event::RefundTransactionExpired(..)));
		let ready_burns = count(|e| matches!(e, Event::BurnTransactionReady(..)));
		let paid_burns = count(|e| matches!(e, Event::BurnTransactionProcessed(..)));
		let paid_refunds = count(|e| matches!(e, Event::RefundTransactionProcessed(..)));
		println!(
			"seed {seed}: ok {oks}, failed {errs}, minted {}, expired mints {expired_mints}, \
			 retried burns {retried_burns}, retried refunds {retried_refunds}, ready burns \
			 {ready_burns}, paid burns {paid_burns}, paid refunds {paid_refunds}",
			minted.len()
		);
		for (what, n) in [
			("expired mints", expired_mints),
			("retried burns", retried_burns),
			("retried refunds", retried_refunds),
			("ready burns", ready_burns),
			("paid burns", paid_burns),
			("paid refunds", paid_refunds),
		] {
			assert!(n > 0, "no {what}");
		}
	});
}

#[test]
fn random_bridge_traffic_keeps_every_invariant() {
	for seed in [1, 0x5eed, 0x00b4_1d9e] {
		run(seed, 1_500);
	}
}
