//! Entities: legal persons whose account signs their creation.

use crate::{types::*, *};
use alloc::vec::Vec;
use frame_support::{dispatch::DispatchResult, ensure};

impl<T: Config> Pallet<T> {
	/// The message the target account signs to create an entity: `name‖country‖city`.
	pub fn entity_message(name: &[u8], country: &[u8], city: &[u8]) -> Vec<u8> {
		let mut message =
			Vec::with_capacity(name.len().saturating_add(country.len()).saturating_add(city.len()));
		message.extend_from_slice(name);
		message.extend_from_slice(country);
		message.extend_from_slice(city);
		message
	}

	/// Creates an entity for `target`, which signed `name‖country‖city`.
	pub fn do_create_entity(
		target: T::AccountId,
		name: EntityName,
		country: CountryName,
		city: CityName,
		signature: SignatureText,
	) -> DispatchResult {
		Self::check_entity_name(&name)?;
		Self::check_country(&country)?;
		Self::check_city(&city)?;
		ensure!(!EntityIdByName::<T>::contains_key(&name), Error::<T>::EntityWithNameExists);
		ensure!(
			!EntityIdByAccountID::<T>::contains_key(&target),
			Error::<T>::EntityWithPubkeyExists
		);
		Self::verify_signature(&target, &Self::entity_message(&name, &country, &city), &signature)?;
		let id = EntityID::<T>::get().checked_add(1).ok_or(Error::<T>::IdOverflow)?;
		let entity =
			Entity { version: ENTITY_VERSION, id, name, account_id: target, country, city };
		Entities::<T>::insert(id, &entity);
		EntityIdByName::<T>::insert(&entity.name, id);
		EntityIdByAccountID::<T>::insert(&entity.account_id, id);
		EntityID::<T>::put(id);
		Self::deposit_event(Event::EntityStored(entity));
		Ok(())
	}

	/// Updates the caller's entity (a new name must be free).
	pub fn do_update_entity(
		who: &T::AccountId,
		name: EntityName,
		country: CountryName,
		city: CityName,
	) -> DispatchResult {
		let id = EntityIdByAccountID::<T>::get(who).ok_or(Error::<T>::EntityNotExists)?;
		let mut entity = Entities::<T>::get(id).ok_or(Error::<T>::EntityNotExists)?;
		Self::check_entity_name(&name)?;
		Self::check_country(&country)?;
		Self::check_city(&city)?;
		let renamed = entity.name != name;
		if renamed {
			ensure!(!EntityIdByName::<T>::contains_key(&name), Error::<T>::EntityWithNameExists);
			EntityIdByName::<T>::remove(&entity.name);
			EntityIdByName::<T>::insert(&name, id);
		}
		entity.name = name;
		entity.country = country;
		entity.city = city;
		Entities::<T>::insert(id, &entity);
		Self::deposit_event(Event::EntityUpdated(entity));
		Ok(())
	}

	/// Deletes the caller's entity. Links to it in twins stay as historical proofs (ids are never
	/// reused).
	pub fn do_delete_entity(who: &T::AccountId) -> DispatchResult {
		let id = EntityIdByAccountID::<T>::get(who).ok_or(Error::<T>::EntityNotExists)?;
		let entity = Entities::<T>::get(id).ok_or(Error::<T>::EntityNotExists)?;
		Entities::<T>::remove(id);
		EntityIdByName::<T>::remove(&entity.name);
		EntityIdByAccountID::<T>::remove(who);
		Self::deposit_event(Event::EntityDeleted(id));
		Ok(())
	}
}
