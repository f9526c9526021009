//! `do_try_state` catching each kind of corruption.

use super::*;
use crate::{
	BurnTransactionSigners, BurnTransactions, IssuanceBase, MintExpiryQueue, MintTransactionVotes,
	MintTransactions, RefundTransactions, RetryQueueRange, TotalBurned, TotalMinted, Validators,
};
use frame_support::traits::fungible::Mutate;

/// Applies `corrupt` to a consistent state, checks that `do_try_state` fails, then undoes it.
fn caught(corrupt: impl FnOnce()) {
	TFTBridgeModule::do_try_state().expect("consistent before");
	frame_support::storage::transactional::with_transaction(|| {
		corrupt();
		assert!(TFTBridgeModule::do_try_state().is_err(), "corruption not caught");
		sp_runtime::TransactionOutcome::Rollback(Ok::<(), sp_runtime::DispatchError>(()))
	})
	.unwrap();
}

/// A state with an executed mint (10 TFT), an open mint, an open burn (9 TFT burned) with a
/// signature and an open refund.
fn busy() -> u64 {
	vote(11, b"done", 2, 10 * TFT);
	vote(12, b"done", 2, 10 * TFT);
	vote(11, b"m", 1, 10 * TFT);
	let id = swap(1, 42, 10 * TFT);
	sign_burn(11, id, 42, 9 * TFT);
	sign_refund(12, b"r", 5, TFT);
	id
}

#[test]
fn unsorted_or_repeated_validators_are_caught() {
	run_test(|| {
		caught(|| {
			Validators::<Test>::put(crate::ValidatorsOf::<Test>::truncate_from(vec![12, 11]))
		});
		caught(|| {
			Validators::<Test>::put(crate::ValidatorsOf::<Test>::truncate_from(vec![11, 11]))
		});
	});
}

#[test]
fn broken_mints_are_caught() {
	run_test(|| {
		busy();
		caught(|| {
			MintTransactions::<Test>::mutate(tx_id(b"m"), |tx| tx.as_mut().unwrap().votes = 2)
		});
		caught(|| MintTransactionVotes::<Test>::remove(tx_id(b"m")));
		caught(|| {
			MintTransactionVotes::<Test>::insert(tx_id(b"x"), crate::AccountsOf::<Test>::new())
		});
		caught(|| MintExpiryQueue::<Test>::remove(1));
		caught(|| {
			MintTransactions::<Test>::mutate(tx_id(b"m"), |tx| tx.as_mut().unwrap().block = 7)
		});
		caught(|| {
			let tx = MintTransactions::<Test>::get(tx_id(b"m")).unwrap();
			crate::ExecutedMintTransactions::<Test>::insert(tx_id(b"m"), tx);
		});
	});
}

#[test]
fn broken_burns_are_caught() {
	run_test(|| {
		let id = busy();
		caught(|| BurnTransactionSigners::<Test>::remove(id));
		caught(|| crate::BurnTransactionID::<Test>::put(0));
		caught(|| {
			let mut tx = BurnTransactions::<Test>::get(id).unwrap();
			tx.target = crate::types::StellarAddress::truncate_from(vec![b'G'; 56]);
			BurnTransactions::<Test>::insert(id, tx);
		});
		caught(|| {
			let mut tx = BurnTransactions::<Test>::get(id).unwrap();
			let again = tx.signatures[0].clone();
			tx.signatures.try_push(again).unwrap();
			BurnTransactions::<Test>::insert(id, tx);
			BurnTransactionSigners::<Test>::mutate(id, |signers| signers.try_push(12).unwrap());
		});
		caught(|| RetryQueueRange::<Test>::mutate(|range| range.tail += 1));
	});
}

#[test]
fn broken_refunds_are_caught() {
	run_test(|| {
		busy();
		caught(|| {
			let tx = RefundTransactions::<Test>::get(tx_id(b"r"));
			RefundTransactions::<Test>::insert(tx_id(b"s"), tx);
		});
		caught(|| crate::RefundTransactionSigners::<Test>::remove(tx_id(b"r")));
	});
}

#[test]
fn unaccounted_issuance_is_caught() {
	run_test(|| {
		busy();
		caught(|| {
			Balances::mint_into(&1, 1).unwrap();
		});
		caught(|| TotalMinted::<Test>::put(0));
		caught(|| TotalBurned::<Test>::put(IssuanceBase::<Test>::get().unwrap() + 10 * TFT + 1));
		// Less issuance than accounted (dust, dropped fees) is allowed.
		Balances::burn_from(
			&2,
			7,
			frame_support::traits::tokens::Preservation::Preserve,
			frame_support::traits::tokens::Precision::Exact,
			frame_support::traits::tokens::Fortitude::Polite,
		)
		.unwrap();
		TFTBridgeModule::do_try_state().expect("a lower issuance is allowed");
		// Put it back for the exact check at the end of the test.
		IssuanceBase::<Test>::mutate(|base| *base = base.map(|base| base - 7));
	});
}
