//! Benchmarks (v2) for every call. `set_prices` runs in its worst case: a full window of
//! `MaxHistoryLength` submissions from distinct feeders, none expired (so one is evicted), with
//! the caller's previous submission the oldest (so the rate-limit scan walks the whole window).

use super::*;
use frame_benchmarking::v2::*;
use frame_support::traits::{EnsureOrigin, Get};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_runtime::traits::Saturating;

fn restricted<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::RestrictedOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn set_prices() -> Result<(), BenchmarkError> {
		let caller = T::BenchmarkHelper::price_feeder();
		let interval = T::MinSubmissionInterval::get();
		let now: BlockNumberFor<T> = T::HistoryWindow::get()
			.saturating_add(T::MaxPriceAge::get())
			.saturating_add(interval)
			.saturating_add(1u32.into());
		frame_system::Pallet::<T>::set_block_number(now);
		let block = now.saturating_sub(interval);
		let max = T::MaxHistoryLength::get();
		let mut history = PriceHistoryOf::<T>::default();
		for i in 0..max {
			let feeder = if i == 0 { caller.clone() } else { account("feeder", i, 0) };
			let price = 40u32.saturating_add(i % 20);
			history
				.try_push(PriceSubmission { block, feeder, price })
				.map_err(|_| BenchmarkError::Stop("history bound"))?;
		}
		TftPriceHistory::<T>::put(history);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), 50, now);

		let history = TftPriceHistory::<T>::get();
		assert_eq!(history.len() as u32, max);
		assert_eq!(history.last().map(|entry| entry.feeder.clone()), Some(caller));
		assert_eq!(TftPrice::<T>::get(), 50);
		Ok(())
	}

	#[benchmark]
	fn set_min_tft_price() -> Result<(), BenchmarkError> {
		let origin = restricted::<T>()?;
		let price = MaxTftPrice::<T>::get();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, price);
		assert_eq!(MinTftPrice::<T>::get(), price);
		Ok(())
	}

	#[benchmark]
	fn set_max_tft_price() -> Result<(), BenchmarkError> {
		let origin = restricted::<T>()?;
		let price = MinTftPrice::<T>::get();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, price);
		assert_eq!(MaxTftPrice::<T>::get(), price);
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
