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

	/// Creates an entity for `target`, which signed `name‖country‖city`. Checks in TFChain's
	/// order (name, account, signature, then country and city), after our own name rules.
	pub fn do_create_entity(
		target: T::AccountId,
		name: Vec<u8>,
		country: CountryName,
		city: CityName,
		signature: Vec<u8>,
	) -> DispatchResult {
		let name = Self::entity_name(name)?;
		ensure!(!EntityIdByName::<T>::contains_key(&name), Error::<T>::EntityWithNameExists);
		ensure!(
			!EntityIdByAccountID::<T>::contains_key(&target),
			Error::<T>::EntityWithPubkeyExists
		);
		Self::verify_signature(&target, &Self::entity_message(&name, &country, &city), &signature)?;
		Self::check_country(&country)?;
		Self::check_city(&city)?;
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

	/// Updates the caller's entity. A name another entity holds is `EntityWithNameExists`
	/// (checked first, as on TFChain); keeping the own name is fine.
	pub fn do_update_entity(
		who: &T::AccountId,
		name: Vec<u8>,
		country: CountryName,
		city: CityName,
	) -> DispatchResult {
		let name = Self::entity_name(name)?;
		let own = EntityIdByAccountID::<T>::get(who);
		if let Ok(holder) = EntityIdByName::<T>::try_get(&name) {
			ensure!(Some(holder) == own, Error::<T>::EntityWithNameExists);
		}
		let id = own.ok_or(Error::<T>::EntityNotExists)?;
		let mut entity = Entities::<T>::get(id).ok_or(Error::<T>::EntityNotExists)?;
		Self::check_country(&country)?;
		Self::check_city(&city)?;
		if entity.name != name {
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
