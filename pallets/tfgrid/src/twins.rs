//! Twins: terms and conditions, creation, update, entity links, account bonding and the
//! two-step ownership transfer.

use crate::{types::*, *};
use alloc::vec::Vec;
use frame_support::{dispatch::DispatchResult, ensure};
use tfchain_support::traits::OnTwinTransfer;

impl<T: Config> Pallet<T> {
	/// Appends an acceptance to the account's history (dropping the oldest when full).
	pub fn do_user_accept_tc(
		who: &T::AccountId,
		document_link: DocumentLink,
		document_hash: DocumentHash,
	) -> DispatchResult {
		Self::check_document(&document_link, &document_hash)?;
		let record = TermsAndConditions {
			account_id: who.clone(),
			timestamp: Self::now_secs(),
			document_link,
			document_hash,
		};
		UsersTermsAndConditions::<T>::mutate(who, |history| {
			let history = history.get_or_insert_with(Default::default);
			let len = history.len();
			// At the bound this drops the oldest entry and appends; below it, it appends.
			let _ = history.force_insert_keep_right(len, record);
		});
		Self::deposit_event(Event::TermsAndConditionsAccepted { account_id: who.clone() });
		Ok(())
	}

	/// Whether an account has accepted the terms and conditions at least once.
	pub(crate) fn accepted_terms(who: &T::AccountId) -> bool {
		UsersTermsAndConditions::<T>::get(who).is_some_and(|history| !history.is_empty())
	}

	/// Creates the caller's twin. An account that already owns one gets TFChain's
	/// `TwinWithPubkeyExists`.
	pub fn do_create_twin(
		who: &T::AccountId,
		relay: Option<Relay>,
		pk: Option<TwinPk>,
	) -> DispatchResult {
		ensure!(Self::accepted_terms(who), Error::<T>::UserDidNotSignTermsAndConditions);
		ensure!(!TwinIdByAccountID::<T>::contains_key(who), Error::<T>::TwinWithPubkeyExists);
		Self::check_relay(&relay)?;
		Self::check_pk(&pk)?;
		let id = TwinID::<T>::get().checked_add(1).ok_or(Error::<T>::IdOverflow)?;
		let twin = Twin { id, account_id: who.clone(), relay, entities: Default::default(), pk };
		Twins::<T>::insert(id, &twin);
		TwinIdByAccountID::<T>::insert(who, id);
		TwinID::<T>::put(id);
		Self::deposit_event(Event::TwinStored(twin));
		Ok(())
	}

	/// Replaces the relay and pk of the caller's twin.
	pub fn do_update_twin(
		who: &T::AccountId,
		relay: Option<Relay>,
		pk: Option<TwinPk>,
	) -> DispatchResult {
		let twin_id = Self::twin_id_of(who)?;
		let mut twin = Twins::<T>::get(twin_id).ok_or(Error::<T>::TwinNotExists)?;
		Self::check_relay(&relay)?;
		Self::check_pk(&pk)?;
		twin.relay = relay;
		twin.pk = pk;
		Twins::<T>::insert(twin_id, &twin);
		Self::deposit_event(Event::TwinUpdated(twin));
		Ok(())
	}

	/// The message an entity signs to link a twin: `entity_id‖twin_id`, both big-endian.
	pub fn twin_entity_message(entity_id: u32, twin_id: u32) -> Vec<u8> {
		let mut message = entity_id.to_be_bytes().to_vec();
		message.extend_from_slice(&twin_id.to_be_bytes());
		message
	}

	/// Links an entity to the caller's twin (checks in TFChain's order: entity, twin, owner,
	/// already linked, signature).
	pub fn do_add_twin_entity(
		who: &T::AccountId,
		twin_id: u32,
		entity_id: u32,
		signature: Vec<u8>,
	) -> DispatchResult {
		let entity = Entities::<T>::get(entity_id).ok_or(Error::<T>::EntityNotExists)?;
		let mut twin = Twins::<T>::get(twin_id).ok_or(Error::<T>::TwinNotExists)?;
		ensure!(&twin.account_id == who, Error::<T>::UnauthorizedToUpdateTwin);
		ensure!(
			!twin.entities.iter().any(|proof| proof.entity_id == entity_id),
			Error::<T>::EntityWithSignatureAlreadyExists
		);
		Self::verify_signature(
			&entity.account_id,
			&Self::twin_entity_message(entity_id, twin_id),
			&signature,
		)?;
		let signature = Self::signature_text(signature)?;
		twin.entities
			.try_push(EntityProof { entity_id, signature: signature.clone() })
			.map_err(|_| Error::<T>::TwinHasTooManyEntities)?;
		Twins::<T>::insert(twin_id, &twin);
		Self::deposit_event(Event::TwinEntityStored(twin_id, entity_id, signature.into_inner()));
		Ok(())
	}

