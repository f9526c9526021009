//! Chain specifications: built from the runtime's genesis presets, or loaded from a JSON file.

use sc_service::ChainType;
use tfchain_runtime::WASM_BINARY;

/// The node's chain specification type (no extensions).
pub type ChainSpec = sc_service::GenericChainSpec;

/// Token properties every wallet reads with `system_properties`.
fn properties() -> sc_service::Properties {
	let mut properties = sc_service::Properties::new();
	properties.insert("tokenSymbol".into(), "TFT".into());
	properties.insert("tokenDecimals".into(), 7.into());
	properties.insert("ss58Format".into(), 42.into());
	properties
}

fn wasm() -> Result<&'static [u8], String> {
	WASM_BINARY.ok_or_else(|| "the runtime WASM was not built (SKIP_WASM_BUILD?)".to_string())
}

/// `dev`: one validator (Alice), short sessions, funded dev accounts.
pub fn development_chain_spec() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm()?, None)
		.with_name("tfchain development")
		.with_id("tfchain_dev")
		.with_chain_type(ChainType::Development)
		.with_genesis_config_preset_name(sp_genesis_builder::DEV_RUNTIME_PRESET)
		.with_properties(properties())
		.build())
}

/// `local`: Alice and Bob validate; council Alice, Bob, Charlie.
pub fn local_chain_spec() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm()?, None)
		.with_name("tfchain local testnet")
		.with_id("tfchain_local")
		.with_chain_type(ChainType::Local)
		.with_genesis_config_preset_name(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET)
		.with_properties(properties())
		.build())
}

/// `staging`: production-like (four validators, five-member council, one-hour sessions) with
/// dev keys, for rehearsals.
pub fn staging_chain_spec() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm()?, None)
		.with_name("tfchain staging")
		.with_id("tfchain_staging")
		.with_chain_type(ChainType::Live)
		.with_genesis_config_preset_name(tfchain_runtime::genesis_config_presets::STAGING_PRESET)
		.with_properties(properties())
		.build())
}
