//! Price submissions and the governance bounds. Every function checks everything before its
//! first write, so an error leaves storage untouched.

use crate::{average::robust_average, types::PriceSubmission, *};
use frame_support::{dispatch::DispatchResult, ensure, traits::Get};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// Records `price` from `feeder` (already known to be a price feeder), quoted at
	/// `block_number`: updates the last price, the window and the average, and reports the
	/// average against the bounds.
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
		let mut history = TftPriceHistory::<T>::get();
		if let Some(last) = history.iter().rev().find(|entry| &entry.feeder == feeder) {
			ensure!(
				now.saturating_sub(last.block) >= T::MinSubmissionInterval::get(),
				Error::<T>::SubmittedTooSoon
			);
		}

		// Validated: from here on nothing fails.
		let window = T::HistoryWindow::get();
		history.retain(|entry| now.saturating_sub(entry.block) < window);
		let end = history.len();
		// Appends, dropping the oldest entry when full. It only refuses when the bound is 0,
		// which `integrity_test` rules out; the submission is then simply not kept.
		let _ = history.force_insert_keep_right(
			end,
			PriceSubmission { block: now, feeder: feeder.clone(), price },
		);
		let average = robust_average(&history).unwrap_or(price);

		TftPrice::<T>::put(price);
		LastBlockSet::<T>::put(block_number);
		TftPriceHistory::<T>::put(history);
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
