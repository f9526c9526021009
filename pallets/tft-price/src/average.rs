//! The robust average: the median, over feeders, of each feeder's median submission.
//!
//! Pure functions over slices, so `set_prices`, the migration, `try_state` and the tests share
//! them.

use crate::types::{FeederMedian, PricePoint};
use alloc::vec::Vec;

/// The median of an ascending slice: the middle value, or the mean of the two middle values
/// rounded down. `None` for an empty slice.
pub fn median(sorted: &[u32]) -> Option<u32> {
	let mid = sorted.len() / 2;
	let upper = *sorted.get(mid)?;
	if sorted.len() % 2 == 1 {
		return Some(upper);
	}
	let lower = *sorted.get(mid.checked_sub(1)?)?;
	// `lower <= upper` in a sorted slice; the half of the gap is added without overflow.
	Some(lower.saturating_add(upper.saturating_sub(lower) / 2))
}

/// The median price of one feeder's submissions (in any order). `None` when there are none.
pub fn feeder_median<BlockNumber>(points: &[PricePoint<BlockNumber>]) -> Option<u32> {
	let mut prices: Vec<u32> = points.iter().map(|point| point.price).collect();
	prices.sort_unstable();
	median(&prices)
}

/// The average price: the median of the feeders' medians. `None` when there is no feeder.
///
/// Each feeder counts once however often it submitted, so with at least two honest feeders a
/// single feeder (whatever it submits, however often) cannot move the result outside the range
/// of the honest submissions.
pub fn median_of_feeders<AccountId, BlockNumber>(
	feeders: &[FeederMedian<AccountId, BlockNumber>],
) -> Option<u32> {
	let mut medians: Vec<u32> = feeders.iter().map(|entry| entry.median).collect();
	medians.sort_unstable();
	median(&medians)
}
