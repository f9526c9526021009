//! Benchmarks (v2) for every call and the block hook, each at the worst case of its bounds:
//! `MaxBridgeValidators` bridge validators; a mint decided by the caller's vote over a full vote
//! list (stale votes included); signature lists one short of the threshold, filled with the
//! longest signatures; executions of transactions with full signature lists; the hook handling
//! `MaxExpiriesPerBlock` refunds with full signature lists and the longest ids (the heaviest
//! kind of entry: a read, a rewrite and a requeue each).

use super::*;
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::traits::{
	fungible::{Inspect, Mutate},
	EnsureOrigin, Get, Hooks,
};
use frame_system::RawOrigin;
use sp_runtime::Saturating;
use tfchain_support::stellar::stellar_address_of;

/// One TFT in units (7 decimals).
const TFT: u64 = 10_000_000;

fn restricted<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::RestrictedOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

/// A distinct valid Stellar address per `i`.
fn stellar(i: u32) -> Vec<u8> {
	let mut key = [0x5a; 32];
	key[..4].copy_from_slice(&i.to_le_bytes());
	stellar_address_of(key)
}

/// A distinct longest signature per `i`.
fn long_signature(i: u32) -> Vec<u8> {
	let mut bytes = vec![0xab; types::MAX_SIGNATURE_LENGTH as usize];
	bytes[..4].copy_from_slice(&i.to_le_bytes());
	bytes
}

/// A distinct longest transaction id per `i`.
fn long_id(i: u32) -> Vec<u8> {
	let mut bytes = vec![b'f'; types::MAX_TRANSACTION_ID_LENGTH as usize];
	bytes[..4].copy_from_slice(&i.to_le_bytes());
	bytes
}

/// Makes `MaxBridgeValidators` bridge validators; returns them sorted.
fn full_validators<T: Config>() -> Vec<T::AccountId> {
	let mut validators: Vec<T::AccountId> =
		(0..T::MaxBridgeValidators::get()).map(|i| account("validator", i, 0)).collect();
	validators.sort();
	Validators::<T>::put(ValidatorsOf::<T>::truncate_from(validators.clone()));
	validators
}

/// Funds `who` generously.
fn fund<T: Config>(who: &T::AccountId) -> Result<(), BenchmarkError> {
	let amount = Pallet::<T>::balance(1_000_000 * TFT).map_err(|_| BenchmarkError::Weightless)?;
	T::Currency::mint_into(who, amount).map_err(|_| BenchmarkError::Stop("fund"))?;
	Ok(())
}

/// An existing fee account and fees of 1 TFT.
fn fees<T: Config>() -> Result<(), BenchmarkError> {
	let fee_account: T::AccountId = account("fees", 0, 0);
	fund::<T>(&fee_account)?;
	FeeAccount::<T>::put(fee_account);
	WithdrawFee::<T>::put(TFT);
	DepositFee::<T>::put(TFT);
	Ok(())
}

/// A transaction's signatures, with their signers.
type Signed<T> = (BoundedList<StellarSignature, <T as Config>::MaxBridgeValidators>, AccountsOf<T>);

/// `count` signatures by `validators[..count]`, with their signer list.
fn signatures<T: Config>(
	validators: &[T::AccountId],
	count: usize,
) -> Result<Signed<T>, BenchmarkError> {
	let mut signatures = BoundedList::<StellarSignature, T::MaxBridgeValidators>::default();
	let mut signers = AccountsOf::<T>::new();
	for (i, validator) in validators.iter().take(count).enumerate() {
		let i = i as u32;
		let signature = StellarSignature {
			signature: SignatureBytes::truncate_from(long_signature(i)),
			stellar_pub_key: StellarAddress::truncate_from(stellar(i)),
		};
		signatures.try_push(signature).map_err(|_| BenchmarkError::Stop("signatures"))?;
		signers.try_push(validator.clone()).map_err(|_| BenchmarkError::Stop("signers"))?;
	}
	Ok((signatures, signers))
}

/// An open burn `id` with `count` signatures, queued at the current block.
fn open_burn<T: Config>(
	id: u64,
	validators: &[T::AccountId],
	count: usize,
) -> Result<BurnTransactionOf<T>, BenchmarkError> {
	let (signatures, signers) = signatures::<T>(validators, count)?;
	let now = frame_system::Pallet::<T>::block_number();
	let tx = BurnTransaction {
		block: now,
		amount: 9 * TFT,
		source: Some(account("source", 0, 0)),
		target: StellarAddress::truncate_from(stellar(u32::MAX)),
		signatures,
		sequence_number: 1,
	};
	BurnTransactionID::<T>::put(id);
	BurnTransactions::<T>::insert(id, &tx);
	BurnTransactionSigners::<T>::insert(id, signers);
	Pallet::<T>::queue_retry(RetryKey::Burn(id), now);
	Ok(tx)
}

