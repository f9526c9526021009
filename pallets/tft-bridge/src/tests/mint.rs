//! `propose_or_vote_mint_transaction`: deposits from Stellar, minted exactly once.

use super::*;
use crate::{Error, ExecutedMintTransactions, MintTransactionVotes, MintTransactions, TotalMinted};
use frame_support::assert_noop;

const TX: &[u8] = b"a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2";

#[test]
fn a_mint_voted_by_two_of_three_validators_mints_once() {
	run_test(|| {
		let amount = 100 * TFT;
		let before = issuance();
		vote(11, TX, 1, amount);
		// One vote of three: nothing minted yet.
		assert_eq!(issuance(), before);
		assert_eq!(balance(1), INITIAL);
		let open = MintTransactions::<Test>::get(tx_id(TX)).unwrap();
		assert_eq!((open.amount, open.target, open.block, open.votes), (amount, 1, 1, 1));

		go_to(3);
		vote(12, TX, 1, amount);
		// Two of three: minted, the fee to the fee account, issuance up by the amount.
		assert_eq!(balance(1), INITIAL + amount - FEE);
		assert_eq!(balance(FEE_ACCOUNT), ED + FEE);
		assert_eq!(issuance(), before + amount);
		assert_eq!(TotalMinted::<Test>::get(), amount);
		assert!(MintTransactions::<Test>::get(tx_id(TX)).is_none());
		assert!(MintTransactionVotes::<Test>::get(tx_id(TX)).is_empty());
		let executed = ExecutedMintTransactions::<Test>::get(tx_id(TX)).unwrap();
		assert_eq!(
			(executed.amount, executed.target, executed.block, executed.votes),
			(amount, 1, 3, 2)
		);
		assert_eq!(
			bridge_events(),
			vec![
				Event::MintTransactionProposed(TX.to_vec(), 1, amount),
				Event::MintTransactionVoted(TX.to_vec()),
				Event::MintTransactionVoted(TX.to_vec()),
				Event::MintCompleted(executed, TX.to_vec()),
			]
		);

		// The third vote changes nothing, whatever it says.
		assert_noop!(
			TFTBridgeModule::propose_or_vote_mint_transaction(signed(13), TX.to_vec(), 1, amount),
			Error::<Test>::MintTransactionAlreadyExecuted
		);
		assert_noop!(
			TFTBridgeModule::propose_or_vote_mint_transaction(signed(11), TX.to_vec(), 2, amount),
			Error::<Test>::MintTransactionAlreadyExecuted
		);
		assert_eq!(balance(1), INITIAL + amount - FEE);
		assert_eq!(issuance(), before + amount);
	});
}

#[test]
fn a_single_validator_mints_on_proposal() {
	run_test(|| {
		assert_ok!(TFTBridgeModule::remove_bridge_validator(RuntimeOrigin::root(), 12));
		assert_ok!(TFTBridgeModule::remove_bridge_validator(RuntimeOrigin::root(), 13));
		let before = issuance();
		vote(11, TX, 2, 5 * TFT);
		assert_eq!(balance(2), INITIAL + 4 * TFT);
		assert_eq!(issuance(), before + 5 * TFT);
		assert!(ExecutedMintTransactions::<Test>::contains_key(tx_id(TX)));
		// No expiry entry is left behind for it.
		assert_eq!(crate::MintExpiryQueueRange::<Test>::get().len(), 0);
	});
}

#[test]
fn a_mint_to_a_new_account_creates_it() {
	run_test(|| {
		vote(11, TX, 500, 10 * TFT);
		vote(13, TX, 500, 10 * TFT);
		assert_eq!(balance(500), 9 * TFT);
	});
}

#[test]
fn without_a_fee_account_the_fee_is_not_minted() {
	run_test(|| {
		crate::FeeAccount::<Test>::kill();
		let before = issuance();
		vote(11, TX, 1, 10 * TFT);
		vote(12, TX, 1, 10 * TFT);
		assert_eq!(balance(1), INITIAL + 9 * TFT);
		assert_eq!(balance(FEE_ACCOUNT), ED);
		assert_eq!(issuance(), before + 9 * TFT);
		assert_eq!(TotalMinted::<Test>::get(), 9 * TFT);
	});
}

#[test]
fn a_mint_to_the_fee_account_credits_it_once_with_everything() {
	run_test(|| {
		assert_ok!(TFTBridgeModule::set_fee_account(RuntimeOrigin::root(), 600));
		// 600 does not exist; fee and amount only reach the existential deposit together.
		assert_ok!(TFTBridgeModule::set_deposit_fee(RuntimeOrigin::root(), 300));
		vote(11, TX, 600, 600);
		vote(12, TX, 600, 600);
		assert_eq!(balance(600), 600);
	});
}

#[test]
fn a_zero_fee_mints_everything_to_the_target() {
	run_test(|| {
		assert_ok!(TFTBridgeModule::set_deposit_fee(RuntimeOrigin::root(), 0));
		vote(11, TX, 1, 10 * TFT);
		vote(12, TX, 1, 10 * TFT);
		assert_eq!(balance(1), INITIAL + 10 * TFT);
		assert_eq!(balance(FEE_ACCOUNT), ED);
	});
}

#[test]
fn only_bridge_validators_vote() {
	run_test(|| {
		assert_noop!(
			TFTBridgeModule::propose_or_vote_mint_transaction(signed(1), TX.to_vec(), 1, 10 * TFT),
			Error::<Test>::ValidatorNotExists
		);
		vote(11, TX, 1, 10 * TFT);
		assert_noop!(
			TFTBridgeModule::propose_or_vote_mint_transaction(signed(1), TX.to_vec(), 1, 10 * TFT),
			Error::<Test>::ValidatorNotExists
		);
	});
}

