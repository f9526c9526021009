//! `set_prices`: who may submit, when, what is stored and emitted, and that failures change
//! nothing.

use super::*;
use crate::{AverageTftPrice, Error, FeederMedians, LastBlockSet, TftPrice, TftPriceHistory};
use frame_support::{assert_noop, dispatch::Pays};
use sp_runtime::DispatchError;

#[test]
fn stores_price_history_and_average() {
	run_test(|| {
		go_to(5);
		assert_ok!(TFTPriceModule::set_prices(signed(1), 60, 3));
		assert_eq!(TftPrice::<Test>::get(), 60);
		assert_eq!(LastBlockSet::<Test>::get(), 3);
		assert_eq!(AverageTftPrice::<Test>::get(), 60);
		assert_eq!(history_of(1), vec![(5, 60)]);
		assert_eq!(counted(), vec![(1, 60, 5)]);
		assert_eq!(price_events(), vec![Event::PriceStored(60), Event::AveragePriceStored(60)]);
	});
}

#[test]
fn is_free_for_feeders() {
	run_test(|| {
		let info = TFTPriceModule::set_prices(signed(1), 60, 1).expect("accepted");
		assert_eq!(info.pays_fee, Pays::No);
	});
}

#[test]
fn failing_submission_pays() {
	run_test(|| {
		let err = TFTPriceModule::set_prices(signed(1), 0, 1).expect_err("refused");
		assert_eq!(err.post_info.pays_fee, Pays::Yes);
	});
}

#[test]
fn later_submissions_update_last_price_and_average() {
	run_test(|| {
		submit(1, 40);
		submit(2, 60);
		assert_eq!(TftPrice::<Test>::get(), 60);
		// Two feeders: the mean of their values.
		assert_eq!(AverageTftPrice::<Test>::get(), 50);
		submit(3, 55);
		assert_eq!(AverageTftPrice::<Test>::get(), 55);
		assert_eq!(TftPriceHistory::<Test>::iter_keys().count(), 3);
		assert_eq!(counted(), vec![(1, 40, 1), (2, 60, 1), (3, 55, 1)]);
	});
}

#[test]
fn non_feeder_is_refused() {
	run_test(|| {
		assert_noop!(
			TFTPriceModule::set_prices(signed(99), 60, 1),
			Error::<Test>::AccountUnauthorizedToSetPrice
		);
		// A feeder leaving the set loses the right at once.
		submit(1, 60);
		FEEDERS.with(|set| set.borrow_mut().remove(&1));
		go_to(1 + INTERVAL);
		assert_noop!(
			TFTPriceModule::set_prices(signed(1), 60, 1 + INTERVAL),
			Error::<Test>::AccountUnauthorizedToSetPrice
		);
	});
}

