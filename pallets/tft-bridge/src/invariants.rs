//! Consistency checks run by `try_state` (try-runtime) and after every unit test.

#[cfg(any(feature = "try-runtime", test))]
use {
	crate::*,
	alloc::{collections::BTreeSet, vec::Vec},
	codec::Encode,
	frame_support::{ensure, traits::Get},
	sp_runtime::{Saturating, TryRuntimeError},
	tfchain_support::stellar::is_valid_stellar_address,
};

/// Queue entries as `(encoded key, block)`.
#[cfg(any(feature = "try-runtime", test))]
type QueuedSet<T> = BTreeSet<(Vec<u8>, BlockNumberFor<T>)>;

#[cfg(any(feature = "try-runtime", test))]
impl<T: Config> Pallet<T> {
	/// Checks that:
	/// - [`Validators`] is strictly sorted (no account twice);
	/// - every open mint has its votes (distinct current-or-former bridge validators, `votes`
	///   their number), is not executed and exceeds 0; no votes without an open mint;
	/// - every open burn has an id given out, is not executed, pays to a Stellar address, has one
	///   signer per signature (no signer, key or signature twice); executed ids were given out;
	/// - every open refund is keyed by its `tx_hash`, is not executed, pays to a Stellar address,
	///   and has one signer per signature likewise; no signers without an open burn or refund;
	/// - each queue's range holds exactly its entries, and every open transaction has its
	///   current entry in its queue (so each one expires or is retried in time);
	/// - the issuance is at most `IssuanceBase + TotalMinted − TotalBurned`: no TFT exist beyond
	///   the base and what the bridge minted (the unit tests check the equality).
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let validators = Validators::<T>::get();
		ensure!(
			validators.windows(2).all(|pair| matches!(pair, [a, b] if a < b)),
			"Validators not strictly sorted"
		);

		let mint_queue = Self::check_queue(
			MintExpiryQueueRange::<T>::get(),
			MintExpiryQueue::<T>::iter().map(|(slot, entry)| (slot, entry.key, entry.block)),
		)?;
		let retry_queue = Self::check_queue(
			RetryQueueRange::<T>::get(),
			RetryQueue::<T>::iter().map(|(slot, entry)| (slot, entry.key, entry.block)),
		)?;

		for (id, tx) in MintTransactions::<T>::iter() {
			ensure!(
				!ExecutedMintTransactions::<T>::contains_key(&id),
				"an open mint is also executed"
			);
			ensure!(tx.amount > 0, "an open mint of 0");
			let voters = MintTransactionVotes::<T>::get(&id);
			let distinct: BTreeSet<_> = voters.iter().collect();
			ensure!(distinct.len() == voters.len(), "a validator voted twice for a mint");
			ensure!(tx.votes as usize == voters.len(), "a mint's votes differ from its voters");
			ensure!(!voters.is_empty(), "an open mint without votes");
			ensure!(
				mint_queue.contains(&(id.encode(), tx.block)),
				"an open mint is not in the expiry queue"
			);
		}
		for id in MintTransactionVotes::<T>::iter_keys() {
			ensure!(MintTransactions::<T>::contains_key(&id), "votes without an open mint");
		}

		let last_id = BurnTransactionID::<T>::get();
		for (id, tx) in BurnTransactions::<T>::iter() {
			ensure!(id > 0 && id <= last_id, "an open burn with an id not given out");
			ensure!(
				!ExecutedBurnTransactions::<T>::contains_key(id),
				"an open burn is also executed"
			);
			ensure!(is_valid_stellar_address(&tx.target), "a burn to an invalid Stellar address");
			Self::check_signatures(&tx.signatures, &BurnTransactionSigners::<T>::get(id))?;
			ensure!(
				retry_queue.contains(&(RetryKey::Burn(id).encode(), tx.block)),
				"an open burn is not in the retry queue"
			);
		}
		for id in ExecutedBurnTransactions::<T>::iter_keys() {
			ensure!(id > 0 && id <= last_id, "an executed burn with an id not given out");
		}
		for id in BurnTransactionSigners::<T>::iter_keys() {
			ensure!(BurnTransactions::<T>::contains_key(id), "signers without an open burn");
		}

		for (key, tx) in RefundTransactions::<T>::iter() {
			ensure!(tx.tx_hash == key, "a refund not keyed by its tx_hash");
			ensure!(
				!ExecutedRefundTransactions::<T>::contains_key(&key),
				"an open refund is also executed"
			);
			ensure!(is_valid_stellar_address(&tx.target), "a refund to an invalid Stellar address");
			Self::check_signatures(&tx.signatures, &RefundTransactionSigners::<T>::get(&key))?;
			ensure!(
				retry_queue.contains(&(RetryKey::Refund(key).encode(), tx.block)),
				"an open refund is not in the retry queue"
			);
		}
		for key in RefundTransactionSigners::<T>::iter_keys() {
			ensure!(RefundTransactions::<T>::contains_key(&key), "signers without an open refund");
		}

		if let Some(base) = IssuanceBase::<T>::get() {
			let minted = TotalMinted::<T>::get();
			let burned = TotalBurned::<T>::get();
			ensure!(burned <= base.saturating_add(minted), "the bridge burned more than existed");
			ensure!(
				T::Currency::total_issuance() <= base.saturating_add(minted).saturating_sub(burned),
				"more TFT issued than the base and the bridge's mints account for"
			);
		}
		Ok(())
	}

	/// Checks a queue's range against its entries; returns the entries as `(encoded key,
	/// block)`.
	fn check_queue<K: Encode>(
		range: QueueRange,
		entries: impl Iterator<Item = (u64, K, BlockNumberFor<T>)>,
	) -> Result<QueuedSet<T>, TryRuntimeError> {
		ensure!(range.head <= range.tail, "a queue's head is past its tail");
		let mut found = BTreeSet::new();
		let mut count = 0u64;
		for (slot, key, block) in entries {
			ensure!(slot >= range.head && slot < range.tail, "a queue entry outside its range");
			count = count.saturating_add(1);
			found.insert((key.encode(), block));
		}
		ensure!(count == range.len(), "a queue's range has slots without entries");
		Ok(found)
	}

	/// Checks a transaction's signatures against its signers.
	fn check_signatures<S: Get<u32>>(
		signatures: &BoundedList<StellarSignature, S>,
		signers: &AccountsOf<T>,
	) -> Result<(), TryRuntimeError> {
		ensure!(signatures.len() == signers.len(), "signatures and signers differ in number");
		let keys: BTreeSet<_> = signatures.iter().map(|s| s.stellar_pub_key.as_slice()).collect();
		let bytes: BTreeSet<_> = signatures.iter().map(|s| s.signature.as_slice()).collect();
		let accounts: BTreeSet<_> = signers.iter().collect();
		ensure!(
			keys.len() == signatures.len()
				&& bytes.len() == signatures.len()
				&& accounts.len() == signers.len(),
			"a signer, key or signature twice on a transaction"
		);
		ensure!(
			signatures.iter().all(|s| is_valid_stellar_address(&s.stellar_pub_key)),
			"a signature by an invalid Stellar key"
		);
		Ok(())
	}
}
