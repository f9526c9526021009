//! The averaging rule: medians, one vote per feeder, resistance to a bad feeder, and the window
//! bounds (age and length).

use super::*;
use crate::{
	average::{median, robust_average},
	types::PriceSubmission,
	AverageTftPrice, TftPriceHistory,
};

fn entry(feeder: AccountId, price: u32) -> PriceSubmission<AccountId, u64> {
	PriceSubmission { block: 1, feeder, price }
}

#[test]
fn median_of_sorted_values() {
	assert_eq!(median(&[]), None);
	assert_eq!(median(&[7]), Some(7));
	assert_eq!(median(&[1, 7, 9]), Some(7));
	assert_eq!(median(&[1, 7, 9, 100]), Some(8));
	// The mean of the two middle values is rounded down, without overflow.
	assert_eq!(median(&[4, 5]), Some(4));
	assert_eq!(median(&[u32::MAX - 1, u32::MAX]), Some(u32::MAX - 1));
	assert_eq!(median(&[u32::MAX, u32::MAX]), Some(u32::MAX));
}

#[test]
fn every_feeder_counts_once() {
	// Feeder 1 submitted five times at 100; feeders 2 and 3 once each at 50 and 52. A median of
	// the submissions would be 100; the median of the feeders' medians is 52.
	let history = vec![
		entry(1, 100),
		entry(1, 100),
		entry(2, 50),
		entry(1, 100),
		entry(3, 52),
		entry(1, 100),
		entry(1, 100),
	];
	assert_eq!(robust_average(&history), Some(52));
	// A feeder's own value is its median: 10, 20, 90 → 20.
	let history = vec![entry(1, 90), entry(1, 10), entry(1, 20)];
	assert_eq!(robust_average(&history), Some(20));
	assert_eq!(robust_average::<AccountId, u64>(&[]), None);
}

/// A small deterministic generator (64-bit LCG), so the property test needs no dependency.
struct Lcg(u64);

impl Lcg {
	fn next(&mut self) -> u64 {
		self.0 =
			self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
		self.0 >> 33
	}
	fn below(&mut self, n: u64) -> u64 {
		self.next() % n
	}
}

/// Checks that the stored average lies within the honest submissions of the stored window when
/// at least two honest feeders are in it. Returns whether a plain mean of the window would lie
/// outside that range (the bad feeder "moved" it).
fn check_average_within_honest_range(bad: AccountId, context: &str) -> bool {
	let history = TftPriceHistory::<Test>::get();
	let honest: Vec<&PriceSubmission<AccountId, u64>> =
		history.iter().filter(|entry| entry.feeder != bad).collect();
	let mut honest_feeders: Vec<AccountId> = honest.iter().map(|entry| entry.feeder).collect();
	honest_feeders.sort();
	honest_feeders.dedup();
	if honest_feeders.len() < 2 {
		return false;
	}
	let min = honest.iter().map(|entry| entry.price).min().expect("honest prices");
	let max = honest.iter().map(|entry| entry.price).max().expect("honest prices");
	let average = AverageTftPrice::<Test>::get();
	assert!(
		(min..=max).contains(&average),
		"{context}: average {average} outside honest range [{min}, {max}]"
	);
	let sum: u64 = history.iter().map(|entry| u64::from(entry.price)).sum();
	let mean = sum / history.len() as u64;
	mean < u64::from(min) || mean > u64::from(max)
}

