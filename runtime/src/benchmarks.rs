//! The pallets the node's `benchmark pallet` command can measure (built with
//! `--features runtime-benchmarks`). `scripts/benchmark.sh` runs them and writes each pallet's
//! `weights.rs`.

frame_benchmarking::define_benchmarks!(
	[pallet_validator_set, ValidatorSet]
	[pallet_tfgrid, TfgridModule]
	[pallet_smart_contract, SmartContractModule]
	[pallet_tft_price, TFTPriceModule]
	[pallet_governance, Governance]
	[pallet_kvstore, TFKVStore]
	[pallet_runtime_upgrade, RuntimeUpgrade]
	[pallet_dao, Dao]
	[pallet_tft_bridge, TFTBridgeModule]
	[pallet_validator, Validator]
);
