//! A validator request as TFChain stores it (`pallet_validator::types::Validator`), with its byte
//! fields bounded: each is a [`BoundedList`] (a `Vec<u8>` in the metadata and on the wire, as on
//! TFChain) of at most the length below.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::traits::ConstU32;
use scale_info::TypeInfo;
use tfchain_support::BoundedList;

/// The longest `description` (why the account wants to validate), in bytes.
pub const MAX_DESCRIPTION_LENGTH: u32 = 1_024;
/// The longest `tf_connect_id` (the applicant's ThreeFold Connect id), in bytes.
pub const MAX_TF_CONNECT_ID_LENGTH: u32 = 256;
/// The longest `info` (public links about the validator), in bytes.
pub const MAX_INFO_LENGTH: u32 = 1_024;

/// A request's description.
pub type Description = BoundedList<u8, ConstU32<MAX_DESCRIPTION_LENGTH>>;
/// A request's ThreeFold Connect id.
pub type TfConnectId = BoundedList<u8, ConstU32<MAX_TF_CONNECT_ID_LENGTH>>;
/// A request's public information.
pub type Info = BoundedList<u8, ConstU32<MAX_INFO_LENGTH>>;

/// A request to become a validator, keyed in storage by the requesting account (the account that
/// joins the council).
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Validator<AccountId> {
	/// The account that authors blocks and votes on finality (its session keys are set with
	/// `Session.set_keys`).
	pub validator_node_account: AccountId,
	/// The validator's "bank" account, which may bond itself to the validator account.
	pub stash_account: AccountId,
	/// Why the account wants to become a validator.
	pub description: Description,
	/// The applicant's ThreeFold Connect id.
	pub tf_connect_id: TfConnectId,
	/// Public information about the validator (website, blog, ...).
	pub info: Info,
	/// Where the request stands.
	pub state: ValidatorRequestState,
}

/// Where a validator request stands.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum ValidatorRequestState {
	/// Waiting for the council.
	Created,
	/// Approved: the account is a council member and may activate its node.
	Approved,
	/// The node account is in the validator set.
	Validating,
}
