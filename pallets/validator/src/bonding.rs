//! Stash bonds: a stash account shows it is under a validator account's control.

use crate::{Bonded, Config, Error, Event, Pallet};
use frame_support::{dispatch::DispatchResult, ensure};

impl<T: Config> Pallet<T> {
	/// `bond` signed by `stash`: bonds it to `validator`, once (`AlreadyBonded`), never to
	/// itself (`CannotBondWithSameAccount`). The validator account need not have a request yet
	/// (TFChain's guide bonds the stash first).
	pub fn do_bond(stash: T::AccountId, validator: T::AccountId) -> DispatchResult {
		ensure!(!Bonded::<T>::contains_key(&stash), Error::<T>::AlreadyBonded);
		ensure!(stash != validator, Error::<T>::CannotBondWithSameAccount);
		Bonded::<T>::insert(&stash, validator);
		Self::deposit_event(Event::Bonded(stash));
		Ok(())
	}

	/// `unbond` signed by `stash`: removes its bond (`StashNotBonded` if it has none).
	pub fn do_unbond(stash: T::AccountId) -> DispatchResult {
		ensure!(Bonded::<T>::contains_key(&stash), Error::<T>::StashNotBonded);
		Bonded::<T>::remove(&stash);
		Self::deposit_event(Event::Unbonded(stash));
		Ok(())
	}
}
