//! # RuntimeUpgrade: runtime upgrades by the chain's governance
//!
//! TFChain's tooling upgrades the runtime with `RuntimeUpgrade.set_code(code)`, proposed as a
//! council motion. [`Pallet::set_code`] accepts [`Config::SetCodeOrigin`] (in the runtime: Root
//! or a council motion approved by at least 3/5 of the members) and then does exactly what
//! `System.set_code` does for Root: it goes through frame-system's own call, so the same checks
//! apply (no multi-block migration running, the new code's runtime version readable, the same
//! `spec_name` and a higher `spec_version`), the runtime's `OnSetCode` writes the code, and
//! frame-system emits `CodeUpdated` and the `RuntimeEnvironmentUpdated` digest. A failed check
//! fails the call with frame-system's named error (`InvalidSpecName`,
//! `SpecVersionNeedsToIncrease`, `FailedToExtractRuntimeVersion`, `MultiBlockMigrationsOngoing`)
//! and changes nothing.
//!
//! The call is operational and free (`Pays::No`), as in TFChain. Its weight is benchmarked the
//! way frame-system benchmarks `set_code`: the whole call with a real runtime blob (reading the
//! new code's version is what costs). frame-system also reports `max_block` as the *actual*
//! weight of `set_code`; it cannot be the *declared* weight, which must fit in one extrinsic of
//! the operational class (and in the council's maximum proposal weight), so the benchmarked
//! weight is declared; the pallet's `integrity_test` checks that it fits.
//!
//! The pallet has no storage, no events and no errors of its own.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub mod weights;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

#[frame_support::pallet]
pub mod pallet {
	use super::WeightInfo;
	use alloc::vec::Vec;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// Who may upgrade the runtime (in the runtime: Root or a 3/5 council motion).
		type SetCodeOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			let weight = T::WeightInfo::set_code();
			let limits = T::BlockWeights::get();
			if let Some(max) = limits.get(DispatchClass::Operational).max_extrinsic {
				assert!(
					weight.all_lte(max),
					"set_code's weight must fit in one operational extrinsic"
				);
			}
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Replaces the runtime code with `code`, with the checks of `System.set_code`.
		/// Origin: [`Config::SetCodeOrigin`].
		#[pallet::call_index(0)]
		#[pallet::weight((T::WeightInfo::set_code(), DispatchClass::Operational, Pays::No))]
		pub fn set_code(origin: OriginFor<T>, code: Vec<u8>) -> DispatchResultWithPostInfo {
			T::SetCodeOrigin::ensure_origin(origin)?;
			Self::do_set_code(code)?;
			Ok(Pays::No.into())
		}
	}

	impl<T: Config> Pallet<T> {
		/// Runs frame-system's `set_code` with the Root origin: version checks, then the
		/// runtime's `OnSetCode`. Its error, if any, is frame-system's.
		pub fn do_set_code(code: Vec<u8>) -> DispatchResult {
			frame_system::Pallet::<T>::set_code(frame_system::RawOrigin::Root.into(), code)
				.map(|_| ())
				.map_err(|error| error.error)
		}
	}
}
