//! The bridge validator set: kept sorted, bounded by `MaxBridgeValidators`, changed by
//! governance only.

use crate::*;
use frame_support::{dispatch::DispatchResult, ensure};
use sp_runtime::DispatchError;

impl<T: Config> Pallet<T> {
	/// Adds `target` to the bridge validators.
	pub fn do_add_bridge_validator(target: T::AccountId) -> DispatchResult {
		let mut validators = Validators::<T>::get();
		let index = match validators.binary_search(&target) {
			Ok(_) => return Err(Error::<T>::ValidatorExists.into()),
			Err(index) => index,
		};
		validators
			.try_insert(index, target.clone())
			.map_err(|_| Error::<T>::TooManyBridgeValidators)?;
		Validators::<T>::put(validators);
		Self::deposit_event(Event::BridgeValidatorAdded(target));
		Ok(())
	}

	/// Removes `target` from the bridge validators. Its votes and signatures on open
	/// transactions stop counting (votes) or stay as they are (signatures already given).
	pub fn do_remove_bridge_validator(target: T::AccountId) -> DispatchResult {
		let mut validators = Validators::<T>::get();
		ensure!(validators.binary_search(&target).is_ok(), Error::<T>::ValidatorNotExists);
		validators.retain(|validator| validator != &target);
		Validators::<T>::put(validators);
		Self::deposit_event(Event::BridgeValidatorRemoved(target));
		Ok(())
	}

	/// The bridge validators, if `who` is one of them (`ValidatorNotExists` otherwise).
	pub fn ensure_bridge_validator(who: &T::AccountId) -> Result<ValidatorsOf<T>, DispatchError> {
		let validators = Validators::<T>::get();
		ensure!(validators.binary_search(who).is_ok(), Error::<T>::ValidatorNotExists);
		Ok(validators)
	}

	/// Votes or signatures needed out of `validators` bridge validators: more than half.
	pub fn threshold(validators: usize) -> usize {
		(validators / 2).saturating_add(1)
	}
}
