//! The expiry queues: mint proposals expire, burns and refunds are retried, bounded per block.

use super::*;
use crate::{
	weights::WeightInfo, BurnTransactionSigners, BurnTransactions, MintExpiryQueueRange,
	MintTransactionVotes, MintTransactions, RefundTransactionSigners, RefundTransactions,
	RetryQueueRange,
};

#[test]
fn a_mint_proposal_without_enough_votes_expires() {
	run_test(|| {
		vote(11, b"deposit", 1, 10 * TFT);
		go_to(1 + MINT_EXPIRY - 1);
		assert!(MintTransactions::<Test>::contains_key(tx_id(b"deposit")));
		let before = issuance();
		go_to(1 + MINT_EXPIRY);
		assert!(!MintTransactions::<Test>::contains_key(tx_id(b"deposit")));
		assert!(!MintTransactionVotes::<Test>::contains_key(tx_id(b"deposit")));
		assert_eq!(
			bridge_events().last(),
			Some(&Event::MintTransactionExpired(b"deposit".to_vec(), 10 * TFT, 1))
		);
		assert_eq!(issuance(), before);
		assert!(MintExpiryQueueRange::<Test>::get().is_empty());
		// The deposit can be proposed again, and minted.
		vote(12, b"deposit", 1, 10 * TFT);
		vote(11, b"deposit", 1, 10 * TFT);
		assert_eq!(balance(1), INITIAL + 9 * TFT);
	});
}

#[test]
fn a_minted_proposal_leaves_only_a_stale_entry() {
	run_test(|| {
		vote(11, b"deposit", 1, 10 * TFT);
		vote(12, b"deposit", 1, 10 * TFT);
		let events = bridge_events().len();
		go_to(1 + MINT_EXPIRY);
		// The entry is dropped without an event; nothing is minted or removed twice.
		assert_eq!(bridge_events().len(), events);
		assert!(MintExpiryQueueRange::<Test>::get().is_empty());
		assert_eq!(balance(1), INITIAL + 9 * TFT);
	});
}

#[test]
fn an_unsigned_withdrawal_is_retried_and_stays_open() {
	run_test(|| {
		let id = swap(1, 42, 10 * TFT);
		sign_burn(11, id, 42, 9 * TFT);
		let after_swap = issuance();
		go_to(1 + RETRY);
		let tx = BurnTransactions::<Test>::get(id).unwrap();
		assert!(tx.signatures.is_empty());
		assert_eq!(tx.sequence_number, 0);
		assert_eq!(tx.block, 1 + RETRY);
		assert_eq!(tx.amount, 9 * TFT);
		assert!(BurnTransactionSigners::<Test>::get(id).is_empty());
		assert_eq!(
			bridge_events().last(),
			Some(&Event::BurnTransactionExpired(id, Some(1), address(42), 9 * TFT))
		);
		// Expiring burns nothing more and mints nothing back.
		assert_eq!(issuance(), after_swap);
		assert_eq!(balance(1), INITIAL - 10 * TFT);
		// It is retried again one interval later, and can be signed and executed meanwhile.
		sign_burn(11, id, 42, 9 * TFT);
		sign_burn(12, id, 42, 9 * TFT);
		assert_ok!(TFTBridgeModule::set_burn_transaction_executed(signed(12), id));
		let events = bridge_events().len();
		go_to(1 + 2 * RETRY);
		assert_eq!(bridge_events().len(), events);
		assert!(RetryQueueRange::<Test>::get().is_empty());
	});
}

#[test]
fn a_withdrawal_keeps_being_retried_until_executed() {
	run_test(|| {
		let id = swap(1, 42, 10 * TFT);
		go_to(1 + 3 * RETRY);
		let expired = bridge_events()
			.into_iter()
			.filter(|event| matches!(event, Event::BurnTransactionExpired(..)))
			.count();
		assert_eq!(expired, 3);
		assert_eq!(BurnTransactions::<Test>::get(id).unwrap().block, 1 + 3 * RETRY);
		assert_eq!(RetryQueueRange::<Test>::get().len(), 1);
	});
}

