//! `swap_to_stellar`: the burn, checked before anything happens.

use super::*;
use crate::{BurnTransactionID, BurnTransactions, Error, TotalBurned};
use frame_support::assert_noop;

#[test]
fn a_swap_burns_the_amount_less_the_fee_and_opens_a_withdrawal() {
	run_test(|| {
		let before = issuance();
		let id = swap(1, 42, 10 * TFT);
		assert_eq!(id, 1);
		assert_eq!(balance(1), INITIAL - 10 * TFT);
		assert_eq!(balance(FEE_ACCOUNT), ED + FEE);
		// Issuance drops by exactly what is paid out on Stellar.
		assert_eq!(issuance(), before - 9 * TFT);
		assert_eq!(TotalBurned::<Test>::get(), 9 * TFT);
		let tx = BurnTransactions::<Test>::get(1).unwrap();
		assert_eq!(tx.block, 1);
		assert_eq!(tx.amount, 9 * TFT);
		assert_eq!(tx.source, Some(1));
		assert_eq!(tx.target.as_slice(), address(42).as_slice());
		assert!(tx.signatures.is_empty());
		assert_eq!(tx.sequence_number, 0);
		assert_eq!(
			bridge_events(),
			vec![Event::BurnTransactionCreated(1, 1, address(42), 9 * TFT)]
		);

		assert_eq!(swap(2, 43, 5 * TFT), 2);
		assert_eq!(issuance(), before - 13 * TFT);
		assert_eq!(BurnTransactionID::<Test>::get(), 2);
	});
}

#[test]
fn a_swap_to_an_invalid_address_burns_nothing() {
	run_test(|| {
		let before = issuance();
		let mut flipped = address(42);
		flipped[10] = if flipped[10] == b'A' { b'B' } else { b'A' };
		let mut secret = address(42);
		secret[0] = b'S';
		let lower: Vec<u8> = address(42).iter().map(|c| c.to_ascii_lowercase()).collect();
		for bad in [flipped, secret, lower, address(42)[..55].to_vec(), vec![], vec![b'G'; 56]] {
			assert_noop!(
				TFTBridgeModule::swap_to_stellar(signed(1), bad, 10 * TFT),
				Error::<Test>::InvalidStellarPublicKey
			);
		}
		// The address is checked first: even an amount the caller does not have.
		assert_noop!(
			TFTBridgeModule::swap_to_stellar(signed(1), b"nope".to_vec(), 10 * INITIAL),
			Error::<Test>::InvalidStellarPublicKey
		);
		assert_eq!(issuance(), before);
		assert_eq!(balance(1), INITIAL);
		assert_eq!(TotalBurned::<Test>::get(), 0);
	});
}

#[test]
fn the_amount_must_exceed_the_withdraw_fee() {
	run_test(|| {
		for amount in [0, FEE - 1, FEE] {
			assert_noop!(
				TFTBridgeModule::swap_to_stellar(signed(1), address(1), amount),
				Error::<Test>::AmountIsLessThanWithdrawFee
			);
		}
	});
}

#[test]
fn a_swap_keeps_the_account_alive() {
	run_test(|| {
		// Everything but the existential deposit can be swapped ...
		assert_noop!(
			TFTBridgeModule::swap_to_stellar(signed(1), address(1), INITIAL),
			Error::<Test>::NotEnoughBalanceToSwap
		);
		assert_noop!(
			TFTBridgeModule::swap_to_stellar(signed(1), address(1), INITIAL - ED + 1),
			Error::<Test>::NotEnoughBalanceToSwap
		);
		// ... and no more.
		swap(1, 1, INITIAL - ED);
		assert_eq!(balance(1), ED);
		assert_noop!(
			TFTBridgeModule::swap_to_stellar(signed(1), address(1), 2 * TFT),
			Error::<Test>::NotEnoughBalanceToSwap
		);
		// An account without funds cannot swap.
		assert_noop!(
			TFTBridgeModule::swap_to_stellar(signed(77), address(1), 2 * TFT),
			Error::<Test>::NotEnoughBalanceToSwap
		);
	});
}

#[test]
fn without_a_fee_account_the_fee_is_burned_too() {
	run_test(|| {
		crate::FeeAccount::<Test>::kill();
		let before = issuance();
		swap(1, 1, 10 * TFT);
		assert_eq!(balance(1), INITIAL - 10 * TFT);
		assert_eq!(issuance(), before - 10 * TFT);
		assert_eq!(TotalBurned::<Test>::get(), 10 * TFT);
		assert_eq!(BurnTransactions::<Test>::get(1).unwrap().amount, 9 * TFT);
	});
}

#[test]
fn a_zero_fee_burns_the_whole_amount() {
	run_test(|| {
		assert_ok!(TFTBridgeModule::set_withdraw_fee(RuntimeOrigin::root(), 0));
		let before = issuance();
		swap(1, 1, 1);
		assert_eq!(issuance(), before - 1);
		assert_eq!(balance(FEE_ACCOUNT), ED);
		assert_eq!(BurnTransactions::<Test>::get(1).unwrap().amount, 1);
	});
}

#[test]
fn the_fee_account_may_swap() {
	run_test(|| {
		assert_ok!(TFTBridgeModule::set_fee_account(RuntimeOrigin::root(), 1));
		let before = issuance();
		swap(1, 1, 10 * TFT);
		// It pays the fee to itself.
		assert_eq!(balance(1), INITIAL - 9 * TFT);
		assert_eq!(issuance(), before - 9 * TFT);
	});
}

#[test]
fn a_fee_account_that_cannot_exist_is_refused() {
	run_test(|| {
		assert_ok!(TFTBridgeModule::set_fee_account(RuntimeOrigin::root(), 900));
		assert_ok!(TFTBridgeModule::set_withdraw_fee(RuntimeOrigin::root(), ED - 1));
		assert_noop!(
			TFTBridgeModule::swap_to_stellar(signed(1), address(1), 10 * TFT),
			Error::<Test>::FeeAccountCannotReceiveFee
		);
	});
}

#[test]
fn burn_ids_do_not_overflow() {
	run_test(|| {
		BurnTransactionID::<Test>::put(u64::MAX);
		assert_noop!(
			TFTBridgeModule::swap_to_stellar(signed(1), address(1), 10 * TFT),
			Error::<Test>::BurnTransactionIdOverflow
		);
		BurnTransactionID::<Test>::put(0);
	});
}

#[test]
fn a_swap_needs_a_signed_origin() {
	run_test(|| {
		assert_noop!(
			TFTBridgeModule::swap_to_stellar(RuntimeOrigin::root(), address(1), 10 * TFT),
			sp_runtime::DispatchError::BadOrigin
		);
	});
}