#[test]
fn a_validator_votes_once() {
	run_test(|| {
		vote(11, TX, 1, 10 * TFT);
		assert_noop!(
			TFTBridgeModule::propose_or_vote_mint_transaction(signed(11), TX.to_vec(), 1, 10 * TFT),
			Error::<Test>::TransactionValidatorExists
		);
	});
}

#[test]
fn a_vote_must_agree_with_the_proposal() {
	run_test(|| {
		vote(11, TX, 1, 10 * TFT);
		assert_noop!(
			TFTBridgeModule::propose_or_vote_mint_transaction(signed(12), TX.to_vec(), 2, 10 * TFT),
			Error::<Test>::WrongParametersProvided
		);
		assert_noop!(
			TFTBridgeModule::propose_or_vote_mint_transaction(signed(12), TX.to_vec(), 1, 11 * TFT),
			Error::<Test>::WrongParametersProvided
		);
	});
}

#[test]
fn the_amount_must_exceed_the_deposit_fee() {
	run_test(|| {
		for amount in [0, FEE - 1, FEE] {
			assert_noop!(
				TFTBridgeModule::propose_or_vote_mint_transaction(
					signed(11),
					TX.to_vec(),
					1,
					amount
				),
				Error::<Test>::AmountIsLessThanDepositFee
			);
		}
	});
}

#[test]
fn a_fee_raised_before_the_mint_refuses_the_deciding_vote() {
	run_test(|| {
		vote(11, TX, 1, 2 * TFT);
		assert_ok!(TFTBridgeModule::set_deposit_fee(RuntimeOrigin::root(), 2 * TFT));
		assert_noop!(
			TFTBridgeModule::propose_or_vote_mint_transaction(signed(12), TX.to_vec(), 1, 2 * TFT),
			Error::<Test>::AmountIsLessThanDepositFee
		);
		// With the fee back down the vote mints at the fee of that moment.
		assert_ok!(TFTBridgeModule::set_deposit_fee(RuntimeOrigin::root(), TFT / 2));
		vote(12, TX, 1, 2 * TFT);
		assert_eq!(balance(1), INITIAL + 2 * TFT - TFT / 2);
	});
}

#[test]
fn a_long_transaction_id_is_refused() {
	run_test(|| {
		let long = vec![b'a'; crate::types::MAX_TRANSACTION_ID_LENGTH as usize + 1];
		assert_noop!(
			TFTBridgeModule::propose_or_vote_mint_transaction(signed(11), long, 1, 10 * TFT),
			Error::<Test>::TransactionIdTooLong
		);
		let longest = vec![b'a'; crate::types::MAX_TRANSACTION_ID_LENGTH as usize];
		assert_ok!(TFTBridgeModule::propose_or_vote_mint_transaction(
			signed(11),
			longest,
			1,
			10 * TFT
		));
	});
}

#[test]
fn a_target_that_cannot_exist_is_refused_at_the_deciding_vote() {
	run_test(|| {
		// 1 TFT + 400 units less the 1 TFT fee leaves 400 units for a new account: below the ED.
		let amount = FEE + ED - 100;
		vote(11, TX, 700, amount);
		assert_noop!(
			TFTBridgeModule::propose_or_vote_mint_transaction(signed(12), TX.to_vec(), 700, amount),
			Error::<Test>::TargetCannotReceiveMint
		);
	});
}

#[test]
fn a_fee_account_that_cannot_exist_is_refused_at_the_deciding_vote() {
	run_test(|| {
		assert_ok!(TFTBridgeModule::set_fee_account(RuntimeOrigin::root(), 800));
		assert_ok!(TFTBridgeModule::set_deposit_fee(RuntimeOrigin::root(), ED - 1));
		vote(11, TX, 1, 10 * TFT);
		assert_noop!(
			TFTBridgeModule::propose_or_vote_mint_transaction(signed(12), TX.to_vec(), 1, 10 * TFT),
			Error::<Test>::FeeAccountCannotReceiveFee
		);
	});
}

#[test]
fn votes_of_removed_validators_do_not_count() {
	run_test(|| {
		vote(11, TX, 1, 10 * TFT);
		assert_ok!(TFTBridgeModule::remove_bridge_validator(RuntimeOrigin::root(), 11));
		assert_ok!(TFTBridgeModule::add_bridge_validator(RuntimeOrigin::root(), 14));
		// Validators 12, 13, 14: 12's vote is the only current one, and 11's is dropped.
		vote(12, TX, 1, 10 * TFT);
		assert_eq!(balance(1), INITIAL);
		assert_eq!(MintTransactionVotes::<Test>::get(tx_id(TX)).into_inner(), vec![12]);
		assert_eq!(MintTransactions::<Test>::get(tx_id(TX)).unwrap().votes, 1);
		vote(14, TX, 1, 10 * TFT);
		assert_eq!(balance(1), INITIAL + 9 * TFT);
	});
}

#[test]
fn each_transaction_is_minted_on_its_own() {
	run_test(|| {
		let before = issuance();
		for (n, target) in [(1u8, 1), (2, 2), (3, 1)] {
			let tx = [b'x', n];
			vote(11, &tx, target, 10 * TFT);
			vote(13, &tx, target, 10 * TFT);
		}
		assert_eq!(balance(1), INITIAL + 18 * TFT);
		assert_eq!(balance(2), INITIAL + 9 * TFT);
		assert_eq!(issuance(), before + 30 * TFT);
	});
}
