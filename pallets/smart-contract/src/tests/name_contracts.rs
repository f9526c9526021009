//! Name contracts.

use super::*;
use crate::{ContractIDByNameRegistration, Contracts, Error, Pallet};

#[test]
fn create_and_cancel_name_contract() {
	run_test(|| {
		let g = grid(0);
		let id = name_contract(&g.user, "my-name_1");
		assert_eq!(
			ContractIDByNameRegistration::<Test>::get(NameContractName(b(b"my-name_1"))),
			id
		);
		assert!(matches!(last_event(), Event::ContractCreated(_)));
		Timestamp::set_timestamp(Timestamp::get() + 7_200_000);
		assert_ok!(SmartContractModule::cancel_contract(signed(&g.user), id));
		assert!(Contracts::<Test>::get(id).is_none());
		assert_eq!(ContractIDByNameRegistration::<Test>::get(NameContractName(b(b"my-name_1"))), 0);
		// 2 h × 2_500 units USD = 5_000 units = 100_000 TFT units (no discount: tiny bill, but
		// runway is huge → Gold 40 %).
		assert!(events().contains(&Event::ContractBilled(ContractBill {
			contract_id: id,
			timestamp: now_secs(),
			discount_level: DiscountLevel::Gold,
			amount_billed: 40_000,
		})));
		// 10 % staking, 90 % foundation.
		assert_eq!(free(&acc(200)), INITIAL + 4_000);
		assert_eq!(free(&foundation()), INITIAL + 36_000);
		assert_eq!(last_event(), Event::NameContractCanceled { contract_id: id });
		// The name is free again.
		name_contract(&g.user, "my-name_1");
	});
}

#[test]
fn create_name_contract_errors() {
	run_test(|| {
		let g = grid(0);
		let call = |who: &AccountId, name: &[u8]| {
			SmartContractModule::create_name_contract(signed(who), name.to_vec())
		};
		assert_unchanged!(call(&acc(9), b"abc"), Error::<Test>::TwinNotExists);
		assert_unchanged!(call(&g.user, b"ab"), Error::<Test>::NameContractNameTooShort);
		assert_unchanged!(call(&g.user, b"Abc"), Error::<Test>::NameNotValid);
		assert_unchanged!(call(&g.user, b"a.bc"), Error::<Test>::NameNotValid);
		name_contract(&g.user, "abc");
		assert_unchanged!(call(&g.farmer, b"abc"), Error::<Test>::NameExists);
		// The call takes a plain `Vec<u8>` (as on TFChain) and bounds it.
		assert_unchanged!(call(&g.user, &[b'a'; 65]), Error::<Test>::NameContractNameTooLong);
		assert!(Pallet::<Test>::check_name(&[b'a'; 64]).is_ok());
		assert_ok!(call(&g.user, &[b'a'; 64]));
	});
}
