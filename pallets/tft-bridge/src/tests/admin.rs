//! Governance calls: bridge validators, fee account, fees.

use super::*;
use crate::{DepositFee, Error, FeeAccount, Validators, WithdrawFee};
use frame_support::assert_noop;
use sp_runtime::{BuildStorage, DispatchError};

fn validators() -> Vec<AccountId> {
	Validators::<Test>::get().into_inner()
}

#[test]
fn genesis_is_stored() {
	run_test(|| {
		assert_eq!(validators(), VALIDATORS.to_vec());
		assert_eq!(FeeAccount::<Test>::get(), Some(FEE_ACCOUNT));
		assert_eq!(WithdrawFee::<Test>::get(), FEE);
		assert_eq!(DepositFee::<Test>::get(), FEE);
	});
}

#[test]
fn genesis_sorts_and_deduplicates_validators() {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	crate::GenesisConfig::<Test> {
		validator_accounts: Some(vec![5, 3, 5, 1]),
		fee_account: None,
		withdraw_fee: 0,
		deposit_fee: 0,
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	sp_io::TestExternalities::new(storage).execute_with(|| {
		assert_eq!(validators(), vec![1, 3, 5]);
		assert_eq!(FeeAccount::<Test>::get(), None);
	});
}

#[test]
#[should_panic(expected = "more validators than MaxBridgeValidators")]
fn genesis_refuses_too_many_validators() {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	crate::GenesisConfig::<Test> {
		validator_accounts: Some((1..=u64::from(MAX_VALIDATORS) + 1).collect()),
		fee_account: None,
		withdraw_fee: 0,
		deposit_fee: 0,
	}
	.assimilate_storage(&mut storage)
	.unwrap();
}

#[test]
fn add_bridge_validator_works_and_keeps_the_list_sorted() {
	run_test(|| {
		assert_ok!(TFTBridgeModule::add_bridge_validator(RuntimeOrigin::root(), 5));
		assert_ok!(TFTBridgeModule::add_bridge_validator(RuntimeOrigin::root(), 20));
		assert_eq!(validators(), vec![5, 11, 12, 13, 20]);
		assert_eq!(
			bridge_events(),
			vec![Event::BridgeValidatorAdded(5), Event::BridgeValidatorAdded(20)]
		);
	});
}

#[test]
fn add_bridge_validator_refuses_a_validator() {
	run_test(|| {
		assert_noop!(
			TFTBridgeModule::add_bridge_validator(RuntimeOrigin::root(), 12),
			Error::<Test>::ValidatorExists
		);
	});
}

#[test]
fn add_bridge_validator_refuses_a_full_list() {
	run_test(|| {
		for who in 20..20 + u64::from(MAX_VALIDATORS) - 3 {
			assert_ok!(TFTBridgeModule::add_bridge_validator(RuntimeOrigin::root(), who));
		}
		assert_eq!(validators().len(), MAX_VALIDATORS as usize);
		assert_noop!(
			TFTBridgeModule::add_bridge_validator(RuntimeOrigin::root(), 99),
			Error::<Test>::TooManyBridgeValidators
		);
	});
}

#[test]
fn remove_bridge_validator_works() {
	run_test(|| {
		assert_ok!(TFTBridgeModule::remove_bridge_validator(RuntimeOrigin::root(), 12));
		assert_eq!(validators(), vec![11, 13]);
		assert_eq!(bridge_events(), vec![Event::BridgeValidatorRemoved(12)]);
	});
}

#[test]
fn remove_bridge_validator_refuses_a_stranger() {
	run_test(|| {
		assert_noop!(
			TFTBridgeModule::remove_bridge_validator(RuntimeOrigin::root(), 1),
			Error::<Test>::ValidatorNotExists
		);
	});
}

#[test]
fn set_fee_account_works() {
	run_test(|| {
		assert_ok!(TFTBridgeModule::set_fee_account(RuntimeOrigin::root(), 7));
		assert_eq!(FeeAccount::<Test>::get(), Some(7));
		assert_eq!(bridge_events(), vec![Event::FeeAccountSet(7)]);
	});
}

#[test]
fn set_fees_work() {
	run_test(|| {
		assert_ok!(TFTBridgeModule::set_withdraw_fee(RuntimeOrigin::root(), 3 * TFT));
		assert_ok!(TFTBridgeModule::set_deposit_fee(RuntimeOrigin::root(), 0));
		assert_eq!(WithdrawFee::<Test>::get(), 3 * TFT);
		assert_eq!(DepositFee::<Test>::get(), 0);
		assert_eq!(bridge_events(), vec![Event::WithdrawFeeSet(3 * TFT), Event::DepositFeeSet(0)]);
	});
}

#[test]
fn governance_calls_need_the_restricted_origin() {
	run_test(|| {
		for origin in [signed(11), signed(1), RuntimeOrigin::none()] {
			assert_noop!(
				TFTBridgeModule::add_bridge_validator(origin.clone(), 5),
				DispatchError::BadOrigin
			);
			assert_noop!(
				TFTBridgeModule::remove_bridge_validator(origin.clone(), 11),
				DispatchError::BadOrigin
			);
			assert_noop!(
				TFTBridgeModule::set_fee_account(origin.clone(), 5),
				DispatchError::BadOrigin
			);
			assert_noop!(
				TFTBridgeModule::set_withdraw_fee(origin.clone(), 5),
				DispatchError::BadOrigin
			);
			assert_noop!(TFTBridgeModule::set_deposit_fee(origin, 5), DispatchError::BadOrigin);
		}
	});
}
