//! Chain → Stellar: swaps (the burn), the validators' signatures of the payout, and marking it
//! paid. Every function checks everything before its first write, so an error leaves storage
//! untouched.

use crate::{signatures::SignatureErrors, *};
use alloc::vec::Vec;
use frame_support::{
	dispatch::DispatchResult,
	ensure,
	traits::{
		fungible::{Inspect, Mutate},
		tokens::{Fortitude, Precision, Preservation, Provenance},
	},
};
use sp_runtime::{traits::Zero, Saturating};

impl<T: Config> Pallet<T> {
	/// `source` swaps `amount` to `target_stellar_address`: the withdraw fee goes to the fee
	/// account, the rest is burned and a withdrawal of it is opened.
	///
	/// The caller's account is always kept alive (`Preservation::Preserve`): it can swap what it
	/// could transfer with `transfer_keep_alive`. Without a fee account the fee is burned too.
	pub fn do_swap_to_stellar(
		source: T::AccountId,
		target_stellar_address: Vec<u8>,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		let target = Self::stellar_address(target_stellar_address)?;
		let fee_units = WithdrawFee::<T>::get();
		let fee = Self::balance(fee_units)?;
		ensure!(amount > fee, Error::<T>::AmountIsLessThanWithdrawFee);
		let spendable =
			T::Currency::reducible_balance(&source, Preservation::Preserve, Fortitude::Polite);
		ensure!(amount <= spendable, Error::<T>::NotEnoughBalanceToSwap);
		let payout = amount.saturating_sub(fee);
		let payout_units: u64 = payout.try_into().map_err(|_| Error::<T>::AmountTooLarge)?;
		let fee_account = FeeAccount::<T>::get().filter(|_| !fee.is_zero());
		if let Some(account) = &fee_account {
			if account != &source {
				T::Currency::can_deposit(account, fee, Provenance::Extant)
					.into_result()
					.map_err(|_| Error::<T>::FeeAccountCannotReceiveFee)?;
			}
		}
		let id = BurnTransactionID::<T>::get()
			.checked_add(1)
			.ok_or(Error::<T>::BurnTransactionIdOverflow)?;

		// Validated. The fee is moved first; the burn then takes exactly `payout` (or the whole
		// amount without a fee account), which the checks above leave spendable.
		let to_burn = match &fee_account {
			Some(account) => {
				T::Currency::transfer(&source, account, fee, Preservation::Preserve)?;
				payout
			},
			None => amount,
		};
		let burned = T::Currency::burn_from(
			&source,
			to_burn,
			Preservation::Preserve,
			Precision::Exact,
			Fortitude::Polite,
		)?;
		TotalBurned::<T>::mutate(|total| *total = total.saturating_add(burned));

		let now = frame_system::Pallet::<T>::block_number();
		BurnTransactionID::<T>::put(id);
		let raw_target = target.clone().into_inner();
		BurnTransactions::<T>::insert(
			id,
			BurnTransaction {
				block: now,
				amount: payout_units,
				source: Some(source.clone()),
				target,
				signatures: Default::default(),
				sequence_number: 0,
			},
		);
		Self::queue_retry(RetryKey::Burn(id), now);
		Self::deposit_event(Event::BurnTransactionCreated(id, source, raw_target, payout_units));
		Ok(())
	}

	/// `validator` adds its signature of the payout of withdrawal `id`, for the bridge's
	/// Stellar `sequence_number`.
	#[allow(clippy::too_many_arguments)]
	pub fn do_propose_burn_transaction_or_add_sig(
		validator: T::AccountId,
		id: u64,
		target: Vec<u8>,
		amount: u64,
		signature: Vec<u8>,
		stellar_pub_key: Vec<u8>,
		sequence_number: u64,
	) -> DispatchResult {
		let validators = Self::ensure_bridge_validator(&validator)?;
		ensure!(
			!ExecutedBurnTransactions::<T>::contains_key(id),
			Error::<T>::BurnTransactionAlreadyExecuted
		);
		let mut tx = BurnTransactions::<T>::get(id).ok_or(Error::<T>::BurnTransactionNotExists)?;
		ensure!(
			tx.amount == amount && tx.target.as_slice() == target.as_slice(),
			Error::<T>::WrongParametersProvided
		);
		let signature = Self::stellar_signature(signature, stellar_pub_key)?;
		let mut signers = BurnTransactionSigners::<T>::get(id);
		let ready = Self::add_signature(
			&mut tx.signatures,
			&mut signers,
			&validator,
			signature.clone(),
			validators.len(),
			SignatureErrors {
				enough: Error::<T>::EnoughBurnSignaturesPresent,
				exists: Error::<T>::BurnSignatureExists,
			},
		)?;

		tx.sequence_number = sequence_number;
		BurnTransactions::<T>::insert(id, &tx);
		BurnTransactionSigners::<T>::insert(id, signers);
		Self::deposit_event(Event::BurnTransactionSignatureAdded(id, signature));
		if ready {
			Self::deposit_event(Event::BurnTransactionReady(id));
		}
		Ok(())
	}

	/// `validator` reports withdrawal `id` as paid out on Stellar.
	pub fn do_set_burn_transaction_executed(validator: T::AccountId, id: u64) -> DispatchResult {
		Self::ensure_bridge_validator(&validator)?;
		ensure!(
			!ExecutedBurnTransactions::<T>::contains_key(id),
			Error::<T>::BurnTransactionAlreadyExecuted
		);
		let tx = BurnTransactions::<T>::get(id).ok_or(Error::<T>::BurnTransactionNotExists)?;
		BurnTransactions::<T>::remove(id);
		BurnTransactionSigners::<T>::remove(id);
		ExecutedBurnTransactions::<T>::insert(id, &tx);
		Self::deposit_event(Event::BurnTransactionProcessed(tx));
		Ok(())
	}
}
