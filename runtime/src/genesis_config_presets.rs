//! Genesis presets:
//! - `development`: Alice alone validates; Alice and Bob form the council (as on TFChain's dev
//!   chain, so its scripts' two-member motions pass); 5-block sessions;
//! - `local_testnet`: Alice and Bob validate and form the council; 5-block sessions;
//! - `staging`: production-like: four validators (Alice … Dave), a five-member council and
//!   one-hour (600-block) sessions, with the dev keys (never use it for real value).
//!
//! All fund the well-known dev accounts (Alice … Ferdie and their `//stash` accounts) with
//! 1,000,000 TFT each. Alice, Bob and Eve are the bridge validators, Ferdie the bridge's fee
//! account; the withdraw and deposit fees are 1 TFT.

use crate::{
	configs::grid::{CertifiedSalesAccount, FoundationAccount},
	units::TFT,
	AccountId, Balance, BalancesConfig, BlockNumber, CouncilMembershipConfig, RuntimeGenesisConfig,
	SessionConfig, SessionKeys, SmartContractModuleConfig, TFTBridgeModuleConfig,
	TfgridModuleConfig, ValidatorSetConfig,
};
use alloc::{vec, vec::Vec};
use frame_support::build_struct_json_patch;
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

/// What every dev account starts with.
pub const ENDOWMENT: Balance = 1_000_000 * TFT;
/// Blocks per session on dev and local chains (30 seconds).
pub const DEV_SESSION_PERIOD: BlockNumber = 5;
/// Blocks per session on production-like chains (one hour).
pub const PRODUCTION_SESSION_PERIOD: BlockNumber = crate::units::HOURS;
/// Billing period of the `development` chain: 10 blocks (a minute), so billing is seen quickly.
pub const DEV_BILLING_FREQUENCY: u64 = 10;
/// Billing period of every other chain: 600 blocks (an hour).
pub const BILLING_FREQUENCY: u64 = 600;
/// The bridge's withdraw and deposit fee on every preset: 1 TFT, as on TFChain.
pub const BRIDGE_FEE: u64 = 10_000_000;
/// The name of the production-like preset.
pub const STAGING_PRESET: &str = "staging";

/// A validator of a dev chain: its account and its session keys.
fn dev_validator(who: Sr25519Keyring, grandpa: Ed25519Keyring) -> (AccountId, SessionKeys) {
	let keys = SessionKeys {
		aura: AuraId::from(who.public()),
		grandpa: GrandpaId::from(grandpa.public()),
	};
	(who.to_account_id(), keys)
}

/// Builds a genesis patch from validators, council members and funded accounts.
fn genesis(
	validators: Vec<(AccountId, SessionKeys)>,
	council: Vec<AccountId>,
	endowed: Vec<AccountId>,
	session_period: BlockNumber,
	billing_frequency: u64,
) -> Value {
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed.iter().cloned().map(|who| (who, ENDOWMENT)).collect::<Vec<_>>(),
		},
		validator_set: ValidatorSetConfig {
			initial_validators: validators.iter().map(|(who, _)| who.clone()).collect::<Vec<_>>(),
			session_period,
		},
		session: SessionConfig {
			keys: validators
				.iter()
				.map(|(who, keys)| (who.clone(), who.clone(), keys.clone()))
				.collect::<Vec<_>>(),
		},
		council_membership: CouncilMembershipConfig {
			members: council.try_into().unwrap_or_default(),
		},
		tfgrid_module: TfgridModuleConfig {
			foundation_account: Some(FoundationAccount::get()),
			certified_sales_account: Some(CertifiedSalesAccount::get()),
		},
		smart_contract_module: SmartContractModuleConfig { billing_frequency },
		tft_bridge_module: TFTBridgeModuleConfig {
			validator_accounts: Some(bridge_validators()),
			fee_account: Some(Sr25519Keyring::Ferdie.to_account_id()),
			withdraw_fee: BRIDGE_FEE,
			deposit_fee: BRIDGE_FEE,
		},
	})
}

/// The bridge validators of every preset (dev keys): Alice, Bob and Eve; Ferdie receives the
/// bridge's fees.
fn bridge_validators() -> Vec<AccountId> {
	[Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Eve]
		.iter()
		.map(|k| k.to_account_id())
		.collect()
}

/// The dev accounts that every dev and local chain funds.
fn well_known_accounts() -> Vec<AccountId> {
	Sr25519Keyring::well_known().map(|k| k.to_account_id()).collect()
}

/// The council of the dev and local chains: Alice and Bob, as on TFChain.
fn dev_council() -> Vec<AccountId> {
	vec![Sr25519Keyring::Alice.to_account_id(), Sr25519Keyring::Bob.to_account_id()]
}

/// `development`: Alice is the single validator; Alice and Bob form the council.
pub fn development_config_genesis() -> Value {
	genesis(
		vec![dev_validator(Sr25519Keyring::Alice, Ed25519Keyring::Alice)],
		dev_council(),
		well_known_accounts(),
		DEV_SESSION_PERIOD,
		DEV_BILLING_FREQUENCY,
	)
}

/// `local_testnet`: Alice and Bob validate and form the council.
pub fn local_config_genesis() -> Value {
	genesis(
		vec![
			dev_validator(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
			dev_validator(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
		],
		dev_council(),
		well_known_accounts(),
		DEV_SESSION_PERIOD,
		BILLING_FREQUENCY,
	)
}

/// `staging`: four validators, a five-member council, one-hour sessions.
pub fn staging_config_genesis() -> Value {
	let validators = [
		(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
		(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
		(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie),
		(Sr25519Keyring::Dave, Ed25519Keyring::Dave),
	];
	genesis(
		validators.into_iter().map(|(sr, ed)| dev_validator(sr, ed)).collect(),
		[
			Sr25519Keyring::Alice,
			Sr25519Keyring::Bob,
			Sr25519Keyring::Charlie,
			Sr25519Keyring::Dave,
			Sr25519Keyring::Eve,
		]
		.iter()
		.map(|k| k.to_account_id())
		.collect(),
		well_known_accounts(),
		PRODUCTION_SESSION_PERIOD,
		BILLING_FREQUENCY,
	)
}

/// The JSON of a named preset, or `None` for an unknown name.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::DEV_RUNTIME_PRESET => development_config_genesis(),
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => local_config_genesis(),
		STAGING_PRESET => staging_config_genesis(),
		_ => return None,
	};
	serde_json::to_string(&patch).ok().map(|json| json.into_bytes())
}

/// The names of the presets this runtime offers.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET),
		PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET),
		PresetId::from(STAGING_PRESET),
	]
}
