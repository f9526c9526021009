//! Farms: creation, rename, payout address, certification, dedicated flag and public IPs.

use crate::{types::*, *};
use alloc::vec::Vec;
use frame_support::{dispatch::DispatchResult, ensure};

impl<T: Config> Pallet<T> {
	/// The farm, if the caller's twin owns it.
	pub(crate) fn farm_of_farmer(who: &T::AccountId, farm_id: u32) -> Result<Farm, Error<T>> {
		let twin_id = Self::twin_id_of(who)?;
		let farm = Farms::<T>::get(farm_id).ok_or(Error::<T>::FarmNotExists)?;
		ensure!(farm.twin_id == twin_id, Error::<T>::CannotUpdateFarmWrongTwin);
		Ok(farm)
	}

	/// Validates a list of public IPs: each one usable, no address twice.
	pub(crate) fn check_farm_ips(ips: &[IP4]) -> Result<(), Error<T>> {
		let mut seen: Vec<core::net::Ipv4Addr> = Vec::with_capacity(ips.len());
		for ip in ips {
			let addr = Self::check_farm_ip(&ip.ip, &ip.gw)?;
			ensure!(!seen.contains(&addr), Error::<T>::IpExists);
			seen.push(addr);
		}
		Ok(())
	}

	/// The address part of a stored farm IP (validated when it was added).
	fn farm_ip_address(ip: &PublicIP) -> Option<core::net::Ipv4Addr> {
		validation::parse_ip4_cidr(&ip.ip).map(|(addr, _)| addr)
	}

	/// Creates a farm owned by the caller's twin, with pricing policy 1.
	pub fn do_create_farm(
		who: &T::AccountId,
		name: FarmName,
		public_ips: FarmIps,
	) -> DispatchResult {
		let twin_id = Self::twin_id_of(who)?;
		Self::check_farm_name(&name)?;
		ensure!(!FarmIdByName::<T>::contains_key(&name), Error::<T>::FarmExists);
		Self::check_farm_ips(&public_ips)?;
		let id = FarmID::<T>::get().checked_add(1).ok_or(Error::<T>::IdOverflow)?;
		let ips: Vec<PublicIP> = public_ips
			.into_iter()
			.map(|ip| PublicIP { ip: ip.ip, gateway: ip.gw, contract_id: 0 })
			.collect();
		let farm = Farm {
			version: FARM_VERSION,
			id,
			name,
			twin_id,
			pricing_policy_id: 1,
			certification: FarmCertification::NotCertified,
			// Same bound as the argument: never truncates.
			public_ips: tfchain_support::BoundedList::truncate_from(ips),
			dedicated_farm: false,
			farming_policy_limits: None,
		};
		Farms::<T>::insert(id, &farm);
		FarmIdByName::<T>::insert(&farm.name, id);
		FarmID::<T>::put(id);
		Self::deposit_event(Event::FarmStored(farm));
		Ok(())
	}

	/// Renames a farm.
	pub fn do_update_farm(who: &T::AccountId, farm_id: u32, name: FarmName) -> DispatchResult {
		let mut farm = Self::farm_of_farmer(who, farm_id)?;
		Self::check_farm_name(&name)?;
		if farm.name != name {
			ensure!(!FarmIdByName::<T>::contains_key(&name), Error::<T>::FarmExists);
			FarmIdByName::<T>::remove(&farm.name);
			FarmIdByName::<T>::insert(&name, farm_id);
			farm.name = name;
			Farms::<T>::insert(farm_id, &farm);
		}
		Self::deposit_event(Event::FarmUpdated(farm));
		Ok(())
	}

	/// Sets a farm's Stellar payout address.
	pub fn do_add_stellar_payout_v2address(
		who: &T::AccountId,
		farm_id: u32,
		stellar_address: StellarAddress,
	) -> DispatchResult {
		Self::farm_of_farmer(who, farm_id)?;
		Self::check_stellar_address(&stellar_address)?;
		FarmPayoutV2AddressByFarmID::<T>::insert(farm_id, &stellar_address);
		Self::deposit_event(Event::FarmPayoutV2AddressRegistered(farm_id, stellar_address));
		Ok(())
	}

	/// Sets a farm's certification.
	pub fn do_set_farm_certification(
		farm_id: u32,
		certification: FarmCertification,
	) -> DispatchResult {
		let mut farm = Farms::<T>::get(farm_id).ok_or(Error::<T>::FarmNotExists)?;
		farm.certification = certification;
		Farms::<T>::insert(farm_id, &farm);
		Self::deposit_event(Event::FarmCertificationSet(farm_id, certification));
		Ok(())
	}

	/// Appends a free public IP.
	pub fn do_add_farm_ip(
		who: &T::AccountId,
		farm_id: u32,
		ip: Ip4Text,
		gw: Gw4Text,
	) -> DispatchResult {
		let mut farm = Self::farm_of_farmer(who, farm_id)?;
		let addr = Self::check_farm_ip(&ip, &gw)?;
		ensure!(
			!farm.public_ips.iter().any(|existing| Self::farm_ip_address(existing) == Some(addr)),
			Error::<T>::IpExists
		);
		farm.public_ips
			.try_push(PublicIP { ip, gateway: gw, contract_id: 0 })
			.map_err(|_| Error::<T>::FarmHasTooManyPublicIps)?;
		Farms::<T>::insert(farm_id, &farm);
		Self::deposit_event(Event::FarmUpdated(farm));
		Ok(())
	}

	/// Removes a free public IP (matched by its exact text).
	pub fn do_remove_farm_ip(who: &T::AccountId, farm_id: u32, ip: Ip4Text) -> DispatchResult {
		let mut farm = Self::farm_of_farmer(who, farm_id)?;
		let position = farm
			.public_ips
			.iter()
			.position(|existing| existing.ip == ip)
			.ok_or(Error::<T>::IpNotExists)?;
		let in_use =
			farm.public_ips.get(position).is_some_and(|existing| existing.contract_id != 0);
		ensure!(!in_use, Error::<T>::PublicIpInUse);
		farm.public_ips.remove(position);
		Farms::<T>::insert(farm_id, &farm);
		Self::deposit_event(Event::FarmUpdated(farm));
		Ok(())
	}

	/// Sets a farm's dedicated flag.
	pub fn do_set_farm_dedicated(farm_id: u32, dedicated: bool) -> DispatchResult {
		let mut farm = Farms::<T>::get(farm_id).ok_or(Error::<T>::FarmNotExists)?;
		farm.dedicated_farm = dedicated;
		Farms::<T>::insert(farm_id, &farm);
		if dedicated {
			Self::deposit_event(Event::FarmMarkedAsDedicated(farm_id));
		}
		Self::deposit_event(Event::FarmUpdated(farm));
		Ok(())
	}

	/// Marks a farm IP free again (governance repair tool).
	pub fn do_force_reset_farm_ip(farm_id: u32, ip: Ip4Text) -> DispatchResult {
		let mut farm = Farms::<T>::get(farm_id).ok_or(Error::<T>::FarmNotExists)?;
		let existing = farm
			.public_ips
			.iter_mut()
			.find(|existing| existing.ip == ip)
			.ok_or(Error::<T>::IpNotExists)?;
		existing.contract_id = 0;
		Farms::<T>::insert(farm_id, &farm);
		Self::deposit_event(Event::FarmUpdated(farm));
		Ok(())
	}
}
