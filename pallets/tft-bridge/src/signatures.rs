//! Stellar signatures of payouts (withdrawals and refunds): parsing and the rules for adding one.

use crate::*;
use alloc::vec::Vec;
use frame_support::{ensure, traits::Get};
use sp_runtime::DispatchError;
use tfchain_support::stellar::is_valid_stellar_address;

/// The error raised by each rule, for burns or refunds.
pub(crate) struct SignatureErrors<T> {
	/// The transaction has enough signatures.
	pub enough: Error<T>,
	/// The signature, its key or a signature of the validator is there already.
	pub exists: Error<T>,
}

impl<T: Config> Pallet<T> {
	/// A signature as stored: `signature` bounded, `stellar_pub_key` a Stellar account id.
	pub(crate) fn stellar_signature(
		signature: Vec<u8>,
		stellar_pub_key: Vec<u8>,
	) -> Result<StellarSignature, DispatchError> {
		let signature =
			SignatureBytes::try_from(signature).map_err(|_| Error::<T>::SignatureTooLong)?;
		Ok(StellarSignature { signature, stellar_pub_key: Self::stellar_address(stellar_pub_key)? })
	}

	/// `address` as stored, if it is a Stellar account id (`InvalidStellarPublicKey` otherwise).
	pub(crate) fn stellar_address(address: Vec<u8>) -> Result<StellarAddress, DispatchError> {
		ensure!(is_valid_stellar_address(&address), Error::<T>::InvalidStellarPublicKey);
		StellarAddress::try_from(address).map_err(|_| Error::<T>::InvalidStellarPublicKey.into())
	}

	/// Adds `signature` by `validator` to a transaction's `signatures` (and `signers`, kept in
	/// step), given `validators` bridge validators. Refuses when the transaction already has
	/// the threshold of signatures, or the signature, its key or a signature of `validator` is
	/// there. Returns whether the transaction now has enough signatures.
	pub(crate) fn add_signature<S: Get<u32>>(
		signatures: &mut BoundedList<StellarSignature, S>,
		signers: &mut AccountsOf<T>,
		validator: &T::AccountId,
		signature: StellarSignature,
		validators: usize,
		errors: SignatureErrors<T>,
	) -> Result<bool, DispatchError> {
		let threshold = Self::threshold(validators);
		let enough: DispatchError = errors.enough.into();
		let exists: DispatchError = errors.exists.into();
		ensure!(signatures.len() < threshold, enough);
		ensure!(
			!signatures
				.iter()
				.any(|existing| existing.stellar_pub_key == signature.stellar_pub_key
					|| existing.signature == signature.signature),
			exists
		);
		ensure!(!signers.contains(validator), exists);
		// Both lists are shorter than the threshold, itself at most `MaxBridgeValidators`; they
		// are the caller's copies, so a refusal here leaves storage untouched.
		signatures.try_push(signature).map_err(|_| enough)?;
		signers.try_push(validator.clone()).map_err(|_| enough)?;
		Ok(signatures.len() >= threshold)
	}
}
