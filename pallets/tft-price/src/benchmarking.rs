//! Benchmarks (v2) for every call.
//!
//! `set_prices` runs in its worst case: the caller's own window full (`MaxSubmissionsPerFeeder`
//! points, all inside the window, so the retain keeps them all, the oldest is evicted and the
//! median sorts a full window) and [`FeederMedians`] full (`MaxFeeders` entries). The other
//! entries' last submissions are exactly `HistoryWindow` old, so every one is checked against
//! the feeder set and the window, dropped, and its window removed: the most writes a submission
//! can make.

use super::*;
use crate::{average::feeder_median, types::FeederMedian};
use alloc::vec::Vec;
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
		let window = T::HistoryWindow::get();
		let now: BlockNumberFor<T> = window
			.saturating_add(T::MaxPriceAge::get())
			.saturating_add(interval)
			.saturating_add(1u32.into());
		frame_system::Pallet::<T>::set_block_number(now);

		// The caller's window: full, one block apart, the last one `interval` blocks old.
		let max_points = T::MaxSubmissionsPerFeeder::get();
		let last = now.saturating_sub(interval);
		let mut history = PriceHistoryOf::<T>::default();
		for i in 0..max_points {
			let back: BlockNumberFor<T> = max_points.saturating_sub(i).saturating_sub(1).into();
			let point = PricePoint {
				block: last.saturating_sub(back),
				price: 40u32.saturating_add(i % 20),
			};
			history.try_push(point).map_err(|_| BenchmarkError::Stop("history bound"))?;
		}
		let median = feeder_median(&history).ok_or(BenchmarkError::Stop("empty history"))?;
		TftPriceHistory::<T>::insert(&caller, history);

		// The other feeders: last submissions exactly `HistoryWindow` old.
		let stale = now.saturating_sub(window);
		let mut medians = FeederMediansOf::<T>::default();
		medians
			.try_push(FeederMedian { feeder: caller.clone(), median, last_block: last })
			.map_err(|_| BenchmarkError::Stop("feeder bound"))?;
		let mut others = Vec::new();
		for i in 0..T::MaxFeeders::get().saturating_sub(1) {
			let feeder = T::BenchmarkHelper::other_price_feeder(i);
			let point = PricePoint { block: stale, price: 50 };
			TftPriceHistory::<T>::insert(
				&feeder,
				PriceHistoryOf::<T>::truncate_from([point].into()),
			);
			medians
				.try_push(FeederMedian { feeder: feeder.clone(), median: 50, last_block: stale })
				.map_err(|_| BenchmarkError::Stop("feeder bound"))?;
			others.push(feeder);
		}
		FeederMedians::<T>::put(medians);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), 50, now);

		let history = TftPriceHistory::<T>::get(&caller);
		assert_eq!(history.len() as u32, max_points);
		assert_eq!(history.last().copied(), Some(PricePoint { block: now, price: 50 }));
		assert_eq!(FeederMedians::<T>::get().len(), 1);
		assert!(others.iter().all(|feeder| !TftPriceHistory::<T>::contains_key(feeder)));
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