	/// Unlinks an entity from the caller's twin.
	pub fn do_delete_twin_entity(
		who: &T::AccountId,
		twin_id: u32,
		entity_id: u32,
	) -> DispatchResult {
		let mut twin = Twins::<T>::get(twin_id).ok_or(Error::<T>::TwinNotExists)?;
		ensure!(&twin.account_id == who, Error::<T>::UnauthorizedToUpdateTwin);
		let position = twin
			.entities
			.iter()
			.position(|proof| proof.entity_id == entity_id)
			.ok_or(Error::<T>::EntityNotExists)?;
		twin.entities.remove(position);
		Twins::<T>::insert(twin_id, &twin);
		Self::deposit_event(Event::TwinEntityRemoved(twin_id, entity_id));
		Ok(())
	}

	/// Bonds the caller's account to a twin (replacing an earlier bond).
	pub fn do_bond_twin_account(who: T::AccountId, twin_id: u32) -> DispatchResult {
		let twin = Twins::<T>::get(twin_id).ok_or(Error::<T>::TwinNotExists)?;
		ensure!(twin.account_id != who, Error::<T>::TwinCannotBoundToItself);
		TwinBoundedAccountID::<T>::insert(twin_id, &who);
		Self::deposit_event(Event::TwinAccountBounded(twin_id, who));
		Ok(())
	}

	/// Step 1 of a twin transfer: the owner names the new account.
	pub fn do_request_twin_transfer(
		who: T::AccountId,
		twin_id: u32,
		new_account: T::AccountId,
	) -> DispatchResult {
		let twin = Twins::<T>::get(twin_id).ok_or(Error::<T>::TwinNotExists)?;
		ensure!(twin.account_id == who, Error::<T>::UnauthorizedToUpdateTwin);
		ensure!(new_account != who, Error::<T>::TwinTransferToSameAccount);
		ensure!(
			!PendingTwinTransfer::<T>::contains_key(twin_id),
			Error::<T>::TwinTransferAlreadyRequested
		);
		let request_id =
			TwinTransferRequestID::<T>::get().checked_add(1).ok_or(Error::<T>::IdOverflow)?;
		let request = TwinTransferRequest {
			id: request_id,
			twin_id,
			from: who.clone(),
			to: new_account.clone(),
			created: frame_system::Pallet::<T>::block_number(),
		};
		TwinTransferRequests::<T>::insert(request_id, request);
		PendingTwinTransfer::<T>::insert(twin_id, request_id);
		TwinTransferRequestID::<T>::put(request_id);
		Self::deposit_event(Event::TwinTransferRequested {
			request_id,
			twin_id,
			from: who,
			to: new_account,
		});
		Ok(())
	}

	/// Step 2: the new account accepts and becomes the owner; what is held for the twin moves
	/// with it ([`Config::OnTwinTransfer`]). A bond of the new account to the twin is dropped
	/// (an owner cannot be bonded to its own twin).
	pub fn do_accept_twin_transfer(who: T::AccountId, request_id: u64) -> DispatchResult {
		let request = TwinTransferRequests::<T>::get(request_id)
			.ok_or(Error::<T>::TwinTransferRequestNotExists)?;
		ensure!(request.to == who, Error::<T>::NotTwinTransferRecipient);
		ensure!(Self::accepted_terms(&who), Error::<T>::UserDidNotSignTermsAndConditions);
		ensure!(!TwinIdByAccountID::<T>::contains_key(&who), Error::<T>::TwinExists);
		let mut twin = Twins::<T>::get(request.twin_id).ok_or(Error::<T>::TwinNotExists)?;
		ensure!(twin.account_id == request.from, Error::<T>::UnauthorizedToUpdateTwin);

		// The hook is the only step that can still fail; it runs first, so a failure leaves the
		// registry untouched (and the call's storage layer reverts the hook's own writes).
		T::OnTwinTransfer::twin_transferred(request.twin_id, &request.from, &who)?;

		twin.account_id = who.clone();
		Twins::<T>::insert(request.twin_id, &twin);
		TwinIdByAccountID::<T>::remove(&request.from);
		TwinIdByAccountID::<T>::insert(&who, request.twin_id);
		if TwinBoundedAccountID::<T>::get(request.twin_id).as_ref() == Some(&who) {
			TwinBoundedAccountID::<T>::remove(request.twin_id);
		}
		TwinTransferRequests::<T>::remove(request_id);
		PendingTwinTransfer::<T>::remove(request.twin_id);
		Self::deposit_event(Event::TwinTransferAccepted {
			request_id,
			twin_id: request.twin_id,
			from: request.from,
			to: who,
		});
		Self::deposit_event(Event::TwinUpdated(twin));
		Ok(())
	}

	/// Cancels a pending transfer (by the owner who asked).
	pub fn do_cancel_twin_transfer(who: &T::AccountId, request_id: u64) -> DispatchResult {
		let request = TwinTransferRequests::<T>::get(request_id)
			.ok_or(Error::<T>::TwinTransferRequestNotExists)?;
		ensure!(&request.from == who, Error::<T>::NotTwinTransferRequester);
		TwinTransferRequests::<T>::remove(request_id);
		PendingTwinTransfer::<T>::remove(request.twin_id);
		Self::deposit_event(Event::TwinTransferCanceled { request_id, twin_id: request.twin_id });
		Ok(())
	}
}
