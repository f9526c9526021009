//! The records kept for accepted price submissions.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// One accepted `set_prices` submission, as kept in the feeder's own `TftPriceHistory` entry.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct PricePoint<BlockNumber> {
	/// The block the submission was stored in (not the block the feeder quoted).
	pub block: BlockNumber,
	/// The price, in mUSD per TFT (never 0).
	pub price: u32,
}

/// A price feeder's standing in the average, as kept in `FeederMedians`.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct FeederMedian<AccountId, BlockNumber> {
	/// The price feeder.
	pub feeder: AccountId,
	/// The median of the feeder's submissions in the window, in mUSD per TFT.
	pub median: u32,
	/// The block the feeder's last submission was stored in.
	pub last_block: BlockNumber,
}
