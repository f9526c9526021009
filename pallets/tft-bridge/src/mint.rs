//! Stellar → chain: mint proposals, votes and the mint itself. Every function checks everything
//! before its first write, so an error leaves storage untouched.

use crate::*;
use alloc::vec::Vec;
use frame_support::{
	dispatch::DispatchResult,
	ensure,
	traits::{
		fungible::{Inspect, Mutate},
		tokens::Provenance,
	},
};
use sp_runtime::{DispatchError, Saturating};

/// What a mint pays, worked out (and checked) before anything is written.
struct MintPlan<AccountId, Balance> {
	/// Credited to the transaction's target (with the fee when it is the fee account).
	to_target: Balance,
	/// The deposit fee and the fee account credited with it (none without a fee account or a
	/// fee, or when the target is the fee account).
	fee: Option<(AccountId, Balance)>,
}

impl<T: Config> Pallet<T> {
	/// `validator` proposes minting `transaction` (`amount` to `target`) or votes for the open
	/// proposal; the vote that reaches the threshold mints.
	pub fn do_propose_or_vote_mint_transaction(
		validator: T::AccountId,
		transaction: Vec<u8>,
		target: T::AccountId,
		amount: u64,
	) -> DispatchResult {
		let validators = Self::ensure_bridge_validator(&validator)?;
		let tx_id =
			TransactionId::try_from(transaction).map_err(|_| Error::<T>::TransactionIdTooLong)?;
		ensure!(
			!ExecutedMintTransactions::<T>::contains_key(&tx_id),
			Error::<T>::MintTransactionAlreadyExecuted
		);
		let now = frame_system::Pallet::<T>::block_number();
		let open = MintTransactions::<T>::get(&tx_id);
		let proposed = open.is_none();
		let (mut tx, mut voters) = match open {
			Some(tx) => {
				ensure!(
					tx.target == target && tx.amount == amount,
					Error::<T>::WrongParametersProvided
				);
				let voters = MintTransactionVotes::<T>::get(&tx_id);
				ensure!(!voters.contains(&validator), Error::<T>::TransactionValidatorExists);
				(tx, voters)
			},
			None => {
				ensure!(amount > DepositFee::<T>::get(), Error::<T>::AmountIsLessThanDepositFee);
				(MintTransaction { amount, target, block: now, votes: 0 }, AccountsOf::<T>::new())
			},
		};
		// Only current bridge validators' votes count (and are kept); `validator` is one of them
		// and had not voted, so the list has room.
		voters.retain(|voter| validators.binary_search(voter).is_ok());
		voters.try_push(validator).map_err(|_| Error::<T>::TooManyBridgeValidators)?;
		tx.votes = u32::try_from(voters.len()).unwrap_or(u32::MAX);
		let plan = if voters.len() >= Self::threshold(validators.len()) {
			Some(Self::plan_mint(&tx)?)
		} else {
			None
		};

		// Validated: from here on nothing fails.
		let raw = tx_id.clone().into_inner();
		if proposed {
			Self::deposit_event(Event::MintTransactionProposed(
				raw.clone(),
				tx.target.clone(),
				tx.amount,
			));
		}
		Self::deposit_event(Event::MintTransactionVoted(raw));
		match plan {
			Some(plan) => Self::execute_mint(tx_id, tx, plan),
			None => {
				if proposed {
					Self::queue_mint_expiry(&tx_id, now);
				}
				MintTransactions::<T>::insert(&tx_id, &tx);
				MintTransactionVotes::<T>::insert(&tx_id, voters);
				Ok(())
			},
		}
	}

	/// Works out what minting `tx` pays, with the deposit fee of now, and checks that both
	/// accounts can receive it.
	fn plan_mint(
		tx: &MintTransactionOf<T>,
	) -> Result<MintPlan<T::AccountId, BalanceOf<T>>, DispatchError> {
		let fee = DepositFee::<T>::get();
		ensure!(tx.amount > fee, Error::<T>::AmountIsLessThanDepositFee);
		let mut to_target = Self::balance(tx.amount.saturating_sub(fee))?;
		let mut fee = match FeeAccount::<T>::get() {
			Some(account) if fee > 0 => Some((account, Self::balance(fee)?)),
			_ => None,
		};
		// The target may be the fee account: it then gets both in one deposit.
		if let Some((account, amount)) = &fee {
			if account == &tx.target {
				to_target = to_target.saturating_add(*amount);
				fee = None;
			}
		}
		T::Currency::can_deposit(&tx.target, to_target, Provenance::Minted)
			.into_result()
			.map_err(|_| Error::<T>::TargetCannotReceiveMint)?;
		if let Some((account, amount)) = &fee {
			T::Currency::can_deposit(account, *amount, Provenance::Minted)
				.into_result()
				.map_err(|_| Error::<T>::FeeAccountCannotReceiveFee)?;
		}
		Ok(MintPlan { to_target, fee })
	}

	/// Mints `tx` as planned and moves it to the executed transactions.
	fn execute_mint(
		tx_id: TransactionId,
		mut tx: MintTransactionOf<T>,
		plan: MintPlan<T::AccountId, BalanceOf<T>>,
	) -> DispatchResult {
		let mut minted = T::Currency::mint_into(&tx.target, plan.to_target)?;
		if let Some((account, fee)) = plan.fee {
			minted = minted.saturating_add(T::Currency::mint_into(&account, fee)?);
		}
		TotalMinted::<T>::mutate(|total| *total = total.saturating_add(minted));
		MintTransactions::<T>::remove(&tx_id);
		MintTransactionVotes::<T>::remove(&tx_id);
		tx.block = frame_system::Pallet::<T>::block_number();
		ExecutedMintTransactions::<T>::insert(&tx_id, &tx);
		Self::deposit_event(Event::MintCompleted(tx, tx_id.into_inner()));
		Ok(())
	}

	/// `amount` TFT units in the currency's balance type.
	pub(crate) fn balance(amount: u64) -> Result<BalanceOf<T>, DispatchError> {
		BalanceOf::<T>::try_from(amount).map_err(|_| Error::<T>::AmountTooLarge.into())
	}
}
