//! Runtime-level checks: fee schedule, the governance origin and the genesis presets.

use crate::{
	configs::money::{WeightToFee, BASE_FEE},
	genesis_config_presets, AccountId, EnsureRootOrCouncilApproval, Runtime, RuntimeGenesisConfig,
	RuntimeOrigin,
};
use frame_support::{
	traits::EnsureOrigin,
	weights::{constants::ExtrinsicBaseWeight, WeightToFee as _},
};
use sp_keyring::Sr25519Keyring;
use sp_runtime::BuildStorage;

#[test]
fn base_extrinsic_weight_costs_one_milli_tft() {
	assert_eq!(BASE_FEE, 10_000);
	assert_eq!(WeightToFee::weight_to_fee(&ExtrinsicBaseWeight::get()), BASE_FEE);
	// Linear: twice the weight, twice the fee (within one unit of rounding).
	let double = WeightToFee::weight_to_fee(&ExtrinsicBaseWeight::get().saturating_mul(2));
	assert!(double.abs_diff(2 * BASE_FEE) <= 1, "{double}");
}

fn council_origin(yes: u32, members: u32) -> RuntimeOrigin {
	pallet_collective::RawOrigin::<AccountId, crate::CouncilCollective>::Members(yes, members)
		.into()
}

#[test]
fn governance_origin_is_root_or_three_fifths_of_the_council() {
	assert!(EnsureRootOrCouncilApproval::try_origin(RuntimeOrigin::root()).is_ok());
	assert!(EnsureRootOrCouncilApproval::try_origin(council_origin(3, 5)).is_ok());
	assert!(EnsureRootOrCouncilApproval::try_origin(council_origin(1, 1)).is_ok());
	assert!(EnsureRootOrCouncilApproval::try_origin(council_origin(2, 5)).is_err());
	assert!(EnsureRootOrCouncilApproval::try_origin(council_origin(5, 9)).is_err());
	let alice = Sr25519Keyring::Alice.to_account_id();
	assert!(EnsureRootOrCouncilApproval::try_origin(RuntimeOrigin::signed(alice)).is_err());
	assert!(EnsureRootOrCouncilApproval::try_origin(RuntimeOrigin::none()).is_err());
}

fn build(preset: serde_json::Value) -> sp_io::TestExternalities {
	let mut json = serde_json::to_value(RuntimeGenesisConfig::default()).unwrap();
	merge(&mut json, preset);
	let config: RuntimeGenesisConfig = serde_json::from_value(json).unwrap();
	config.build_storage().unwrap().into()
}

fn merge(base: &mut serde_json::Value, patch: serde_json::Value) {
	match (base, patch) {
		(serde_json::Value::Object(base), serde_json::Value::Object(patch)) => {
			for (key, value) in patch {
				merge(base.entry(key).or_insert(serde_json::Value::Null), value);
			}
		},
		(base, patch) => *base = patch,
	}
}

#[test]
fn development_preset_has_alice_as_validator_and_alice_and_bob_as_council() {
	build(genesis_config_presets::development_config_genesis()).execute_with(|| {
		let alice = Sr25519Keyring::Alice.to_account_id();
		assert_eq!(
			pallet_validator_set::Validators::<Runtime>::get().into_inner(),
			vec![alice.clone()]
		);
		assert_eq!(pallet_session::Validators::<Runtime>::get(), vec![alice.clone()]);
		assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 1);
		let mut council = pallet_collective::Members::<Runtime, crate::CouncilCollective>::get();
		council.sort();
		let mut expected = vec![alice, Sr25519Keyring::Bob.to_account_id()];
		expected.sort();
		assert_eq!(council, expected);
		assert_eq!(
			pallet_validator_set::SessionPeriod::<Runtime>::get(),
			genesis_config_presets::DEV_SESSION_PERIOD
		);
		let ferdie = Sr25519Keyring::Ferdie.to_account_id();
		assert_eq!(
			frame_system::Account::<Runtime>::get(ferdie).data.free,
			genesis_config_presets::ENDOWMENT
		);
	});
}

#[test]
fn local_preset_has_two_validators_and_two_council_members() {
	build(genesis_config_presets::local_config_genesis()).execute_with(|| {
		assert_eq!(pallet_session::Validators::<Runtime>::get().len(), 2);
		assert_eq!(pallet_grandpa::Pallet::<Runtime>::grandpa_authorities().len(), 2);
		let mut council = pallet_collective::Members::<Runtime, crate::CouncilCollective>::get();
		council.sort();
		let mut expected: Vec<AccountId> = [Sr25519Keyring::Alice, Sr25519Keyring::Bob]
			.iter()
			.map(|k| k.to_account_id())
			.collect();
		expected.sort();
		assert_eq!(council, expected);
	});
}

#[test]
fn every_preset_name_resolves() {
	for name in genesis_config_presets::preset_names() {
		assert!(genesis_config_presets::get_preset(&name).is_some(), "{name:?}");
	}
	assert!(genesis_config_presets::get_preset(&"nope".into()).is_none());
}

#[test]
fn staging_preset_is_production_like() {
	build(genesis_config_presets::staging_config_genesis()).execute_with(|| {
		assert_eq!(pallet_session::Validators::<Runtime>::get().len(), 4);
		assert_eq!(pallet_collective::Members::<Runtime, crate::CouncilCollective>::get().len(), 5);
		// One-hour sessions: 600 blocks of 6 s.
		assert_eq!(pallet_validator_set::SessionPeriod::<Runtime>::get(), 600);
	});
}

#[test]
fn council_can_carry_the_heaviest_restricted_call() {
	use crate::configs::{governance::MaxProposalWeight, RuntimeBlockWeights};
	use frame_support::{dispatch::DispatchClass, traits::Get};
	use pallet_tfgrid::weights::WeightInfo as _;

	let full_farm = <Runtime as pallet_tfgrid::Config>::MaxNodesPerFarm::get();
	let attach = <Runtime as pallet_tfgrid::Config>::WeightInfo::attach_policy_to_farm(full_farm);
	assert!(
		attach.ref_time() <= MaxProposalWeight::get().ref_time(),
		"attach_policy_to_farm on a full farm ({attach:?}) exceeds a motion's {:?}",
		MaxProposalWeight::get()
	);
	let normal = RuntimeBlockWeights::get().get(DispatchClass::Normal).max_extrinsic;
	let normal = normal.map(|w| w.ref_time()).unwrap_or(u64::MAX);
	assert!(MaxProposalWeight::get().ref_time() < normal, "a motion must fit a normal extrinsic");
}