#[test]
fn an_unpaid_refund_is_retried() {
	run_test(|| {
		sign_refund(11, b"bad deposit", 5, 3 * TFT);
		go_to(1 + RETRY);
		let tx = RefundTransactions::<Test>::get(tx_id(b"bad deposit"));
		assert!(tx.signatures.is_empty());
		assert_eq!(tx.sequence_number, 0);
		assert_eq!(tx.block, 1 + RETRY);
		assert!(!RefundTransactionSigners::<Test>::contains_key(tx_id(b"bad deposit")));
		assert_eq!(
			bridge_events().last(),
			Some(&Event::RefundTransactionExpired(b"bad deposit".to_vec(), address(5), 3 * TFT))
		);
		// A paid refund is not retried.
		sign_refund(11, b"bad deposit", 5, 3 * TFT);
		sign_refund(12, b"bad deposit", 5, 3 * TFT);
		assert_ok!(TFTBridgeModule::set_refund_transaction_executed(
			signed(11),
			b"bad deposit".to_vec()
		));
		let events = bridge_events().len();
		go_to(1 + 2 * RETRY);
		assert_eq!(bridge_events().len(), events);
	});
}

#[test]
fn at_most_max_expiries_are_handled_per_block() {
	run_test(|| {
		// Ten withdrawals and three mint proposals, all due at the same block.
		for _ in 0..10 {
			swap(1, 42, 2 * TFT);
		}
		for n in 0..3u8 {
			vote(11, &[n], 1, 2 * TFT);
		}
		go_to(RETRY);
		System::reset_events();
		let expired = || {
			bridge_events()
				.into_iter()
				.filter(|event| {
					matches!(
						event,
						Event::BurnTransactionExpired(..) | Event::MintTransactionExpired(..)
					)
				})
				.count()
		};
		let mut per_block = Vec::new();
		for _ in 0..4 {
			go_to(System::block_number() + 1);
			per_block.push(expired());
			System::reset_events();
		}
		assert_eq!(per_block, vec![4, 4, 2, 0]);
		// The mint proposals come due later (MintExpiry) and are handled then.
		go_to(1 + MINT_EXPIRY);
		assert!(MintTransactions::<Test>::iter().next().is_none());
	});
}

#[test]
fn due_entries_are_handled_earliest_first_across_queues() {
	run_test(|| {
		// A mint proposal at block 1 (due at 1 + MINT_EXPIRY) and a withdrawal created so that
		// it is due one block later.
		vote(11, b"m", 1, 2 * TFT);
		go_to(2 + MINT_EXPIRY - RETRY);
		let id = swap(1, 42, 2 * TFT);
		// Stop both from being handled on time by saturating a block: handle none until both
		// are due, then one per block.
		go_to(1 + MINT_EXPIRY - 1);
		System::reset_events();
		let now = 2 + MINT_EXPIRY;
		System::set_block_number(now);
		assert_eq!(TFTBridgeModule::expire_due(now, 1), 1);
		assert!(matches!(bridge_events()[..], [Event::MintTransactionExpired(..)]));
		assert_eq!(TFTBridgeModule::expire_due(now, 1), 1);
		assert_eq!(
			bridge_events().last(),
			Some(&Event::BurnTransactionExpired(id, Some(1), address(42), TFT))
		);
		assert_eq!(TFTBridgeModule::expire_due(now, 1), 0);
	});
}

#[test]
fn the_hook_reports_the_weight_of_what_it_handled() {
	run_test(|| {
		for _ in 0..6 {
			swap(1, 42, 2 * TFT);
		}
		go_to(RETRY);
		let full = TFTBridgeModule::on_initialize(RETRY + 1);
		assert_eq!(full, <() as WeightInfo>::on_initialize(MAX_EXPIRIES));
		let rest = TFTBridgeModule::on_initialize(RETRY + 1);
		assert_eq!(rest, <() as WeightInfo>::on_initialize(2));
		let none = TFTBridgeModule::on_initialize(RETRY + 1);
		assert_eq!(none, <() as WeightInfo>::on_initialize(0));
	});
}

#[test]
fn the_issuance_base_is_set_once() {
	run_test(|| {
		let base = crate::IssuanceBase::<Test>::get().unwrap();
		assert_eq!(base, issuance());
		swap(1, 42, 10 * TFT);
		go_to(5);
		assert_eq!(crate::IssuanceBase::<Test>::get(), Some(base));
	});
}

#[test]
fn a_missing_issuance_base_is_recovered_from_the_counters() {
	run_test(|| {
		vote(11, b"d", 2, 10 * TFT);
		vote(12, b"d", 2, 10 * TFT);
		swap(1, 42, 5 * TFT);
		let base = crate::IssuanceBase::<Test>::take().unwrap();
		let db: frame_support::weights::RuntimeDbWeight =
			<<Test as frame_system::Config>::DbWeight as frame_support::traits::Get<_>>::get();
		let weight = TFTBridgeModule::on_initialize(2);
		assert_eq!(weight, <() as WeightInfo>::on_initialize(0) + db.reads_writes(3, 1));
		assert_eq!(crate::IssuanceBase::<Test>::get(), Some(base));
	});
}
