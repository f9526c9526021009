//! Consistency checks run by `try_state` (try-runtime) and after every unit test.

#[cfg(any(feature = "try-runtime", test))]
use {
	crate::{
		average::{feeder_median, median_of_feeders},
		*,
	},
	alloc::collections::BTreeSet,
	frame_support::{ensure, traits::Get},
	sp_runtime::{traits::Saturating, TryRuntimeError},
};

#[cfg(any(feature = "try-runtime", test))]
impl<T: Config> Pallet<T> {
	/// Checks the bounds (0 < min ≤ max); that [`FeederMedians`] and [`TftPriceHistory`] hold
	/// the same feeders, once each; that every feeder's window is non-empty, oldest first, with
	/// no price 0, nothing from a future block, a span shorter than `HistoryWindow`, its last
	/// block and median as [`FeederMedians`] records them; and that the stored average is the
	/// median of the recorded medians (when any feeder is recorded).
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let min = MinTftPrice::<T>::get();
		let max = MaxTftPrice::<T>::get();
		ensure!(min > 0, "MinTftPrice is 0");
		ensure!(min <= max, "MinTftPrice above MaxTftPrice");
		ensure!(TftPrice::<T>::get() > 0, "TftPrice is 0");
		ensure!(AverageTftPrice::<T>::get() > 0, "AverageTftPrice is 0");

		let now = frame_system::Pallet::<T>::block_number();
		let medians = FeederMedians::<T>::get();
		let mut feeders = BTreeSet::new();
		for entry in medians.iter() {
			ensure!(feeders.insert(entry.feeder.clone()), "a feeder twice in FeederMedians");
			let history = TftPriceHistory::<T>::get(&entry.feeder);
			let mut previous = None;
			for point in history.iter() {
				ensure!(point.price > 0, "price 0 in TftPriceHistory");
				ensure!(point.block <= now, "TftPriceHistory entry from a future block");
				if let Some(previous) = previous {
					ensure!(previous <= point.block, "TftPriceHistory not oldest first");
				}
				previous = Some(point.block);
			}
			let (Some(first), Some(last)) = (history.first(), history.last()) else {
				return Err("a feeder in FeederMedians without TftPriceHistory".into());
			};
			ensure!(
				last.block.saturating_sub(first.block) < T::HistoryWindow::get(),
				"TftPriceHistory spans more than HistoryWindow"
			);
			ensure!(last.block == entry.last_block, "FeederMedians last block is not the last");
			ensure!(
				feeder_median(&history) == Some(entry.median),
				"FeederMedians median is not the median of the feeder's TftPriceHistory"
			);
		}
		for feeder in TftPriceHistory::<T>::iter_keys() {
			ensure!(feeders.contains(&feeder), "TftPriceHistory of a feeder not in FeederMedians");
		}
		if !medians.is_empty() {
			ensure!(
				median_of_feeders(&medians) == Some(AverageTftPrice::<T>::get()),
				"AverageTftPrice is not the median of FeederMedians"
			);
		}
		Ok(())
	}
}
