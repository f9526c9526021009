//! `set_min_tft_price` / `set_max_tft_price`: governance bounds of the billing price.

use super::*;
use crate::{Error, MaxTftPrice, MinTftPrice};
use frame_support::assert_noop;
use sp_runtime::DispatchError;

#[test]
fn genesis_bounds() {
	run_test(|| {
		assert_eq!(MinTftPrice::<Test>::get(), 10);
		assert_eq!(MaxTftPrice::<Test>::get(), 1_000);
	});
}

#[test]
fn set_min_works() {
	run_test(|| {
		assert_ok!(TFTPriceModule::set_min_tft_price(RuntimeOrigin::root(), 20));
		assert_eq!(MinTftPrice::<Test>::get(), 20);
		assert_eq!(price_events(), vec![Event::MinTftPriceSet(20)]);
		// Equal to the maximum is allowed (a fixed billing price).
		assert_ok!(TFTPriceModule::set_min_tft_price(RuntimeOrigin::root(), 1_000));
		assert_eq!(MinTftPrice::<Test>::get(), 1_000);
	});
}

#[test]
fn set_max_works() {
	run_test(|| {
		assert_ok!(TFTPriceModule::set_max_tft_price(RuntimeOrigin::root(), 500));
		assert_eq!(MaxTftPrice::<Test>::get(), 500);
		assert_eq!(price_events(), vec![Event::MaxTftPriceSet(500)]);
		assert_ok!(TFTPriceModule::set_max_tft_price(RuntimeOrigin::root(), 10));
		assert_eq!(MaxTftPrice::<Test>::get(), 10);
	});
}

#[test]
fn min_above_max_is_refused() {
	run_test(|| {
		assert_noop!(
			TFTPriceModule::set_min_tft_price(RuntimeOrigin::root(), 1_001),
			Error::<Test>::MinPriceAboveMaxPriceError
		);
	});
}

#[test]
fn max_below_min_is_refused() {
	run_test(|| {
		assert_noop!(
			TFTPriceModule::set_max_tft_price(RuntimeOrigin::root(), 9),
			Error::<Test>::MaxPriceBelowMinPriceError
		);
	});
}

#[test]
fn zero_bounds_are_refused() {
	run_test(|| {
		assert_noop!(
			TFTPriceModule::set_min_tft_price(RuntimeOrigin::root(), 0),
			Error::<Test>::PriceIsZero
		);
		// A maximum of 0 is below the minimum: TFChain's `MaxPriceBelowMinPriceError`.
		assert_noop!(
			TFTPriceModule::set_max_tft_price(RuntimeOrigin::root(), 0),
			Error::<Test>::MaxPriceBelowMinPriceError
		);
	});
}

#[test]
fn bounds_need_the_restricted_origin() {
	run_test(|| {
		// Even a price feeder may not set the bounds.
		assert_noop!(TFTPriceModule::set_min_tft_price(signed(1), 20), DispatchError::BadOrigin);
		assert_noop!(TFTPriceModule::set_max_tft_price(signed(1), 500), DispatchError::BadOrigin);
		assert_noop!(
			TFTPriceModule::set_max_tft_price(RuntimeOrigin::none(), 500),
			DispatchError::BadOrigin
		);
	});
}
