//! Refunds on Stellar of deposits that cannot be minted: the validators' signatures and marking
//! a refund paid. Nothing moves on this chain. Every function checks everything before its
//! first write, so an error leaves storage untouched.

use crate::{signatures::SignatureErrors, *};
use alloc::vec::Vec;
use frame_support::{dispatch::DispatchResult, ensure};

impl<T: Config> Pallet<T> {
	/// `validator` creates the refund of `tx_hash` (`amount` to `target`) with its signature, or
	/// adds its signature to the open refund (whose target and amount must match).
	#[allow(clippy::too_many_arguments)]
	pub fn do_create_refund_transaction_or_add_sig(
		validator: T::AccountId,
		tx_hash: Vec<u8>,
		target: Vec<u8>,
		amount: u64,
		signature: Vec<u8>,
		stellar_pub_key: Vec<u8>,
		sequence_number: u64,
	) -> DispatchResult {
		let validators = Self::ensure_bridge_validator(&validator)?;
		let key = TransactionId::try_from(tx_hash).map_err(|_| Error::<T>::TransactionIdTooLong)?;
		ensure!(
			!ExecutedRefundTransactions::<T>::contains_key(&key),
			Error::<T>::RefundTransactionAlreadyExecuted
		);
		let created = !RefundTransactions::<T>::contains_key(&key);
		let now = frame_system::Pallet::<T>::block_number();
		let (mut tx, mut signers) = if created {
			let target = Self::stellar_address(target)?;
			let tx = RefundTransaction {
				block: now,
				amount,
				target,
				tx_hash: key.clone(),
				signatures: Default::default(),
				sequence_number,
			};
			(tx, AccountsOf::<T>::new())
		} else {
			let tx = RefundTransactions::<T>::get(&key);
			ensure!(
				tx.amount == amount && tx.target.as_slice() == target.as_slice(),
				Error::<T>::WrongParametersProvided
			);
			(tx, RefundTransactionSigners::<T>::get(&key))
		};
		let signature = Self::stellar_signature(signature, stellar_pub_key)?;
		let ready = Self::add_signature(
			&mut tx.signatures,
			&mut signers,
			&validator,
			signature.clone(),
			validators.len(),
			SignatureErrors {
				enough: Error::<T>::EnoughRefundSignaturesPresent,
				exists: Error::<T>::RefundSignatureExists,
			},
		)?;

		tx.sequence_number = sequence_number;
		let raw = key.clone().into_inner();
		let raw_target = tx.target.clone().into_inner();
		RefundTransactions::<T>::insert(&key, &tx);
		RefundTransactionSigners::<T>::insert(&key, signers);
		if created {
			Self::queue_retry(RetryKey::Refund(key), now);
		}
		Self::deposit_event(Event::RefundTransactionsignatureAdded(raw.clone(), signature));
		if ready {
			Self::deposit_event(Event::RefundTransactionReady(raw.clone()));
		}
		if created {
			Self::deposit_event(Event::RefundTransactionCreated(raw, raw_target, amount));
		}
		Ok(())
	}

	/// `validator` reports the refund of `tx_hash` as paid on Stellar.
	pub fn do_set_refund_transaction_executed(
		validator: T::AccountId,
		tx_hash: Vec<u8>,
	) -> DispatchResult {
		Self::ensure_bridge_validator(&validator)?;
		let key = TransactionId::try_from(tx_hash).map_err(|_| Error::<T>::TransactionIdTooLong)?;
		ensure!(
			!ExecutedRefundTransactions::<T>::contains_key(&key),
			Error::<T>::RefundTransactionAlreadyExecuted
		);
		ensure!(
			RefundTransactions::<T>::contains_key(&key),
			Error::<T>::RefundTransactionNotExists
		);
		let tx = RefundTransactions::<T>::get(&key);
		RefundTransactions::<T>::remove(&key);
		RefundTransactionSigners::<T>::remove(&key);
		ExecutedRefundTransactions::<T>::insert(&key, &tx);
		Self::deposit_event(Event::RefundTransactionProcessed(tx));
		Ok(())
	}
}
