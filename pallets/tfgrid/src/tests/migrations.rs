//! The v1 → v2 migration (placeholder accounts in pricing policies).

use crate::{
	migrations::v2::ReplacePlaceholderAccounts, mock::*, PricingPolicies, PricingPolicyID,
};
use frame_support::{
	parameter_types,
	traits::{GetStorageVersion, OnGenesis, OnRuntimeUpgrade, StorageVersion},
};

parameter_types! {
	pub Foundation: AccountId = acc(200);
	pub Sales: AccountId = acc(201);
}

type Migration = ReplacePlaceholderAccounts<Test, Foundation, Sales>;

/// A spec-100 chain: storage version 1; policy 1 with placeholders, policy 2 with real accounts.
fn v1_state() {
	StorageVersion::new(1).put::<TfgridModule>();
	let zero = crate::migrations::placeholder_account::<Test>().expect("fixed-size account id");
	PricingPolicies::<Test>::mutate(1, |p| {
		let p = p.as_mut().expect("genesis policy 1");
		p.foundation_account = zero.clone();
		p.certified_sales_account = zero;
	});
	let mut second = PricingPolicies::<Test>::get(1).expect("policy 1");
	second.id = 2;
	second.name = b(b"second_policy");
	crate::PricingPolicyIdByName::<Test>::insert(second.name.clone(), 2);
	second.foundation_account = acc(7);
	second.certified_sales_account = acc(8);
	PricingPolicies::<Test>::insert(2, second);
	PricingPolicyID::<Test>::put(2);
}

#[test]
fn replaces_placeholders_once_and_leaves_real_accounts() {
	run_test(|| {
		v1_state();
		let untouched = PricingPolicies::<Test>::get(2);

		Migration::on_runtime_upgrade();

		let first = PricingPolicies::<Test>::get(1).expect("policy 1");
		assert_eq!(first.foundation_account, acc(200));
		assert_eq!(first.certified_sales_account, acc(201));
		assert_eq!(PricingPolicies::<Test>::get(2), untouched);
		assert_eq!(TfgridModule::on_chain_storage_version(), StorageVersion::new(2));

		// A second run (version already 2) changes nothing, even if a placeholder came back.
		let zero = crate::migrations::placeholder_account::<Test>().expect("account");
		PricingPolicies::<Test>::mutate(1, |p| {
			p.as_mut().expect("policy 1").foundation_account = zero.clone();
		});
		let root = sp_io::storage::root(sp_runtime::StateVersion::V1);
		Migration::on_runtime_upgrade();
		assert_eq!(sp_io::storage::root(sp_runtime::StateVersion::V1), root);
		assert_eq!(PricingPolicies::<Test>::get(1).expect("policy 1").foundation_account, zero);
		// Restore for the invariant check at the end of the test.
		PricingPolicies::<Test>::mutate(1, |p| {
			p.as_mut().expect("policy 1").foundation_account = acc(200);
		});
	});
}

#[test]
fn genesis_chains_are_already_at_version_2() {
	run_test(|| {
		// A runtime's genesis build runs every pallet's `on_genesis`, which stores the in-code
		// version (the mock builds only the pallet's own genesis config, so do it here).
		<TfgridModule as OnGenesis>::on_genesis();
		assert_eq!(TfgridModule::on_chain_storage_version(), StorageVersion::new(2));
		let root = sp_io::storage::root(sp_runtime::StateVersion::V1);
		Migration::on_runtime_upgrade();
		assert_eq!(sp_io::storage::root(sp_runtime::StateVersion::V1), root);
	});
}

#[cfg(feature = "try-runtime")]
#[test]
fn pre_and_post_upgrade_checks_pass() {
	run_test(|| {
		v1_state();
		// Runs pre_upgrade, the migration and post_upgrade (which fails on a leftover placeholder).
		Migration::try_on_runtime_upgrade(true).expect("v2 checks pass");
		assert_eq!(TfgridModule::on_chain_storage_version(), StorageVersion::new(2));
	});
}
