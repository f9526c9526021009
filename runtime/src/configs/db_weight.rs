//! The database's cost per storage read and write, measured on this chain's node.
//!
//! Measured with `tfchain benchmark storage` (ParityDB, state version 1, no trie cache) on a
//! node database holding 1,000,000 live contracts (4,000,605 keys, made with
//! `scripts/benchmark/state-with-contracts.py`); `scripts/benchmark/db-weight.sh` repeats
//! it. 2026-11-24, the 2-core development machine:
//!
//! | | samples | average | median | 95th | 99th | used |
//! |---|---|---|---|---|---|---|
//! | read (one cold key) | 200,000 keys | 10.0 µs | 9.1 µs | 12.2 µs | 14.9 µs | **15 µs** |
//! | write (in batches of 5,000, storage root and commit included) | 200,000 keys | 14.9 µs | 13.2 µs | 20.4 µs | 41.7 µs | **21 µs** |
//!
//! A second run (`db-weight.sh`, same day) gave reads p99 13.4 µs and writes (batches of 5,000)
//! p95 21.0 µs.
//!
//! A read is charged the 99th percentile; a write the 95th percentile of batches the size of
//! a billing block's writes (~5,000; in batches of 100,000 a write averaged 6.8 µs). Both are
//! rounded up. The generic `ParityDbWeight` of polkadot-sdk (8 µs, 50 µs) was measured on
//! other machines and other state; see docs/billing-scale.md.

use frame_support::{
	parameter_types,
	weights::{constants::WEIGHT_REF_TIME_PER_MICROS, RuntimeDbWeight},
};

parameter_types! {
	/// Cost of one storage read and one storage write on the node's ParityDB.
	pub const TfchainDbWeight: RuntimeDbWeight = RuntimeDbWeight {
		read: 15 * WEIGHT_REF_TIME_PER_MICROS,
		write: 21 * WEIGHT_REF_TIME_PER_MICROS,
	};
}

#[cfg(test)]
mod tests {
	use super::TfchainDbWeight;
	use frame_support::weights::constants::{ParityDbWeight, WEIGHT_REF_TIME_PER_MICROS};

	#[test]
	fn measured_weights_are_sane() {
		let db = TfchainDbWeight::get();
		// A read costs at least a microsecond and less than a millisecond.
		assert!(
			db.read >= WEIGHT_REF_TIME_PER_MICROS && db.read < 1_000 * WEIGHT_REF_TIME_PER_MICROS
		);
		assert!(
			db.write >= WEIGHT_REF_TIME_PER_MICROS && db.write < 1_000 * WEIGHT_REF_TIME_PER_MICROS
		);
		// Charged above the generic constant for reads (deeper state), below it for writes.
		assert!(db.read > ParityDbWeight::get().read);
		assert!(db.write < ParityDbWeight::get().write);
	}
}
