//! Maps the pure validation functions of [`crate::validation`] to the pallet's named errors.

use crate::{
	types::*,
	validation::{self, HexError, IpError, TextError},
	Config, Error, Pallet,
};

/// Picks the error for a text failure: (too short, too long, invalid).
fn text<T>(
	result: Result<(), TextError>,
	errors: (Error<T>, Error<T>, Error<T>),
) -> Result<(), Error<T>> {
	result.map_err(|e| match e {
		TextError::TooShort => errors.0,
		TextError::TooLong => errors.1,
		TextError::Invalid | TextError::Malformed => errors.2,
	})
}

/// The errors of an address/gateway pair check.
struct IpErrors<T> {
	ip_too_short: Error<T>,
	ip_too_long: Error<T>,
	invalid_ip: Error<T>,
	gw_too_short: Error<T>,
	gw_too_long: Error<T>,
	invalid_gw: Error<T>,
	not_usable: Error<T>,
}

impl<T> IpErrors<T> {
	fn map(self, error: IpError) -> Error<T> {
		match error {
			IpError::IpTooShort => self.ip_too_short,
			IpError::IpTooLong => self.ip_too_long,
			IpError::InvalidIp => self.invalid_ip,
			IpError::GwTooShort => self.gw_too_short,
			IpError::GwTooLong => self.gw_too_long,
			IpError::InvalidGw => self.invalid_gw,
			IpError::NotUsable => self.not_usable,
		}
	}
}

fn ip4_errors<T>(not_usable: Error<T>) -> IpErrors<T> {
	IpErrors {
		ip_too_short: Error::<T>::IP4TooShort,
		ip_too_long: Error::<T>::IP4TooLong,
		invalid_ip: Error::<T>::InvalidIP4,
		gw_too_short: Error::<T>::GW4TooShort,
		gw_too_long: Error::<T>::GW4TooLong,
		invalid_gw: Error::<T>::InvalidGW4,
		not_usable,
	}
}

const IP4_LENGTH: (u32, u32) = (9, MAX_IP4_LENGTH);
const GW4_LENGTH: (u32, u32) = (7, MAX_GW4_LENGTH);

impl<T: Config> Pallet<T> {
	pub(crate) fn check_farm_name(name: &[u8]) -> Result<(), Error<T>> {
		text(
			validation::farm_name(name, MIN_FARM_NAME_LENGTH, MAX_FARM_NAME_LENGTH),
			(
				Error::<T>::FarmNameTooShort,
				Error::<T>::FarmNameTooLong,
				Error::<T>::InvalidFarmName,
			),
		)
	}

	/// A farm's public IP: returns the parsed address (for duplicate detection).
	pub(crate) fn check_farm_ip(ip: &[u8], gw: &[u8]) -> Result<core::net::Ipv4Addr, Error<T>> {
		validation::ip4_with_gateway(ip, gw, IP4_LENGTH, GW4_LENGTH)
			.map_err(|e| ip4_errors::<T>(Error::<T>::InvalidPublicIP).map(e))
	}

	pub(crate) fn check_public_config(config: &PublicConfig) -> Result<(), Error<T>> {
		validation::ip4_with_gateway(&config.ip4.ip, &config.ip4.gw, IP4_LENGTH, GW4_LENGTH)
			.map_err(|e| ip4_errors::<T>(Error::<T>::InvalidPublicConfig).map(e))?;
		if let Some(ip6) = &config.ip6 {
			validation::ip6_with_gateway(
				&ip6.ip,
				&ip6.gw,
				(MIN_IP6_LENGTH, MAX_IP6_LENGTH),
				(MIN_GW6_LENGTH, MAX_GW6_LENGTH),
			)
			.map_err(|e| {
				IpErrors {
					ip_too_short: Error::<T>::IP6TooShort,
					ip_too_long: Error::<T>::IP6TooLong,
					invalid_ip: Error::<T>::InvalidIP6,
					gw_too_short: Error::<T>::GW6TooShort,
					gw_too_long: Error::<T>::GW6TooLong,
					invalid_gw: Error::<T>::InvalidGW6,
					not_usable: Error::<T>::InvalidPublicConfig,
				}
				.map(e)
			})?;
		}
		if let Some(domain) = &config.domain {
			text(
				validation::domain(domain, MIN_DOMAIN_LENGTH, MAX_DOMAIN_LENGTH),
				(Error::<T>::DomainTooShort, Error::<T>::DomainTooLong, Error::<T>::InvalidDomain),
			)?;
		}
		Ok(())
	}

	pub(crate) fn check_stellar_address(address: &[u8]) -> Result<(), Error<T>> {
		text(
			validation::stellar_address(
				address,
				MIN_STELLAR_ADDRESS_LENGTH,
				MAX_STELLAR_ADDRESS_LENGTH,
			),
			(
				Error::<T>::StellarAddressTooShort,
				Error::<T>::StellarAddressTooLong,
				Error::<T>::InvalidStellarAddress,
			),
		)
	}

