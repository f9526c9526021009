//! Weights for `pallet_tft_price`.
//!
//! PLACEHOLDERS PENDING GENERATION: the execution times and proof sizes below are estimates, not
//! measurements. Regenerate this file from real benchmark runs with
//! `scripts/benchmark.sh pallet_tft_price` (frame-benchmarking-cli / frame-omni-bencher, see
//! docs/benchmarks.md). The storage reads and writes are counted by hand for each call's worst
//! case (the benchmark's setup) and are listed above each function; the benchmark CLI will
//! recount them. `set_prices` is estimated for a full window of 1,440 submissions with 32-byte
//! accounts (about 58 KB); the reads of the runtime's `PriceFeeders` (the validator set) come on
//! top and the benchmark will count them.

#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// Weight functions needed for `pallet_tft_price`.
pub trait WeightInfo {
	fn set_prices() -> Weight;
	fn set_min_tft_price() -> Weight;
	fn set_max_tft_price() -> Weight;
}

/// Weights for `pallet_tft_price` using the Substrate node and recommended hardware.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `TFTPriceModule::TftPriceHistory` (r:1 w:1), `TFTPriceModule::MaxTftPrice` (r:1 w:0), `TFTPriceModule::MinTftPrice` (r:1 w:0), `TFTPriceModule::TftPrice` (r:0 w:1), `TFTPriceModule::LastBlockSet` (r:0 w:1), `TFTPriceModule::AverageTftPrice` (r:0 w:1)
	fn set_prices() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `60000`
		Weight::from_parts(1_000_000_000, 60_000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `TFTPriceModule::MaxTftPrice` (r:1 w:0), `TFTPriceModule::MinTftPrice` (r:0 w:1)
	fn set_min_tft_price() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `1500`
		Weight::from_parts(10_000_000, 1_500)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TFTPriceModule::MinTftPrice` (r:1 w:0), `TFTPriceModule::MaxTftPrice` (r:0 w:1)
	fn set_max_tft_price() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `1500`
		Weight::from_parts(10_000_000, 1_500)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

// For backwards compatibility and tests.
impl WeightInfo for () {
	/// Storage: `TFTPriceModule::TftPriceHistory` (r:1 w:1), `TFTPriceModule::MaxTftPrice` (r:1 w:0), `TFTPriceModule::MinTftPrice` (r:1 w:0), `TFTPriceModule::TftPrice` (r:0 w:1), `TFTPriceModule::LastBlockSet` (r:0 w:1), `TFTPriceModule::AverageTftPrice` (r:0 w:1)
	fn set_prices() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `60000`
		Weight::from_parts(1_000_000_000, 60_000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	/// Storage: `TFTPriceModule::MaxTftPrice` (r:1 w:0), `TFTPriceModule::MinTftPrice` (r:0 w:1)
	fn set_min_tft_price() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `1500`
		Weight::from_parts(10_000_000, 1_500)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `TFTPriceModule::MinTftPrice` (r:1 w:0), `TFTPriceModule::MaxTftPrice` (r:0 w:1)
	fn set_max_tft_price() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `1500`
		Weight::from_parts(10_000_000, 1_500)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
}
