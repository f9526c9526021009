//! Terms and conditions, twins, twin-entity links, bonding and the twin transfer.

use super::*;
use crate::{
	Error, PendingTwinTransfer, TwinBoundedAccountID, TwinID, TwinIdByAccountID,
	TwinTransferRequestID, TwinTransferRequests, Twins, UsersTermsAndConditions,
};
use frame_support::{
	assert_noop,
	traits::fungible::{InspectHold, MutateHold},
};
use sp_core::Pair;
use sp_runtime::DispatchError;

#[test]
fn user_accept_tc_appends_and_keeps_the_latest() {
	run_test(|| {
		let who = acc(1);
		accept_tc(&who);
		let history = UsersTermsAndConditions::<Test>::get(&who).unwrap();
		assert_eq!(history.len(), 1);
		assert_eq!(history[0].timestamp, GENESIS_MS / 1000);
		assert_eq!(history[0].account_id, who);
		assert_eq!(last_event(), Event::TermsAndConditionsAccepted { account_id: who.clone() });
		// The mock keeps 3: the fourth acceptance drops the oldest.
		for hash in [&b"h2"[..], b"h3", b"h4"] {
			assert_ok!(TfgridModule::user_accept_tc(signed(&who), b(b"https://x.y/tc"), b(hash)));
		}
		let hashes: Vec<Vec<u8>> = UsersTermsAndConditions::<Test>::get(&who)
			.unwrap()
			.iter()
			.map(|tc| tc.document_hash.to_vec())
			.collect();
		assert_eq!(hashes, vec![b"h2".to_vec(), b"h3".to_vec(), b"h4".to_vec()]);
	});
}

