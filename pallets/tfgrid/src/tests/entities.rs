//! Entities: creation with ed25519 / sr25519 signatures, update and deletion.

use super::*;
use crate::{Entities, EntityID, EntityIdByAccountID, EntityIdByName, Error};
use frame_support::assert_noop;
use sp_core::Pair;
use sp_runtime::DispatchError;

/// Lower-case hex text of bytes, as a signature argument (a plain `Vec`, as TFChain's).
pub fn hex(bytes: &[u8]) -> Vec<u8> {
	bytes.iter().map(|byte| format!("{byte:02x}")).collect::<String>().into_bytes()
}

/// The hex signature of `name‖country‖city` by sr25519 signer `n`.
pub fn sign_entity_sr(n: u8, name: &[u8], country: &[u8], city: &[u8]) -> Vec<u8> {
	hex(&sr_pair(n).sign(&TfgridModule::entity_message(name, country, city)).0)
}

fn target(n: u8) -> AccountId {
	AccountId::new(sr_pair(n).public().0)
}

#[test]
fn create_entity_works_with_sr25519() {
	run_test(|| {
		let signature = sign_entity_sr(7, b"ThreeFold NV", b"Belgium", b"Lochristi");
		assert_ok!(TfgridModule::create_entity(
			signed(&acc(1)),
			target(7),
			b"ThreeFold NV".to_vec(),
			b(b"Belgium"),
			b(b"Lochristi"),
			signature
		));
		let entity = Entities::<Test>::get(1).unwrap();
		assert_eq!(entity.account_id, target(7));
		assert_eq!(entity.name.to_vec(), b"ThreeFold NV".to_vec());
		assert_eq!(EntityIdByName::<Test>::get(&entity.name), 1);
		assert_eq!(EntityIdByAccountID::<Test>::get(target(7)), Some(1));
		assert_eq!(EntityID::<Test>::get(), 1);
		assert_eq!(last_event(), Event::EntityStored(entity));
	});
}

#[test]
fn create_entity_works_with_ed25519_and_a_0x_prefix() {
	run_test(|| {
		let who = AccountId::new(ed_pair(8).public().0);
		let message = TfgridModule::entity_message(b"Ed NV", b"Egypt", b"Cairo");
		let mut signature = b"0x".to_vec();
		signature.extend_from_slice(&hex(&ed_pair(8).sign(&message).0));
		assert_ok!(TfgridModule::create_entity(
			signed(&acc(1)),
			who.clone(),
			b"Ed NV".to_vec(),
			b(b"Egypt"),
			b(b"Cairo"),
			signature
		));
		assert_eq!(EntityIdByAccountID::<Test>::get(who), Some(1));
	});
}

