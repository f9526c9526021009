//! Error and event order: TFChain's variants first, in TFChain's order (from
//! `tfchain-enum-order`), then ours; checked on the enums' metadata (names by index).

use crate::{mock::Test, Error, Event};
use scale_info::TypeInfo;
use tfchain_enum_order::{assert_tfchain_order, Enum};

#[test]
fn errors_follow_tfchains_order_then_ours() {
	assert_tfchain_order::<Error<Test>>(
		"Dao",
		Enum::Errors,
		&[
			"DescriptionTooLong",
			"LinkTooLong",
			"TooManyProposals",
			"TooManyVotes",
			"ThresholdTooHigh",
		],
	);
}

#[test]
fn events_follow_tfchains_order() {
	assert_tfchain_order::<Event<Test>>("Dao", Enum::Events, &[]);
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
