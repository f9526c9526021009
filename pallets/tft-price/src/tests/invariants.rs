//! Genesis validation, and `do_try_state` catching each kind of corruption.

use super::*;
use crate::{
	types::{FeederMedian, PricePoint},
	AverageTftPrice, FeederMedians, FeederMediansOf, GenesisConfig, MaxTftPrice, MinTftPrice,
	PriceHistoryOf, TftPriceHistory,
};
use sp_runtime::BuildStorage;

/// Stores `feeder`'s window as (block, price) points.
fn put_history(feeder: AccountId, points: &[(u64, u32)]) {
	let list: Vec<PricePoint<u64>> =
		points.iter().map(|&(block, price)| PricePoint { block, price }).collect();
	TftPriceHistory::<Test>::insert(
		feeder,
		PriceHistoryOf::<Test>::try_from(list).expect("within bound"),
	);
}

/// Stores the medians as (feeder, median, last block).
fn put_medians(entries: &[(AccountId, u32, u64)]) {
	let list: Vec<FeederMedian<AccountId, u64>> = entries
		.iter()
		.map(|&(feeder, median, last_block)| FeederMedian { feeder, median, last_block })
		.collect();
	FeederMedians::<Test>::put(FeederMediansOf::<Test>::try_from(list).expect("within bound"));
}

fn genesis(tft_price: u32, min_tft_price: u32, max_tft_price: u32) {
	let _ = GenesisConfig::<Test> { tft_price, min_tft_price, max_tft_price, ..Default::default() }
		.build_storage();
}

#[test]
fn genesis_sets_prices() {
	let storage = GenesisConfig::<Test> {
		tft_price: 70,
		min_tft_price: 20,
		max_tft_price: 300,
		..Default::default()
	}
	.build_storage()
	.unwrap();
	sp_io::TestExternalities::new(storage).execute_with(|| {
		assert_eq!(crate::TftPrice::<Test>::get(), 70);
		assert_eq!(AverageTftPrice::<Test>::get(), 70);
		assert_eq!(MinTftPrice::<Test>::get(), 20);
		assert_eq!(MaxTftPrice::<Test>::get(), 300);
		assert!(TftPriceHistory::<Test>::iter_keys().next().is_none());
		assert!(FeederMedians::<Test>::get().is_empty());
		TFTPriceModule::do_try_state().expect("consistent");
	});
}

#[test]
#[should_panic(expected = "tft_price must not be 0")]
fn genesis_refuses_zero_price() {
	genesis(0, 10, 1_000);
}

#[test]
#[should_panic(expected = "min_tft_price must not be 0")]
fn genesis_refuses_zero_min() {
	genesis(50, 0, 1_000);
}

#[test]
#[should_panic(expected = "min_tft_price must not be above max_tft_price")]
fn genesis_refuses_crossed_bounds() {
	genesis(50, 100, 99);
}

#[test]
fn try_state_holds_after_many_submissions() {
	run_test(|| {
		for round in 0..30u64 {
			go_to(1 + round * INTERVAL);
			for feeder in 1..=5 {
				submit(feeder, 40 + (round as u32 * 7 + feeder as u32) % 30);
			}
			TFTPriceModule::do_try_state().expect("consistent after every round");
		}
	});
}

#[test]
fn try_state_catches_crossed_bounds() {
	new_test_ext().execute_with(|| {
		MinTftPrice::<Test>::put(2_000);
		assert!(TFTPriceModule::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_zero_min() {
	new_test_ext().execute_with(|| {
		MinTftPrice::<Test>::put(0);
		assert!(TFTPriceModule::do_try_state().is_err());
	});
}

#[test]
fn try_state_accepts_a_consistent_state() {
	new_test_ext().execute_with(|| {
		go_to(10);
		put_history(1, &[(3, 50), (5, 70)]);
		put_history(2, &[(4, 40)]);
		put_medians(&[(1, 60, 5), (2, 40, 4)]);
		AverageTftPrice::<Test>::put(50);
		assert!(TFTPriceModule::do_try_state().is_ok());
	});
}

#[test]
fn try_state_catches_unsorted_history() {
	new_test_ext().execute_with(|| {
		go_to(10);
		put_history(1, &[(5, 50), (3, 50)]);
		put_medians(&[(1, 50, 3)]);
		AverageTftPrice::<Test>::put(50);
		assert!(TFTPriceModule::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_future_entries_zero_prices_and_long_spans() {
	new_test_ext().execute_with(|| {
		go_to(10);
		put_history(1, &[(11, 50)]);
		put_medians(&[(1, 50, 11)]);
		AverageTftPrice::<Test>::put(50);
		assert!(TFTPriceModule::do_try_state().is_err());

		put_history(1, &[(10, 0)]);
		put_medians(&[(1, 0, 10)]);
		AverageTftPrice::<Test>::put(1);
		assert!(TFTPriceModule::do_try_state().is_err());

		go_to(2 * WINDOW);
		put_history(1, &[(1, 50), (1 + WINDOW, 50)]);
		put_medians(&[(1, 50, 1 + WINDOW)]);
		AverageTftPrice::<Test>::put(50);
		assert!(TFTPriceModule::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_histories_and_medians_that_disagree() {
	new_test_ext().execute_with(|| {
		go_to(10);
		AverageTftPrice::<Test>::put(50);
		// A window without an entry in the medians.
		put_history(1, &[(5, 50)]);
		assert!(TFTPriceModule::do_try_state().is_err());
		// An entry in the medians without a window.
		put_medians(&[(1, 50, 5), (2, 50, 5)]);
		assert!(TFTPriceModule::do_try_state().is_err());
		// A feeder twice.
		put_medians(&[(1, 50, 5), (1, 50, 5)]);
		assert!(TFTPriceModule::do_try_state().is_err());
		// A wrong median, a wrong last block.
		put_medians(&[(1, 51, 5)]);
		assert!(TFTPriceModule::do_try_state().is_err());
		put_medians(&[(1, 50, 4)]);
		assert!(TFTPriceModule::do_try_state().is_err());
		put_medians(&[(1, 50, 5)]);
		assert!(TFTPriceModule::do_try_state().is_ok());
	});
}

#[test]
fn try_state_catches_a_stale_average() {
	new_test_ext().execute_with(|| {
		go_to(10);
		put_history(1, &[(5, 50)]);
		put_history(2, &[(6, 60)]);
		put_history(3, &[(7, 70)]);
		put_medians(&[(1, 50, 5), (2, 60, 6), (3, 70, 7)]);
		AverageTftPrice::<Test>::put(61);
		assert!(TFTPriceModule::do_try_state().is_err());
		AverageTftPrice::<Test>::put(60);
		assert!(TFTPriceModule::do_try_state().is_ok());
	});
}