	pub(crate) fn check_relay(relay: &Option<Relay>) -> Result<(), Error<T>> {
		let Some(relay) = relay else { return Ok(()) };
		validation::relay(relay, MIN_RELAY_LENGTH, MAX_RELAY_LENGTH).map_err(|e| match e {
			TextError::TooShort => Error::<T>::RelayTooShort,
			TextError::TooLong => Error::<T>::RelayTooLong,
			TextError::Invalid => Error::<T>::InvalidRelayAddress,
			TextError::Malformed => Error::<T>::InvalidRelay,
		})
	}

	pub(crate) fn check_pk(pk: &Option<TwinPk>) -> Result<(), Error<T>> {
		let Some(pk) = pk else { return Ok(()) };
		text(
			validation::check_length(pk, MIN_PK_LENGTH, MAX_PK_LENGTH),
			(
				Error::<T>::PublicKeyTooShort,
				Error::<T>::PublicKeyTooLong,
				Error::<T>::PublicKeyTooLong,
			),
		)
	}

	pub(crate) fn check_entity_name(name: &[u8]) -> Result<(), Error<T>> {
		text(
			validation::printable(name, MIN_ENTITY_NAME_LENGTH, MAX_ENTITY_NAME_LENGTH),
			(
				Error::<T>::EntityNameTooShort,
				Error::<T>::EntityNameTooLong,
				Error::<T>::InvalidEntityName,
			),
		)
	}

	pub(crate) fn check_country(country: &[u8]) -> Result<(), Error<T>> {
		text(
			validation::place_name(country, MIN_COUNTRY_NAME_LENGTH, MAX_COUNTRY_NAME_LENGTH),
			(
				Error::<T>::CountryNameTooShort,
				Error::<T>::CountryNameTooLong,
				Error::<T>::InvalidCountryName,
			),
		)
	}

	pub(crate) fn check_city(city: &[u8]) -> Result<(), Error<T>> {
		text(
			validation::place_name(city, MIN_CITY_NAME_LENGTH, MAX_CITY_NAME_LENGTH),
			(
				Error::<T>::CityNameTooShort,
				Error::<T>::CityNameTooLong,
				Error::<T>::InvalidCityName,
			),
		)
	}

	pub(crate) fn check_location(location: &Location) -> Result<(), Error<T>> {
		Self::check_city(&location.city)?;
		Self::check_country(&location.country)?;
		text(
			validation::coordinate(
				&location.latitude,
				MIN_COORDINATE_LENGTH,
				MAX_COORDINATE_LENGTH,
				90,
			),
			(
				Error::<T>::LatitudeInputTooShort,
				Error::<T>::LatitudeInputTooLong,
				Error::<T>::InvalidLatitudeInput,
			),
		)?;
		text(
			validation::coordinate(
				&location.longitude,
				MIN_COORDINATE_LENGTH,
				MAX_COORDINATE_LENGTH,
				180,
			),
			(
				Error::<T>::LongitudeInputTooShort,
				Error::<T>::LongitudeInputTooLong,
				Error::<T>::InvalidLongitudeInput,
			),
		)
	}

	pub(crate) fn check_interfaces(interfaces: &Interfaces) -> Result<(), Error<T>> {
		for interface in interfaces {
			text(
				validation::interface_name(
					&interface.name,
					MIN_INTERFACE_NAME_LENGTH,
					MAX_INTERFACE_NAME_LENGTH,
				),
				(
					Error::<T>::InterfaceNameTooShort,
					Error::<T>::InterfaceNameTooLong,
					Error::<T>::InvalidInterfaceName,
				),
			)?;
			text(
				validation::mac_address(
					&interface.mac,
					MIN_INTERFACE_MAC_LENGTH,
					MAX_INTERFACE_MAC_LENGTH,
				),
				(
					Error::<T>::InterfaceMacTooShort,
					Error::<T>::InterfaceMacTooLong,
					Error::<T>::InvalidMacAddress,
				),
			)?;
			for ip in &interface.ips {
				text(
					validation::interface_ip(ip, MIN_INTERFACE_IP_LENGTH, MAX_INTERFACE_IP_LENGTH),
					(
						Error::<T>::InterfaceIpTooShort,
						Error::<T>::InterfaceIpTooLong,
						Error::<T>::InvalidInterfaceIP,
					),
				)?;
			}
		}
		Ok(())
	}

	pub(crate) fn check_serial_number(serial: &Option<SerialNumber>) -> Result<(), Error<T>> {
		let Some(serial) = serial else { return Ok(()) };
		text(
			validation::printable(serial, MIN_SERIAL_NUMBER_LENGTH, MAX_SERIAL_NUMBER_LENGTH),
			(
				Error::<T>::SerialNumberTooShort,
				Error::<T>::SerialNumberTooLong,
				Error::<T>::InvalidSerialNumber,
			),
		)
	}

