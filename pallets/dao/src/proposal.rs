//! The stored types: TFChain's names, field order and type paths (`pallet_dao::proposal::*`),
//! with bounded lists.

use codec::{Decode, Encode, EncodeLike, Input, MaxEncodedLen, Output};
use core::{fmt::Debug, marker::PhantomData};
use frame_support::{
	traits::Get, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use scale_info::TypeInfo;

/// Sequence number of a proposal (from [`crate::ProposalCount`]).
pub type ProposalIndex = u32;

/// What a proposal says about itself: its index, a description and a link (e.g. to a forum
/// post).
#[derive(
	Encode, Decode, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxDescription, MaxLink))]
#[codec(mel_bound())]
pub struct DaoProposal<MaxDescription: Get<u32>, MaxLink: Get<u32>> {
	/// The proposal's index.
	pub index: ProposalIndex,
	/// Free text describing the proposal.
	pub description: BoundedVec<u8, MaxDescription>,
	/// A link to more information.
	pub link: BoundedVec<u8, MaxLink>,
}

/// One farm's vote: the farm and the weight its capacity gave it when it voted.
#[derive(Encode, Decode, Clone, Copy, PartialEq, Eq, Debug, Default, TypeInfo, MaxEncodedLen)]
pub struct VoteWeight {
	/// The voting farm.
	pub farm_id: u32,
	/// The farm's weight at vote time: the sum over its nodes of `2·CU + SU`.
	pub weight: u64,
}

/// The state of the vote on a proposal.
///
/// A farm appears at most once in `ayes` and `nays` together, and `ayes.len() + nays.len()` is
/// at most the runtime's `MaxVotesPerProposal` (both lists share that bound). An account
/// appears at most once in `vetos`, and the list stays shorter than `MinVetos` (the veto that
/// reaches it closes the proposal).
#[derive(
	Encode, Decode, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxVotes, MaxVetos))]
#[codec(mel_bound(BlockNumber: MaxEncodedLen, AccountId: MaxEncodedLen))]
pub struct DaoVotes<
	BlockNumber: Clone + PartialEq + Eq + Debug,
	AccountId: Clone + PartialEq + Eq + Debug,
	MaxVotes: Get<u32>,
	MaxVetos: Get<u32>,
> {
	/// The proposal's index.
	pub index: ProposalIndex,
	/// How many farms must vote before the proposal can pass.
	pub threshold: u32,
	/// Votes in favour.
	pub ayes: BoundedVec<VoteWeight, MaxVotes>,
	/// Votes against.
	pub nays: BoundedVec<VoteWeight, MaxVotes>,
	/// Last block in which farms may vote.
	pub end: BlockNumber,
	/// Council members who vetoed the proposal.
	pub vetos: BoundedVec<AccountId, MaxVetos>,
}

impl<BlockNumber, AccountId, MaxVotes, MaxVetos>
	DaoVotes<BlockNumber, AccountId, MaxVotes, MaxVetos>
where
	BlockNumber: Clone + PartialEq + Eq + Debug,
	AccountId: Clone + PartialEq + Eq + Debug,
	MaxVotes: Get<u32>,
	MaxVetos: Get<u32>,
{
	/// Number of farms that voted (either way).
	pub fn vote_count(&self) -> u32 {
		let total = self.ayes.len().saturating_add(self.nays.len());
		u32::try_from(total).unwrap_or(u32::MAX)
	}

	/// Whether `farm_id` already voted (either way).
	pub fn has_voted(&self, farm_id: u32) -> bool {
		self.ayes.iter().chain(self.nays.iter()).any(|vote| vote.farm_id == farm_id)
	}

	/// Total weight of the votes in favour (saturating).
	pub fn yes_weight(&self) -> u64 {
		self.ayes.iter().fold(0u64, |sum, vote| sum.saturating_add(vote.weight))
	}

	/// Total weight of the votes against (saturating).
	pub fn no_weight(&self) -> u64 {
		self.nays.iter().fold(0u64, |sum, vote| sum.saturating_add(vote.weight))
	}
}

/// A proposal's call as stored in [`crate::ProposalOf`]: the call itself (same encoding and
/// same type in the metadata as the call), known to encode in at most `MaxLen` bytes, so the
/// storage item has a real `MaxEncodedLen`. Only [`BoundedProposal::new`] makes one, and it
/// checks the length.
#[derive(CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound)]
pub struct BoundedProposal<Call: Clone + PartialEq + Eq + Debug, MaxLen>(Call, PhantomData<MaxLen>);

impl<Call: Encode + Clone + PartialEq + Eq + Debug, MaxLen: Get<u32>>
	BoundedProposal<Call, MaxLen>
{
	/// Wraps `call` if it encodes in at most `MaxLen` bytes.
	pub fn new(call: Call) -> Option<Self> {
		let limit = usize::try_from(MaxLen::get()).unwrap_or(usize::MAX);
		(call.encoded_size() <= limit).then_some(Self(call, PhantomData))
	}
}

impl<Call: Clone + PartialEq + Eq + Debug, MaxLen> BoundedProposal<Call, MaxLen> {
	/// The call.
	pub fn call(&self) -> &Call {
		&self.0
	}

	/// The call, unwrapped.
	pub fn into_call(self) -> Call {
		self.0
	}
}

impl<Call: Encode + Clone + PartialEq + Eq + Debug, MaxLen> Encode
	for BoundedProposal<Call, MaxLen>
{
	fn size_hint(&self) -> usize {
		self.0.size_hint()
	}

	fn encode_to<O: Output + ?Sized>(&self, dest: &mut O) {
		self.0.encode_to(dest)
	}

	fn encoded_size(&self) -> usize {
		self.0.encoded_size()
	}
}

impl<Call: Encode + Clone + PartialEq + Eq + Debug, MaxLen> EncodeLike
	for BoundedProposal<Call, MaxLen>
{
}

impl<Call: Decode + Clone + PartialEq + Eq + Debug, MaxLen> Decode
	for BoundedProposal<Call, MaxLen>
{
	fn decode<I: Input>(input: &mut I) -> Result<Self, codec::Error> {
		Ok(Self(Call::decode(input)?, PhantomData))
	}
}

impl<Call: Encode + Clone + PartialEq + Eq + Debug, MaxLen: Get<u32>> MaxEncodedLen
	for BoundedProposal<Call, MaxLen>
{
	fn max_encoded_len() -> usize {
		usize::try_from(MaxLen::get()).unwrap_or(usize::MAX)
	}
}

/// In the metadata the stored value is the call's own type (as `Box<Call>` is).
impl<Call: TypeInfo + Clone + PartialEq + Eq + Debug + 'static, MaxLen: 'static> TypeInfo
	for BoundedProposal<Call, MaxLen>
{
	type Identity = Call;

	fn type_info() -> scale_info::Type {
		Call::type_info()
	}
}