/// An open refund of `long_id(i)` with `count` signatures, queued at the current block.
fn open_refund<T: Config>(
	i: u32,
	validators: &[T::AccountId],
	count: usize,
) -> Result<RefundTransactionOf<T>, BenchmarkError> {
	let (signatures, signers) = signatures::<T>(validators, count)?;
	let now = frame_system::Pallet::<T>::block_number();
	let key = TransactionId::truncate_from(long_id(i));
	let tx = RefundTransaction {
		block: now,
		amount: 9 * TFT,
		target: StellarAddress::truncate_from(stellar(u32::MAX)),
		tx_hash: key.clone(),
		signatures,
		sequence_number: 1,
	};
	RefundTransactions::<T>::insert(&key, &tx);
	RefundTransactionSigners::<T>::insert(&key, signers);
	Pallet::<T>::queue_retry(RetryKey::Refund(key), now);
	Ok(tx)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn add_bridge_validator() -> Result<(), BenchmarkError> {
		let origin = restricted::<T>()?;
		let mut validators = full_validators::<T>();
		// Room for one, and the new one sorts first (the whole list shifts).
		validators.pop();
		Validators::<T>::put(ValidatorsOf::<T>::truncate_from(validators.clone()));
		let mut candidate: T::AccountId = account("candidate", 0, 0);
		for i in 1..100 {
			if validators.first().is_none_or(|first| &candidate < first) {
				break;
			}
			candidate = account("candidate", i, 0);
		}
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, candidate.clone());
		assert!(Validators::<T>::get().binary_search(&candidate).is_ok());
		Ok(())
	}

	#[benchmark]
	fn remove_bridge_validator() -> Result<(), BenchmarkError> {
		let origin = restricted::<T>()?;
		let validators = full_validators::<T>();
		let first = validators.first().cloned().ok_or(BenchmarkError::Stop("no validator"))?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, first.clone());
		assert!(Validators::<T>::get().binary_search(&first).is_err());
		Ok(())
	}

	#[benchmark]
	fn set_fee_account() -> Result<(), BenchmarkError> {
		let origin = restricted::<T>()?;
		let target: T::AccountId = account("fees", 1, 0);
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, target.clone());
		assert_eq!(FeeAccount::<T>::get(), Some(target));
		Ok(())
	}

	#[benchmark]
	fn set_withdraw_fee() -> Result<(), BenchmarkError> {
		let origin = restricted::<T>()?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, 2 * TFT);
		assert_eq!(WithdrawFee::<T>::get(), 2 * TFT);
		Ok(())
	}

	#[benchmark]
	fn set_deposit_fee() -> Result<(), BenchmarkError> {
		let origin = restricted::<T>()?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, 2 * TFT);
		assert_eq!(DepositFee::<T>::get(), 2 * TFT);
		Ok(())
	}

	#[benchmark]
	fn swap_to_stellar() -> Result<(), BenchmarkError> {
		fees::<T>()?;
		let caller: T::AccountId = whitelisted_caller();
		fund::<T>(&caller)?;
		let amount = Pallet::<T>::balance(10 * TFT).map_err(|_| BenchmarkError::Weightless)?;
		let issuance = T::Currency::total_issuance();
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), stellar(1), amount);
		assert_eq!(BurnTransactionID::<T>::get(), 1);
		let payout = Pallet::<T>::balance(9 * TFT).map_err(|_| BenchmarkError::Weightless)?;
		assert_eq!(T::Currency::total_issuance(), issuance.saturating_sub(payout));
		Ok(())
	}

	#[benchmark]
	fn propose_or_vote_mint_transaction() -> Result<(), BenchmarkError> {
		fees::<T>()?;
		let validators = full_validators::<T>();
		let threshold = Pallet::<T>::threshold(validators.len());
		let caller = validators.last().cloned().ok_or(BenchmarkError::Stop("no validator"))?;
		// Threshold − 1 current votes, the rest of the list stale votes of former validators.
		let mut voters = AccountsOf::<T>::new();
		for voter in validators.iter().take(threshold.saturating_sub(1)) {
			voters.try_push(voter.clone()).map_err(|_| BenchmarkError::Stop("voters"))?;
		}
		let mut i = 0;
		while voters.len() < T::MaxBridgeValidators::get() as usize {
			voters.try_push(account("former", i, 0)).map_err(|_| BenchmarkError::Stop("voters"))?;
			i += 1;
		}
		let transaction = long_id(0);
		let key = TransactionId::truncate_from(transaction.clone());
		let target: T::AccountId = account("target", 0, 0);
		let now = frame_system::Pallet::<T>::block_number();
		MintTransactions::<T>::insert(
			&key,
			MintTransaction {
				amount: 10 * TFT,
				target: target.clone(),
				block: now,
				votes: voters.len() as u32,
			},
		);
		MintTransactionVotes::<T>::insert(&key, voters);
		Pallet::<T>::queue_mint_expiry(&key, now);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), transaction, target.clone(), 10 * TFT);
		assert!(ExecutedMintTransactions::<T>::contains_key(&key));
		let credited = Pallet::<T>::balance(9 * TFT).map_err(|_| BenchmarkError::Weightless)?;
		assert_eq!(T::Currency::balance(&target), credited);
		Ok(())
	}

	#[benchmark]
	fn propose_burn_transaction_or_add_sig() -> Result<(), BenchmarkError> {
		let validators = full_validators::<T>();
		let threshold = Pallet::<T>::threshold(validators.len());
		let tx = open_burn::<T>(1, &validators, threshold.saturating_sub(1))?;
		let caller = validators.last().cloned().ok_or(BenchmarkError::Stop("no validator"))?;
		let last = u32::MAX - 1;
		#[extrinsic_call]
		_(
			RawOrigin::Signed(caller),
			1,
			tx.target.into_inner(),
			tx.amount,
			long_signature(last),
			stellar(last),
			2,
		);
		let signed = BurnTransactions::<T>::get(1).map(|tx| tx.signatures.len());
		assert_eq!(signed, Some(threshold));
		Ok(())
	}

	#[benchmark]
	fn set_burn_transaction_executed() -> Result<(), BenchmarkError> {
		let validators = full_validators::<T>();
		let threshold = Pallet::<T>::threshold(validators.len());
		open_burn::<T>(1, &validators, threshold)?;
		let caller = validators.last().cloned().ok_or(BenchmarkError::Stop("no validator"))?;
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), 1);
		assert!(ExecutedBurnTransactions::<T>::contains_key(1));
		Ok(())
	}

	#[benchmark]
	fn create_refund_transaction_or_add_sig() -> Result<(), BenchmarkError> {
		let validators = full_validators::<T>();
		let threshold = Pallet::<T>::threshold(validators.len());
		let tx = open_refund::<T>(0, &validators, threshold.saturating_sub(1))?;
		let caller = validators.last().cloned().ok_or(BenchmarkError::Stop("no validator"))?;
		let last = u32::MAX - 1;
		#[extrinsic_call]
		_(
			RawOrigin::Signed(caller),
			tx.tx_hash.clone().into_inner(),
			tx.target.into_inner(),
			tx.amount,
			long_signature(last),
			stellar(last),
			2,
		);
		assert_eq!(RefundTransactions::<T>::get(&tx.tx_hash).signatures.len(), threshold);
		Ok(())
	}

	#[benchmark]
	fn set_refund_transaction_executed() -> Result<(), BenchmarkError> {
		let validators = full_validators::<T>();
		let threshold = Pallet::<T>::threshold(validators.len());
		let tx = open_refund::<T>(0, &validators, threshold)?;
		let caller = validators.last().cloned().ok_or(BenchmarkError::Stop("no validator"))?;
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), tx.tx_hash.clone().into_inner());
		assert!(ExecutedRefundTransactions::<T>::contains_key(&tx.tx_hash));
		Ok(())
	}

	#[benchmark]
	fn on_initialize(
		n: Linear<0, { T::MaxExpiriesPerBlock::get() }>,
	) -> Result<(), BenchmarkError> {
		let validators = full_validators::<T>();
		let threshold = Pallet::<T>::threshold(validators.len());
		IssuanceBase::<T>::put(T::Currency::total_issuance());
		let start = frame_system::Pallet::<T>::block_number();
		let mut keys = Vec::new();
		for i in 0..n {
			keys.push(open_refund::<T>(i, &validators, threshold)?.tx_hash);
		}
		let now = start.saturating_add(T::RetryInterval::get());
		frame_system::Pallet::<T>::set_block_number(now);
		#[block]
		{
			Pallet::<T>::on_initialize(now);
		}
		for key in keys {
			assert!(RefundTransactions::<T>::get(&key).signatures.is_empty());
		}
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
