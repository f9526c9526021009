//! The record kept for every accepted price submission.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// One accepted `set_prices` submission, as kept in `TftPriceHistory`.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct PriceSubmission<AccountId, BlockNumber> {
	/// The block the submission was stored in (not the block the feeder quoted).
	pub block: BlockNumber,
	/// The price feeder that submitted it.
	pub feeder: AccountId,
	/// The price, in mUSD per TFT (never 0).
	pub price: u32,
}