#[test]
fn user_accept_tc_errors() {
	run_test(|| {
		let who = acc(1);
		let cases: Vec<(&[u8], &[u8], Error<Test>)> = vec![
			(b"", b"hash", Error::<Test>::DocumentLinkInputTooShort),
			(b"https://x.y/a b", b"hash", Error::<Test>::InvalidDocumentLinkInput),
			(b"https://x.y/tc", b"", Error::<Test>::DocumentHashInputTooShort),
			(b"https://x.y/tc", b"ab/cd", Error::<Test>::InvalidDocumentHashInput),
		];
		for (link, hash, error) in cases {
			assert_noop!(TfgridModule::user_accept_tc(signed(&who), b(link), b(hash)), error);
		}
		assert_noop!(
			TfgridModule::user_accept_tc(RuntimeOrigin::none(), b(b"https://x.y"), b(b"h")),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn create_twin_works() {
	run_test(|| {
		let who = acc(1);
		let id = create_twin(&who);
		assert_eq!(id, 1);
		assert_eq!(TwinID::<Test>::get(), 1);
		let twin = Twins::<Test>::get(1).unwrap();
		assert_eq!(twin.account_id, who);
		assert_eq!(twin.relay, Some(b(b"relay.grid.tf")));
		assert_eq!(twin.pk, Some(b(b"pk")));
		assert!(twin.entities.is_empty());
		assert_eq!(last_event(), Event::TwinStored(twin));
		// Relay and pk are optional.
		accept_tc(&acc(2));
		assert_ok!(TfgridModule::create_twin(signed(&acc(2)), None, None));
		assert_eq!(TwinIdByAccountID::<Test>::get(acc(2)), Some(2));
	});
}

#[test]
fn create_twin_errors() {
	run_test(|| {
		let who = acc(1);
		assert_noop!(
			TfgridModule::create_twin(signed(&who), None, None),
			Error::<Test>::UserDidNotSignTermsAndConditions
		);
		accept_tc(&who);
		let relay_cases: Vec<(&[u8], Error<Test>)> = vec![
			(b"ab", Error::<Test>::RelayTooShort),
			(b"wss://relay.grid.tf", Error::<Test>::InvalidRelayAddress),
			// A malformed or empty relay is TFChain's InvalidRelayAddress.
			(b"relay..grid.tf", Error::<Test>::InvalidRelayAddress),
			(b"", Error::<Test>::InvalidRelayAddress),
		];
		for (relay, error) in relay_cases {
			assert_noop!(TfgridModule::create_twin(signed(&who), Some(b(relay)), None), error);
		}
		assert_noop!(
			TfgridModule::create_twin(signed(&who), None, Some(b(b""))),
			Error::<Test>::PublicKeyTooShort
		);
		TwinID::<Test>::put(u32::MAX);
		assert_noop!(
			TfgridModule::create_twin(signed(&who), None, None),
			Error::<Test>::IdOverflow
		);
		TwinID::<Test>::put(0);
		assert_ok!(TfgridModule::create_twin(signed(&who), None, None));
		// A second twin: TFChain's TwinWithPubkeyExists.
		assert_noop!(
			TfgridModule::create_twin(signed(&who), None, None),
			Error::<Test>::TwinWithPubkeyExists
		);
		assert_noop!(
			TfgridModule::create_twin(RuntimeOrigin::none(), None, None),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn update_twin_works_and_fails() {
	run_test(|| {
		let who = acc(1);
		assert_noop!(
			TfgridModule::update_twin(signed(&who), None, None),
			Error::<Test>::TwinNotExists
		);
		create_twin(&who);
		assert_ok!(TfgridModule::update_twin(signed(&who), Some(b(b"relay.dev.grid.tf")), None));
		let twin = Twins::<Test>::get(1).unwrap();
		assert_eq!(twin.relay, Some(b(b"relay.dev.grid.tf")));
		assert_eq!(twin.pk, None);
		assert_eq!(last_event(), Event::TwinUpdated(twin));
		assert_noop!(
			TfgridModule::update_twin(signed(&who), Some(b(b"a b.tf")), None),
			Error::<Test>::InvalidRelayAddress
		);
		assert_noop!(
			TfgridModule::update_twin(signed(&who), Some(b(b".tf")), None),
			Error::<Test>::InvalidRelayAddress
		);
		assert_noop!(
			TfgridModule::update_twin(signed(&who), Some(b(b"ab")), None),
			Error::<Test>::RelayTooShort
		);
		assert_noop!(
			TfgridModule::update_twin(signed(&who), None, Some(b(b""))),
			Error::<Test>::PublicKeyTooShort
		);
	});
}

/// Creates entity for sr25519 signer `n`; returns (entity id, entity account).
pub fn create_entity_of(n: u8, name: &str) -> (u32, AccountId) {
	let target = AccountId::new(sr_pair(n).public().0);
	let signature = super::entities::sign_entity_sr(n, name.as_bytes(), b"Belgium", b"Ghent");
	assert_ok!(TfgridModule::create_entity(
		signed(&acc(1)),
		target.clone(),
		name.as_bytes().to_vec(),
		b(b"Belgium"),
		b(b"Ghent"),
		signature
	));
	(crate::EntityIdByAccountID::<Test>::get(&target).unwrap(), target)
}

/// The hex signature of `entity_id‖twin_id` by sr25519 signer `n`.
pub fn sign_link_sr(n: u8, entity_id: u32, twin_id: u32) -> Vec<u8> {
	let message = TfgridModule::twin_entity_message(entity_id, twin_id);
	super::entities::hex(&sr_pair(n).sign(&message).0)
}

#[test]
fn add_twin_entity_works() {
	run_test(|| {
		let who = acc(1);
		let twin_id = create_twin(&who);
		let (entity_id, _) = create_entity_of(50, "ThreeFold NV");
		let signature = sign_link_sr(50, entity_id, twin_id);
		assert_ok!(TfgridModule::add_twin_entity(
			signed(&who),
			twin_id,
			entity_id,
			signature.clone()
		));
		let twin = Twins::<Test>::get(twin_id).unwrap();
		assert_eq!(twin.entities.len(), 1);
		assert_eq!(twin.entities[0].entity_id, entity_id);
		assert_eq!(last_event(), Event::TwinEntityStored(twin_id, entity_id, signature));
	});
}

#[test]
fn add_twin_entity_with_an_ed25519_entity() {
	run_test(|| {
		let who = acc(1);
		let twin_id = create_twin(&who);
		let target = AccountId::new(ed_pair(60).public().0);
		let message = TfgridModule::entity_message(b"Ed Entity", b"Belgium", b"Ghent");
		let signature = super::entities::hex(&ed_pair(60).sign(&message).0);
		assert_ok!(TfgridModule::create_entity(
			signed(&who),
			target.clone(),
			b"Ed Entity".to_vec(),
			b(b"Belgium"),
			b(b"Ghent"),
			signature
		));
		let entity_id = crate::EntityIdByAccountID::<Test>::get(&target).unwrap();
		let link = TfgridModule::twin_entity_message(entity_id, twin_id);
		let signature = super::entities::hex(&ed_pair(60).sign(&link).0);
		assert_ok!(TfgridModule::add_twin_entity(signed(&who), twin_id, entity_id, signature));
	});
}

#[test]
fn add_twin_entity_errors() {
	run_test(|| {
		let who = acc(1);
		let twin_id = create_twin(&who);
		let (entity_id, _) = create_entity_of(50, "ThreeFold NV");
		let good = sign_link_sr(50, entity_id, twin_id);
		assert_noop!(
			TfgridModule::add_twin_entity(signed(&who), 99, entity_id, good.clone()),
			Error::<Test>::TwinNotExists
		);
		assert_noop!(
			TfgridModule::add_twin_entity(signed(&acc(2)), twin_id, entity_id, good.clone()),
			Error::<Test>::UnauthorizedToUpdateTwin
		);
		assert_noop!(
			TfgridModule::add_twin_entity(signed(&who), twin_id, 99, good.clone()),
			Error::<Test>::EntityNotExists
		);
		// Signed for another twin id.
		assert_noop!(
			TfgridModule::add_twin_entity(
				signed(&who),
				twin_id,
				entity_id,
				sign_link_sr(50, entity_id, twin_id + 1)
			),
			Error::<Test>::EntitySignatureDoesNotMatch
		);
		// Signed by someone else.
		assert_noop!(
			TfgridModule::add_twin_entity(
				signed(&who),
				twin_id,
				entity_id,
				sign_link_sr(51, entity_id, twin_id)
			),
			Error::<Test>::EntitySignatureDoesNotMatch
		);
		assert_noop!(
			TfgridModule::add_twin_entity(signed(&who), twin_id, entity_id, vec![b'a'; 130]),
			Error::<Test>::SignatureLengthIsIncorrect
		);
		let mut not_hex = good.clone();
		not_hex[3] = b'x';
		assert_noop!(
			TfgridModule::add_twin_entity(signed(&who), twin_id, entity_id, not_hex),
			Error::<Test>::InvalidSignatureHex
		);
		assert_ok!(TfgridModule::add_twin_entity(signed(&who), twin_id, entity_id, good.clone()));
		assert_noop!(
			TfgridModule::add_twin_entity(signed(&who), twin_id, entity_id, good),
			Error::<Test>::EntityWithSignatureAlreadyExists
		);
	});
}

#[test]
fn a_twin_links_at_most_32_entities() {
	run_test(|| {
		let who = acc(1);
		let twin_id = create_twin(&who);
		for n in 0..MAX_TWIN_ENTITIES as u8 {
			let (entity_id, _) = create_entity_of(100 + n, &format!("Entity {n}"));
			assert_ok!(TfgridModule::add_twin_entity(
				signed(&who),
				twin_id,
				entity_id,
				sign_link_sr(100 + n, entity_id, twin_id)
			));
		}
		let (entity_id, _) = create_entity_of(200, "One too many");
		assert_noop!(
			TfgridModule::add_twin_entity(
				signed(&who),
				twin_id,
				entity_id,
				sign_link_sr(200, entity_id, twin_id)
			),
			Error::<Test>::TwinHasTooManyEntities
		);
	});
}

#[test]
fn delete_twin_entity_works_and_fails() {
	run_test(|| {
		let who = acc(1);
		let twin_id = create_twin(&who);
		let (entity_id, _) = create_entity_of(50, "ThreeFold NV");
		assert_ok!(TfgridModule::add_twin_entity(
			signed(&who),
			twin_id,
			entity_id,
			sign_link_sr(50, entity_id, twin_id)
		));
		assert_noop!(
			TfgridModule::delete_twin_entity(signed(&who), 99, entity_id),
			Error::<Test>::TwinNotExists
		);
		assert_noop!(
			TfgridModule::delete_twin_entity(signed(&acc(2)), twin_id, entity_id),
			Error::<Test>::UnauthorizedToUpdateTwin
		);
		assert_noop!(
			TfgridModule::delete_twin_entity(signed(&who), twin_id, 99),
			Error::<Test>::EntityNotExists
		);
		assert_ok!(TfgridModule::delete_twin_entity(signed(&who), twin_id, entity_id));
		assert!(Twins::<Test>::get(twin_id).unwrap().entities.is_empty());
		assert_eq!(last_event(), Event::TwinEntityRemoved(twin_id, entity_id));
	});
}

#[test]
fn bond_twin_account_works_and_fails() {
	run_test(|| {
		let owner = acc(1);
		let twin_id = create_twin(&owner);
		assert_noop!(
			TfgridModule::bond_twin_account(signed(&acc(2)), 99),
			Error::<Test>::TwinNotExists
		);
		assert_noop!(
			TfgridModule::bond_twin_account(signed(&owner), twin_id),
			Error::<Test>::TwinCannotBoundToItself
		);
		assert_ok!(TfgridModule::bond_twin_account(signed(&acc(2)), twin_id));
		assert_eq!(TwinBoundedAccountID::<Test>::get(twin_id), Some(acc(2)));
		assert_eq!(last_event(), Event::TwinAccountBounded(twin_id, acc(2)));
	});
}

#[test]
fn request_twin_transfer_works_and_fails() {
	run_test(|| {
		let owner = acc(1);
		let twin_id = create_twin(&owner);
		assert_noop!(
			TfgridModule::request_twin_transfer(signed(&owner), 99, acc(2)),
			Error::<Test>::TwinNotExists
		);
		assert_noop!(
			TfgridModule::request_twin_transfer(signed(&acc(3)), twin_id, acc(2)),
			Error::<Test>::UnauthorizedToUpdateTwin
		);
		assert_noop!(
			TfgridModule::request_twin_transfer(signed(&owner), twin_id, owner.clone()),
			Error::<Test>::TwinTransferToSameAccount
		);
		TwinTransferRequestID::<Test>::put(u64::MAX);
		assert_noop!(
			TfgridModule::request_twin_transfer(signed(&owner), twin_id, acc(2)),
			Error::<Test>::IdOverflow
		);
		TwinTransferRequestID::<Test>::put(0);
		assert_ok!(TfgridModule::request_twin_transfer(signed(&owner), twin_id, acc(2)));
		assert_eq!(PendingTwinTransfer::<Test>::get(twin_id), Some(1));
		assert_eq!(TwinTransferRequests::<Test>::get(1).unwrap().to, acc(2));
		assert_eq!(
			last_event(),
			Event::TwinTransferRequested {
				request_id: 1,
				twin_id,
				from: owner.clone(),
				to: acc(2)
			}
		);
		assert_noop!(
			TfgridModule::request_twin_transfer(signed(&owner), twin_id, acc(3)),
			Error::<Test>::TwinTransferAlreadyRequested
		);
	});
}

#[test]
fn accept_twin_transfer_moves_the_twin_and_its_held_balance() {
	run_test(|| {
		let (owner, new_owner) = (acc(1), acc(2));
		let twin_id = create_twin(&owner);
		let farm_id = create_farm(&owner, "moving_farm");
		assert_ok!(<Balances as MutateHold<_>>::hold(&BillingHold::get(), &owner, 5_000));
		// The new owner was bonded to the twin: an owner cannot stay bonded to itself.
		assert_ok!(TfgridModule::bond_twin_account(signed(&new_owner), twin_id));
		assert_ok!(TfgridModule::request_twin_transfer(signed(&owner), twin_id, new_owner.clone()));
		accept_tc(&new_owner);
		assert_ok!(TfgridModule::accept_twin_transfer(signed(&new_owner), 1));

		assert_eq!(Twins::<Test>::get(twin_id).unwrap().account_id, new_owner);
		assert_eq!(TwinIdByAccountID::<Test>::get(&new_owner), Some(twin_id));
		assert_eq!(TwinIdByAccountID::<Test>::get(&owner), None);
		assert_eq!(TwinBoundedAccountID::<Test>::get(twin_id), None);
		assert_eq!(PendingTwinTransfer::<Test>::get(twin_id), None);
		assert!(TwinTransferRequests::<Test>::get(1).is_none());
		// The farm stays with the twin.
		assert_eq!(crate::Farms::<Test>::get(farm_id).unwrap().twin_id, twin_id);
		assert_eq!(Balances::balance_on_hold(&BillingHold::get(), &owner), 0);
		assert_eq!(Balances::balance_on_hold(&BillingHold::get(), &new_owner), 5_000);
		assert!(System::events().iter().any(|r| r.event
			== RuntimeEvent::TfgridModule(Event::TwinTransferAccepted {
				request_id: 1,
				twin_id,
				from: owner.clone(),
				to: new_owner.clone()
			})));
		// The old owner may start over with a new twin.
		assert_ok!(TfgridModule::create_twin(signed(&owner), None, None));
	});
}

#[test]
fn accept_twin_transfer_errors() {
	run_test(|| {
		let (owner, new_owner) = (acc(1), acc(2));
		let twin_id = create_twin(&owner);
		assert_ok!(TfgridModule::request_twin_transfer(signed(&owner), twin_id, new_owner.clone()));
		assert_noop!(
			TfgridModule::accept_twin_transfer(signed(&new_owner), 7),
			Error::<Test>::TwinTransferRequestNotExists
		);
		assert_noop!(
			TfgridModule::accept_twin_transfer(signed(&acc(3)), 1),
			Error::<Test>::NotTwinTransferRecipient
		);
		assert_noop!(
			TfgridModule::accept_twin_transfer(signed(&new_owner), 1),
			Error::<Test>::UserDidNotSignTermsAndConditions
		);
		create_twin(&new_owner);
		assert_noop!(
			TfgridModule::accept_twin_transfer(signed(&new_owner), 1),
			Error::<Test>::TwinExists
		);
	});
}

#[test]
fn accept_twin_transfer_fails_whole_when_the_hold_cannot_move() {
	run_test(|| {
		let owner = acc(1);
		// A fresh account with no balance at all cannot receive a hold (it does not exist).
		let new_owner = acc(150);
		let twin_id = create_twin(&owner);
		assert_ok!(<Balances as MutateHold<_>>::hold(&BillingHold::get(), &owner, 5_000));
		assert_ok!(TfgridModule::request_twin_transfer(signed(&owner), twin_id, new_owner.clone()));
		accept_tc(&new_owner);
		assert!(TfgridModule::accept_twin_transfer(signed(&new_owner), 1).is_err());
		assert_eq!(Twins::<Test>::get(twin_id).unwrap().account_id, owner);
		assert_eq!(Balances::balance_on_hold(&BillingHold::get(), &owner), 5_000);
	});
}

#[test]
fn cancel_twin_transfer_works_and_fails() {
	run_test(|| {
		let owner = acc(1);
		let twin_id = create_twin(&owner);
		assert_ok!(TfgridModule::request_twin_transfer(signed(&owner), twin_id, acc(2)));
		assert_noop!(
			TfgridModule::cancel_twin_transfer(signed(&owner), 9),
			Error::<Test>::TwinTransferRequestNotExists
		);
		assert_noop!(
			TfgridModule::cancel_twin_transfer(signed(&acc(2)), 1),
			Error::<Test>::NotTwinTransferRequester
		);
		assert_ok!(TfgridModule::cancel_twin_transfer(signed(&owner), 1));
		assert_eq!(PendingTwinTransfer::<Test>::get(twin_id), None);
		assert_eq!(last_event(), Event::TwinTransferCanceled { request_id: 1, twin_id });
		// A new request is possible again.
		assert_ok!(TfgridModule::request_twin_transfer(signed(&owner), twin_id, acc(3)));
	});
}
