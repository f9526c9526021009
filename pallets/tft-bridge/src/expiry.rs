//! The expiry queues and the block hook that works through them.
//!
//! Two FIFO queues: [`MintExpiryQueue`] (mint proposals, due `MintExpiry` blocks after they
//! were proposed) and [`RetryQueue`] (burns and refunds, due `RetryInterval` blocks after they
//! were created or last reset). Entries are appended with the current block, so each queue is
//! in due order. Each block, `on_initialize` takes the earliest due head of the two queues,
//! again and again, up to `MaxExpiriesPerBlock` entries; what is left waits for the next block.
//!
//! An entry whose transaction is gone (minted, executed) or whose `block` changed is stale and
//! only dropped. A due mint proposal is dropped with `MintTransactionExpired`. A due burn or
//! refund gets its signatures and sequence number reset, its `block` set to now and a new entry
//! at the back of the queue, and is announced again (`BurnTransactionExpired` /
//! `RefundTransactionExpired`); it stays open, and no TFT move.

use crate::*;
use frame_support::{traits::Get, weights::Weight};
use sp_runtime::Saturating;

/// Which queue's head is handled next.
enum Next {
	Mint,
	Retry,
}

impl<T: Config> Pallet<T> {
	/// The block hook: sets [`IssuanceBase`] in the pallet's first block, then expires what is
	/// due. Returns the weight used.
	pub fn do_on_initialize(now: BlockNumberFor<T>) -> Weight {
		// The benchmark of this hook includes the read of `IssuanceBase`; setting it is extra.
		let mut weight = Weight::zero();
		if IssuanceBase::<T>::get().is_none() {
			let base = T::Currency::total_issuance()
				.saturating_add(TotalBurned::<T>::get())
				.saturating_sub(TotalMinted::<T>::get());
			IssuanceBase::<T>::put(base);
			weight = weight.saturating_add(T::DbWeight::get().reads_writes(3, 1));
		}
		let handled = Self::expire_due(now, T::MaxExpiriesPerBlock::get());
		weight.saturating_add(T::WeightInfo::on_initialize(handled))
	}

	/// Appends mint proposal `tx_id`, proposed in `block`, to the mint expiry queue.
	pub(crate) fn queue_mint_expiry(tx_id: &TransactionId, block: BlockNumberFor<T>) {
		let mut range = MintExpiryQueueRange::<T>::get();
		MintExpiryQueue::<T>::insert(range.tail, QueuedTransaction { key: tx_id.clone(), block });
		range.tail = range.tail.saturating_add(1);
		MintExpiryQueueRange::<T>::put(range);
	}

	/// Appends burn or refund `key`, created or reset in `block`, to the retry queue.
	pub(crate) fn queue_retry(key: RetryKey, block: BlockNumberFor<T>) {
		let mut range = RetryQueueRange::<T>::get();
		RetryQueue::<T>::insert(range.tail, QueuedTransaction { key, block });
		range.tail = range.tail.saturating_add(1);
		RetryQueueRange::<T>::put(range);
	}