	/// Minimums: SSD or HDD at least 100 GiB, at least one core, at least 2 GiB of RAM. When
	/// the storage minimum is missed the error names the storage the node has: HDD for a node
	/// without SSD, SSD otherwise.
	pub(crate) fn check_resources(resources: &Resources) -> Result<(), Error<T>> {
		let min_storage = tfchain_support::types::GIB.saturating_mul(100);
		if resources.sru < min_storage && resources.hru < min_storage {
			return Err(if resources.sru == 0 {
				Error::<T>::InvalidHRUInput
			} else {
				Error::<T>::InvalidSRUInput
			});
		}
		if resources.cru < 1 {
			return Err(Error::<T>::InvalidCRUInput);
		}
		if resources.mru < tfchain_support::types::GIB.saturating_mul(2) {
			return Err(Error::<T>::InvalidMRUInput);
		}
		Ok(())
	}

	pub(crate) fn check_pricing_policy_name(name: &[u8]) -> Result<(), Error<T>> {
		text(
			validation::printable(
				name,
				MIN_PRICING_POLICY_NAME_LENGTH,
				MAX_PRICING_POLICY_NAME_LENGTH,
			),
			(
				Error::<T>::PricingPolicyNameTooShort,
				Error::<T>::PricingPolicyNameTooLong,
				Error::<T>::InvalidPricingPolicyName,
			),
		)
	}

	pub(crate) fn check_farming_policy_name(name: &[u8]) -> Result<(), Error<T>> {
		text(
			validation::printable(
				name,
				MIN_FARMING_POLICY_NAME_LENGTH,
				MAX_FARMING_POLICY_NAME_LENGTH,
			),
			(
				Error::<T>::FarmingPolicyNameTooShort,
				Error::<T>::FarmingPolicyNameTooLong,
				Error::<T>::InvalidFarmingPolicyName,
			),
		)
	}

	pub(crate) fn check_zos_version(version: &[u8]) -> Result<(), Error<T>> {
		text(
			validation::printable(version, MIN_ZOS_VERSION_LENGTH, MAX_ZOS_VERSION_LENGTH),
			(
				Error::<T>::ZosVersionTooShort,
				Error::<T>::ZosVersionTooLong,
				Error::<T>::InvalidZosVersion,
			),
		)
	}

	pub(crate) fn check_document(link: &[u8], hash: &[u8]) -> Result<(), Error<T>> {
		text(
			validation::document_link(link, MIN_DOCUMENT_LINK_LENGTH, MAX_DOCUMENT_LINK_LENGTH),
			(
				Error::<T>::DocumentLinkInputTooShort,
				Error::<T>::DocumentLinkInputTooLong,
				Error::<T>::InvalidDocumentLinkInput,
			),
		)?;
		text(
			validation::document_hash(hash, MIN_DOCUMENT_HASH_LENGTH, MAX_DOCUMENT_HASH_LENGTH),
			(
				Error::<T>::DocumentHashInputTooShort,
				Error::<T>::DocumentHashInputTooLong,
				Error::<T>::InvalidDocumentHashInput,
			),
		)
	}

	/// Decodes a hex signature.
	pub(crate) fn decode_signature(signature: &[u8]) -> Result<[u8; 64], Error<T>> {
		validation::signature_from_hex(signature).map_err(|e| match e {
			HexError::Length => Error::<T>::SignatureLengthIsIncorrect,
			HexError::NotHex => Error::<T>::InvalidSignatureHex,
		})
	}

	/// Verifies `signature` (hex) of `message` by `signer`'s key, as ed25519 or sr25519. The
	/// account must encode to 32 bytes (an `AccountId32`); anything else cannot match.
	pub(crate) fn verify_signature(
		signer: &T::AccountId,
		message: &[u8],
		signature: &[u8],
	) -> Result<(), Error<T>> {
		use codec::Encode;
		use sp_core::{ed25519, sr25519};
		let raw = Self::decode_signature(signature)?;
		let encoded = signer.encode();
		let key: [u8; 32] =
			encoded.as_slice().try_into().map_err(|_| Error::<T>::EntitySignatureDoesNotMatch)?;
		let ed_ok = sp_io::crypto::ed25519_verify(
			&ed25519::Signature::from_raw(raw),
			message,
			&ed25519::Public::from_raw(key),
		);
		if ed_ok {
			return Ok(());
		}
		let sr_ok = sp_io::crypto::sr25519_verify(
			&sr25519::Signature::from_raw(raw),
			message,
			&sr25519::Public::from_raw(key),
		);
		if sr_ok {
			Ok(())
		} else {
			Err(Error::<T>::EntitySignatureDoesNotMatch)
		}
	}
}
