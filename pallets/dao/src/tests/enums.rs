//! Error and event order: TFChain's variants first, in TFChain's order, then ours; checked on
//! the enums' metadata (names by index).

use crate::{mock::Test, Error, Event};
use scale_info::{TypeDef, TypeInfo};

/// TFChain's `pallet-dao` errors, in order.
const TFCHAIN_ERRORS: [&str; 17] = [
	"NoneValue",
	"StorageOverflow",
	"FarmNotExists",
	"NotCouncilMember",
	"WrongProposalLength",
	"DuplicateProposal",
	"NotAuthorizedToVote",
	"ProposalMissing",
	"WrongIndex",
	"DuplicateVote",
	"DuplicateVeto",
	"WrongProposalWeight",
	"TooEarly",
	"TimeLimitReached",
	"OngoingVoteAndTresholdStillNotMet",
	"FarmHasNoNodes",
	"InvalidProposalDuration",
];

/// Our errors, after TFChain's.
const OUR_ERRORS: [&str; 5] =
	["DescriptionTooLong", "LinkTooLong", "TooManyProposals", "TooManyVotes", "ThresholdTooHigh"];

/// TFChain's `pallet-dao` events, in order.
const TFCHAIN_EVENTS: [&str; 8] = [
	"Voted",
	"Proposed",
	"Approved",
	"Disapproved",
	"Executed",
	"Closed",
	"ClosedByCouncil",
	"CouncilMemberVeto",
];

/// `(index, name)` of each variant in an enum's metadata.
fn variants<E: TypeInfo>() -> Vec<(u8, String)> {
	match E::type_info().type_def {
		TypeDef::Variant(def) => {
			def.variants.iter().map(|variant| (variant.index, variant.name.to_string())).collect()
		},
		other => panic!("not an enum: {other:?}"),
	}
}

fn expected(names: &[&str]) -> Vec<(u8, String)> {
	names.iter().enumerate().map(|(i, name)| (i as u8, name.to_string())).collect()
}

#[test]
fn errors_follow_tfchains_order_then_ours() {
	let names: Vec<&str> = TFCHAIN_ERRORS.iter().chain(OUR_ERRORS.iter()).copied().collect();
	assert_eq!(variants::<Error<Test>>(), expected(&names));
}

#[test]
fn events_follow_tfchains_order() {
	assert_eq!(variants::<Event<Test>>(), expected(&TFCHAIN_EVENTS));
}

#[test]
fn module_error_indices_match() {
	use sp_runtime::{DispatchError, ModuleError};
	let index_of = |error: Error<Test>| match DispatchError::from(error) {
		DispatchError::Module(ModuleError { error, .. }) => error[0],
		other => panic!("not a module error: {other:?}"),
	};
	assert_eq!(index_of(Error::<Test>::NoneValue), 0);
	assert_eq!(index_of(Error::<Test>::DuplicateVeto), 10);
	assert_eq!(index_of(Error::<Test>::InvalidProposalDuration), 16);
	assert_eq!(index_of(Error::<Test>::ThresholdTooHigh), 21);
}

#[test]
fn stored_types_keep_tfchains_paths() {
	use crate::{DaoProposalOf, DaoVotesOf, VoteWeight};
	let path = |info: scale_info::Type| info.path.segments.join("::");
	assert_eq!(path(DaoProposalOf::<Test>::type_info()), "pallet_dao::proposal::DaoProposal");
	assert_eq!(path(DaoVotesOf::<Test>::type_info()), "pallet_dao::proposal::DaoVotes");
	assert_eq!(path(VoteWeight::type_info()), "pallet_dao::proposal::VoteWeight");
	// `DaoVotes<BlockNumber, AccountId>`: the bounds are listed without a type (as a
	// `BoundedVec`'s bound is).
	let typed = |info: scale_info::Type| -> Vec<String> {
		info.type_params
			.iter()
			.filter(|param| param.ty.is_some())
			.map(|param| param.name.to_string())
			.collect()
	};
	assert_eq!(typed(DaoVotesOf::<Test>::type_info()), ["BlockNumber", "AccountId"]);
	assert!(typed(DaoProposalOf::<Test>::type_info()).is_empty());
}

#[test]
fn the_stored_call_is_the_call_type_in_metadata_and_on_the_wire() {
	use crate::{mock::RuntimeCall, BoundedProposalOf};
	use codec::Encode;
	use scale_info::MetaType;
	assert_eq!(MetaType::new::<BoundedProposalOf<Test>>(), MetaType::new::<RuntimeCall>());
	let call = super::remark(7);
	let stored = BoundedProposalOf::<Test>::new(call.clone()).expect("short enough");
	assert_eq!(stored.encode(), call.encode());
	assert_eq!(
		<BoundedProposalOf<Test> as codec::MaxEncodedLen>::max_encoded_len(),
		crate::mock::MAX_PROPOSAL_LENGTH as usize
	);
}