	/// Handles up to `limit` queue entries due at `now`, earliest due first (a mint first on a
	/// tie). Returns how many were handled.
	pub fn expire_due(now: BlockNumberFor<T>, limit: u32) -> u32 {
		let mut mints = MintExpiryQueueRange::<T>::get();
		let mut retries = RetryQueueRange::<T>::get();
		let (mints_before, retries_before) = (mints, retries);
		let mut next_mint = Self::head(&mints, MintExpiryQueue::<T>::get);
		let mut next_retry = Self::head(&retries, RetryQueue::<T>::get);
		let mut handled = 0u32;
		while handled < limit {
			let mint_due = next_mint
				.as_ref()
				.map(|entry| entry.block.saturating_add(T::MintExpiry::get()))
				.filter(|due| *due <= now);
			let retry_due = next_retry
				.as_ref()
				.map(|entry| entry.block.saturating_add(T::RetryInterval::get()))
				.filter(|due| *due <= now);
			let next = match (mint_due, retry_due) {
				(None, None) => break,
				(Some(mint), Some(retry)) if retry < mint => Next::Retry,
				(Some(_), _) => Next::Mint,
				(None, Some(_)) => Next::Retry,
			};
			match next {
				Next::Mint => {
					if let Some(entry) = next_mint.take() {
						MintExpiryQueue::<T>::remove(mints.head);
						mints.head = mints.head.saturating_add(1);
						Self::expire_mint(entry);
					}
					next_mint = Self::head(&mints, MintExpiryQueue::<T>::get);
				},
				Next::Retry => {
					if let Some(entry) = next_retry.take() {
						RetryQueue::<T>::remove(retries.head);
						retries.head = retries.head.saturating_add(1);
						Self::retry(entry, now, &mut retries);
					}
					next_retry = Self::head(&retries, RetryQueue::<T>::get);
				},
			}
			handled = handled.saturating_add(1);
		}
		if mints != mints_before {
			MintExpiryQueueRange::<T>::put(mints);
		}
		if retries != retries_before {
			RetryQueueRange::<T>::put(retries);
		}
		handled
	}

	/// The oldest entry of a queue, if any.
	fn head<E>(range: &QueueRange, get: impl Fn(u64) -> Option<E>) -> Option<E> {
		if range.is_empty() {
			None
		} else {
			get(range.head)
		}
	}

	/// Drops mint proposal `entry` if it is still the one queued.
	fn expire_mint(entry: QueuedMintOf<T>) {
		let Some(tx) = MintTransactions::<T>::get(&entry.key) else { return };
		if tx.block != entry.block {
			return;
		}
		MintTransactions::<T>::remove(&entry.key);
		MintTransactionVotes::<T>::remove(&entry.key);
		Self::deposit_event(Event::MintTransactionExpired(
			entry.key.into_inner(),
			tx.amount,
			tx.target,
		));
	}

	/// Resets the signatures of the burn or refund of `entry` if it is still the one queued,
	/// and queues it again (`retries` is the retry queue's range, kept by the caller).
	fn retry(entry: QueuedRetryOf<T>, now: BlockNumberFor<T>, retries: &mut QueueRange) {
		match entry.key {
			RetryKey::Burn(id) => {
				let Some(mut tx) = BurnTransactions::<T>::get(id) else { return };
				if tx.block != entry.block {
					return;
				}
				tx.signatures = Default::default();
				tx.sequence_number = 0;
				tx.block = now;
				BurnTransactions::<T>::insert(id, &tx);
				BurnTransactionSigners::<T>::remove(id);
				Self::requeue(RetryKey::Burn(id), now, retries);
				Self::deposit_event(Event::BurnTransactionExpired(
					id,
					tx.source,
					tx.target.into_inner(),
					tx.amount,
				));
			},
			RetryKey::Refund(key) => {
				if !RefundTransactions::<T>::contains_key(&key) {
					return;
				}
				let mut tx = RefundTransactions::<T>::get(&key);
				if tx.block != entry.block {
					return;
				}
				tx.signatures = Default::default();
				tx.sequence_number = 0;
				tx.block = now;
				RefundTransactions::<T>::insert(&key, &tx);
				RefundTransactionSigners::<T>::remove(&key);
				Self::requeue(RetryKey::Refund(key.clone()), now, retries);
				Self::deposit_event(Event::RefundTransactionExpired(
					key.into_inner(),
					tx.target.into_inner(),
					tx.amount,
				));
			},
		}
	}

	/// Appends `key` to the retry queue whose range the caller holds.
	fn requeue(key: RetryKey, block: BlockNumberFor<T>, retries: &mut QueueRange) {
		RetryQueue::<T>::insert(retries.tail, QueuedTransaction { key, block });
		retries.tail = retries.tail.saturating_add(1);
	}
}