#[test]
fn create_entity_errors() {
	run_test(|| {
		let good =
			|name: &[u8], country: &[u8], city: &[u8]| sign_entity_sr(7, name, country, city);
		let create = |name: &[u8], country: &[u8], city: &[u8], signature: Vec<u8>| {
			TfgridModule::create_entity(
				signed(&acc(1)),
				target(7),
				name.to_vec(),
				b(country),
				b(city),
				signature,
			)
		};
		let cases: Vec<(&[u8], &[u8], &[u8], Error<Test>)> = vec![
			(b"ab", b"Belgium", b"Ghent", Error::<Test>::EntityNameTooShort),
			(b"Tab\tNV", b"Belgium", b"Ghent", Error::<Test>::InvalidEntityName),
			(&[b'n'; 65], b"Belgium", b"Ghent", Error::<Test>::EntityNameTooLong),
			(b"Entity", b"B", b"Ghent", Error::<Test>::CountryNameTooShort),
			(b"Entity", b"Belgium<", b"Ghent", Error::<Test>::InvalidCountryName),
			(b"Entity", b"Belgium", b"G", Error::<Test>::CityNameTooShort),
			(b"Entity", b"Belgium", b"9hent", Error::<Test>::InvalidCityName),
		];
		for (name, country, city, error) in cases {
			assert_noop!(create(name, country, city, good(name, country, city)), error);
		}
		// Signature of other text, by another key, malformed.
		assert_noop!(
			create(b"Entity", b"Belgium", b"Ghent", good(b"Entity", b"Belgium", b"Gent")),
			Error::<Test>::EntitySignatureDoesNotMatch
		);
		assert_noop!(
			create(
				b"Entity",
				b"Belgium",
				b"Ghent",
				sign_entity_sr(9, b"Entity", b"Belgium", b"Ghent")
			),
			Error::<Test>::EntitySignatureDoesNotMatch
		);
		assert_noop!(
			create(b"Entity", b"Belgium", b"Ghent", vec![b'0'; 126]),
			Error::<Test>::SignatureLengthIsIncorrect
		);
		// A plain Vec argument (as TFChain's): any other length is TFChain's error too.
		assert_noop!(
			create(b"Entity", b"Belgium", b"Ghent", vec![b'0'; 1000]),
			Error::<Test>::SignatureLengthIsIncorrect
		);
		assert_noop!(
			create(b"Entity", b"Belgium", b"Ghent", vec![b'g'; 128]),
			Error::<Test>::InvalidSignatureHex
		);
		EntityID::<Test>::put(u32::MAX);
		assert_noop!(
			create(b"Entity", b"Belgium", b"Ghent", good(b"Entity", b"Belgium", b"Ghent")),
			Error::<Test>::IdOverflow
		);
		EntityID::<Test>::put(0);
		assert_ok!(create(b"Entity", b"Belgium", b"Ghent", good(b"Entity", b"Belgium", b"Ghent")));
		// Same account again; same name by another account.
		assert_noop!(
			create(b"Other", b"Belgium", b"Ghent", good(b"Other", b"Belgium", b"Ghent")),
			Error::<Test>::EntityWithPubkeyExists
		);
		assert_noop!(
			TfgridModule::create_entity(
				signed(&acc(1)),
				target(9),
				b"Entity".to_vec(),
				b(b"Belgium"),
				b(b"Ghent"),
				sign_entity_sr(9, b"Entity", b"Belgium", b"Ghent")
			),
			Error::<Test>::EntityWithNameExists
		);
		assert_noop!(
			TfgridModule::create_entity(
				RuntimeOrigin::none(),
				target(9),
				b"Entity9".to_vec(),
				b(b"Belgium"),
				b(b"Ghent"),
				sign_entity_sr(9, b"Entity9", b"Belgium", b"Ghent")
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn update_entity_works_and_fails() {
	run_test(|| {
		let (id, account) = super::twins::create_entity_of(7, "First");
		super::twins::create_entity_of(9, "Second");
		let update = |who: &AccountId, name: &[u8], country: &[u8], city: &[u8]| {
			TfgridModule::update_entity(signed(who), name.to_vec(), b(country), b(city))
		};
		assert_noop!(
			update(&acc(1), b"X NV", b"Belgium", b"Ghent"),
			Error::<Test>::EntityNotExists
		);
		assert_noop!(
			update(&account, b"Second", b"Belgium", b"Ghent"),
			Error::<Test>::EntityWithNameExists
		);
		// TFChain checks the name first: a taken name beats a missing entity.
		assert_noop!(
			update(&acc(1), b"Second", b"Belgium", b"Ghent"),
			Error::<Test>::EntityWithNameExists
		);
		let cases: Vec<(&[u8], &[u8], &[u8], Error<Test>)> = vec![
			(b"ab", b"Belgium", b"Ghent", Error::<Test>::EntityNameTooShort),
			(b" lead", b"Belgium", b"Ghent", Error::<Test>::InvalidEntityName),
			(b"First", b"", b"Ghent", Error::<Test>::CountryNameTooShort),
			(b"First", b"12", b"Ghent", Error::<Test>::InvalidCountryName),
			(b"First", b"Belgium", b"", Error::<Test>::CityNameTooShort),
			(b"First", b"Belgium", b"G#", Error::<Test>::InvalidCityName),
		];
		for (name, country, city, error) in cases {
			assert_noop!(update(&account, name, country, city), error);
		}
		assert_ok!(update(&account, b"Renamed", b"Egypt", b"Cairo"));
		let entity = Entities::<Test>::get(id).unwrap();
		assert_eq!(entity.country.to_vec(), b"Egypt".to_vec());
		assert_eq!(EntityIdByName::<Test>::get(l::<_>(b"Renamed")), id);
		assert!(!EntityIdByName::<Test>::contains_key(l::<_>(b"First")));
		assert_eq!(last_event(), Event::EntityUpdated(entity));
		// Keeping the name is fine (TFChain refuses it; we need not).
		assert_ok!(update(&account, b"Renamed", b"Egypt", b"Giza"));
	});
}

#[test]
fn delete_entity_works_and_fails() {
	run_test(|| {
		let (id, account) = super::twins::create_entity_of(7, "First");
		assert_noop!(TfgridModule::delete_entity(signed(&acc(1))), Error::<Test>::EntityNotExists);
		assert_ok!(TfgridModule::delete_entity(signed(&account)));
		assert!(Entities::<Test>::get(id).is_none());
		assert_eq!(EntityIdByAccountID::<Test>::get(&account), None);
		assert!(!EntityIdByName::<Test>::contains_key(l::<_>(b"First")));
		assert_eq!(last_event(), Event::EntityDeleted(id));
		// The name and the account are free again.
		super::twins::create_entity_of(7, "First");
	});
}