#[test]
fn root_and_unsigned_are_refused() {
	run_test(|| {
		assert_noop!(
			TFTPriceModule::set_prices(RuntimeOrigin::root(), 60, 1),
			DispatchError::BadOrigin
		);
		assert_noop!(
			TFTPriceModule::set_prices(RuntimeOrigin::none(), 60, 1),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn zero_price_is_refused() {
	run_test(|| {
		submit(1, 60);
		go_to(20);
		assert_noop!(TFTPriceModule::set_prices(signed(2), 0, 20), Error::<Test>::PriceIsZero);
	});
}

#[test]
fn block_number_in_the_future_is_refused() {
	run_test(|| {
		go_to(50);
		assert_noop!(
			TFTPriceModule::set_prices(signed(1), 60, 51),
			Error::<Test>::BlockNumberInFuture
		);
	});
}

#[test]
fn block_number_too_old_is_refused() {
	run_test(|| {
		go_to(100);
		assert_noop!(
			TFTPriceModule::set_prices(signed(1), 60, 100 - MAX_AGE - 1),
			Error::<Test>::BlockNumberTooOld
		);
		// Exactly `MaxPriceAge` blocks old is still fresh.
		assert_ok!(TFTPriceModule::set_prices(signed(1), 60, 100 - MAX_AGE));
		assert_eq!(LastBlockSet::<Test>::get(), 100 - MAX_AGE);
	});
}

#[test]
fn one_submission_per_interval_per_feeder() {
	run_test(|| {
		go_to(10);
		submit(1, 60);
		// Same block, and up to `INTERVAL - 1` blocks later: refused.
		assert_noop!(
			TFTPriceModule::set_prices(signed(1), 61, 10),
			Error::<Test>::SubmittedTooSoon
		);
		go_to(10 + INTERVAL - 1);
		assert_noop!(
			TFTPriceModule::set_prices(signed(1), 61, 10 + INTERVAL - 1),
			Error::<Test>::SubmittedTooSoon
		);
		// Other feeders are not held back.
		submit(2, 62);
		// `INTERVAL` blocks later: accepted.
		go_to(10 + INTERVAL);
		submit(1, 61);
		assert_eq!(history_of(1), vec![(10, 60), (10 + INTERVAL, 61)]);
		assert_eq!(history_of(2), vec![(10 + INTERVAL - 1, 62)]);
	});
}

#[test]
fn average_above_max_is_reported() {
	run_test(|| {
		submit(1, 2_000);
		assert_eq!(
			price_events(),
			vec![
				Event::PriceStored(2_000),
				Event::AveragePriceStored(2_000),
				Event::AveragePriceIsAboveMaxPrice(2_000, 1_000),
			]
		);
		// The stored average is not clamped (billing clamps it).
		assert_eq!(AverageTftPrice::<Test>::get(), 2_000);
	});
}

#[test]
fn average_below_min_is_reported() {
	run_test(|| {
		submit(1, 5);
		assert_eq!(
			price_events(),
			vec![
				Event::PriceStored(5),
				Event::AveragePriceStored(5),
				Event::AveragePriceIsBelowMinPrice(5, 10),
			]
		);
	});
}

#[test]
fn average_at_the_bounds_is_not_reported() {
	run_test(|| {
		submit(1, 1_000);
		go_to(2);
		submit(2, 1_000);
		go_to(3);
		submit(3, 10);
		submit(4, 10);
		submit(5, 10);
		assert_eq!(AverageTftPrice::<Test>::get(), 10);
		assert!(!price_events().iter().any(|event| matches!(
			event,
			Event::AveragePriceIsAboveMaxPrice(..) | Event::AveragePriceIsBelowMinPrice(..)
		)));
	});
}

#[test]
fn a_submission_writes_only_its_own_history() {
	run_test(|| {
		submit(1, 40);
		submit(2, 60);
		let others = TftPriceHistory::<Test>::get(2);
		let raw_key = TftPriceHistory::<Test>::hashed_key_for(2);
		let raw = sp_io::storage::get(&raw_key);
		go_to(1 + INTERVAL);
		submit(1, 44);
		assert_eq!(history_of(1), vec![(1, 40), (1 + INTERVAL, 44)]);
		// Feeder 2's window is untouched, byte for byte, and its entry in the medians too.
		assert_eq!(TftPriceHistory::<Test>::get(2), others);
		assert_eq!(sp_io::storage::get(&raw_key), raw);
		assert_eq!(counted(), vec![(1, 42, 1 + INTERVAL), (2, 60, 1)]);
		assert_eq!(AverageTftPrice::<Test>::get(), 51);
	});
}

#[test]
fn a_removed_feeder_stops_counting_at_the_next_submission() {
	run_test(|| {
		submit(1, 40);
		submit(2, 50);
		submit(3, 60);
		assert_eq!(AverageTftPrice::<Test>::get(), 50);
		remove_feeder(3);
		go_to(1 + INTERVAL);
		submit(2, 50);
		// Feeders 1 (40) and 2 (50) only.
		assert_eq!(AverageTftPrice::<Test>::get(), 45);
		assert_eq!(counted(), vec![(1, 40, 1), (2, 50, 1 + INTERVAL)]);
		assert!(!TftPriceHistory::<Test>::contains_key(3));
		// Back in the set, it starts over with an empty window.
		add_feeder(3);
		submit(3, 70);
		assert_eq!(history_of(3), vec![(1 + INTERVAL, 70)]);
		assert_eq!(AverageTftPrice::<Test>::get(), 50);
	});
}

#[test]
fn more_current_feeders_than_max_feeders_is_refused() {
	run_test(|| {
		let feeders: Vec<AccountId> = (1..=u64::from(MAX_FEEDERS) + 1).collect();
		for &feeder in &feeders {
			add_feeder(feeder);
		}
		let (&last, first) = feeders.split_last().expect("feeders");
		for &feeder in first {
			submit(feeder, 50);
		}
		assert_eq!(FeederMedians::<Test>::get().len() as u32, MAX_FEEDERS);
		assert_noop!(
			TFTPriceModule::set_prices(signed(last), 50, 1),
			Error::<Test>::TooManyFeeders
		);
		// A feeder leaving the set makes room in the same submission.
		remove_feeder(1);
		submit(last, 50);
		assert_eq!(FeederMedians::<Test>::get().len() as u32, MAX_FEEDERS);
		assert!(!TftPriceHistory::<Test>::contains_key(1));
	});
}
