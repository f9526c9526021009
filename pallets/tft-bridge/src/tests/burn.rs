//! `propose_burn_transaction_or_add_sig` and `set_burn_transaction_executed`: the validators'
//! side of a withdrawal.

use super::*;
use crate::{BurnTransactionSigners, BurnTransactions, Error, ExecutedBurnTransactions};
use frame_support::assert_noop;

/// A withdrawal of 9 TFT to `address(42)` by account 1; returns its id.
fn withdrawal() -> u64 {
	swap(1, 42, 10 * TFT)
}

#[test]
fn signatures_of_a_majority_make_a_withdrawal_ready() {
	run_test(|| {
		let id = withdrawal();
		let after_swap = issuance();
		sign_burn(11, id, 42, 9 * TFT);
		let tx = BurnTransactions::<Test>::get(id).unwrap();
		assert_eq!(tx.signatures.len(), 1);
		assert_eq!(tx.signatures[0].signature.as_slice(), sig(11).as_slice());
		assert_eq!(tx.signatures[0].stellar_pub_key.as_slice(), address(11).as_slice());
		assert_eq!(tx.sequence_number, 7);
		sign_burn(13, id, 42, 9 * TFT);
		assert_eq!(BurnTransactionSigners::<Test>::get(id).into_inner(), vec![11, 13]);
		let signatures: Vec<_> = BurnTransactions::<Test>::get(id).unwrap().signatures.into_inner();
		let events = bridge_events();
		assert_eq!(
			events[1..],
			[
				Event::BurnTransactionSignatureAdded(id, signatures[0].clone()),
				Event::BurnTransactionSignatureAdded(id, signatures[1].clone()),
				Event::BurnTransactionReady(id),
			]
		);
		// Enough: the third validator's signature is refused.
		assert_noop!(
			TFTBridgeModule::propose_burn_transaction_or_add_sig(
				signed(12),
				id,
				address(42),
				9 * TFT,
				sig(12),
				address(12),
				7
			),
			Error::<Test>::EnoughBurnSignaturesPresent
		);
		// Signing moves no TFT.
		assert_eq!(issuance(), after_swap);
	});
}

#[test]
fn only_bridge_validators_sign() {
	run_test(|| {
		let id = withdrawal();
		assert_noop!(
			TFTBridgeModule::propose_burn_transaction_or_add_sig(
				signed(1),
				id,
				address(42),
				9 * TFT,
				sig(1),
				address(1),
				7
			),
			Error::<Test>::ValidatorNotExists
		);
	});
}

#[test]
fn an_unknown_withdrawal_is_refused() {
	run_test(|| {
		assert_noop!(
			TFTBridgeModule::propose_burn_transaction_or_add_sig(
				signed(11),
				1,
				address(42),
				9 * TFT,
				sig(11),
				address(11),
				7
			),
			Error::<Test>::BurnTransactionNotExists
		);
	});
}

#[test]
fn the_target_and_amount_must_match() {
	run_test(|| {
		let id = withdrawal();
		for (target, amount) in [(address(43), 9 * TFT), (address(42), 10 * TFT)] {
			assert_noop!(
				TFTBridgeModule::propose_burn_transaction_or_add_sig(
					signed(11),
					id,
					target,
					amount,
					sig(11),
					address(11),
					7
				),
				Error::<Test>::WrongParametersProvided
			);
		}
	});
}

#[test]
fn a_signature_key_or_signer_is_added_once() {
	run_test(|| {
		// Five validators: three signatures needed, so duplicates are what refuses.
		assert_ok!(TFTBridgeModule::add_bridge_validator(RuntimeOrigin::root(), 14));
		assert_ok!(TFTBridgeModule::add_bridge_validator(RuntimeOrigin::root(), 15));
		let id = withdrawal();
		sign_burn(11, id, 42, 9 * TFT);
		let attempts = [
			// The same validator with another key and signature.
			(11, sig(99), address(99)),
			// Another validator with the same key.
			(12, sig(12), address(11)),
			// Another validator with the same signature.
			(12, sig(11), address(12)),
		];
		for (validator, signature, key) in attempts {
			assert_noop!(
				TFTBridgeModule::propose_burn_transaction_or_add_sig(
					signed(validator),
					id,
					address(42),
					9 * TFT,
					signature,
					key,
					7
				),
				Error::<Test>::BurnSignatureExists
			);
		}
	});
}

#[test]
fn signatures_and_keys_are_checked() {
	run_test(|| {
		let id = withdrawal();
		let long = vec![1; crate::types::MAX_SIGNATURE_LENGTH as usize + 1];
		assert_noop!(
			TFTBridgeModule::propose_burn_transaction_or_add_sig(
				signed(11),
				id,
				address(42),
				9 * TFT,
				long,
				address(11),
				7
			),
			Error::<Test>::SignatureTooLong
		);
		assert_noop!(
			TFTBridgeModule::propose_burn_transaction_or_add_sig(
				signed(11),
				id,
				address(42),
				9 * TFT,
				sig(11),
				b"not a key".to_vec(),
				7
			),
			Error::<Test>::InvalidStellarPublicKey
		);
	});
}

#[test]
fn the_last_signature_sets_the_sequence_number() {
	run_test(|| {
		let id = withdrawal();
		sign_burn(11, id, 42, 9 * TFT);
		assert_ok!(TFTBridgeModule::propose_burn_transaction_or_add_sig(
			signed(12),
			id,
			address(42),
			9 * TFT,
			sig(12),
			address(12),
			8
		));
		assert_eq!(BurnTransactions::<Test>::get(id).unwrap().sequence_number, 8);
	});
}

#[test]
fn set_burn_transaction_executed_closes_the_withdrawal() {
	run_test(|| {
		let id = withdrawal();
		sign_burn(11, id, 42, 9 * TFT);
		sign_burn(12, id, 42, 9 * TFT);
		let tx = BurnTransactions::<Test>::get(id).unwrap();
		let before = issuance();
		assert_ok!(TFTBridgeModule::set_burn_transaction_executed(signed(13), id));
		assert!(BurnTransactions::<Test>::get(id).is_none());
		assert!(BurnTransactionSigners::<Test>::get(id).is_empty());
		assert_eq!(ExecutedBurnTransactions::<Test>::get(id), Some(tx.clone()));
		assert_eq!(bridge_events().last(), Some(&Event::BurnTransactionProcessed(tx)));
		assert_eq!(issuance(), before);

		assert_noop!(
			TFTBridgeModule::set_burn_transaction_executed(signed(11), id),
			Error::<Test>::BurnTransactionAlreadyExecuted
		);
		assert_noop!(
			TFTBridgeModule::propose_burn_transaction_or_add_sig(
				signed(13),
				id,
				address(42),
				9 * TFT,
				sig(13),
				address(13),
				7
			),
			Error::<Test>::BurnTransactionAlreadyExecuted
		);
	});
}

#[test]
fn set_burn_transaction_executed_refuses_unknown_ids_and_strangers() {
	run_test(|| {
		assert_noop!(
			TFTBridgeModule::set_burn_transaction_executed(signed(11), 5),
			Error::<Test>::BurnTransactionNotExists
		);
		let id = withdrawal();
		assert_noop!(
			TFTBridgeModule::set_burn_transaction_executed(signed(1), id),
			Error::<Test>::ValidatorNotExists
		);
	});
}
