//! Price submissions and the governance bounds. Every function checks everything before its
//! first write, so an error leaves storage untouched.

use crate::{
	average::{feeder_median, median_of_feeders},
	types::{FeederMedian, PricePoint},
	*,
};
use alloc::vec::Vec;
use frame_support::{
	dispatch::DispatchResult,
	ensure,
	traits::{Contains, Get},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// Records `price` from `feeder` (already known to be a price feeder), quoted at
	/// `block_number`: updates the last price, the feeder's own window and median, drops the
	/// feeders that no longer count, recomputes the average, and reports it against the bounds.
	///
	/// Reads the feeder's own history and [`FeederMedians`] (plus the feeder set once per
	/// entry), never another feeder's history: the cost is one feeder's window and one entry per
	/// feeder, not the whole history of all feeders.
	pub fn do_set_prices(
		feeder: &T::AccountId,
		price: u32,
		block_number: BlockNumberFor<T>,
	) -> DispatchResult {
		ensure!(price > 0, Error::<T>::PriceIsZero);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(block_number <= now, Error::<T>::BlockNumberInFuture);
		ensure!(
			now.saturating_sub(block_number) <= T::MaxPriceAge::get(),
			Error::<T>::BlockNumberTooOld
		);
		let mut history = TftPriceHistory::<T>::get(feeder);
		if let Some(last) = history.last() {
			ensure!(
				now.saturating_sub(last.block) >= T::MinSubmissionInterval::get(),
				Error::<T>::SubmittedTooSoon
			);
		}

		let window = T::HistoryWindow::get();
		let in_window = |block: BlockNumberFor<T>| now.saturating_sub(block) < window;
		history.retain(|point| in_window(point.block));
		let end = history.len();
		// Appends, dropping the oldest point when full (only when `MaxSubmissionsPerFeeder`
		// does not cover the window, which `integrity_test` rules out). It only refuses when
		// the bound is 0, also ruled out; the submission is then simply not kept.
		let _ = history.force_insert_keep_right(end, PricePoint { block: now, price });
		let own_median = feeder_median(&history).unwrap_or(price);

		// Only current feeders with a submission in the window count (the caller always does).
		let mut medians = FeederMedians::<T>::get();
		let mut dropped: Vec<T::AccountId> = Vec::new();
		medians.retain(|entry| {
			let counts = &entry.feeder == feeder
				|| (T::PriceFeeders::contains(&entry.feeder) && in_window(entry.last_block));
			if !counts {
				dropped.push(entry.feeder.clone());
			}
			counts
		});
		if let Some(entry) = medians.iter_mut().find(|entry| &entry.feeder == feeder) {
			entry.median = own_median;
			entry.last_block = now;
		} else {
			// Full only with more current feeders than `MaxFeeders`: a configuration error.
			medians
				.try_push(FeederMedian {
					feeder: feeder.clone(),
					median: own_median,
					last_block: now,
				})
				.map_err(|_| {
					log::warn!(
						target: "runtime::tft-price",
						"TooManyFeeders: more current price feeders than MaxFeeders"
					);
					Error::<T>::TooManyFeeders
				})?;
		}
		let average = median_of_feeders(&medians).unwrap_or(price);

		// Validated: from here on nothing fails.
		TftPrice::<T>::put(price);
		LastBlockSet::<T>::put(block_number);
		TftPriceHistory::<T>::insert(feeder, history);
		for gone in &dropped {
			TftPriceHistory::<T>::remove(gone);
		}
		FeederMedians::<T>::put(medians);
		AverageTftPrice::<T>::put(average);
		Self::deposit_event(Event::PriceStored(price));
		Self::deposit_event(Event::AveragePriceStored(average));

		let max = MaxTftPrice::<T>::get();
		let min = MinTftPrice::<T>::get();
		if average > max {
			Self::deposit_event(Event::AveragePriceIsAboveMaxPrice(average, max));
		} else if average < min {
			Self::deposit_event(Event::AveragePriceIsBelowMinPrice(average, min));
		}
		Ok(())
	}

	/// Sets the minimum billing price: not 0 and not above the maximum.
	pub fn do_set_min_tft_price(price: u32) -> DispatchResult {
		ensure!(price > 0, Error::<T>::PriceIsZero);
		ensure!(price <= MaxTftPrice::<T>::get(), Error::<T>::MinPriceAboveMaxPriceError);
		MinTftPrice::<T>::put(price);
		Self::deposit_event(Event::MinTftPriceSet(price));
		Ok(())
	}

	/// Sets the maximum billing price: not below the minimum (which is never 0).
	pub fn do_set_max_tft_price(price: u32) -> DispatchResult {
		let min = MinTftPrice::<T>::get();
		if price == 0 || price < min {
			// TFChain's error for both: a maximum of 0 is below any minimum.
			log::debug!(
				target: "runtime::tft-price",
				"MaxPriceBelowMinPriceError: maximum {price} below the minimum {min}{}",
				if price == 0 { " (a maximum of 0)" } else { "" }
			);
			return Err(Error::<T>::MaxPriceBelowMinPriceError.into());
		}
		MaxTftPrice::<T>::put(price);
		Self::deposit_event(Event::MaxTftPriceSet(price));
		Ok(())
	}
}
