//! `create_refund_transaction_or_add_sig` and `set_refund_transaction_executed`.

use super::*;
use crate::{Error, ExecutedRefundTransactions, RefundTransactionSigners, RefundTransactions};
use frame_support::assert_noop;

const TX: &[u8] = b"refunded-deposit";

#[test]
fn the_first_signature_creates_the_refund_and_a_majority_makes_it_ready() {
	run_test(|| {
		let before = issuance();
		sign_refund(12, TX, 5, 3 * TFT);
		let tx = RefundTransactions::<Test>::get(tx_id(TX));
		assert_eq!(tx.block, 1);
		assert_eq!(tx.amount, 3 * TFT);
		assert_eq!(tx.target.as_slice(), address(5).as_slice());
		assert_eq!(tx.tx_hash, tx_id(TX));
		assert_eq!(tx.sequence_number, 9);
		let first = tx.signatures[0].clone();
		assert_eq!(
			bridge_events(),
			vec![
				Event::RefundTransactionsignatureAdded(TX.to_vec(), first.clone()),
				Event::RefundTransactionCreated(TX.to_vec(), address(5), 3 * TFT),
			]
		);
		sign_refund(11, TX, 5, 3 * TFT);
		let second = RefundTransactions::<Test>::get(tx_id(TX)).signatures[1].clone();
		assert_eq!(
			bridge_events()[2..],
			[
				Event::RefundTransactionsignatureAdded(TX.to_vec(), second),
				Event::RefundTransactionReady(TX.to_vec()),
			]
		);
		assert_eq!(RefundTransactionSigners::<Test>::get(tx_id(TX)).into_inner(), vec![12, 11]);
		assert_noop!(
			TFTBridgeModule::create_refund_transaction_or_add_sig(
				signed(13),
				TX.to_vec(),
				address(5),
				3 * TFT,
				sig(13),
				address(13),
				9
			),
			Error::<Test>::EnoughRefundSignaturesPresent
		);
		// Refunds move nothing on this chain.
		assert_eq!(issuance(), before);
	});
}

#[test]
fn only_bridge_validators_refund() {
	run_test(|| {
		assert_noop!(
			TFTBridgeModule::create_refund_transaction_or_add_sig(
				signed(1),
				TX.to_vec(),
				address(5),
				3 * TFT,
				sig(1),
				address(1),
				9
			),
			Error::<Test>::ValidatorNotExists
		);
	});
}

#[test]
fn a_refund_is_checked() {
	run_test(|| {
		let long = vec![b'a'; crate::types::MAX_TRANSACTION_ID_LENGTH as usize + 1];
		assert_noop!(
			TFTBridgeModule::create_refund_transaction_or_add_sig(
				signed(11),
				long,
				address(5),
				3 * TFT,
				sig(11),
				address(11),
				9
			),
			Error::<Test>::TransactionIdTooLong
		);
		assert_noop!(
			TFTBridgeModule::create_refund_transaction_or_add_sig(
				signed(11),
				TX.to_vec(),
				b"GBAD".to_vec(),
				3 * TFT,
				sig(11),
				address(11),
				9
			),
			Error::<Test>::InvalidStellarPublicKey
		);
		assert_noop!(
			TFTBridgeModule::create_refund_transaction_or_add_sig(
				signed(11),
				TX.to_vec(),
				address(5),
				3 * TFT,
				sig(11),
				address(5)[1..].to_vec(),
				9
			),
			Error::<Test>::InvalidStellarPublicKey
		);
		assert_noop!(
			TFTBridgeModule::create_refund_transaction_or_add_sig(
				signed(11),
				TX.to_vec(),
				address(5),
				3 * TFT,
				vec![0; crate::types::MAX_SIGNATURE_LENGTH as usize + 1],
				address(11),
				9
			),
			Error::<Test>::SignatureTooLong
		);
	});
}

#[test]
fn a_signature_must_agree_with_the_refund() {
	run_test(|| {
		sign_refund(12, TX, 5, 3 * TFT);
		for (target, amount) in [(address(6), 3 * TFT), (address(5), 4 * TFT)] {
			assert_noop!(
				TFTBridgeModule::create_refund_transaction_or_add_sig(
					signed(11),
					TX.to_vec(),
					target,
					amount,
					sig(11),
					address(11),
					9
				),
				Error::<Test>::WrongParametersProvided
			);
		}
	});
}

#[test]
fn a_refund_signature_key_or_signer_is_added_once() {
	run_test(|| {
		assert_ok!(TFTBridgeModule::add_bridge_validator(RuntimeOrigin::root(), 14));
		assert_ok!(TFTBridgeModule::add_bridge_validator(RuntimeOrigin::root(), 15));
		sign_refund(12, TX, 5, 3 * TFT);
		for (validator, signature, key) in
			[(12, sig(99), address(99)), (11, sig(11), address(12)), (11, sig(12), address(11))]
		{
			assert_noop!(
				TFTBridgeModule::create_refund_transaction_or_add_sig(
					signed(validator),
					TX.to_vec(),
					address(5),
					3 * TFT,
					signature,
					key,
					9
				),
				Error::<Test>::RefundSignatureExists
			);
		}
	});
}

#[test]
fn set_refund_transaction_executed_closes_the_refund() {
	run_test(|| {
		sign_refund(12, TX, 5, 3 * TFT);
		sign_refund(13, TX, 5, 3 * TFT);
		let tx = RefundTransactions::<Test>::get(tx_id(TX));
		assert_ok!(TFTBridgeModule::set_refund_transaction_executed(signed(11), TX.to_vec()));
		assert!(!RefundTransactions::<Test>::contains_key(tx_id(TX)));
		assert!(!RefundTransactionSigners::<Test>::contains_key(tx_id(TX)));
		assert_eq!(ExecutedRefundTransactions::<Test>::get(tx_id(TX)), tx.clone());
		assert_eq!(bridge_events().last(), Some(&Event::RefundTransactionProcessed(tx)));

		assert_noop!(
			TFTBridgeModule::set_refund_transaction_executed(signed(11), TX.to_vec()),
			Error::<Test>::RefundTransactionAlreadyExecuted
		);
		// A paid refund is not opened again.
		assert_noop!(
			TFTBridgeModule::create_refund_transaction_or_add_sig(
				signed(11),
				TX.to_vec(),
				address(5),
				3 * TFT,
				sig(11),
				address(11),
				9
			),
			Error::<Test>::RefundTransactionAlreadyExecuted
		);
	});
}

#[test]
fn set_refund_transaction_executed_refuses_unknown_refunds_and_strangers() {
	run_test(|| {
		assert_noop!(
			TFTBridgeModule::set_refund_transaction_executed(signed(11), TX.to_vec()),
			Error::<Test>::RefundTransactionNotExists
		);
		assert_noop!(
			TFTBridgeModule::set_refund_transaction_executed(
				signed(11),
				vec![0; crate::types::MAX_TRANSACTION_ID_LENGTH as usize + 1]
			),
			Error::<Test>::TransactionIdTooLong
		);
		sign_refund(12, TX, 5, 3 * TFT);
		assert_noop!(
			TFTBridgeModule::set_refund_transaction_executed(signed(1), TX.to_vec()),
			Error::<Test>::ValidatorNotExists
		);
	});
}
