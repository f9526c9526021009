//! The database's cost per storage read and write, measured on this chain's node.
//!
//! Measured with `tfchain benchmark storage` (ParityDB, state version 1, no trie cache) on node
//! databases holding 1,000,000 live contracts, made with
//! `scripts/benchmark/state-with-contracts.py`; `scripts/benchmark/db-weight.sh` repeats it
//! (`KIND=node` for node contracts). The 2-core development machine:
//!
//! | state | | average | median | 95th | 99th |
//! |---|---|---|---|---|---|
//! | name contracts, 4,000,605 keys (2026-11-24) | read (one cold key) | 10.0 µs | 9.1 µs | 12.2 µs | 14.9 µs |
//! | | write (batches of 5,000) | 14.9 µs | 13.2 µs | 20.4 µs | 41.7 µs |
//! | node contracts, 6,312,105 keys (2026-11-25) | read (one cold key) | 8.8 µs | 7.8 µs | 12.7 µs | 15.4 µs |
//! | | write (batches of 5,000) | 25.1 µs | 22.4 µs | 30.4 µs | 99.2 µs |
//! | | write (batches of 2,000) | 27.8 µs | 27.5 µs | 39.3 µs | 72.1 µs |
//!
//! Used: **16 µs** a read, **31 µs** a write. A read is charged the 99th percentile; a write
//! the 95th percentile of batches the size of a billing block's writes (~5,000); both rounded
//! up, from the dearer state (a million node contracts: more keys, a deeper trie). Each write
//! includes the storage root and the commit. Measured on a database that had finished
//! ParityDB's background reindex after the import (during it, writes averaged 63 µs). The
//! generic `ParityDbWeight` of polkadot-sdk (8 µs, 50 µs) was measured on other machines and
//! other state; see docs/billing-scale.md.

use frame_support::{
	parameter_types,
	weights::{constants::WEIGHT_REF_TIME_PER_MICROS, RuntimeDbWeight},
};

parameter_types! {
	/// Cost of one storage read and one storage write on the node's ParityDB.
	pub const TfchainDbWeight: RuntimeDbWeight = RuntimeDbWeight {
		read: 16 * WEIGHT_REF_TIME_PER_MICROS,
		write: 31 * WEIGHT_REF_TIME_PER_MICROS,
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
