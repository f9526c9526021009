//! `TftPriceForBilling`: the average clamped to the bounds, with fallbacks, never 0.

use super::*;
use crate::{AverageTftPrice, MaxTftPrice, MinTftPrice, TftPrice};
use frame_support::{
	traits::Get,
	weights::{RuntimeDbWeight, Weight},
};
use sp_runtime::BuildStorage;
use tfchain_support::TftPriceForBilling;

fn billing() -> u32 {
	<TFTPriceModule as TftPriceForBilling>::billing_price_musd()
}

#[test]
fn genesis_price_before_any_submission() {
	run_test(|| assert_eq!(billing(), 50));
}

#[test]
fn follows_the_average_within_bounds() {
	run_test(|| {
		submit(1, 40);
		submit(2, 60);
		submit(3, 70);
		assert_eq!(billing(), 60);
	});
}

#[test]
fn average_above_max_is_clamped() {
	run_test(|| {
		submit(1, 5_000);
		assert_eq!(AverageTftPrice::<Test>::get(), 5_000);
		assert_eq!(billing(), 1_000);
		// Governance raising the maximum lets more of the average through.
		assert_ok!(TFTPriceModule::set_max_tft_price(RuntimeOrigin::root(), 4_000));
		assert_eq!(billing(), 4_000);
	});
}

#[test]
fn average_below_min_is_clamped() {
	run_test(|| {
		submit(1, 3);
		assert_eq!(billing(), 10);
		assert_ok!(TFTPriceModule::set_min_tft_price(RuntimeOrigin::root(), 2));
		assert_eq!(billing(), 3);
	});
}

#[test]
fn min_equal_max_fixes_the_price() {
	run_test(|| {
		assert_ok!(TFTPriceModule::set_max_tft_price(RuntimeOrigin::root(), 80));
		assert_ok!(TFTPriceModule::set_min_tft_price(RuntimeOrigin::root(), 80));
		submit(1, 20);
		assert_eq!(billing(), 80);
	});
}

#[test]
fn falls_back_to_last_price_then_min_and_is_never_zero() {
	// Storage is corrupted on purpose here, so no invariant check at the end.
	new_test_ext().execute_with(|| {
		AverageTftPrice::<Test>::put(0);
		TftPrice::<Test>::put(70);
		assert_eq!(billing(), 70);
		TftPrice::<Test>::put(0);
		assert_eq!(billing(), 10);
		MinTftPrice::<Test>::put(0);
		assert_eq!(billing(), 1);
		// Crossed bounds: the maximum wins.
		MinTftPrice::<Test>::put(500);
		MaxTftPrice::<Test>::put(100);
		AverageTftPrice::<Test>::put(300);
		assert_eq!(billing(), 100);
	});
}

#[test]
fn pallet_added_without_genesis_uses_the_default_prices() {
	// A runtime upgrade that adds the pallet runs no genesis: the storage defaults apply.
	let storage: sp_runtime::Storage =
		frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	sp_io::TestExternalities::new(storage).execute_with(|| {
		assert_eq!(billing(), 50);
		assert_eq!(MinTftPrice::<Test>::get(), 10);
		assert_eq!(MaxTftPrice::<Test>::get(), 1_000);
		TFTPriceModule::do_try_state().expect("defaults are consistent");
	});
}

#[test]
fn weight_is_four_reads() {
	let expected: Weight =
		<<Test as frame_system::Config>::DbWeight as Get<RuntimeDbWeight>>::get().reads(4);
	assert_eq!(<TFTPriceModule as TftPriceForBilling>::billing_price_weight(), expected);
}
