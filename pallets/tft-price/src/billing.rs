//! The price billing converts USD amounts with.

use crate::*;
use frame_support::{traits::Get, weights::Weight};
use tfchain_support::TftPriceForBilling;

impl<T: Config> Pallet<T> {
	/// The average price clamped to [`MinTftPrice`, `MaxTftPrice`], in mUSD per TFT. Falls back
	/// to the last price, then to the minimum, when no average is stored; never 0.
	pub fn billing_price() -> u32 {
		let min = MinTftPrice::<T>::get();
		let max = MaxTftPrice::<T>::get();
		let raw = match AverageTftPrice::<T>::get() {
			0 => TftPrice::<T>::get(),
			average => average,
		};
		let price = if raw == 0 { min } else { raw };
		// `max(min)` first, then `min(max)`: the maximum wins should the bounds ever cross.
		price.max(min).min(max).max(1)
	}
}

impl<T: Config> TftPriceForBilling for Pallet<T> {
	fn billing_price_musd() -> u32 {
		Self::billing_price()
	}

	fn billing_price_weight() -> Weight {
		// AverageTftPrice, TftPrice, MinTftPrice, MaxTftPrice.
		T::DbWeight::get().reads(4)
	}
}
