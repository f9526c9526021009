//! Requests, approval, activation, node account changes and removal.

use crate::{
	types::{self, Description, Info, TfConnectId, ValidatorRequestState},
	Config, CouncilMembership, Error, Event, Pallet, Validator, ValidatorSetChanges,
};
use alloc::vec::Vec;
use frame_support::{dispatch::DispatchResult, ensure};

impl<T: Config> Pallet<T> {
	/// `create_validator_request` signed by `address`: a new `Created` request, unless the
	/// account has one (`DuplicateValidator`) or a byte field is too long.
	pub fn do_create_validator_request(
		address: T::AccountId,
		validator_node_account: T::AccountId,
		stash_account: T::AccountId,
		description: Vec<u8>,
		tf_connect_id: Vec<u8>,
		info: Vec<u8>,
	) -> DispatchResult {
		ensure!(!Validator::<T>::contains_key(&address), Error::<T>::DuplicateValidator);
		let description =
			Description::try_from(description).map_err(|_| Error::<T>::DescriptionTooLong)?;
		let tf_connect_id =
			TfConnectId::try_from(tf_connect_id).map_err(|_| Error::<T>::TfConnectIdTooLong)?;
		let info = Info::try_from(info).map_err(|_| Error::<T>::InfoTooLong)?;
		let request = types::Validator {
			validator_node_account,
			stash_account,
			description,
			tf_connect_id,
			info,
			state: ValidatorRequestState::Created,
		};
		Validator::<T>::insert(&address, &request);
		Self::deposit_event(Event::ValidatorRequestCreated(address, request));
		Ok(())
	}

	/// `approve_validator`: a `Created` request becomes `Approved` and its account joins the
	/// council (the membership's error, if it cannot join, changes nothing).
	pub fn do_approve_validator(account: T::AccountId) -> DispatchResult {
		let mut request = Validator::<T>::get(&account).ok_or(Error::<T>::ValidatorNotFound)?;
		match request.state {
			ValidatorRequestState::Created => {},
			ValidatorRequestState::Approved => {
				return Err(Error::<T>::ValidatorApprovedAlready.into())
			},
			ValidatorRequestState::Validating => {
				return Err(Error::<T>::ValidatorValidatingAlready.into())
			},
		}
		T::CouncilMembership::add_member(&account)?;
		request.state = ValidatorRequestState::Approved;
		Validator::<T>::insert(&account, &request);
		Self::deposit_event(Event::ValidatorRequestApproved(request));
		Ok(())
	}

	/// `activate_validator_node` signed by `address`: the approved request's node account joins
	/// the validator set (the set's error, if it cannot, changes nothing) and the request
	/// becomes `Validating`.
	pub fn do_activate_validator_node(address: T::AccountId) -> DispatchResult {
		let mut request = Validator::<T>::get(&address).ok_or(Error::<T>::ValidatorNotFound)?;
		ensure!(
			request.state != ValidatorRequestState::Validating,
			Error::<T>::ValidatorValidatingAlready
		);
		ensure!(request.state == ValidatorRequestState::Approved, Error::<T>::ValidatorNotApproved);
		T::ValidatorSet::add_validator(&request.validator_node_account)?;
		request.state = ValidatorRequestState::Validating;
		Validator::<T>::insert(&address, &request);
		Self::deposit_event(Event::ValidatorActivated(request));
		Ok(())
	}

	/// `change_validator_node_account` signed by `address`: records `new` as the request's node
	/// account. While validating, `new` replaces the old account in the validator set in place
	/// (or, if governance already took the old one out, joins the set). The same account again
	/// changes nothing.
	pub fn do_change_validator_node_account(
		address: T::AccountId,
		new: T::AccountId,
	) -> DispatchResult {
		let mut request = Validator::<T>::get(&address).ok_or(Error::<T>::ValidatorNotFound)?;
		if request.validator_node_account == new {
			return Ok(());
		}
		let old = core::mem::replace(&mut request.validator_node_account, new.clone());
		if request.state == ValidatorRequestState::Validating {
			if T::ValidatorSet::is_validator(&old) {
				T::ValidatorSet::replace_validator(&old, &new)?;
				Self::deposit_event(Event::NodeValidatorRemoved(old));
			} else {
				T::ValidatorSet::add_validator(&new)?;
			}
			Self::deposit_event(Event::NodeValidatorChanged(new));
		}
		Validator::<T>::insert(&address, &request);
		Ok(())
	}

	/// `remove_validator` (origin already checked): the node account leaves the validator set
	/// if the request is validating (and the account is still in the set), the account leaves
	/// the council if it was approved (and is still a member), and the request is deleted. The
	/// set's or the membership's error, if any, changes nothing.
	pub fn do_remove_validator(account: T::AccountId) -> DispatchResult {
		let request = Validator::<T>::get(&account).ok_or(Error::<T>::ValidatorNotFound)?;
		let node = &request.validator_node_account;
		let leaves_set = request.state == ValidatorRequestState::Validating
			&& T::ValidatorSet::is_validator(node);
		let leaves_council = request.state != ValidatorRequestState::Created
			&& T::CouncilMembership::is_member(&account);
		// The set's removal can fail (its minimum): it goes first, before any write of ours.
		if leaves_set {
			T::ValidatorSet::remove_validator(node)?;
		}
		if leaves_council {
			T::CouncilMembership::remove_member(&account)?;
		}
		Validator::<T>::remove(&account);
		if leaves_set {
			Self::deposit_event(Event::NodeValidatorRemoved(node.clone()));
		}
		Self::deposit_event(Event::ValidatorRemoved(request));
		Ok(())
	}
}
