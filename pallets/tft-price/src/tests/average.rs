//! The averaging rule: medians, one vote per feeder, resistance to a bad feeder, and the window
//! bounds (age and length).

use super::*;
use crate::{
	average::{feeder_median, median, median_of_feeders},
	types::{FeederMedian, PricePoint},
	AverageTftPrice, FeederMedians, TftPriceHistory,
};

fn points(prices: &[u32]) -> Vec<PricePoint<u64>> {
	prices.iter().map(|&price| PricePoint { block: 1, price }).collect()
}

fn entry(feeder: AccountId, median: u32) -> FeederMedian<AccountId, u64> {
	FeederMedian { feeder, median, last_block: 1 }
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
fn a_feeders_median_ignores_order() {
	// 10, 20, 90 in any order → 20.
	assert_eq!(feeder_median(&points(&[90, 10, 20])), Some(20));
	assert_eq!(feeder_median(&points(&[90, 10])), Some(50));
	assert_eq!(feeder_median::<u64>(&[]), None);
	assert_eq!(median_of_feeders(&[entry(1, 70), entry(2, 10), entry(3, 40)]), Some(40));
	assert_eq!(median_of_feeders::<AccountId, u64>(&[]), None);
}

#[test]
fn every_feeder_counts_once() {
	run_test(|| {
		// Feeder 1 submits five times at 100; feeders 2 and 3 once each at 50 and 52. A median
		// of the submissions would be 100; the median of the feeders' medians is 52.
		for round in 0..5u64 {
			go_to(1 + round * INTERVAL);
			submit(1, 100);
		}
		submit(2, 50);
		submit(3, 52);
		assert_eq!(TftPriceHistory::<Test>::get(1).len(), 5);
		assert_eq!(AverageTftPrice::<Test>::get(), 52);
	});
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

/// Checks that the stored average lies within the honest submissions of the stored windows when
/// at least two honest feeders count. Returns whether a plain mean of the windows would lie
/// outside that range (the bad feeder "moved" it).
fn check_average_within_honest_range(bad: AccountId, context: &str) -> bool {
	let counted: Vec<AccountId> =
		FeederMedians::<Test>::get().iter().map(|entry| entry.feeder).collect();
	let prices_of = |feeder: AccountId| -> Vec<u32> {
		TftPriceHistory::<Test>::get(feeder).iter().map(|point| point.price).collect()
	};
	let honest: Vec<u32> = counted
		.iter()
		.filter(|&&feeder| feeder != bad)
		.flat_map(|&feeder| prices_of(feeder))
		.collect();
	if counted.iter().filter(|&&feeder| feeder != bad).count() < 2 {
		return false;
	}
	let min = *honest.iter().min().expect("honest prices");
	let max = *honest.iter().max().expect("honest prices");
	let average = AverageTftPrice::<Test>::get();
	assert!(
		(min..=max).contains(&average),
		"{context}: average {average} outside honest range [{min}, {max}]"
	);
	let all: Vec<u32> = counted.iter().flat_map(|&feeder| prices_of(feeder)).collect();
	let sum: u64 = all.iter().map(|&price| u64::from(price)).sum();
	let mean = sum / all.len() as u64;
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
		let later = 1 + WINDOW - INTERVAL;
		go_to(later);
		submit(1, 60);
		submit(2, 50);
		// Feeders 1 (median of 100 and 60: 80) and 2 (50).
		assert_eq!(history_of(1), vec![(1, 100), (later, 60)]);
		assert_eq!(AverageTftPrice::<Test>::get(), 65);
		go_to(1 + WINDOW);
		submit(1, 70);
		// Block 1 is now `WINDOW` blocks old: out of feeder 1's window.
		assert_eq!(history_of(1), vec![(later, 60), (1 + WINDOW, 70)]);
		// Feeders 1 (65) and 2 (50).
		assert_eq!(AverageTftPrice::<Test>::get(), 57);
	});
}

#[test]
fn a_feeder_whose_last_submission_left_the_window_stops_counting() {
	run_test(|| {
		submit(1, 100);
		go_to(1 + INTERVAL);
		submit(2, 50);
		assert_eq!(AverageTftPrice::<Test>::get(), 75);
		// Feeder 1's only submission is `WINDOW` blocks old at the next submission.
		go_to(1 + WINDOW);
		submit(2, 52);
		assert_eq!(AverageTftPrice::<Test>::get(), 51);
		assert!(!TftPriceHistory::<Test>::contains_key(1));
		let counted: Vec<AccountId> =
			FeederMedians::<Test>::get().iter().map(|entry| entry.feeder).collect();
		assert_eq!(counted, vec![2]);
	});
}

#[test]
fn a_feeder_submitting_as_often_as_allowed_keeps_its_whole_window() {
	run_test(|| {
		for round in 0..3 * u64::from(MAX_SUBMISSIONS) {
			go_to(1 + round * INTERVAL);
			submit(1, 40 + round as u32);
			let history = history_of(1);
			// Never more than the window holds at this pace, and never an evicted point that
			// was still inside the window.
			assert_eq!(history.len() as u64, (round + 1).min(WINDOW / INTERVAL));
			assert!(history.iter().all(|&(block, _)| 1 + round * INTERVAL - block < WINDOW));
		}
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

#[test]
fn one_lying_feeder_of_three_stays_within_honest_prices() {
	run_test(|| {
		// Feeders 1 and 2 are honest (50 and 54), feeder 3 reports 10x the price.
		submit(1, 50);
		submit(2, 54);
		submit(3, 540);
		let average = AverageTftPrice::<Test>::get();
		assert!((50..=54).contains(&average), "average {average}");
		// The lie stays ineffective however often it is repeated.
		for round in 1..20u64 {
			go_to(1 + round * INTERVAL);
			submit(3, 540);
			if round % 4 == 0 {
				submit(1, 49);
				submit(2, 55);
			}
			let average = AverageTftPrice::<Test>::get();
			assert!((49..=55).contains(&average), "round {round}: average {average}");
		}
	});
}
