//! Farms: creation, rename, payout address, certification, dedicated flag and public IPs.
//!
//! The checks run in TFChain's order and fail with TFChain's errors; where the cause is more
//! precise than the error, it is logged (target `runtime::tfgrid`).

use crate::{types::*, *};
use alloc::vec::Vec;
use frame_support::{dispatch::DispatchResult, ensure, BoundedVec};

impl<T: Config> Pallet<T> {
	/// The farm, if the caller's twin owns it (calls where TFChain starts from the caller's
	/// twin: `TwinNotExists`, then `FarmNotExists`, then `CannotUpdateFarmWrongTwin`).
	pub(crate) fn farm_of_farmer(who: &T::AccountId, farm_id: u32) -> Result<Farm, Error<T>> {
		let twin_id = Self::twin_id_of(who)?;
		let farm = Farms::<T>::get(farm_id).ok_or(Error::<T>::FarmNotExists)?;
		ensure!(farm.twin_id == twin_id, Error::<T>::CannotUpdateFarmWrongTwin);
		Ok(farm)
	}

	/// The farm, if the caller is the account of the farm's twin (calls where TFChain starts
	/// from the farm: `FarmNotExists`, then `CannotUpdateFarmWrongTwin`, also for a caller
	/// without a twin).
	pub(crate) fn farm_owned_by(who: &T::AccountId, farm_id: u32) -> Result<Farm, Error<T>> {
		let farm = Farms::<T>::get(farm_id).ok_or(Error::<T>::FarmNotExists)?;
		let owner = Twins::<T>::get(farm.twin_id).ok_or(Error::<T>::TwinNotExists)?;
		ensure!(&owner.account_id == who, Error::<T>::CannotUpdateFarmWrongTwin);
		Ok(farm)
	}

	/// Validates a list of public IPs: each one usable (else `InvalidPublicIP`), no address
	/// twice (else `IpExists`).
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
		ensure!(!FarmIdByName::<T>::contains_key(&name), Error::<T>::FarmExists);
		Self::check_farm_name(&name)?;
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
			public_ips: BoundedVec::truncate_from(ips),
			dedicated_farm: false,
			farming_policy_limits: None,
		};
		Farms::<T>::insert(id, &farm);
		FarmIdByName::<T>::insert(&farm.name, id);
		FarmID::<T>::put(id);
		Self::deposit_event(Event::FarmStored(farm));
		Ok(())
	}

	/// Renames a farm. A name another farm holds is TFChain's `InvalidFarmName`.
	pub fn do_update_farm(who: &T::AccountId, farm_id: u32, name: FarmName) -> DispatchResult {
		Self::check_farm_name(&name)?;
		let mut farm = Self::farm_of_farmer(who, farm_id)?;
		if farm.name != name {
			if let Ok(holder) = FarmIdByName::<T>::try_get(&name) {
				log::debug!(
					target: "runtime::tfgrid",
					"InvalidFarmName: farm {holder} already has the name",
				);
				return Err(Error::<T>::InvalidFarmName.into());
			}
			FarmIdByName::<T>::remove(&farm.name);
			FarmIdByName::<T>::insert(&name, farm_id);
			farm.name = name;
			Farms::<T>::insert(farm_id, &farm);
		}
		Self::deposit_event(Event::FarmUpdated(farm));
		Ok(())
	}

	/// Sets a farm's Stellar payout address (validated: a Stellar account id).
	pub fn do_add_stellar_payout_v2address(
		who: &T::AccountId,
		farm_id: u32,
		stellar_address: Vec<u8>,
	) -> DispatchResult {
		Self::farm_of_farmer(who, farm_id)?;
		let address = Self::stellar_address(stellar_address)?;
		FarmPayoutV2AddressByFarmID::<T>::insert(farm_id, &address);
		Self::deposit_event(Event::FarmPayoutV2AddressRegistered(farm_id, address.into_inner()));
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

	/// Appends a free public IP. A full farm is TFChain's `InvalidPublicIP`.
	pub fn do_add_farm_ip(
		who: &T::AccountId,
		farm_id: u32,
		ip: Ip4Text,
		gw: Gw4Text,
	) -> DispatchResult {
		let mut farm = Self::farm_owned_by(who, farm_id)?;
		let addr = Self::check_farm_ip(&ip, &gw)?;
		ensure!(
			!farm.public_ips.iter().any(|existing| Self::farm_ip_address(existing) == Some(addr)),
			Error::<T>::IpExists
		);
		farm.public_ips.try_push(PublicIP { ip, gateway: gw, contract_id: 0 }).map_err(|_| {
			log::debug!(
				target: "runtime::tfgrid",
				"InvalidPublicIP: farm {farm_id} already has {MAX_FARM_PUBLIC_IPS} public IPs",
			);
			Error::<T>::InvalidPublicIP
		})?;
		Farms::<T>::insert(farm_id, &farm);
		Self::deposit_event(Event::FarmUpdated(farm));
		Ok(())
	}

	/// Removes a free public IP (matched by its exact text). An IP a contract holds is TFChain's
	/// `IpNotExists` (there is no such free IP).
	pub fn do_remove_farm_ip(who: &T::AccountId, farm_id: u32, ip: Ip4Text) -> DispatchResult {
		let mut farm = Self::farm_owned_by(who, farm_id)?;
		let position = farm
			.public_ips
			.iter()
			.position(|existing| existing.ip == ip)
			.ok_or(Error::<T>::IpNotExists)?;
		if let Some(contract_id) =
			farm.public_ips.get(position).map(|existing| existing.contract_id).filter(|id| *id != 0)
		{
			log::debug!(
				target: "runtime::tfgrid",
				"IpNotExists: the IP is reserved by contract {contract_id}",
			);
			return Err(Error::<T>::IpNotExists.into());
		}
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