/// Runs 40 submission slots: the honest feeders submit prices within [45, 55] and miss a third
/// of their slots, the bad feeder submits `absurd(round)` at every slot. After every single
/// submission the average must stay within the honest submissions of the window.
fn bad_feeder_cannot_escape_honest_range(
	seed: u64,
	honest: &[AccountId],
	bad: AccountId,
	absurd: impl Fn(u64) -> u32,
) {
	run_test(|| {
		let mut rng = Lcg(seed);
		let (low, high) = (45u32, 55u32);
		let mut bad_moved_the_mean = false;
		for round in 0..40u64 {
			go_to(1 + round * INTERVAL);
			// The bad feeder goes first in even rounds and last in odd ones.
			if round % 2 == 0 {
				submit(bad, absurd(round));
				bad_moved_the_mean |= check_average_within_honest_range(bad, "bad first");
			}
			for &feeder in honest {
				if rng.below(3) == 0 {
					continue;
				}
				let price = low + rng.below(u64::from(high - low + 1)) as u32;
				submit(feeder, price);
				bad_moved_the_mean |= check_average_within_honest_range(bad, "honest");
			}
			if round % 2 == 1 {
				submit(bad, absurd(round));
				bad_moved_the_mean |= check_average_within_honest_range(bad, "bad last");
			}
		}
		// The scenario is meaningful: a plain mean would have been dragged out of range.
		assert!(bad_moved_the_mean, "the bad feeder never moved the plain mean");
	});
}

#[test]
fn one_bad_feeder_submitting_huge_prices_cannot_move_the_average_out_of_honest_range() {
	bad_feeder_cannot_escape_honest_range(7, &[1, 2, 3, 4], 5, |_| u32::MAX);
}

#[test]
fn one_bad_feeder_submitting_tiny_prices_cannot_move_the_average_out_of_honest_range() {
	bad_feeder_cannot_escape_honest_range(11, &[1, 2, 3, 4], 5, |_| 1);
}

#[test]
fn one_bad_feeder_alternating_extremes_with_two_honest_feeders() {
	bad_feeder_cannot_escape_honest_range(23, &[1, 2], 5, |round| {
		if round % 2 == 0 {
			1
		} else {
			u32::MAX
		}
	});
}

#[test]
fn many_seeds_keep_the_property() {
	for seed in 100..130 {
		bad_feeder_cannot_escape_honest_range(seed, &[1, 2, 3], 4, |round| {
			(round as u32).wrapping_mul(2_654_435_761).max(1)
		});
	}
}

#[test]
fn submissions_older_than_the_window_are_dropped() {
	run_test(|| {
		go_to(1);
		submit(1, 100);
		go_to(WINDOW);
		submit(2, 50);
		// Block 1 is `WINDOW - 1` blocks old: still in.
		assert_eq!(TftPriceHistory::<Test>::get().len(), 2);
		assert_eq!(AverageTftPrice::<Test>::get(), 75);
		go_to(1 + WINDOW);
		submit(3, 60);
		// Block 1 is now `WINDOW` blocks old: out.
		let feeders: Vec<AccountId> =
			TftPriceHistory::<Test>::get().iter().map(|entry| entry.feeder).collect();
		assert_eq!(feeders, vec![2, 3]);
		assert_eq!(AverageTftPrice::<Test>::get(), 55);
	});
}

#[test]
fn a_full_window_drops_the_oldest_submission() {
	run_test(|| {
		let feeders: Vec<AccountId> = (1..=u64::from(MAX_HISTORY) + 4).collect();
		for &feeder in &feeders {
			add_feeder(feeder);
		}
		for (i, &feeder) in feeders.iter().enumerate() {
			go_to(1 + i as u64);
			submit(feeder, 40 + feeder as u32);
		}
		let history = TftPriceHistory::<Test>::get();
		assert_eq!(history.len() as u32, MAX_HISTORY);
		let kept: Vec<AccountId> = history.iter().map(|entry| entry.feeder).collect();
		assert_eq!(kept, feeders[4..].to_vec());
		// Oldest first.
		assert!(history.windows(2).all(|pair| pair[0].block <= pair[1].block));
		// Median of feeders 5..=20 (prices 45..=60): mean of 52 and 53, rounded down.
		assert_eq!(AverageTftPrice::<Test>::get(), 52);
	});
}

#[test]
fn a_feeder_alone_in_the_window_sets_the_average() {
	run_test(|| {
		submit(1, 70);
		go_to(1 + INTERVAL);
		submit(1, 80);
		go_to(1 + 2 * INTERVAL);
		submit(1, 30);
		// Its own median: 70.
		assert_eq!(AverageTftPrice::<Test>::get(), 70);
	});
}
