//! Consistency checks run by `try_state` (try-runtime) and after every unit test.

#[cfg(any(feature = "try-runtime", test))]
use {
	crate::{average::robust_average, *},
	frame_support::{ensure, traits::Get},
	sp_runtime::{traits::Saturating, TryRuntimeError},
};

#[cfg(any(feature = "try-runtime", test))]
impl<T: Config> Pallet<T> {
	/// Checks the bounds (0 < min ≤ max), the window (no price 0, oldest first, nothing from a
	/// future block or older than `HistoryWindow` at the last submission) and that the stored
	/// average is the robust average of the stored window.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let min = MinTftPrice::<T>::get();
		let max = MaxTftPrice::<T>::get();
		ensure!(min > 0, "MinTftPrice is 0");
		ensure!(min <= max, "MinTftPrice above MaxTftPrice");
		ensure!(TftPrice::<T>::get() > 0, "TftPrice is 0");
		ensure!(AverageTftPrice::<T>::get() > 0, "AverageTftPrice is 0");

		let history = TftPriceHistory::<T>::get();
		let now = frame_system::Pallet::<T>::block_number();
		let mut previous = None;
		for entry in history.iter() {
			ensure!(entry.price > 0, "price 0 in TftPriceHistory");
			ensure!(entry.block <= now, "TftPriceHistory entry from a future block");
			if let Some(previous) = previous {
				ensure!(previous <= entry.block, "TftPriceHistory not oldest first");
			}
			previous = Some(entry.block);
		}
		if let (Some(first), Some(last)) = (history.first(), history.last()) {
			ensure!(
				last.block.saturating_sub(first.block) < T::HistoryWindow::get(),
				"TftPriceHistory spans more than HistoryWindow"
			);
			ensure!(
				robust_average(&history) == Some(AverageTftPrice::<T>::get()),
				"AverageTftPrice is not the robust average of TftPriceHistory"
			);
		}
		Ok(())
	}
}
