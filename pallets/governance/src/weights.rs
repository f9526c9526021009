//! Weights for `pallet_governance`.
//!
//! Hand-estimated until `scripts/benchmark.sh pallet_governance` regenerates this file.

#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use core::marker::PhantomData;
use frame_support::weights::Weight;

/// The weight of each call of `pallet_governance`.
pub trait WeightInfo {
	fn dispatch_as_root() -> Weight;
}

/// Weights for the runtime.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// No storage access besides the event.
	fn dispatch_as_root() -> Weight {
		Weight::from_parts(10_000_000, 0)
	}
}

/// The same, for tests.
impl WeightInfo for () {
	fn dispatch_as_root() -> Weight {
		Weight::from_parts(10_000_000, 0)
	}
}
