//! Maps the pure validation functions of [`crate::validation`] to the pallet's named errors.

use crate::{
	types::*,
	validation::{self, HexError, IpError, TextError},
	Config, Error, Pallet,
};
use alloc::vec::Vec;

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

/// What an address/gateway failure means, for the log line.
fn ip_cause(error: IpError) -> &'static str {
	match error {
		IpError::IpTooShort => "address text too short",
		IpError::IpTooLong => "address text too long",
		IpError::InvalidIp => "address does not parse as CIDR",
		IpError::GwTooShort => "gateway text too short",
		IpError::GwTooLong => "gateway text too long",
		IpError::InvalidGw => "gateway does not parse",
		IpError::NotUsable => {
			"not public unicast, gateway outside the subnet, or address equal to the gateway"
		},
	}
}

/// What a text failure means, for the log line.
fn text_cause(error: TextError) -> &'static str {
	match error {
		TextError::TooShort => "too short",
		TextError::TooLong => "too long",
		TextError::Invalid => "a character is not allowed",
		TextError::Malformed => "an empty label (leading, trailing or doubled dot)",
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

	/// A farm's public IP: returns the parsed address (for duplicate detection). Every failure
	/// is TFChain's `InvalidPublicIP`; the cause is logged.
	pub(crate) fn check_farm_ip(ip: &[u8], gw: &[u8]) -> Result<core::net::Ipv4Addr, Error<T>> {
		validation::ip4_with_gateway(ip, gw, IP4_LENGTH, GW4_LENGTH).map_err(|e| {
			log::debug!(
				target: "runtime::tfgrid",
				"InvalidPublicIP: farm IP {:?} gateway {:?}: {}",
				core::str::from_utf8(ip).unwrap_or("<not UTF-8>"),
				core::str::from_utf8(gw).unwrap_or("<not UTF-8>"),
				ip_cause(e),
			);
			Error::<T>::InvalidPublicIP
		})
	}

	/// A node's public config. Every failure is TFChain's `InvalidPublicConfig`; the cause
	/// (which part, and why) is logged.
	pub(crate) fn check_public_config(config: &PublicConfig) -> Result<(), Error<T>> {
		let invalid = |part: &str, cause: &str| {
			log::debug!(
				target: "runtime::tfgrid",
				"InvalidPublicConfig: {part}: {cause}",
			);
			Error::<T>::InvalidPublicConfig
		};
		validation::ip4_with_gateway(&config.ip4.ip, &config.ip4.gw, IP4_LENGTH, GW4_LENGTH)
			.map_err(|e| invalid("ip4", ip_cause(e)))?;
		if let Some(ip6) = &config.ip6 {
			validation::ip6_with_gateway(
				&ip6.ip,
				&ip6.gw,
				(MIN_IP6_LENGTH, MAX_IP6_LENGTH),
				(MIN_GW6_LENGTH, MAX_GW6_LENGTH),
			)
			.map_err(|e| invalid("ip6", ip_cause(e)))?;
		}
		if let Some(domain) = &config.domain {
			validation::domain(domain, MIN_DOMAIN_LENGTH, MAX_DOMAIN_LENGTH)
				.map_err(|e| invalid("domain", text_cause(e)))?;
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

	/// A twin's relay. An empty or malformed relay is TFChain's `InvalidRelayAddress` (the
	/// cause is logged); 1 or 2 bytes is `RelayTooShort` (TFChain accepts those).
	pub(crate) fn check_relay(relay: &Option<Relay>) -> Result<(), Error<T>> {
		let Some(relay) = relay else { return Ok(()) };
		validation::relay(relay, MIN_RELAY_LENGTH, MAX_RELAY_LENGTH).map_err(|e| match e {
			TextError::TooShort if !relay.is_empty() => Error::<T>::RelayTooShort,
			TextError::TooLong => Error::<T>::RelayTooLong,
			TextError::TooShort | TextError::Invalid | TextError::Malformed => {
				log::debug!(
					target: "runtime::tfgrid",
					"InvalidRelayAddress: {:?}: {}",
					core::str::from_utf8(relay).unwrap_or("<not UTF-8>"),
					if relay.is_empty() { "empty" } else { text_cause(e) },
				);
				Error::<T>::InvalidRelayAddress
			},
		})
	}

	/// A twin's public key: not empty (its bound is the argument's type).
	pub(crate) fn check_pk(pk: &Option<TwinPk>) -> Result<(), Error<T>> {
		match pk {
			Some(pk) if pk.len() < MIN_PK_LENGTH as usize => Err(Error::<T>::PublicKeyTooShort),
			_ => Ok(()),
		}
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

	/// Minimums: SSD or HDD at least 100 GiB, at least one core, at least 2 GiB of RAM. A node
	/// that misses the storage minimum gets TFChain's `InvalidSRUInput` (TFChain requires
	/// 100 GiB of SSD; we also accept 100 GiB of HDD); the log says what the node has.
	pub(crate) fn check_resources(resources: &Resources) -> Result<(), Error<T>> {
		let min_storage = tfchain_support::types::GIB.saturating_mul(100);
		if resources.sru < min_storage && resources.hru < min_storage {
			log::debug!(
				target: "runtime::tfgrid",
				"InvalidSRUInput: neither SSD ({} bytes) nor HDD ({} bytes) reaches 100 GiB",
				resources.sru,
				resources.hru,
			);
			return Err(Error::<T>::InvalidSRUInput);
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

	/// A plain-`Vec` entity name argument (as TFChain's), checked and bounded.
	pub(crate) fn entity_name(name: Vec<u8>) -> Result<EntityName, Error<T>> {
		Self::check_entity_name(&name)?;
		EntityName::try_from(name).map_err(|_| Error::<T>::EntityNameTooLong)
	}

	/// A plain-`Vec` Stellar address argument (as TFChain's), checked and bounded.
	pub(crate) fn stellar_address(address: Vec<u8>) -> Result<StellarAddress, Error<T>> {
		Self::check_stellar_address(&address)?;
		StellarAddress::try_from(address).map_err(|_| Error::<T>::StellarAddressTooLong)
	}

	/// A plain-`Vec` pricing-policy name argument (as TFChain's), checked and bounded.
	pub(crate) fn pricing_policy_name(name: Vec<u8>) -> Result<PricingPolicyName, Error<T>> {
		Self::check_pricing_policy_name(&name)?;
		PricingPolicyName::try_from(name).map_err(|_| Error::<T>::PricingPolicyNameTooLong)
	}

	/// A plain-`Vec` farming-policy name argument (as TFChain's), checked and bounded.
	pub(crate) fn farming_policy_name(name: Vec<u8>) -> Result<FarmingPolicyName, Error<T>> {
		Self::check_farming_policy_name(&name)?;
		FarmingPolicyName::try_from(name).map_err(|_| Error::<T>::FarmingPolicyNameTooLong)
	}

	/// A plain-`Vec` ZOS version argument (as TFChain's), checked and bounded.
	pub(crate) fn zos_version(version: Vec<u8>) -> Result<ZosVersionText, Error<T>> {
		Self::check_zos_version(&version)?;
		ZosVersionText::try_from(version).map_err(|_| Error::<T>::ZosVersionTooLong)
	}

	/// A plain-`Vec` signature argument (as TFChain's): its hex decodes to 64 bytes (else
	/// `SignatureLengthIsIncorrect` / `InvalidSignatureHex`); returns the text, bounded.
	pub(crate) fn signature_text(signature: Vec<u8>) -> Result<SignatureText, Error<T>> {
		Self::decode_signature(&signature)?;
		SignatureText::try_from(signature).map_err(|_| Error::<T>::SignatureLengthIsIncorrect)
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
