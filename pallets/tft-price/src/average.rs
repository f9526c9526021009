//! The robust average: the median, over feeders, of each feeder's median submission.
//!
//! Pure functions over a slice of submissions, so tests (and `try_state`) can call them directly.

use crate::types::PriceSubmission;
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

/// The average price of a history: every feeder's submissions are reduced to their median, then
/// the median of those per-feeder values is taken. `None` for an empty history.
///
/// Each feeder counts once however often it submitted, so with at least two honest feeders a
/// single feeder (whatever it submits, however often) cannot move the result outside the range
/// of the honest submissions.
pub fn robust_average<AccountId: Ord, BlockNumber>(
	history: &[PriceSubmission<AccountId, BlockNumber>],
) -> Option<u32> {
	let mut by_feeder: Vec<(&AccountId, u32)> =
		history.iter().map(|entry| (&entry.feeder, entry.price)).collect();
	// Groups each feeder's submissions together, each group in ascending price order.
	by_feeder.sort_unstable();
	let mut feeder_medians: Vec<u32> = by_feeder
		.chunk_by(|a, b| a.0 == b.0)
		.filter_map(|group| {
			let prices: Vec<u32> = group.iter().map(|(_, price)| *price).collect();
			median(&prices)
		})
		.collect();
	feeder_medians.sort_unstable();
	median(&feeder_medians)
}
