//! The wire contract: error and event order (TFChain's variants first, in TFChain's order from
//! `tfchain-enum-order`, then ours), call indices and argument names, and the metadata shape of
//! the request type.

use crate::{mock::Test, types, Call, Error, Event};
use scale_info::{meta_type, TypeDef, TypeInfo};
use tfchain_enum_order::{assert_tfchain_order, variants_of, Enum};

#[test]
fn errors_follow_tfchains_order_then_ours() {
	assert_tfchain_order::<Error<Test>>(
		"Validator",
		Enum::Errors,
		&["DescriptionTooLong", "TfConnectIdTooLong", "InfoTooLong", "ValidatorApprovedAlready"],
	);
}

#[test]
fn events_follow_tfchains_order_then_ours() {
	assert_tfchain_order::<Event<Test>>("Validator", Enum::Events, &["Unbonded"]);
}

#[test]
fn module_error_indices_match() {
	use sp_runtime::{DispatchError, ModuleError};
	let index_of = |error: Error<Test>| match DispatchError::from(error) {
		DispatchError::Module(ModuleError { error, .. }) => error[0],
		other => panic!("not a module error: {other:?}"),
	};
	assert_eq!(index_of(Error::<Test>::BadOrigin), 0);
	assert_eq!(index_of(Error::<Test>::DuplicateValidator), 6);
	assert_eq!(index_of(Error::<Test>::ValidatorNotValidating), 11);
	assert_eq!(index_of(Error::<Test>::DescriptionTooLong), 12);
	assert_eq!(index_of(Error::<Test>::ValidatorApprovedAlready), 15);
}

#[test]
fn calls_keep_tfchains_indices_and_argument_names() {
	let TypeDef::Variant(def) = Call::<Test>::type_info().type_def else {
		panic!("not an enum");
	};
	let calls: Vec<(u8, String, Vec<String>)> = def
		.variants
		.iter()
		.map(|v| {
			let args = v.fields.iter().map(|f| f.name.unwrap_or_default().to_string()).collect();
			(v.index, v.name.to_string(), args)
		})
		.collect();
	let expected: Vec<(u8, String, Vec<String>)> = [
		(
			0,
			"create_validator_request",
			&["validator_node_account", "stash_account", "description", "tf_connect_id", "info"][..],
		),
		(1, "activate_validator_node", &[][..]),
		(2, "change_validator_node_account", &["new_node_validator_account"][..]),
		(3, "bond", &["validator"][..]),
		(4, "approve_validator", &["validator_account"][..]),
		(5, "remove_validator", &["validator_account"][..]),
		(6, "unbond", &[][..]),
	]
	.iter()
	.map(|(i, name, args)| {
		(*i, name.to_string(), args.iter().map(|a| a.to_string()).collect::<Vec<_>>())
	})
	.collect();
	assert_eq!(calls, expected);
	// The byte arguments are plain `Vec<u8>`, as on TFChain.
	let create = &def.variants[0];
	for field in create.fields.iter().skip(2) {
		assert_eq!(field.ty, meta_type::<Vec<u8>>());
	}
}

#[test]
fn the_request_type_has_tfchains_path_fields_and_shapes() {
	let ty = types::Validator::<u64>::type_info();
	assert_eq!(ty.path.segments, vec!["pallet_validator", "types", "Validator"]);
	let TypeDef::Composite(def) = ty.type_def else {
		panic!("not a struct");
	};
	let fields: Vec<(String, _)> =
		def.fields.iter().map(|f| (f.name.unwrap_or_default().to_string(), f.ty)).collect();
	assert_eq!(
		fields,
		vec![
			("validator_node_account".to_string(), meta_type::<u64>()),
			("stash_account".to_string(), meta_type::<u64>()),
			("description".to_string(), meta_type::<types::Description>()),
			("tf_connect_id".to_string(), meta_type::<types::TfConnectId>()),
			("info".to_string(), meta_type::<types::Info>()),
			("state".to_string(), meta_type::<types::ValidatorRequestState>()),
		]
	);
	// The bounded byte fields describe themselves as `Vec<u8>`.
	for bytes in
		[types::Description::type_info(), types::TfConnectId::type_info(), types::Info::type_info()]
	{
		assert_eq!(bytes, <Vec<u8> as TypeInfo>::type_info());
	}
	let state = types::ValidatorRequestState::type_info();
	assert_eq!(state.path.segments, vec!["pallet_validator", "types", "ValidatorRequestState"]);
	assert_eq!(
		variants_of::<types::ValidatorRequestState>(),
		[(0, "Created".to_string()), (1, "Approved".to_string()), (2, "Validating".to_string())]
	);
}
