//! The bridge's records: TFChain's names, field order and type paths
//! (`pallet_tft_bridge::types::*`), with bounded lists that still show as `Vec` in the metadata
//! ([`BoundedList`]), plus the expiry queues' entries (ours).

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::fmt::Debug;
use frame_support::{
	traits::{ConstU32, Get},
	CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use scale_info::TypeInfo;
use tfchain_support::BoundedList;

/// Longest Stellar transaction id (a mint's `transaction`, a refund's `tx_hash`), in bytes. A
/// Stellar transaction hash is 64 hex characters; the bridge also mints back failed withdrawals
/// under ids of its own.
pub const MAX_TRANSACTION_ID_LENGTH: u32 = 128;

/// Longest Stellar signature the bridge validators submit, in bytes (an ed25519 signature is 64
/// bytes, 88 in base64, 128 in hex).
pub const MAX_SIGNATURE_LENGTH: u32 = 256;

/// Length of a Stellar account id (`G…`), in bytes.
pub const STELLAR_ADDRESS_LENGTH: u32 = 56;

/// A Stellar transaction id as stored (metadata `Vec<u8>`, as on TFChain).
pub type TransactionId = BoundedList<u8, ConstU32<MAX_TRANSACTION_ID_LENGTH>>;

/// A Stellar account id as stored, always checked with
/// [`tfchain_support::stellar::is_valid_stellar_address`] (metadata `Vec<u8>`).
pub type StellarAddress = BoundedList<u8, ConstU32<STELLAR_ADDRESS_LENGTH>>;

/// A Stellar signature's bytes as stored (metadata `Vec<u8>`).
pub type SignatureBytes = BoundedList<u8, ConstU32<MAX_SIGNATURE_LENGTH>>;

/// A deposit seen on Stellar, voted on by the bridge validators; minted to `target` (less the
/// deposit fee) once more than half of them voted for it.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct MintTransaction<AccountId, BlockNumber> {
	/// The deposited amount, in TFT units, the deposit fee included.
	pub amount: u64,
	/// The account that receives the TFT.
	pub target: AccountId,
	/// The block it was proposed in (for an executed mint: the block it was minted in).
	pub block: BlockNumber,
	/// Votes of bridge validators recorded for it (one per validator).
	pub votes: u32,
}

/// A validator's signature of the Stellar transaction that pays out a withdrawal or a refund.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct StellarSignature {
	/// The signature.
	pub signature: SignatureBytes,
	/// The Stellar account id of the key that signed.
	pub stellar_pub_key: StellarAddress,
}

/// A withdrawal: TFT burned on this chain by `swap_to_stellar`, to be paid out on Stellar once
/// the bridge validators signed the payment.
#[derive(
	Encode, Decode, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxSignatures))]
#[codec(mel_bound(AccountId: MaxEncodedLen, BlockNumber: MaxEncodedLen))]
pub struct BurnTransaction<
	AccountId: Clone + PartialEq + Eq + Debug,
	BlockNumber: Clone + PartialEq + Eq + Debug,
	MaxSignatures: Get<u32>,
> {
	/// The block it was created in, or last reset in by the retry mechanism.
	pub block: BlockNumber,
	/// The amount to pay out on Stellar (what was burned, the withdraw fee excluded).
	pub amount: u64,
	/// The account that swapped (`None` only for TFChain records from before it was kept).
	pub source: Option<AccountId>,
	/// The Stellar account to pay.
	pub target: StellarAddress,
	/// Signatures collected so far.
	pub signatures: BoundedList<StellarSignature, MaxSignatures>,
	/// Sequence number of the bridge's Stellar account the signatures are for.
	pub sequence_number: u64,
}

/// A refund: a Stellar deposit that cannot be minted, paid back on Stellar once the bridge
/// validators signed the payment.
#[derive(
	Encode, Decode, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxSignatures))]
#[codec(mel_bound(BlockNumber: MaxEncodedLen))]
pub struct RefundTransaction<BlockNumber: Clone + PartialEq + Eq + Debug, MaxSignatures: Get<u32>> {
	/// The block it was created in, or last reset in by the retry mechanism.
	pub block: BlockNumber,
	/// The amount to pay back, in TFT units.
	pub amount: u64,
	/// The Stellar account to pay back.
	pub target: StellarAddress,
	/// The Stellar transaction being refunded.
	pub tx_hash: TransactionId,
	/// Signatures collected so far.
	pub signatures: BoundedList<StellarSignature, MaxSignatures>,
	/// Sequence number of the bridge's Stellar account the signatures are for.
	pub sequence_number: u64,
}

// Decoding these types tracks memory as their fields' decoding does (what the derive would
// state; written out because the derive repeats the struct's bounds).
impl<AccountId, BlockNumber, MaxSignatures> DecodeWithMemTracking
	for BurnTransaction<AccountId, BlockNumber, MaxSignatures>
where
	AccountId: Clone + PartialEq + Eq + Debug + DecodeWithMemTracking,
	BlockNumber: Clone + PartialEq + Eq + Debug + DecodeWithMemTracking,
	MaxSignatures: Get<u32>,
{
}

impl<BlockNumber, MaxSignatures> DecodeWithMemTracking
	for RefundTransaction<BlockNumber, MaxSignatures>
where
	BlockNumber: Clone + PartialEq + Eq + Debug + DecodeWithMemTracking,
	MaxSignatures: Get<u32>,
{
}

impl<BlockNumber: Clone + PartialEq + Eq + Debug + Default, MaxSignatures: Get<u32>> Default
	for RefundTransaction<BlockNumber, MaxSignatures>
{
	fn default() -> Self {
		Self {
			block: BlockNumber::default(),
			amount: 0,
			target: Default::default(),
			tx_hash: Default::default(),
			signatures: Default::default(),
			sequence_number: 0,
		}
	}
}

/// The part of a queue in use: slots `head..tail` hold entries, `head` is the oldest (ours).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Default,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct QueueRange {
	/// Slot of the oldest entry (the next one looked at).
	pub head: u64,
	/// Slot the next entry goes to.
	pub tail: u64,
}

impl QueueRange {
	/// Whether no entry is queued.
	pub fn is_empty(&self) -> bool {
		self.head >= self.tail
	}

	/// Number of queued entries.
	pub fn len(&self) -> u64 {
		self.tail.saturating_sub(self.head)
	}
}

/// A transaction whose signatures are reset when it is not executed in time (ours).
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub enum RetryKey {
	/// A burn transaction, by id.
	Burn(u64),
	/// A refund transaction, by the refunded Stellar transaction.
	Refund(TransactionId),
}

/// An expiry queue entry (ours): the transaction, and its `block` when it was queued. The entry
/// is due `MintExpiry` (mints) or `RetryInterval` (burns, refunds) blocks after `block`; it is
/// stale, and skipped, when the transaction is gone or its `block` changed since.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct QueuedTransaction<Key, BlockNumber> {
	/// Which transaction.
	pub key: Key,
	/// The transaction's `block` when it was queued.
	pub block: BlockNumber,
}
