//! The wire contract with TFChain: error and event order, by index, from the metadata (TFChain's
//! order from `tfchain-enum-order`, then ours).

use crate::{mock::Test, Error, Event};
use codec::Encode;
use tfchain_enum_order::{assert_tfchain_order, Enum};

#[test]
fn errors_start_with_tfchains_in_its_order() {
	assert_tfchain_order::<Error<Test>>(
		"TFTPriceModule",
		Enum::Errors,
		&[
			"PriceIsZero",
			"BlockNumberInFuture",
			"BlockNumberTooOld",
			"SubmittedTooSoon",
			"TooManyFeeders",
		],
	);
	assert_eq!(Error::<Test>::AccountUnauthorizedToSetPrice.encode(), vec![3]);
	// Ours come after TFChain's: `TooManyFeeders` is the last.
	assert_eq!(Error::<Test>::TooManyFeeders.encode(), vec![12]);
}

#[test]
fn events_start_with_tfchains_in_its_order() {
	assert_tfchain_order::<Event<Test>>(
		"TFTPriceModule",
		Enum::Events,
		&["MinTftPriceSet", "MaxTftPriceSet"],
	);
	assert_eq!(Event::<Test>::AveragePriceStored(7).encode(), [vec![2u8], 7u32.encode()].concat());
}
