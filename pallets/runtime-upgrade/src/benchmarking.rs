//! Benchmark of `set_code` as frame-system measures its own: the whole call with a real runtime
//! blob. In the runtime that blob is the running runtime's own code (`:code`), the size the
//! chain really upgrades to; reading its version is the cost. (Built with `runtime-benchmarks`,
//! frame-system skips the spec name/version comparison, so installing the same code passes.)

use super::*;
use alloc::vec;
use frame_benchmarking::v2::*;
use frame_support::traits::EnsureOrigin;
use sp_runtime::traits::Hash;

/// The storage key of the runtime code (`sp_core::storage::well_known_keys::CODE`).
pub const CODE_KEY: &[u8] = b":code";

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn set_code() -> Result<(), BenchmarkError> {
		let origin =
			T::SetCodeOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		// Without a stored runtime (unit tests), a 1 MiB blob: the test externalities read its
		// version through a mock.
		let code = frame_support::storage::unhashed::get_raw(CODE_KEY)
			.unwrap_or_else(|| vec![0u8; 1024 * 1024]);
		let hash = T::Hashing::hash(&code);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, code);

		frame_system::Pallet::<T>::assert_last_event(
			frame_system::Event::<T>::CodeUpdated { hash }.into(),
		);
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
